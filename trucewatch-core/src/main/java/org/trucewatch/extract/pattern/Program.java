package org.trucewatch.extract.pattern;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A pattern compiled to a small automaton (a Thompson NFA with capture slots) and run as a Pike VM: every
 * instruction is visited at most once per token position, so a match costs at most positions x instructions, never
 * exponential backtracking. One instruction, the anchor, may only match at the position where the rule set found
 * the anchor word. Immutable and thread-safe.
 */
final class Program {

  private static final int TOKEN = 0;
  private static final int SPAN = 1;
  private static final int LEX = 2;
  private static final int SPLIT = 3;
  private static final int JMP = 4;
  private static final int SAVE = 5;
  private static final int MATCH = 6;

  private final int[] op;
  private final int[] x;
  private final int[] y;
  private final Object[] arg;
  private final int anchorPc;
  private final int slots;
  final int maxBefore;
  // the fewest tokens any match reads before its anchor: a start nearer the anchor than this never matches
  final int minBefore;
  private final boolean anchorRequired; // every path to the final instruction passes the anchor's
  private final int[] firstPcs; // the instructions that read the first token of any match

  private Program(int[] op, int[] x, int[] y, Object[] arg, int anchorPc, int slots, int maxBefore) {
    this.op = op;
    this.x = x;
    this.y = y;
    this.arg = arg;
    this.anchorPc = anchorPc;
    this.slots = slots;
    this.maxBefore = maxBefore;
    this.firstPcs = firstPcs();
    int[] dist = anchorPc >= 0 ? readsBeforeAnchor() : null;
    this.anchorRequired = dist != null && !matchReached(dist);
    this.minBefore = anchorRequired && dist[anchorPc] != Integer.MAX_VALUE ? dist[anchorPc] : 0;
  }

  /**
   * The fewest token-reading instructions (token, span, lexicon: each reads one token at least) on any path from the
   * start to each instruction, walking no further than the anchor's: the anchor's entry is the fewest tokens a match
   * reads before it, and a final instruction reached at all is reached without passing the anchor.
   */
  private int[] readsBeforeAnchor() {
    int[] dist = new int[op.length];
    Arrays.fill(dist, Integer.MAX_VALUE);
    ArrayDeque<Integer> todo = new ArrayDeque<>();
    dist[0] = 0;
    todo.add(0);
    while (!todo.isEmpty()) { // 0-1 breadth first: free steps go to the front, reading steps to the back
      int pc = todo.pollFirst();
      if (pc == anchorPc) {
        continue; // what follows the anchor does not matter
      }
      int d = dist[pc];
      switch (op[pc]) {
        case JMP -> relax(todo, dist, x[pc], d, false);
        case SPLIT -> {
          relax(todo, dist, x[pc], d, false);
          relax(todo, dist, y[pc], d, false);
        }
        case SAVE -> relax(todo, dist, pc + 1, d, false);
        case TOKEN, SPAN, LEX -> relax(todo, dist, pc + 1, d + 1, true);
        default -> { }
      }
    }
    return dist;
  }

  /** Whether a walk of {@link #readsBeforeAnchor} reached a final instruction: a match need not hold the anchor. */
  private boolean matchReached(int[] dist) {
    for (int pc = 0; pc < op.length; pc++) {
      if (op[pc] == MATCH && dist[pc] != Integer.MAX_VALUE) {
        return true;
      }
    }
    return false;
  }

  private static void relax(ArrayDeque<Integer> todo, int[] dist, int pc, int d, boolean reads) {
    if (pc < dist.length && d < dist[pc]) {
      dist[pc] = d;
      if (reads) {
        todo.addLast(pc);
      } else {
        todo.addFirst(pc);
      }
    }
  }

