package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.pattern.Rule;
import org.trucewatch.nlp.Token;

/**
 * Finds the attack triggers of a sentence that tell an act that happened: reads the tokens, the lexicon's
 * {@code attack}, {@code action} and {@code modal} words, the attack patterns' matches ({@code attack} and
 * {@code not_attack} actions) and the attribution frames; writes a list of {@link Trigger}s. A trigger is dropped
 * when a {@code not_attack} pattern covers it, when its part of speech does not fit its entry, under a modal, negation,
 * threat or purpose ("reserved the right to attack", "to target civilians"), or when it is a weapon noun without an
 * action in its clause ("sales of drones"). Stateless and thread-safe.
 */
final class AttackTriggers {

  /**
   * An attack trigger: its token {@code t}, its entry (a lexicon entry, or one made from a pattern's action with the
   * trigger's words), and the pattern match that made it, or null for a lexicon word.
   */
  record Trigger(int t, Lexicon.Entry entry, Rule.Match rule) {}

  private static final Set<String> ASPECT_BEFORE_TO = Set.of("began", "begin", "started", "start", "continued",
      "continue", "resumed", "resume", "tried", "try", "attempted", "attempt", "sought", "seek");

  private final Lexicon lexicon;

  AttackTriggers(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A candidate before the filters: tokens {@code [from, to)} it covers, and its trigger. */
  private record Candidate(int from, int to, Trigger trigger) {}

  /**
   * The triggers of a sentence: lexicon words and pattern matches, the longest first where they overlap, less those
   * the filters drop.
   */
  List<Trigger> find(List<Token> tokens, List<Frame> frames, List<Rule.Match> matches) {
    List<Candidate> all = new ArrayList<>();
    for (Rule.Match m : matches) {
      if (m.kind().equals(AttackPatterns.ATTACK)) {
        all.add(new Candidate(m.from(), m.to(), fromPattern(tokens, m)));
      }
    }
    for (Lexicon.Match m : lexicon.find(tokens, "attack")) {
      all.add(new Candidate(m.from(), m.to(), new Trigger(m.from(), m.entry(), null)));
    }
    all.sort(Comparator.comparingInt(Candidate::from).thenComparingInt(c -> -(c.to() - c.from()))
        .thenComparingInt(c -> c.trigger().rule() != null ? 0 : 1));
    List<Candidate> kept = new ArrayList<>();
    int end = 0;
    for (Candidate c : all) {
      if (c.from() >= end) {
        kept.add(c);
        end = c.to();
      }
    }
    List<Trigger> out = new ArrayList<>();
    for (Candidate c : kept) {
      Trigger tr = c.trigger();
      int t = tr.t();
      Lexicon.Entry e = tr.entry();
      if (vetoed(c, matches) || !roleFits(tokens, t, e) || suppressed(tokens, t, frames)) {
        continue;
      }
      Frame frame = Clauses.frameOf(frames, t);
      int[] clause = Clauses.clause(frames, frame, tokens, t);
      // A weapon noun is an attack only with an action in its clause ("missiles had been fired"), and then the
      // action is the mention; the weapon only names the subtype.
      if (e.has("weapon") && (!hasAction(tokens, clause, t) || otherTrigger(kept, clause, c))) {
        continue;
      }
      out.add(tr);
    }
    return out;
  }

  /** A pattern's match as a trigger: the capture {@code trigger} where the action names one, else the whole match. */
  private static Trigger fromPattern(List<Token> tokens, Rule.Match m) {
    Rule.Action a = m.rule().action();
    int[] span = a.arg("trigger") != null ? m.capture(a.arg("trigger")) : null;
    int from = span != null ? span[0] : m.from();
    int to = span != null ? span[1] : m.to();
    String[] words = new String[to - from];
    for (int k = from; k < to; k++) {
      words[k - from] = Lexicon.lower(tokens.get(k));
    }
    String flags = a.arg("flags");
    Set<String> set = flags == null ? Set.of() : Set.of(flags.split(","));
    return new Trigger(from, new Lexicon.Entry("attack", words, a.value(), set), m);
  }

  /** A {@code not_attack} pattern whose match (or sentence, by its scope) covers the candidate. */
  private static boolean vetoed(Candidate c, List<Rule.Match> matches) {
    for (Rule.Match m : matches) {
      if (m.kind().equals(AttackPatterns.NOT_ATTACK) && ("sentence".equals(m.rule().action().arg("scope"))
          || c.from() < m.to() && m.from() < c.to())) {
        return true;
      }
    }
    return false;
  }

  /** A weapon noun is an attack only with an action in its clause: "missiles had been fired", not "sales of drones". */
  private boolean hasAction(List<Token> tokens, int[] clause, int t) {
    for (int k = clause[0]; k < clause[1]; k++) {
      if (k != t && lexicon.at(tokens, k, "action") != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean otherTrigger(List<Candidate> kept, int[] clause, Candidate self) {
    for (Candidate c : kept) {
      if (c != self && c.from() >= clause[0] && c.to() <= clause[1] && !c.trigger().entry().has("weapon")) {
        return true;
      }
    }
    return false;
  }

  private static boolean roleFits(List<Token> tokens, int t, Lexicon.Entry e) {
    Token tok = tokens.get(t);
    String tag = tok.tag();
    if (e.words().length > 1 || tag == null) {
      return !(e.value().equals("attack") && Lexicon.lower(tok).equals("strike") && t > 0
          && Set.of("on", "general", "hunger").contains(Lexicon.lower(tokens.get(t - 1))));
    }
    if (e.has("verb") && !tag.equals("VERB")) {
      return false;
    }
    if (e.has("noun") && !(tag.equals("NOUN") || tag.equals("PROPN"))) {
      return false;
    }
    if (Lexicon.lower(tok).equals("strike") && t > 0
        && Set.of("on", "general", "hunger").contains(Lexicon.lower(tokens.get(t - 1)))) {
      return false;
    }
    return !tag.equals("ADJ") || Lexicon.lower(tok).equals("shelling");
  }

  /** A modal, negation, threat or purpose before the trigger in its clause. */
  private boolean suppressed(List<Token> tokens, int t, List<Frame> frames) {
    if (t > 0 && Lexicon.lower(tokens.get(t - 1)).equals("to")) {
      String before = t > 1 ? Lexicon.lower(tokens.get(t - 2)) : "";
      String beforeLemma = t > 1 ? Lexicon.lemma(tokens.get(t - 2)) : "";
      boolean nounAfterTo = tokens.get(t).tag() != null && tokens.get(t).tag().equals("NOUN");
      if (!nounAfterTo && !ASPECT_BEFORE_TO.contains(before) && !ASPECT_BEFORE_TO.contains(beforeLemma)
          && !usedAsMeans(tokens, t - 1)) {
        return true;
      }
    }
    int start = Math.max(0, t - 6);
    for (Frame f : frames) {
      if (f.contains(t) && f.from() > start) {
        start = f.from();
      }
    }
    for (int k = t - 1; k >= start; k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals(",") || w.equals(";") || w.equals("that") && k < t - 1) {
        break;
      }
      Lexicon.Entry mod = lexicon.at(tokens, k, "modal");
      if (mod != null && k + mod.words().length <= t && !mod.value().equals("reported")) {
        // "no" only negates right before its noun: "no direct involvement", not "no sooner"
        if (mod.words()[0].equals("no") && k < t - 2) {
          continue;
        }
        return true;
      }
    }
    return false;
  }

  // "used artillery and drones to strike X": the means of an attack that happened, not a purpose.
  private static boolean usedAsMeans(List<Token> tokens, int to) {
    for (int k = to - 1; k >= Math.max(0, to - 6); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("used") || w.equals("using") || w.equals("employed") || w.equals("deployed")) {
        return true;
      }
      if (w.equals(",") || w.equals(";") || w.equals("that")) {
        return false;
      }
    }
    return false;
  }
}
