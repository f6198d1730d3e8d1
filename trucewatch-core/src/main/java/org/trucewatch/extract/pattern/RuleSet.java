package org.trucewatch.extract.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Rules compiled once and indexed by their anchor words: a sentence is tried only against the rules whose anchor
 * word (by its form or its lemma) occurs in it, and each such rule only around that word. Immutable and thread-safe.
 */
public final class RuleSet {

  private record Variant(Rule rule, Program program, int id) {}

  private final List<Rule> rules;
  private final Map<String, List<Variant>> byAnchor;
  // A bit per shape of an anchor word (first and last character, length): most words are settled without hashing.
  private final long[] anchorShapes = new long[1 << 10];
  private final int variants;
  // The anchored variants by word id: 1 for none, k + 2 for anchorLists[k]; filled as words are asked.
  private final org.trucewatch.nlp.Vocabulary.IdTable byId = new org.trucewatch.nlp.Vocabulary.IdTable();
  private final List<Variant>[] anchorLists;
  private final Map<String, Integer> anchorIndex = new HashMap<>();

  private RuleSet(List<Rule> rules) {
    List<Rule> ordered = new ArrayList<>();
    for (Rule r : rules) {
      ordered.add(r.withOrder(ordered.size()));
    }
    this.rules = List.copyOf(ordered);
    Map<String, List<Variant>> index = new HashMap<>();
    int count = 0;
    for (Rule r : this.rules) {
      for (int v = 0; v < r.variants.size(); v++) {
        Variant variant = new Variant(r, r.variants.get(v), count++);
        for (String key : r.anchors.get(v)) {
          index.computeIfAbsent(key, k -> new ArrayList<>()).add(variant);
        }
      }
    }
    this.byAnchor = index;
    @SuppressWarnings("unchecked")
    List<Variant>[] lists = new List[index.size()];
    for (Map.Entry<String, List<Variant>> e : index.entrySet()) {
      anchorIndex.put(e.getKey(), anchorIndex.size());
      lists[anchorIndex.get(e.getKey())] = e.getValue();
    }
    this.anchorLists = lists;
    for (String key : index.keySet()) {
      int b = shape(key);
      anchorShapes[b >>> 6] |= 1L << b;
    }
    this.variants = count;
  }

  /** A word's bit in {@link #anchorShapes}: its first and last characters and its length, hashed. */
  static int shape(String w) {
    int n = w.length();
    int h = n == 0 ? 0 : (w.charAt(0) * 31 + w.charAt(n - 1)) * 64 + Math.min(n, 63);
    return h & ((1 << 16) - 1);
  }

  /** The variants anchored by {@code word}, or null: a word whose shape no anchor has is not looked up. */
  private List<Variant> anchored(String word) {
    if (word == null) {
      return null;
    }
    int b = shape(word);
    return (anchorShapes[b >>> 6] & 1L << b) == 0 ? null : byAnchor.get(word);
  }

  /** {@link #anchored(String)} of {@code word}, whose vocabulary id is {@code id} (-1: none), read by id once known. */
  private List<Variant> anchored(String word, int id) {
    if (id < 0) {
      return anchored(word);
    }
    int v = byId.get(id);
    if (v == 0) {
      List<Variant> found = anchored(word);
      v = found == null ? 1 : anchorIndex.get(word) + 2;
      byId.put(id, v);
    }
    return v == 1 ? null : anchorLists[v - 2];
  }

  public static RuleSet of(List<Rule> rules) {
    return new RuleSet(rules);
  }

  public static RuleSet empty() {
    return new RuleSet(List.of());
  }

  public List<Rule> rules() {
    return rules;
  }

  /** These rules and then {@code more}'s. */
  public RuleSet plus(RuleSet more) {
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(more.rules);
    return new RuleSet(all);
  }

  /** The rules {@code keep} accepts, in their order. */
  public RuleSet filter(Predicate<Rule> keep) {
    return new RuleSet(rules.stream().filter(keep).toList());
  }

