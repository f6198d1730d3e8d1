package org.trucewatch.extract.pattern;

import java.util.List;
import java.util.Set;

/** The syntax tree of a pattern, as the parser builds it and the compiler reads it. */
sealed interface Node {

  /** A test on one token. */
  @FunctionalInterface
  interface TokenTest {
    boolean test(PatternInput in, int i);
  }

  /**
   * One token. {@code keys}: the word forms it can only be (an anchor candidate), or null; {@code marked}: the author
   * chose it as the anchor with {@code ^}.
   */
  record Tok(TokenTest test, Set<String> keys, boolean marked) implements Node {
    Tok(TokenTest test, Set<String> keys) {
      this(test, keys, false);
    }

    Tok mark() {
      return new Tok(test, keys, true);
    }
  }

  /** A whole span of a class: {@code @PLACE}. */
  record Span(SpanClass cls) implements Node {}

  /** A whole entry of a lexicon category: {@code %casualty}. */
  record Lex(String category) implements Node {}

  record Seq(List<Node> items) implements Node {}

  record Alt(List<Node> options) implements Node {}

  /** {@code body} repeated {@code min} to {@code max} times; {@code max} -1 for no bound. */
  record Rep(Node body, int min, int max) implements Node {}

  /** A named capture {@code (?<name> ...)}. */
  record Cap(String name, Node body) implements Node {}

  int UNBOUNDED = Integer.MAX_VALUE / 4;

  /** The most tokens a node can span ({@link #UNBOUNDED} where no bound is known). */
  static int maxLen(Node n) {
    if (n instanceof Tok) {
      return 1;
    }
    if (n instanceof Seq s) {
      long sum = 0;
      for (Node i : s.items()) {
        sum += maxLen(i);
      }
      return (int) Math.min(sum, UNBOUNDED);
    }
    if (n instanceof Alt a) {
      int m = 0;
      for (Node o : a.options()) {
        m = Math.max(m, maxLen(o));
      }
      return m;
    }
    if (n instanceof Rep r) {
      return r.max() < 0 ? UNBOUNDED : (int) Math.min((long) r.max() * maxLen(r.body()), UNBOUNDED);
    }
    if (n instanceof Cap c) {
      return maxLen(c.body());
    }
    return UNBOUNDED; // a span or lexicon entry: no fixed bound
  }

  /**
   * The token every match must contain, with fixed word forms: the one marked {@code ^}, else the first such token
   * of the top-level sequence.
   */
  static Tok anchor(Node n) {
    Tok marked = anchor(n, true);
    return marked != null ? marked : anchor(n, false);
  }

  private static Tok anchor(Node n, boolean marked) {
    if (n instanceof Tok t) {
      return t.keys() != null && (t.marked() || !marked) ? t : null;
    }
    if (n instanceof Cap c) {
      return anchor(c.body(), marked);
    }
    if (n instanceof Seq s) {
      for (Node i : s.items()) {
        Tok t = anchor(i, marked);
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  /** Whether a token marked {@code ^} lies anywhere in the node. */
  static boolean hasMark(Node n) {
    if (n instanceof Tok t) {
      return t.marked();
    }
    if (n instanceof Cap c) {
      return hasMark(c.body());
    }
    if (n instanceof Rep r) {
      return hasMark(r.body());
    }
    if (n instanceof Seq s) {
      return s.items().stream().anyMatch(Node::hasMark);
    }
    if (n instanceof Alt a) {
      return a.options().stream().anyMatch(Node::hasMark);
    }
    return false;
  }

  /** The most tokens a match can have before {@code anchor}. */
  static int maxBefore(Node n, Tok anchor) {
    if (n == anchor) {
      return 0;
    }
    if (n instanceof Cap c) {
      return maxBefore(c.body(), anchor);
    }
    if (n instanceof Seq s) {
      long sum = 0;
      for (Node i : s.items()) {
        if (contains(i, anchor)) {
          return (int) Math.min(sum + maxBefore(i, anchor), UNBOUNDED);
        }
        sum += maxLen(i);
      }
    }
    return UNBOUNDED;
  }

  private static boolean contains(Node n, Tok anchor) {
    if (n == anchor) {
      return true;
    }
    if (n instanceof Cap c) {
      return contains(c.body(), anchor);
    }
    if (n instanceof Seq s) {
      return s.items().stream().anyMatch(i -> contains(i, anchor));
    }
    return false;
  }
}
