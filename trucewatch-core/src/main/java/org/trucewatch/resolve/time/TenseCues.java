package org.trucewatch.resolve.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the tense a time expression is used in from the nearest verb cue in its clause, else in its sentence: "will",
 * "is due to", "plans to" say future; "said", "was", a verb in "-ed" say past; "is", "are" say present. News reports
 * the past, so a clause without a cue reads as {@link Tense#NONE} and the resolver chooses what news usually means.
 * Immutable and thread-safe.
 */
final class TenseCues {

  /**
   * The tense of the clause around an expression. {@code FUTURE_IN_PAST} is a future seen from a past report ("agreed
   * to meet on Friday", "said talks would resume on Monday"): it may lie on either side of the time of writing.
   */
  enum Tense { PAST, PRESENT, FUTURE, FUTURE_IN_PAST, NONE }

  // Read by hand, not by regular expression (a sentence is read once for its expressions, and this was half of it):
  // a word is [\p{L}\p{N}]+(?:['’][\p{L}]+)?|['’]ll, a clause break [,;:()—–"“”]|\s-\s.
  private static final String BREAK_MARKS = ",;:()—–\"“”";

  /** Words after "to" that make it a preposition, not an infinitive marker. */
  private static final Set<String> NOT_A_VERB = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
      "your", "this", "that", "these", "those", "some", "all", "any", "each", "every", "no", "one", "two", "three",
      "about", "around", "more", "less", "date", "be");
  private static final Set<String> BE_PRESENT = Set.of("is", "are", "be", "'s", "'re");
  private static final Set<String> BE_PAST = Set.of("was", "were");
  private static final Set<String> BEFORE_PARTICIPLE = Set.of("be", "is", "are", "am", "'s", "'re", "being", "to");

  private final Lexicon lexicon;

  TenseCues(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The tense around {@code [start, end)} of {@code text}, looking no further than {@code [from, to)}. */
  Tense around(String text, int start, int end, int from, int to) {
    return around(span(text, from, to), start, end);
  }

  /**
   * {@code [from, to)} of {@code text} read once: its words, their cues, its clause breaks. Every expression of a
   * sentence is then placed by binary search and its nearest cue found through precomputed links, so a sentence
   * with many expressions costs its length once, not once per expression.
   */
  Span span(String text, int from, int to) {
    return new Span(text, from, to);
  }

  /** The words of {@code [from, to)}, as [start, end] pairs in order (see WORD above). */
  static List<int[]> words(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (isLetterOrNumber(cp) && i + Character.charCount(cp) <= to) {
        int start = i;
        i = run(text, i, to, true);
        if (i + 1 < to && isApostrophe(text.charAt(i))) {
          int cp2 = text.codePointAt(i + 1);
          if (Character.isLetter(cp2) && Character.charCount(cp2) + i + 1 <= to) {
            i = run(text, i + 1, to, false);
          }
        }
        out.add(new int[] {start, i});
      } else if (isApostrophe(text.charAt(i)) && i + 3 <= to && text.charAt(i + 1) == 'l'
          && text.charAt(i + 2) == 'l') {
        out.add(new int[] {i, i + 3});
        i += 3;
      } else {
        i += Character.charCount(cp);
      }
    }
    return out;
  }

  /** The end of the run of letters (and numbers, when {@code numbers}) from {@code i}, within {@code to}. */
  private static int run(String text, int i, int to, boolean numbers) {
    while (i < to) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (next > to || !(numbers ? isLetterOrNumber(cp) : Character.isLetter(cp))) {
        break;
      }
      i = next;
    }
    return i;
  }

  private static boolean isLetterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /** The clause breaks of {@code [from, to)}, as [start, end] pairs in order (see CLAUSE_BREAK above). */
  static List<int[]> clauseBreaks(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (BREAK_MARKS.indexOf(c) >= 0) {
        out.add(new int[] {i, i + 1});
        i++;
      } else if (isRegexSpace(c) && i + 3 <= to && text.charAt(i + 1) == '-' && isRegexSpace(text.charAt(i + 2))) {
        out.add(new int[] {i, i + 3});
        i += 3;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Java regex {@code \s}: ASCII white space only. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** A read sentence (see {@link #span}); immutable once made. */
  final class Span {
    final String text;
    final int from;
    final int to;
    private final int[] wordStart;
    private final int[] wordEnd;
    // Made on first need: an expression asks only the words nearest it, not every word of its sentence.
    private final String[] word; // as written, ’ as '
    private final String[] lower;
    private final Tense[] cue; // each word's cue read with its real neighbours
    private final int[] breakStart;
    private final int[] breakEnd;

    private Span(String text, int from, int to) {
      this.text = text;
      this.from = from;
      this.to = to;
      List<int[]> ws = words(text, from, to);
      int n = ws.size();
      wordStart = new int[n];
      wordEnd = new int[n];
      word = new String[n];
      lower = new String[n];
      for (int k = 0; k < n; k++) {
        wordStart[k] = ws.get(k)[0];
        wordEnd[k] = ws.get(k)[1];
      }
      cue = new Tense[n];
      List<int[]> bs = clauseBreaks(text, from, to);
      breakStart = bs.stream().mapToInt(x -> x[0]).toArray();
      breakEnd = bs.stream().mapToInt(x -> x[1]).toArray();
    }

    String word(int k) {
      if (word[k] == null) {
        word[k] = text.substring(wordStart[k], wordEnd[k]).replace('’', '\'');
      }
      return word[k];
    }

    String lower(int k) {
      if (lower[k] == null) {
        lower[k] = word(k).toLowerCase(Locale.ROOT);
      }
      return lower[k];
    }

    Tense cue(int k) {
      if (cue[k] == null) {
        int n = cue.length;
        cue[k] = classify(lower(k), k > 0 ? lower(k - 1) : "", k + 1 < n ? word(k + 1) : "");
      }
      return cue[k];
    }

    /** The latest word in {@code (floor, k]} with a cue, or -1. */
    int cueAtOrBefore(int k, int floor) {
      for (int j = k; j > floor; j--) {
        if (cue(j) != Tense.NONE) {
          return j;
        }
      }
      return -1;
    }

    /** The first word in {@code [k, ceiling)} with a cue, or -1. */
    int cueAtOrAfter(int k, int ceiling) {
      for (int j = k; j < ceiling; j++) {
        if (cue(j) != Tense.NONE) {
          return j;
        }
      }
      return -1;
    }
  }

  /** The tense around {@code [start, end)} of a read sentence. */
  Tense around(Span sp, int start, int end) {
    if (sp.from > start || sp.to < end) {
      throw new IllegalArgumentException("expression [" + start + ", " + end + ") outside [" + sp.from + ", " + sp.to
          + ")");
    }
    // The clause: after the last break that ends by the expression's start, up to the first one from its end.
    int k = countBelow(sp.breakEnd, start + 1) - 1;
    int clauseFrom = k >= 0 ? sp.breakEnd[k] : sp.from;
    k = countBelow(sp.breakStart, end);
    int clauseTo = k < sp.breakStart.length ? sp.breakStart[k] : sp.to;
    Tense inClause = nearest(sp, start, end, clauseFrom, clauseTo);
    return inClause != Tense.NONE ? inClause : nearest(sp, start, end, sp.from, sp.to);
  }

  /**
   * The cue nearest the expression among the words of {@code [from, to)}, the expression itself counting as one
   * empty word, so that distance is counted in words; a cue before it counts as nearer than one equally far after.
   */
  private Tense nearest(Span sp, int start, int end, int from, int to) {
    int lo = countBelow(sp.wordStart, from);
    int hi = countBelow(sp.wordEnd, to + 1);
    int ms = Math.max(lo, countBelow(sp.wordStart, start)); // the words inside the expression: [ms, me)
    int me = ms;
    while (me < hi && sp.wordEnd[me] <= end) {
      me++;
    }
    if (me == ms) {
      ms = hi; // no word inside: the empty word stands after the region's words
      me = hi;
    }
    int before = -1;
    if (ms - 1 >= lo && special(sp, ms - 1, lo, hi, ms, me) != Tense.NONE) {
      before = ms - 1;
    } else if (ms - 2 > lo && sp.cueAtOrBefore(ms - 2, lo) > lo) {
      before = sp.cueAtOrBefore(ms - 2, lo);
    } else if (lo < ms - 1 && special(sp, lo, lo, hi, ms, me) != Tense.NONE) {
      before = lo;
    }
    int after = -1;
    if (me < hi && special(sp, me, lo, hi, ms, me) != Tense.NONE) {
      after = me;
    } else if (me + 1 < hi - 1 && sp.cueAtOrAfter(me + 1, hi - 1) >= 0) {
      after = sp.cueAtOrAfter(me + 1, hi - 1);
    } else if (hi - 1 > me && special(sp, hi - 1, lo, hi, ms, me) != Tense.NONE) {
      after = hi - 1;
    }
    int db = before < 0 ? Integer.MAX_VALUE : 2 * (ms - before);
    int da = after < 0 ? Integer.MAX_VALUE : 2 * (after - me + 1) + 1;
    if (db == Integer.MAX_VALUE && da == Integer.MAX_VALUE) {
      return Tense.NONE;
    }
    return db < da ? special(sp, before, lo, hi, ms, me) : special(sp, after, lo, hi, ms, me);
  }

  /** The cue of word {@code k} read with its neighbours in the region, the expression an empty word. */
  private Tense special(Span sp, int k, int lo, int hi, int ms, int me) {
    String previous = k == lo || k == me && me > ms ? "" : sp.lower(k - 1);
    String next = k == hi - 1 || k == ms - 1 ? "" : sp.word(k + 1);
    return classify(sp.lower(k), previous, next);
  }

  /** How many of the sorted {@code values} are below {@code limit}. */
  private static int countBelow(int[] values, int limit) {
    int lo = 0;
    int hi = values.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (values[mid] < limit) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Classifies lower-cased {@code w} given the lower-cased word before it and the word after it as written. */
  private Tense classify(String w, String previous, String next) {
    if (w.equals("to") && beforeVerb(next)) {
      if (lexicon.futureBeforeTo().contains(previous)) {
        return isPastForm(previous) ? Tense.FUTURE_IN_PAST : Tense.FUTURE;
      }
      // "to run through June": an infinitive looks ahead, unless its verb says it happened ("forced to retreat")
      if (!lexicon.implicativeBeforeTo().contains(previous)) {
        return Tense.FUTURE_IN_PAST;
      }
    }
    // "to be published", "is expected": a participle after "be" is no past tense
    if (BEFORE_PARTICIPLE.contains(previous) && isRegularPast(w)) {
      return Tense.NONE;
    }
    if (w.equals("would")) {
      return Tense.FUTURE_IN_PAST;
    }
    // "a truce starting Friday", "effective Monday": a day an onset word names lies on either side of the report
    if (lexicon.onsetBefore().contains(w) && (next.isEmpty() || next.equalsIgnoreCase("on"))) {
      return Tense.FUTURE_IN_PAST;
    }
    // "due" is a future only as "is due (to)"; "due to shelling" means "because of"
    if (w.equals("due")) {
      return BE_PRESENT.contains(previous) ? Tense.FUTURE
          : BE_PAST.contains(previous) ? Tense.FUTURE_IN_PAST : Tense.NONE;
    }
    if (lexicon.futureCues().contains(w)) {
      return Tense.FUTURE;
    }
    if (lexicon.pastCues().contains(w)) {
      return Tense.PAST;
    }
    if (isRegularPast(w)) {
      return Tense.PAST;
    }
    if (lexicon.presentCues().contains(w)) {
      return Tense.PRESENT;
    }
    return Tense.NONE;
  }

  /** True when the word after "to" may be a verb: lower case, not a determiner, a number or a count noun. */
  private boolean beforeVerb(String next) {
    return !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !NOT_A_VERB.contains(next)
        && !lexicon.countNouns().contains(next) && lexicon.number(next) == null;
  }

  private boolean isRegularPast(String w) {
    return w.length() >= 5 && w.endsWith("ed") && !lexicon.notPastEd().contains(w);
  }

  /** "agreed", "was", "promised": a past form, so that "to" after it looks forward from the past. */
  private boolean isPastForm(String w) {
    return isRegularPast(w) || lexicon.pastCues().contains(w);
  }
}