  /** Whether a word (lower-case form or lemma) is the anchor of some rule: a cheap pre-check of a sentence. */
  public boolean isAnchor(String word) {
    return anchored(word) != null;
  }

  /** {@link #isAnchor(String)} of a word whose {@link org.trucewatch.nlp.Vocabulary} id is {@code id} (-1: none). */
  public boolean isAnchor(String word, int id) {
    return anchored(word, id) != null;
  }

  /**
   * Every rule's longest match around each occurrence of its anchor, sorted by start, then longest first, then rule
   * order. A rule matches a span once even where two of its anchors fall inside it.
   */
  public List<Rule.Match> find(PatternInput in) {
    return find(in, true);
  }

  /** {@link #find(PatternInput)}; {@code pruned} false tries every start up to the anchor (the replay tests' path). */
  List<Rule.Match> find(PatternInput in, boolean pruned) {
    MemoInput memo = null; // made at the first anchor: most sentences have none
    long[] tried = null; // the variants tried at a token, by their ids' bits
    List<Rule.Match> out = new ArrayList<>();
    Map<Rule, List<int[]>> found = new IdentityHashMap<>();
    for (int i = 0; i < in.size(); i++) {
      String word = in.word(i);
      int wordId = in.wordId(i);
      List<Variant> byWord = anchored(word, wordId);
      String lemma = in.lemma(i);
      int lemmaId = in.lemmaId(i);
      // ids are one per string: two known ids are equal exactly where the strings are
      boolean same = lemma == null || (lemmaId >= 0 && wordId >= 0 ? lemmaId == wordId : lemma.equals(word));
      List<Variant> byLemma = same ? null : anchored(lemma, lemmaId);
      if (byWord == null && byLemma == null) {
        continue;
      }
      if (memo == null) {
        memo = new MemoInput(in);
      }
      if (byWord != null) {
        for (Variant v : byWord) {
          tryAt(v, memo, i, found, out, pruned);
        }
      }
      if (byLemma != null) {
        if (byWord != null) { // a variant anchored by both the word and the lemma is tried once
          tried = tried != null ? tried : new long[variants / 64 + 1];
          for (Variant v : byWord) {
            tried[v.id() >>> 6] |= 1L << v.id();
          }
        }
        for (Variant v : byLemma) {
          if (byWord == null || (tried[v.id() >>> 6] & 1L << v.id()) == 0) {
            tryAt(v, memo, i, found, out, pruned);
          }
        }
        if (byWord != null) {
          java.util.Arrays.fill(tried, 0);
        }
      }
    }
    out.sort(Comparator.comparingInt(Rule.Match::from).thenComparingInt(m -> -m.to())
        .thenComparingInt(m -> m.rule().order()));
    return out;
  }

  /** The variant's match with its anchor at {@code i} from the first start that has one, unless its rule has it. */
  private static void tryAt(Variant v, PatternInput in, int i, Map<Rule, List<int[]>> found, List<Rule.Match> out,
      boolean pruned) {
    int first = Math.max(0, i - Math.min(v.program().maxBefore, i));
    // a start nearer the anchor than the fewest tokens the pattern reads before it has no match
    int last = pruned ? i - v.program().minBefore : i;
    if (pruned && !v.program().anchorHolds(in, i)) {
      return; // the anchor's own test fails where its word stands: no start has a match
    }
    for (int start = first; start <= last; start++) {
      Program.Hit hit = v.program().run(in, start, i);
      if (hit != null) {
        List<int[]> spans = found.computeIfAbsent(v.rule(), k -> new ArrayList<>());
        if (spans.stream().noneMatch(sp -> sp[0] == hit.from() && sp[1] == hit.to())) {
          spans.add(new int[] {hit.from(), hit.to()});
          out.add(new Rule.Match(v.rule(), hit.from(), hit.to(), hit.caps()));
        }
        return;
      }
    }
  }
}
