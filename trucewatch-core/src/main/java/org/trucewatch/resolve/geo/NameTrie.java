package org.trucewatch.resolve.geo;

import java.util.Arrays;
import java.util.Map;

/**
 * A trie of folded names that reports only whole-word matches: every occurrence of a key in a text that starts after
 * a character other than a letter or digit (or at the text's start) and ends before one (or at the text's end), the
 * same matches as an Aho-Corasick scan filtered on word boundaries, without walking the automaton through the inside
 * of words or following failure links. The trie is walked from each word start only; its nodes are arrays (children
 * of a node are a sorted run of labels, found by binary search), so no character is boxed. Immutable and
 * thread-safe.
 */
final class NameTrie<P> {

  /** Receives one match: its first and last folded character, and the key's payload. */
  interface Match<P> {
    void at(int start, int endInclusive, P payload);
  }

  private final int[] childStart; // node n's edges are [childStart[n], childStart[n + 1])
  private final char[] labels;
  private final int[] targets;
  private final Object[] payloads; // per node, null where no key ends
  private final int[] rootChild = new int[128]; // the root's child by ASCII character, or -1: every word start asks it
  // The root's children are nodes 1..rootFanout (breadth first); their children by ASCII character, or -1, as most
  // walks from a word start end within a few characters
  private final int rootFanout;
  private final int[][] secondChild;

  NameTrie(Map<String, P> keyed) {
    String[] keys = keyed.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    int capacity = 16;
    for (String k : keys) {
      capacity += k.length();
    }
    int[] start = new int[capacity + 2];
    char[] lab = new char[capacity];
    int[] tgt = new int[capacity];
    Object[] pay = new Object[capacity + 1];
    // Breadth first: node ids are given in the order nodes are expanded, so each node's edges are one run.
    int[] qLo = new int[capacity + 1];
    int[] qHi = new int[capacity + 1];
    int[] qDepth = new int[capacity + 1];
    int nodes = 1;
    qLo[0] = 0;
    qHi[0] = keys.length;
    qDepth[0] = 0;
    int edges = 0;
    for (int n = 0; n < nodes; n++) {
      int lo = qLo[n];
      int hi = qHi[n];
      int d = qDepth[n];
      start[n] = edges;
      if (lo < hi && keys[lo].length() == d) { // a key that is a prefix of others sorts first
        pay[n] = keyed.get(keys[lo]);
        lo++;
      }
      while (lo < hi) {
        char c = keys[lo].charAt(d);
        int end = lo + 1;
        while (end < hi && keys[end].charAt(d) == c) {
          end++;
        }
        lab[edges] = c;
        tgt[edges] = nodes;
        edges++;
        qLo[nodes] = lo;
        qHi[nodes] = end;
        qDepth[nodes] = d + 1;
        nodes++;
        lo = end;
      }
    }
    start[nodes] = edges;
    this.childStart = Arrays.copyOf(start, nodes + 1);
    this.labels = Arrays.copyOf(lab, edges);
    this.targets = Arrays.copyOf(tgt, edges);
    this.payloads = Arrays.copyOf(pay, nodes);
    for (char c = 0; c < rootChild.length; c++) {
      rootChild[c] = search(0, c);
    }
    this.rootFanout = childStart[1] - childStart[0];
    this.secondChild = new int[rootFanout][128];
    for (int r = 0; r < rootFanout; r++) {
      for (char c = 0; c < 128; c++) {
        secondChild[r][c] = search(r + 1, c);
      }
    }
  }

  /** Every whole-word occurrence of a key in {@code text}, by start, then by length. */
  void parse(String text, Match<P> match) {
    parse(text, s -> this, match);
  }

  /** {@link #parse(String, Match)}, each word start walked in the trie {@code from} gives for it. */
  @SuppressWarnings("unchecked")
  void parse(String text, java.util.function.IntFunction<NameTrie<P>> from, Match<P> match) {
    int n = text.length();
    for (int s = 0; s < n; s++) {
      if (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
        continue;
      }
      NameTrie<P> t = from.apply(s);
      int node = 0;
      for (int i = s; i < n; i++) {
        node = t.child(node, text.charAt(i));
        if (node < 0) {
          break;
        }
        Object p = t.payloads[node];
        if (p != null && (i + 1 >= n || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
          match.at(s, i, (P) p);
        }
      }
    }
  }

  private int child(int node, char c) {
    if (c < 128) {
      if (node == 0) {
        return rootChild[c];
      }
      if (node <= rootFanout) {
        return secondChild[node - 1][c];
      }
    }
    return search(node, c);
  }

  private int search(int node, char c) {
    int lo = childStart[node];
    int hi = childStart[node + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = labels[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return targets[mid];
      }
    }
    return -1;
  }
}
