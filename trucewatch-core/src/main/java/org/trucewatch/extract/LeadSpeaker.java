package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Sentence;

/**
 * "Shells hit a market in X on Sunday, killing 21. // Two doctors at the town's hospital said ...": a news lead that
 * tells an attack with no speaker is attributed in the paragraph after it, as wire copy writes it; the lead's attacks
 * that no one alleges take that paragraph's first speaker. Not for a statement (its issuer speaks) nor a live blog
 * (each entry is its own). Reads the frames as paragraphs are read; lends once the article is read. Stateless.
 */
final class LeadSpeaker {

  private LeadSpeaker() {}

  /** Keeps the first speaker of a paragraph read while the article's first attack's paragraph is near. */
  static void note(Lexicon lexicon, ArticleContext ctx, List<AnnotatedSentence> paragraph,
      List<List<Frame>> framesOf) {
    if (ctx.leadFollower != null || paragraph.isEmpty()) {
      return;
    }
    int p = paragraph.get(0).sentence().paragraph();
    if (ctx.leadParagraph < 0 || p <= ctx.leadParagraph) {
      return;
    }
    for (int i = 0; i < paragraph.size(); i++) {
      for (Frame f : framesOf.get(i)) {
        // (a denial answers the lead; it does not tell it)
        if (f.speakerName() != null && !f.denies() && !f.namesInPassing()) {
          // (a speaker of a truce or of talks after the lead tells another story: the follower must tell violence)
          ctx.leadFollower = tellsViolence(lexicon, paragraph.get(i)) ? f : NONE;
          ctx.leadFollowerSentence = paragraph.get(i);
          return;
        }
      }
    }
    ctx.leadFollower = NONE; // the paragraph after the lead names nobody: the lead stays unattributed
  }

  // the words that tell an attack or its toll (lexicon categories)
  private static final String[] VIOLENCE = {"attack", "casualty", "victim"};

  private static boolean tellsViolence(Lexicon lexicon, AnnotatedSentence s) {
    for (String c : VIOLENCE) {
      if (lexicon.any(s.sentence().tokens(), c)) {
        return true;
      }
    }
    return false;
  }

  /** Notes the paragraph of the article's first attack (called once the paragraph's events are found). */
  static void noteLead(ArticleContext ctx, int paragraph, int firstEvent) {
    if (ctx.leadParagraph >= 0) {
      return;
    }
    for (int i = firstEvent; i < ctx.events.size(); i++) {
      if (ctx.events.get(i).type() == EventType.ATTACK) {
        ctx.leadParagraph = paragraph;
        return;
      }
    }
  }

  /** Gives the lead's attacks that no one alleges the next paragraph's first speaker. */
  static void lend(ArticleContext ctx, List<Sentence> sentences) {
    Frame f = ctx.leadFollower;
    if (f == null || f == NONE || ctx.issued || ctx.liveBlog) {
      return;
    }
    for (int i = 0; i < ctx.events.size(); i++) {
      Event e = ctx.events.get(i);
      int at = e.evidence().isEmpty() ? -1 : e.evidence().get(0).sentence();
      if (e.type() != EventType.ATTACK || e.alleged() || at < 0 || at >= sentences.size()
          || sentences.get(at).paragraph() != ctx.leadParagraph) {
        continue;
      }
      ctx.events.set(i, Claims.toldBy(f, e, ctx.leadFollowerSentence, ctx.sides));
    }
  }

  private static final Frame NONE = new Frame(-1, null, null, 0, 0, "reports", null, null);
}
