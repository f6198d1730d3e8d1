package org.trucewatch.resolve.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds the time expressions of a text: runs every rule (a triggered rule only near its trigger words), keeps the
 * longest of overlapping matches (the earlier rule on a tie), then lets {@link Composer} join neighbours. Immutable
 * and thread-safe: the rules are compiled once and each call makes its own matchers.
 */
final class Extractor {

  private static final Comparator<Candidate> PREFERENCE = Comparator.comparingInt(Candidate::length).reversed()
      .thenComparingInt(Candidate::priority)
      .thenComparingInt(Candidate::start);

  private final List<Rule> rules;
  private final boolean[] wordInitial; // by rule: every match begins where no letter or digit stands before
  private final Map<String, Integer> triggerIds; // each trigger word's number, for the hits found by word
  private final WordTable triggerTable; // the same numbers, looked up from the text's spans
  private final int[][] ruleTriggers; // by rule: the numbers of its trigger words, or null
  private final int[][] ruleAlso; // by rule: the numbers of the words a window must also hold, or null
  private final int longestTrigger;
  private final boolean[] triggerInitial; // by ASCII lower-case letter: whether some trigger word begins with it
  private final Composer composer;

  /** Every rule of the language, in the order the extractor tries them: clock, date, relative, duration. */
  static List<Rule> allRules(Lexicon lexicon) {
    List<Rule> all = new ArrayList<>();
    all.addAll(ClockRules.rules(lexicon));
    all.addAll(DateRules.rules(lexicon));
    all.addAll(RelativeRules.rules(lexicon));
    all.addAll(DurationRules.rules(lexicon));
    return List.copyOf(all);
  }

  Extractor(Lexicon lexicon) {
    this.rules = allRules(lexicon);
    this.wordInitial = new boolean[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      wordInitial[i] = wordInitial(rules.get(i).pattern().pattern());
    }
    Set<String> triggers = new HashSet<>();
    for (Rule r : rules) {
      if (r.triggers() != null) {
        triggers.addAll(r.triggers());
      }
      if (r.alsoWords() != null) {
        triggers.addAll(r.alsoWords()); // found by the same scan as the triggers
      }
    }
    this.triggerIds = new HashMap<>();
    triggers.stream().sorted().forEach(t -> triggerIds.put(t, triggerIds.size()));
    this.triggerTable = new WordTable(triggers.stream().sorted().toList());
    this.ruleTriggers = new int[rules.size()][];
    for (int i = 0; i < rules.size(); i++) {
      Set<String> ts = rules.get(i).triggers();
      ruleTriggers[i] = ts == null ? null : ts.stream().mapToInt(triggerIds::get).toArray();
    }
    this.ruleAlso = new int[rules.size()][];
    for (int i = 0; i < rules.size(); i++) {
      Set<String> ws = rules.get(i).alsoWords();
      ruleAlso[i] = ws == null ? null : ws.stream().mapToInt(triggerIds::get).toArray();
    }
    this.longestTrigger = triggers.stream().mapToInt(String::length).max().orElse(0);
    this.triggerInitial = new boolean[128];
    for (String t : triggers) {
      char c = t.isEmpty() ? 0 : t.charAt(0);
      if (c >= 128) { // a trigger with another initial: every word is looked up
        java.util.Arrays.fill(triggerInitial, true);
      } else {
        triggerInitial[c] = true;
      }
    }
    this.composer = new Composer();
  }

