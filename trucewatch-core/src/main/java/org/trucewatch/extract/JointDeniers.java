package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;

/**
 * "Two militias were blamed for the mortar fire. Both groups denied any part in it.": a denial whose speaker is
 * written as a joint noun ("both groups", "the two sides"; lexicon: jointnoun) is the denial of each of the two
 * belligerents the sentences before named last; a group's noun (value armed) stands for two armed groups of no state,
 * a side's noun (value any) for any two; so too a speaker joined to another by "and" ("X and Y denied firing"). Each
 * then answers its own camp's attacks as any denial does (DenialLinks).
 * Reads a sentence's frame and the article's actors so far; writes nothing. Thread-safe once built.
 */
final class JointDeniers {

  private static final int BACK = 6; // as far back as a denial reaches for what it answers (DenialLinks)
  private final Map<String, String> nouns = new HashMap<>();

  JointDeniers(Lexicon lexicon) {
    for (Lexicon.Entry e : lexicon.entries("jointnoun")) {
      nouns.put(String.join(" ", e.words()), e.value());
    }
  }

  /** The frame's denial once per joint speaker it stands for; the frame alone when its speaker is none such. */
  List<Frame> each(AnnotatedSentence s, Frame f, ArticleContext ctx) {
    ActorSpan first = f.speaker() == null ? null : coordinated(s, f.speaker(), ctx.sides);
    if (first != null) { // "X and Y denied firing": the speaker found is Y, the one nearest the verb
      return List.of(f.withSpeaker(first, null), f);
    }
    // (a denial verb only: "both sides blamed each other" is a mutual accusation, which denies nothing)
    String written = f.speakerText() != null ? f.speakerText() : f.speaker() == null ? subjectBefore(s, f) : null;
    String kind = f.denies() && f.speaker() == null && written != null ? kindOf(written) : null;
    if (kind == null) {
      return List.of(f);
    }
    int here = s.sentence().index();
    Set<String> sides = new LinkedHashSet<>();
    List<ActorSpan> named = new ArrayList<>();
    for (int k = ctx.sidedActors.size() - 1; k >= 0 && named.size() < 2; k--) {
      int at = ctx.sidedActors.get(k).getKey();
      ActorSpan a = ctx.sidedActors.get(k).getValue();
      if (at >= here || at < here - BACK || !ctx.sides.isBelligerent(a.side())
          || kind.equals("armed") && !"NON_STATE_ARMED".equals(a.role()) || !sides.add(a.side())) {
        continue;
      }
      named.add(a);
    }
    if (named.size() < 2) {
      return List.of(f);
    }
    List<Frame> out = new ArrayList<>();
    int at = Math.max(0, f.verb() - 1);
    for (ActorSpan a : named) { // (the words this sentence wrote stay the speaker's, as a definite noun's do)
      out.add(f.withSpeaker(a.speakingAt(Math.max(0, at - 1), at + 1, false, written.strip()), null));
    }
    return out;
  }

  /**
   * "Both groups issued a statement ... and denied any part in it": a joint noun that opens the clause of a denial
   * verb no speaker was found for, with no actor between it and the verb; null when there is none.
   */
  private String subjectBefore(AnnotatedSentence s, Frame f) {
    List<org.trucewatch.nlp.Token> tokens = s.sentence().tokens();
    for (int k = 0; k + 1 < Math.min(f.verb(), tokens.size()); k++) {
      String w = Lexicon.lower(tokens.get(k));
      boolean joint = w.equals("both") || w.equals("two") && k > 0 && Lexicon.lower(tokens.get(k - 1)).equals("the");
      if (!joint || !nouns.containsKey(Lexicon.lower(tokens.get(k + 1)))) {
        continue;
      }
      int after = k + 2;
      boolean between = s.actors().stream().anyMatch(a -> a.from() >= after && a.from() < f.verb()
          && !a.modifier() && !a.demonym() && !a.possessive());
      return between ? null : (w.equals("two") ? "the two " : "both ") + tokens.get(k + 1).text();
    }
    return null;
  }

  /** The belligerent of another side joined to the speaker by "and" right before it ("X and Y"), or null. */
  private static ActorSpan coordinated(AnnotatedSentence s, ActorSpan speaker, Sides sides) {
    List<org.trucewatch.nlp.Token> tokens = s.sentence().tokens();
    int and = speaker.from() - 1;
    if (and < 1 || and >= tokens.size() || !Lexicon.lower(tokens.get(and)).equals("and") || speaker.side() == null) {
      return null;
    }
    for (ActorSpan a : s.actors()) {
      if (a.to() == and && a.side() != null && !a.side().equals(speaker.side()) && sides.isBelligerent(a.side())
          && !a.possessive() && !a.modifier()) {
        return a;
      }
    }
    return null;
  }

  /** The joint noun's value for "both X" or "the two X", or null. */
  private String kindOf(String text) {
    String[] w = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
    if (w.length == 2 && w[0].equals("both")) {
      return nouns.get(w[1]);
    }
    if (w.length == 3 && w[0].equals("the") && w[1].equals("two")) {
      return nouns.get(w[2]);
    }
    return null;
  }
}