  /**
   * The token, span and lexicon instructions reached from the start without reading a token (through jumps, splits
   * and saves): a match must pass one of them at its first token. A match at the start itself is never taken (a
   * match reads one token at least), so the final instruction is not among them.
   */
  private int[] firstPcs() {
    boolean[] seen = new boolean[op.length];
    ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(0));
    List<Integer> out = new ArrayList<>();
    while (!todo.isEmpty()) {
      int pc = todo.pop();
      if (seen[pc]) {
        continue;
      }
      seen[pc] = true;
      switch (op[pc]) {
        case JMP -> todo.push(x[pc]);
        case SPLIT -> {
          todo.push(y[pc]);
          todo.push(x[pc]);
        }
        case SAVE -> todo.push(pc + 1);
        case MATCH -> { }
        default -> out.add(pc);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Whether the anchor's own test passes at {@code anchorAt}: every match reads the anchor there (a program whose
   * matches need not answers true), so where it fails no start has a match.
   */
  boolean anchorHolds(PatternInput in, int anchorAt) {
    return !anchorRequired || ((Node.TokenTest) arg[anchorPc]).test(in, anchorAt);
  }

  /** Whether some first instruction reads the token at {@code start}: if none does, no match starts there. */
  private boolean mayStart(PatternInput in, int start, int anchorAt) {
    int n = in.size();
    if (start >= n) {
      return false;
    }
    for (int pc : firstPcs) {
      switch (op[pc]) {
        case TOKEN -> {
          if ((pc != anchorPc || start == anchorAt) && ((Node.TokenTest) arg[pc]).test(in, start)) {
            return true;
          }
        }
        case SPAN -> {
          for (int end : in.spans((SpanClass) arg[pc], start)) {
            if (end > start && end <= n) {
              return true;
            }
          }
        }
        case LEX -> {
          int end = in.lexicon((String) arg[pc], start);
          if (end > start && end <= n) {
            return true;
          }
        }
        default -> {
          return true; // an instruction this check does not know: let the machine decide
        }
      }
    }
    return false;
  }

  /** A match: tokens {@code [from, to)} and the capture slots (start, end per capture; -1 when it took no part). */
  record Hit(int from, int to, int[] caps) {}

  static Program compile(Node root, Node.Tok anchor, List<String> captureNames) {
    Builder b = new Builder(captureNames, anchor);
    b.emit(root);
    b.add(MATCH, 0, 0, null);
    int n = b.op.size();
    int[] op = new int[n];
    int[] x = new int[n];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      op[i] = b.op.get(i);
      x[i] = b.x.get(i);
      y[i] = b.y.get(i);
    }
    return new Program(op, x, y, b.arg.toArray(), b.anchorPc, captureNames.size() * 2,
        Node.maxBefore(root, anchor));
  }

  private static final class Builder {
    final List<Integer> op = new ArrayList<>();
    final List<Integer> x = new ArrayList<>();
    final List<Integer> y = new ArrayList<>();
    final List<Object> arg = new ArrayList<>();
    final List<String> captures;
    final Node.Tok anchor;
    int anchorPc = -1;

    Builder(List<String> captures, Node.Tok anchor) {
      this.captures = captures;
      this.anchor = anchor;
    }

    int add(int o, int a, int c, Object g) {
      op.add(o);
      x.add(a);
      y.add(c);
      arg.add(g);
      return op.size() - 1;
    }

    void emit(Node n) {
      if (n instanceof Node.Tok t) {
        int pc = add(TOKEN, 0, 0, t.test());
        if (t == anchor) {
          anchorPc = pc;
        }
      } else if (n instanceof Node.Span s) {
        add(SPAN, 0, 0, s.cls());
      } else if (n instanceof Node.Lex l) {
        add(LEX, 0, 0, l.category());
      } else if (n instanceof Node.Seq s) {
        s.items().forEach(this::emit);
      } else if (n instanceof Node.Cap c) {
        int slot = captures.indexOf(c.name()) * 2;
        add(SAVE, slot, 0, null);
        emit(c.body());
        add(SAVE, slot + 1, 0, null);
      } else if (n instanceof Node.Alt a) {
        List<Integer> jumps = new ArrayList<>();
        for (int i = 0; i < a.options().size(); i++) {
          if (i < a.options().size() - 1) {
            int split = add(SPLIT, 0, 0, null);
            x.set(split, op.size());
            emit(a.options().get(i));
            jumps.add(add(JMP, 0, 0, null));
            y.set(split, op.size());
          } else {
            emit(a.options().get(i));
          }
        }
        jumps.forEach(j -> x.set(j, op.size()));
      } else if (n instanceof Node.Rep r) {
        for (int i = 0; i < r.min(); i++) {
          emit(r.body());
        }
        if (r.max() < 0) {
          int split = add(SPLIT, 0, 0, null);
          x.set(split, op.size());
          emit(r.body());
          add(JMP, split, 0, null);
          y.set(split, op.size());
        } else {
          List<Integer> splits = new ArrayList<>();
          for (int i = r.min(); i < r.max(); i++) {
            int split = add(SPLIT, 0, 0, null);
            x.set(split, op.size());
            splits.add(split);
            emit(r.body());
          }
          splits.forEach(s -> y.set(s, op.size()));
        }
      }
    }
  }