  /** The candidates of {@code text}, in text order, none overlapping. */
  List<Candidate> find(String text) {
    List<int[]>[] triggerHits = triggerHits(text);
    Map<String, int[]> startsAt = new HashMap<>(); // by a rule's start characters: where the text has one
    List<Candidate> found = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      if (rule.triggers() != null && !anyTrigger(ruleTriggers[i], triggerHits)) {
        continue; // none of its words in the text: no window, no matcher
      }
      if (!rule.mayMatch(text)) {
        continue; // none of what every match contains
      }
      Matcher m = rule.pattern().matcher(text);
      if (rule.triggers() == null) {
        if (rule.starts() != null) {
          int[] at = startsAt.computeIfAbsent(rule.starts(), st -> positions(text, st));
          collectAt(rule, i, m, text, found, wordInitial[i], at);
        } else {
          collect(rule, i, m, text, found);
        }
        continue;
      }
      for (int[] window : windows(rule, ruleTriggers[i], triggerHits, text.length())) {
        if (ruleAlso[i] != null && !holds(ruleAlso[i], triggerHits, window)) {
          continue; // a match would hold one of these words inside the window
        }
        if (rule.gate() != null && !rule.gate().mayHold(text, window[0], window[1])) {
          continue; // what every match holds is not in the window
        }
        m.region(window[0], window[1]).useTransparentBounds(true).useAnchoringBounds(false);
        collect(rule, i, m, text, found);
      }
    }
    return composer.compose(text, select(found));
  }

  private static boolean anyTrigger(int[] words, List<int[]>[] hits) {
    if (hits == null) {
      return false;
    }
    for (int w : words) {
      if (hits[w] != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of {@code words} occurs wholly inside {@code window}. */
  private static boolean holds(int[] words, List<int[]>[] hits, int[] window) {
    for (int w : words) {
      if (hits[w] != null) {
        for (int[] h : hits[w]) {
          if (h[0] >= window[0] && h[1] <= window[1]) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static void collect(Rule rule, int rank, Matcher m, String text, List<Candidate> found) {
    while (m.find()) {
      Candidate c = rule.builder().build(m, text);
      if (c != null) {
        found.add(c.withPriority(rank));
      }
    }
  }

  private static final int START_TABLE = 128;

  /**
   * The matches {@link #collect} finds, trying the pattern only at the characters a match can begin with: at each
   * such position, in text order, the match that starts there (the one {@code find} would return, since no match
   * starts at the positions skipped), then on from its end as {@code find} goes on.
   */
  static void collectAtStarts(Rule rule, int rank, Matcher m, String text, List<Candidate> found) {
    collectAtStarts(rule, rank, m, text, found, false);
  }

  /**
   * Whether a pattern opens with {@link Rule#L} that governs all of it (no alternation outside a group after it):
   * then no match starts right after a letter or digit, and those positions need not be tried.
   */
  static boolean wordInitial(String regex) {
    if (!regex.startsWith(Rule.L)) {
      return false;
    }
    int depth = 0;
    boolean inClass = false;
    for (int i = Rule.L.length(); i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 1 < regex.length() && (regex.charAt(i + 1) == 'Q')) {
          return false; // a quoted run: not worth reading here
        }
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
          i++; // a literal ] opening the class
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /** Whether the character before {@code pos} is a letter or digit of the BMP (where {@link Rule#L} fails). */
  private static boolean afterWordChar(String text, int pos) {
    if (pos == 0) {
      return false;
    }
    char c = text.charAt(pos - 1);
    if (Character.isSurrogate(c)) {
      return false; // left to the pattern
    }
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  static void collectAtStarts(Rule rule, int rank, Matcher m, String text, List<Candidate> found,
      boolean wordInitial) {
    collectAt(rule, rank, m, text, found, wordInitial, positions(text, rule.starts()));
  }

  /**
   * {@link #collectAtStarts} given the positions of the rule's start characters in the text, which the rules with the
   * same start characters (nine of them the digits) share: the text is scanned once for them, not once per rule.
   */
  private static void collectAt(Rule rule, int rank, Matcher m, String text, List<Candidate> found,
      boolean wordInitial, int[] positions) {
    m.useTransparentBounds(true).useAnchoringBounds(false); // look-behinds see the text before the position
    int n = text.length();
    int pos = 0;
    for (int p : positions) {
      if (p < pos || wordInitial && afterWordChar(text, p)) {
        continue;
      }
      m.region(p, n);
      if (m.lookingAt()) {
        Candidate c = rule.builder().build(m, text);
        if (c != null) {
          found.add(c.withPriority(rank));
        }
        pos = m.end() > p ? m.end() : p + 1;
      } else {
        pos = p + 1;
      }
    }
  }

  /** The positions of {@code text} that hold one of {@code starts}, in order. */
  private static int[] positions(String text, String starts) {
    boolean[] table = new boolean[START_TABLE]; // the common case, a character below the table's end, by lookup
    for (int k = 0; k < starts.length(); k++) {
      if (starts.charAt(k) < START_TABLE) {
        table[starts.charAt(k)] = true;
      }
    }
    int n = text.length();
    int[] out = new int[16];
    int count = 0;
    for (int pos = 0; pos < n; pos++) {
      char ch = text.charAt(pos);
      if (ch < START_TABLE ? table[ch] : starts.indexOf(ch) >= 0) {
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = pos;
      }
    }
    return Arrays.copyOf(out, count);
  }

  /** Where each trigger word occurs, as [start, end] pairs, by the word's number; null when none occurs. */
  @SuppressWarnings("unchecked")
  private List<int[]>[] triggerHits(String text) {
    List<int[]>[] hits = null;
    int n = text.length();
    int i = 0;
    while (i < n) { // the runs of letters (\p{L}+), by code point
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      do {
        i += Character.charCount(cp);
      } while (i < n && Character.isLetter(cp = text.codePointAt(i)));
      // Lower-casing never shortens a word: one longer than every trigger is none.
      char c = text.charAt(start);
      boolean maybe = c >= 128 || triggerInitial[c >= 'A' && c <= 'Z' ? c + 32 : c]; // ASCII lower-cases alone
      if (maybe && i - start <= longestTrigger) {
        int id = triggerTable.id(text, start, i); // no substring made for the words that are none
        if (id >= 0) {
          if (hits == null) {
            hits = new List[triggerIds.size()];
          }
          if (hits[id] == null) {
            hits[id] = new ArrayList<>(2);
          }
          hits[id].add(new int[] {start, i});
        }
      }
    }
    return hits;
  }

  /** The merged windows around a rule's trigger words, in text order. */
  private static List<int[]> windows(Rule rule, int[] words, List<int[]>[] hits, int length) {
    List<int[]> spans = new ArrayList<>();
    for (int w : words) {
      List<int[]> at = hits[w];
      if (at != null) {
        spans.addAll(at);
      }
    }
    if (spans.isEmpty()) {
      return spans;
    }
    spans.sort(Comparator.comparingInt(s -> s[0]));
    List<int[]> windows = new ArrayList<>();
    int[] open = null;
    for (int[] s : spans) {
      int from = Math.max(0, s[0] - rule.reachBefore());
      int to = Math.min(length, s[1] + rule.reachAfter());
      if (open != null && from <= open[1]) {
        open[1] = Math.max(open[1], to);
      } else {
        open = new int[] {from, to};
        windows.add(open);
      }
    }
    return windows;
  }

  /** Greedy choice of non-overlapping candidates, longest first; returned in text order. */
  static List<Candidate> select(List<Candidate> found) {
    List<Candidate> sorted = new ArrayList<>(found);
    sorted.sort(PREFERENCE);
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : sorted) {
      if (chosen.stream().noneMatch(c::overlaps)) {
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt(Candidate::start));
    return chosen;
  }
}
