package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * "Tanks fired on what the military called militant posts", "jets bombed a house, where the army said fighters had
 * gathered", "struck what it said were launchers": a speaker inside a relative clause that names the target tells
 * the whole act, so the frame's complement is the clause the relative belongs to (from the sentence's start or the
 * last subordinator before it), not the relative clause alone. The words (relative pronouns, naming verbs, clause
 * openers) are the lexicon's category {@code relspeech} (value {@code wh}, {@code verb}, {@code bound}). Thread-safe.
 */
final class RelativeSpeakers {

  // the speaker between the relative word and the verb: "the army", "it", "the Israeli military"
  private static final int MAX_SPEAKER_TOKENS = 5;

  /** The frames' kind: a report, but one that names a target in passing, so it speaks for no paragraph. */
  static final String KIND = "names";

  private final Lexicon lexicon;

  RelativeSpeakers(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The frames with each relative speaker's frame widened to the sentence (a frame of its verb replaced). */
  List<Frame> widen(AnnotatedSentence s, List<Frame> frames) {
    List<Token> tokens = s.sentence().tokens();
    List<Lexicon.Match> words = lexicon.find(tokens, "relspeech");
    List<Frame> out = null;
    for (Lexicon.Match wh : words) {
      if (!wh.value().equals("wh") || wh.from() == 0) {
        continue; // "What the army said ..." opens a sentence of its own shape
      }
      for (Lexicon.Match verb : words) {
        int gap = verb.from() - wh.to();
        if (!verb.value().equals("verb") || gap < 1 || gap > MAX_SPEAKER_TOKENS || punctuated(tokens, wh.to(),
            verb.from())) {
          continue;
        }
        ActorSpan actor = s.actors().stream().filter(a -> a.from() >= wh.to() && a.to() <= verb.from()).findFirst()
            .orElse(null);
        // a pronoun ("what it called") is left to PronounSpeakers, which finds its antecedent or leaves it unsaid
        boolean pronoun = gap == 1 && lexicon.at(tokens, wh.to(), "pronounspeaker") != null;
        String text = pronoun ? null : s.sentence().span(wh.to(), verb.from());
        if (out == null) {
          out = new ArrayList<>(frames);
        }
        out.removeIf(f -> f.verb() == verb.from());
        int from = 0;
        for (Lexicon.Match b : words) {
          if (b.value().equals("bound") && b.from() < wh.from()) {
            from = Math.max(from, b.to());
          }
        }
        out.add(new Frame(verb.from(), actor, actor == null ? text : null, from, tokens.size(), KIND, null,
            null));
        break;
      }
    }
    return out == null ? frames : out;
  }

  /** The frames less a relative one whose pronoun found no speaker: it would only widen an unspoken clause. */
  static List<Frame> spoken(List<Frame> frames) {
    if (frames.stream().noneMatch(f -> f.kind().equals(KIND) && f.speakerName() == null)) {
      return frames;
    }
    return frames.stream().filter(f -> !f.kind().equals(KIND) || f.speakerName() != null).toList();
  }

  // a speaker is a noun phrase: no punctuation, no verb ("which was said" has none)
  private static boolean punctuated(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String tag = tokens.get(i).tag();
      String t = tokens.get(i).text();
      boolean possessive = t.equals("'s") || t.equals("’s"); // "what Israel's army called"
      if (!possessive && !Character.isLetterOrDigit(t.charAt(0)) || "VERB".equals(tag) || "AUX".equals(tag)) {
        return true;
      }
    }
    return false;
  }
}
