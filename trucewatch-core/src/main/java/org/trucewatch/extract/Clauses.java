package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.nlp.Token;

/**
 * The clause of a trigger: reads a sentence's tokens and its attribution frames, writes nothing. The finders of
 * attacks, ceasefires, figures and secondary events all scope their search to it. Stateless.
 */
final class Clauses {

  private Clauses() {}

  /** The innermost frame whose complement holds token {@code t}, or null. */
  static Frame frameOf(List<Frame> frames, int t) {
    Frame best = null;
    for (Frame f : frames) {
      // The innermost: "..., the military said, ..., RFE/RL reported": the military speaks, the agency relays
      if (f.contains(t) && (best == null || f.from() > best.from()
          || f.from() == best.from() && f.to() <= best.to())) {
        best = f;
      }
    }
    return best;
  }

  /** The token range of the trigger's clause: its frame's complement, or the sentence less other complements. */
  static int[] clause(List<Frame> frames, Frame frame, List<Token> tokens, int t) {
    if (frame != null && !frame.namesInPassing()) {
      return new int[] {frame.from(), frame.to()};
    }
    // (a speaker naming the target in passing, "struck what the army called posts", bounds no clause)
    int from = 0;
    int to = tokens.size();
    for (Frame f : frames) {
      if (f.namesInPassing()) {
        continue;
      }
      if (f.from() > t && f.from() < to && !passiveReport(f, tokens)) {
        to = Math.min(to, f.verb() > t ? f.verb() : f.from());
      }
      if (f.to() <= t && f.to() > from) {
        from = f.to();
      }
    }
    // A coordinated clause is another clause: "..., after talks in Moscow, but it took minutes ... new attacks"
    for (int k = t - 1; k > from; k--) {
      if (isBreak(tokens, k)) {
        from = k + 1;
        break;
      }
    }
    for (int k = t + 1; k < to; k++) {
      if (isBreak(tokens, k)) {
        to = k;
        break;
      }
    }
    return new int[] {from, to};
  }

  // "Strikes were reported in Rafah", "clashes are reported near the airport": no one speaks; the place after the
  // passive report verb is where the trigger before it happened, in the trigger's clause.
  private static boolean passiveReport(Frame f, List<Token> tokens) {
    int v = f.verb();
    if (f.speaker() != null || f.speakerText() != null || v < 1 || f.from() >= tokens.size()) {
      return false;
    }
    String aux = Lexicon.lower(tokens.get(v - 1));
    String prev = v > 1 ? Lexicon.lower(tokens.get(v - 2)) : "";
    boolean passive = PASSIVE.contains(aux) || PASSIVE.contains(prev) && "ADV".equals(tokens.get(v - 1).tag());
    return passive && "ADP".equals(tokens.get(f.from()).tag()) && !Lexicon.lower(tokens.get(f.from())).equals("by");
  }

  private static final java.util.Set<String> PASSIVE = java.util.Set.of("is", "are", "was", "were", "been", "being");

  private static boolean isBreak(List<Token> tokens, int k) {
    String w = Lexicon.lower(tokens.get(k));
    return w.equals(";") || w.equals("while") || w.equals("whereas")
        || w.equals("but") && k > 0 && tokens.get(k - 1).text().equals(",");
  }
}
