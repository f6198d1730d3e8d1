package org.trucewatch.extract.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Rules compiled once and indexed by their anchor words: a sentence is tried only against the rules whose anchor
 * word (by its form or its lemma) occurs in it, and each such rule only around that word. Immutable and thread-safe.
 */
public final class RuleSet {

  private record Variant(Rule rule, Program program) {}

  private final List<Rule> rules;
  private final Map<String, List<Variant>> byAnchor;

  private RuleSet(List<Rule> rules) {
    List<Rule> ordered = new ArrayList<>();
    for (Rule r : rules) {
      ordered.add(r.withOrder(ordered.size()));
    }
    this.rules = List.copyOf(ordered);
    Map<String, List<Variant>> index = new HashMap<>();
    for (Rule r : this.rules) {
      for (int v = 0; v < r.variants.size(); v++) {
        Variant variant = new Variant(r, r.variants.get(v));
        for (String key : r.anchors.get(v)) {
          index.computeIfAbsent(key, k -> new ArrayList<>()).add(variant);
        }
      }
    }
    this.byAnchor = index;
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
    return byAnchor.containsKey(word);
  }

  /**
   * Every rule's longest match around each occurrence of its anchor, sorted by start, then longest first, then rule
   * order. A rule matches a span once even where two of its anchors fall inside it.
   */
  public List<Rule.Match> find(PatternInput in) {
    MemoInput memo = null; // made at the first anchor: most sentences have none
    List<Rule.Match> out = new ArrayList<>();
    Map<Rule, List<int[]>> found = new IdentityHashMap<>();
    for (int i = 0; i < in.size(); i++) {
      List<Variant> byWord = byAnchor.get(in.word(i));
      String lemma = in.lemma(i);
      List<Variant> byLemma = lemma == null || lemma.equals(in.word(i)) ? null : byAnchor.get(lemma);
      if (byWord == null && byLemma == null) {
        continue;
      }
      if (memo == null) {
        memo = new MemoInput(in);
      }
      Set<Variant> tried = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      for (List<Variant> candidates : java.util.Arrays.asList(byWord, byLemma)) {
        if (candidates == null) {
          continue;
        }
        for (Variant v : candidates) {
          if (!tried.add(v)) {
            continue;
          }
          int first = Math.max(0, i - Math.min(v.program().maxBefore, i));
          for (int start = first; start <= i; start++) {
            Program.Hit hit = v.program().run(memo, start, i);
            if (hit != null) {
              List<int[]> spans = found.computeIfAbsent(v.rule(), k -> new ArrayList<>());
              if (spans.stream().noneMatch(sp -> sp[0] == hit.from() && sp[1] == hit.to())) {
                spans.add(new int[] {hit.from(), hit.to()});
                out.add(new Rule.Match(v.rule(), hit.from(), hit.to(), hit.caps()));
              }
              break;
            }
          }
        }
      }
    }
    out.sort(Comparator.comparingInt(Rule.Match::from).thenComparingInt(m -> -m.to())
        .thenComparingInt(m -> m.rule().order()));
    return out;
  }
}
