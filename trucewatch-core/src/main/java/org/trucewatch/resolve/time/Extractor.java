package org.trucewatch.resolve.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time expressions of a text: runs every rule (a triggered rule only near its trigger words), keeps the
 * longest of overlapping matches (the earlier rule on a tie), then lets {@link Composer} join neighbours. Immutable
 * and thread-safe: the rules are compiled once and each call makes its own matchers.
 */
final class Extractor {

  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
  private static final Comparator<Candidate> PREFERENCE = Comparator.comparingInt(Candidate::length).reversed()
      .thenComparingInt(Candidate::priority)
      .thenComparingInt(Candidate::start);

  private final List<Rule> rules;
  private final boolean[] wordInitial; // by rule: every match begins where no letter or digit stands before
  private final Set<String> allTriggers;
  private final Composer composer;

  Extractor(Lexicon lexicon) {
    List<Rule> all = new ArrayList<>();
    all.addAll(ClockRules.rules(lexicon));
    all.addAll(DateRules.rules(lexicon));
    all.addAll(RelativeRules.rules(lexicon));
    all.addAll(DurationRules.rules(lexicon));
    this.rules = List.copyOf(all);
    this.wordInitial = new boolean[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      wordInitial[i] = wordInitial(rules.get(i).pattern().pattern());
    }
    Set<String> triggers = new HashSet<>();
    for (Rule r : rules) {
      if (r.triggers() != null) {
        triggers.addAll(r.triggers());
      }
    }
    this.allTriggers = Set.copyOf(triggers);
    this.composer = new Composer();
  }

  /** The candidates of {@code text}, in text order, none overlapping. */
  List<Candidate> find(String text) {
    Map<String, List<int[]>> triggerHits = triggerHits(text);
    List<Candidate> found = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      if (rule.triggers() != null && !anyTrigger(rule, triggerHits)) {
        continue; // none of its words in the text: no window, no matcher
      }
      Matcher m = rule.pattern().matcher(text);
      if (rule.triggers() == null) {
        if (rule.starts() != null) {
          collectAtStarts(rule, i, m, text, found, wordInitial[i]);
        } else {
          collect(rule, i, m, text, found);
        }
        continue;
      }
      for (int[] window : windows(rule, triggerHits, text.length())) {
        m.region(window[0], window[1]).useTransparentBounds(true).useAnchoringBounds(false);
        collect(rule, i, m, text, found);
      }
    }
    return composer.compose(text, select(found));
  }

  private static boolean anyTrigger(Rule rule, Map<String, List<int[]>> hits) {
    if (hits.isEmpty()) {
      return false;
    }
    for (String w : rule.triggers()) {
      if (hits.containsKey(w)) {
        return true;
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
    m.useTransparentBounds(true).useAnchoringBounds(false); // look-behinds see the text before the position
    String starts = rule.starts();
    boolean[] table = new boolean[START_TABLE]; // the common case, a character below the table's end, by lookup
    for (int k = 0; k < starts.length(); k++) {
      if (starts.charAt(k) < START_TABLE) {
        table[starts.charAt(k)] = true;
      }
    }
    int n = text.length();
    int pos = 0;
    while (pos < n) {
      char ch = text.charAt(pos);
      if ((ch < START_TABLE ? !table[ch] : starts.indexOf(ch) < 0) || wordInitial && afterWordChar(text, pos)) {
        pos++;
        continue;
      }
      m.region(pos, n);
      if (m.lookingAt()) {
        Candidate c = rule.builder().build(m, text);
        if (c != null) {
          found.add(c.withPriority(rank));
        }
        pos = m.end() > pos ? m.end() : pos + 1;
      } else {
        pos++;
      }
    }
  }

  /** Where each trigger word occurs, as [start, end] pairs, keyed by the lower-cased word. */
  private Map<String, List<int[]>> triggerHits(String text) {
    Map<String, List<int[]>> hits = new HashMap<>();
    Matcher m = LETTERS.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (allTriggers.contains(w)) {
        hits.computeIfAbsent(w, k -> new ArrayList<>()).add(new int[] {m.start(), m.end()});
      }
    }
    return hits;
  }

  /** The merged windows around a rule's trigger words, in text order. */
  private static List<int[]> windows(Rule rule, Map<String, List<int[]>> hits, int length) {
    List<int[]> spans = new ArrayList<>();
    for (String w : rule.triggers()) {
      List<int[]> at = hits.get(w);
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