  /**
   * A thread's scratch for {@link #run}: the visited marks are stamped with a run number instead of a fresh array
   * cleared for every start position tried, and the queues (a thread's instruction and captures, by position, in the
   * order queued) are reused arrays instead of lists of boxed pairs.
   */
  private static final class Scratch {
    int[] seen = new int[1024];
    int stamp;
    int[][] pcs = new int[64][];
    int[][][] caps = new int[64][][];
    int[] queued = new int[64]; // how many threads are queued at each position
    int last; // the furthest position a thread is queued at in this run
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** The longest match that starts at {@code start} and has its anchor at {@code anchorAt}, or null. */
  Hit run(PatternInput in, int start, int anchorAt) {
    if (!mayStart(in, start, anchorAt)) {
      return null; // the common case: no thread would pass the first token, so no scratch is set up
    }
    int n = in.size();
    int len = op.length;
    Scratch sc = SCRATCH.get();
    if (sc.seen.length < (n + 1) * len) {
      sc.seen = new int[Math.max((n + 1) * len, sc.seen.length * 2)];
      sc.stamp = 0;
    }
    if (++sc.stamp == 0) { // the stamps wrapped: clear the marks once
      Arrays.fill(sc.seen, 0);
      sc.stamp = 1;
    }
    if (sc.queued.length < n + 1) {
      int size = Math.max(n + 1, sc.queued.length * 2);
      sc.pcs = Arrays.copyOf(sc.pcs, size);
      sc.caps = Arrays.copyOf(sc.caps, size);
      sc.queued = new int[size];
    }
    Arrays.fill(sc.queued, start, n + 1, 0);
    sc.last = start;
    int[] caps = new int[slots];
    Arrays.fill(caps, -1);
    add(sc, start, 0, caps);
    Hit best = null;
    for (int pos = start; pos <= n && pos <= sc.last; pos++) { // no thread beyond the last queued: nothing to run
      int[] pcs = sc.pcs[pos];
      int[][] capsAt = sc.caps[pos];
      boolean matchedHere = false;
      for (int t = 0; t < sc.queued[pos]; t++) { // a thread here only queues threads at later positions
        int pc = pcs[t];
        int[] c = capsAt[t];
        switch (op[pc]) {
          case TOKEN -> {
            if (pos < n && (pc != anchorPc || pos == anchorAt) && ((Node.TokenTest) arg[pc]).test(in, pos)) {
              add(sc, pos + 1, pc + 1, c);
            }
          }
          case SPAN -> {
            if (pos < n) {
              for (int end : in.spans((SpanClass) arg[pc], pos)) {
                if (end > pos && end <= n) {
                  add(sc, end, pc + 1, c);
                }
              }
            }
          }
          case LEX -> {
            int end = pos < n ? in.lexicon((String) arg[pc], pos) : -1;
            if (end > pos && end <= n) {
              add(sc, end, pc + 1, c);
            }
          }
          case MATCH -> {
            if (!matchedHere && pos > start) { // the first thread to finish here has the preferred captures
              best = new Hit(start, pos, c);
              matchedHere = true;
            }
          }
          default -> { }
        }
      }
      sc.queued[pos] = 0;
    }
    return best;
  }

  private void add(Scratch sc, int pos, int pc, int[] caps) {
    int key = pos * op.length + pc;
    if (sc.seen[key] == sc.stamp) {
      return;
    }
    sc.seen[key] = sc.stamp;
    switch (op[pc]) {
      case JMP -> add(sc, pos, x[pc], caps);
      case SPLIT -> {
        add(sc, pos, x[pc], caps);
        add(sc, pos, y[pc], caps);
      }
      case SAVE -> {
        int[] c = caps.clone();
        c[x[pc]] = pos;
        add(sc, pos, pc + 1, c);
      }
      default -> {
        int k = sc.queued[pos];
        if (sc.pcs[pos] == null || k == sc.pcs[pos].length) {
          int size = Math.max(4, k * 2);
          sc.pcs[pos] = sc.pcs[pos] == null ? new int[size] : Arrays.copyOf(sc.pcs[pos], size);
          sc.caps[pos] = sc.caps[pos] == null ? new int[size][] : Arrays.copyOf(sc.caps[pos], size);
        }
        sc.pcs[pos][k] = pc;
        sc.caps[pos][k] = caps;
        sc.queued[pos] = k + 1;
        sc.last = Math.max(sc.last, pos);
      }
    }
  }
}
