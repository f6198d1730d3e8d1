package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.Token;

/**
 * "Rocket kills 12 on Golan football pitch; Israel blames Hezbollah" over a lead that tells the strike with no
 * speaker: a headline that names one speaker attributes the lead's unattributed attacks to that speaker, as a reader
 * takes it. The headline is a page's first paragraph of one sentence with no closing full stop; the lead is the two
 * paragraphs after it (a dateline may stand alone), or the body's first two when the headline is the page's title
 * (EventExtractor reads it apart). Stateless.
 */
final class HeadlineSpeaker {

  private HeadlineSpeaker() {}

  /** The one speaker of a headline paragraph, or null (not a headline, nobody or several speaking, a denial). */
  static Frame of(List<AnnotatedSentence> paragraph, List<List<Frame>> framesOf) {
    if (paragraph.size() != 1 || paragraph.get(0).sentence().paragraph() != 0) {
      return null;
    }
    List<Token> tokens = paragraph.get(0).sentence().tokens();
    if (tokens.isEmpty() || tokens.get(tokens.size() - 1).text().equals(".")) {
      return null; // a sentence of the body, not a headline
    }
    Frame only = null;
    for (Frame f : framesOf.get(0)) {
      if (f.speakerName() == null || f.denies()) {
        continue;
      }
      if (only != null && !only.speakerName().equals(f.speakerName())) {
        return null;
      }
      only = f;
    }
    return only;
  }

  /**
   * The headline's denial by a speaker of a known side ("Militia denies role in market strike"), or null: the lead's
   * allegation it answers is told below it, where a denial in the body looks back only.
   */
  static Frame denial(List<AnnotatedSentence> paragraph, List<List<Frame>> framesOf) {
    if (paragraph.size() != 1 || paragraph.get(0).sentence().paragraph() != 0) {
      return null;
    }
    List<Token> tokens = paragraph.get(0).sentence().tokens();
    if (tokens.isEmpty() || tokens.get(tokens.size() - 1).text().equals(".")) {
      return null; // a sentence of the body, not a headline
    }
    for (Frame f : framesOf.get(0)) {
      if (f.denies() && f.speakerName() != null && f.speaker() != null && f.speaker().side() != null) {
        return f;
      }
    }
    return null;
  }

  /** Gives the lead's attacks that no one alleges the headline speaker's claim. */
  static void lend(ArticleContext ctx, List<Sentence> sentences, Frame headline, AnnotatedSentence where) {
    if (headline == null) {
      return;
    }
    // a title set apart from the body heads a lead that starts at the body's first sentence
    int first = ctx.headlineDetached ? 0 : 1;
    int lastParagraph = ctx.headlineDetached ? 1 : 2;
    for (int i = 0; i < ctx.events.size(); i++) {
      Event e = ctx.events.get(i);
      int at = e.evidence().isEmpty() ? -1 : e.evidence().get(0).sentence();
      // a denial read later ("Hezbollah denied it") leaves the attack still unattributed
      if (e.type() != EventType.ATTACK || e.alleged() || at < first || at >= sentences.size()
          || sentences.get(at).paragraph() > lastParagraph) {
        continue;
      }
      ctx.events.set(i, Claims.toldBy(headline, e, where, ctx.sides));
    }
  }
}
