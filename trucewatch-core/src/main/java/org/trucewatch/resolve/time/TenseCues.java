package org.trucewatch.resolve.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?|['’]ll");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()—–\"“”]|\\s-\\s");

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
    if (from > start || to < end) {
      throw new IllegalArgumentException("expression [" + start + ", " + end + ") outside [" + from + ", " + to + ")");
    }
    int clauseFrom = from;
    Matcher b = CLAUSE_BREAK.matcher(text).region(from, start);
    while (b.find()) {
      clauseFrom = b.end();
    }
    int clauseTo = to;
    Matcher a = CLAUSE_BREAK.matcher(text).region(end, to);
    if (a.find()) {
      clauseTo = a.start();
    }
    Tense inClause = nearest(text, start, end, clauseFrom, clauseTo);
    return inClause != Tense.NONE ? inClause : nearest(text, start, end, from, to);
  }

  private Tense nearest(String text, int start, int end, int from, int to) {
    // words, with the expression itself as one empty word, so that distance is counted in words
    List<String> words = new ArrayList<>();
    int mentionIndex = -1;
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      if (m.start() >= start && m.end() <= end) {
        if (mentionIndex < 0) {
          mentionIndex = words.size();
          words.add("");
        }
        continue;
      }
      words.add(m.group().replace('’', '\''));
    }
    if (mentionIndex < 0) {
      mentionIndex = words.size();
    }
    Tense best = Tense.NONE;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < words.size(); i++) {
      if (i == mentionIndex) {
        continue;
      }
      String previous = i > 0 ? words.get(i - 1).toLowerCase(Locale.ROOT) : "";
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      Tense t = classify(words.get(i).toLowerCase(Locale.ROOT), previous, next);
      // a cue before the expression counts as nearer than one equally far after it
      int distance = i < mentionIndex ? 2 * (mentionIndex - i) : 2 * (i - mentionIndex) + 1;
      if (t != Tense.NONE && distance < bestDistance) {
        bestDistance = distance;
        best = t;
      }
    }
    return best;
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
