package org.trucewatch.extract;

import java.util.List;
import java.util.Objects;

/**
 * "Shells hit the market in X on Sunday. Rescuers searched the rubble for hours. A woman and two boys were among the
 * dead, medics said.": a toll sentence of no act, place or other day of its own, told a few sentences after the
 * sentence of one attack (in its paragraph or the next), with no other event told and no place named between, carries
 * on that attack's telling and is its figure. Reads the article's events in sentence order and the paragraphs and
 * place-naming sentences {@link ArticleContext} noted; answers which attack the toll continues. Stateless.
 */
final class ContinuedTolls {

  /** The most sentences after its attack's that a toll still continues it (the next one is TollLinks' own). */
  private static final int MAX_SENTENCES = 4;
  /** The most paragraphs after its attack's: a story's next paragraph may still tell the act's toll. */
  private static final int MAX_PARAGRAPHS = 1;

  /** A figure this large told further on is more often a day's total or an update than the act's (TollLinks' cut). */
  private static final int FEW = 5;

  private ContinuedTolls() {
  }

  /** Whether each half of the toll is a few: a toll the story may still be telling of one act. */
  static boolean few(Casualties c) {
    return (c.killed() == null || c.killed() < FEW) && (c.wounded() == null || c.wounded() < FEW);
  }

  /**
   * The index in {@code events} (whose first {@code ctx.events.size()} are the story's acts in sentence order) of the
   * attack whose telling the toll of sentence {@code told} continues; -1 when the last event told before it is no
   * attack, is two attacks at two places, or is too far back, or when a place is named, an event told or a toll
   * reported between (the reports {@code events} holds after the story's acts).
   */
  static int attack(List<Event> events, int told, ArticleContext ctx) {
    int at = -1;
    int found = -1;
    for (int i = Math.min(ctx.events.size(), events.size()) - 1; i >= 0; i--) {
      Event e = events.get(i);
      int sentence = e.evidence().get(0).sentence();
      if (sentence > told) {
        continue;
      }
      if (sentence == told) {
        return -1; // the toll's sentence tells an event of its own
      }
      if (at >= 0 && sentence != at) {
        break;
      }
      at = sentence;
      if (e.type() != EventType.ATTACK
          || found >= 0 && !Objects.equals(events.get(found).location(), e.location())) {
        return -1; // the last told is no attack, or a total of attacks at two places ("strikes hit X and Y")
      }
      found = i;
    }
    if (found < 0 || told - at < 2 || told - at > MAX_SENTENCES
        || paragraph(ctx, told) - paragraph(ctx, at) > MAX_PARAGRAPHS) {
      return -1;
    }
    for (int i = ctx.events.size(); i < events.size(); i++) {
      int sentence = events.get(i).evidence().get(0).sentence();
      if (sentence > at && sentence < told) {
        return -1; // a toll reported between: this one goes on with that count ("four killed. One remains wounded.")
      }
    }
    int placed = ctx.placeSentences.nextSetBit(at + 1);
    return placed >= 0 && placed < told ? -1 : found;
  }

  private static int paragraph(ArticleContext ctx, int sentence) {
    return sentence < ctx.paragraphOf.length ? ctx.paragraphOf[sentence] : Integer.MAX_VALUE;
  }
}
