package org.trucewatch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.PlaceSpan;
import org.trucewatch.extract.Spans.TimeSpan;
import org.trucewatch.nlp.Token;

/**
 * Finds the secondary event types: talks ("11 hours of talks in Moscow"), appeals ("Shoigu urged the two countries
 * to observe the ceasefire"), threats ("reserved the right to attack"), and military support ("sending Syrian
 * mercenaries", "military exports"). Each needs an actor and a date in its sentence. Stateless and thread-safe.
 */
final class SecondaryFinder {

  private final Lexicon lexicon;

  SecondaryFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Event> find(AnnotatedSentence s, List<Frame> frames, ArticleContext ctx) {
    List<Event> out = new ArrayList<>();
    List<Token> tokens = s.sentence().tokens();
    for (String category : new String[] {"talks", "appeal", "threat", "support"}) {
      for (Lexicon.Match m : lexicon.find(tokens, category)) {
        Frame frame = Clauses.frameOf(frames, m.from());
        Token trigger = tokens.get(m.from());
        if ((category.equals("appeal") || category.equals("threat")) && m.to() - m.from() == 1
            && trigger.tag() != null && !trigger.tag().equals("VERB")) {
          continue; // "calls for a ceasefire were reasonable" comments on an appeal, it does not make one
        }
        TimeSpan when = Dating.nearest(s, Math.max(0, m.from() - 8), Math.min(s.size(), m.to() + 8), m.from());
        if (when == null) {
          continue;
        }
        ActorSpan actor = Frames.subjectBefore(s, m.from());
        if (actor == null && frame != null) {
          actor = frame.speaker();
        }
        if (actor == null && !category.equals("talks")) {
          continue;
        }
        List<String> parties = new ArrayList<>();
        for (ActorSpan a : s.actors()) {
          if (a.side() != null && "STATE".equals(a.role()) && !parties.contains(ctx.sides.name(a.side()))) {
            parties.add(ctx.sides.name(a.side()));
          }
        }
        if (actor != null && !parties.contains(actor.name())) {
          parties.add(0, actor.name());
        }
        if (parties.isEmpty()) {
          continue;
        }
        LocalDate date = when.date() != null ? when.date() : when.rangeStart();
        LocalDate end = when.date() != null ? null : when.rangeEnd();
        out.add(new Event(ctx.article, EventType.valueOf(category.toUpperCase(java.util.Locale.ROOT)), m.value(),
            date, end, null, DateBasis.EXPLICIT, place(s, m.to()), null, null, null, false, null, List.of(), null, parties,
            null, List.of(Dating.evidence(s))));
        break;
      }
    }
    return out;
  }

  /** "talks in Moscow": a place right after the trigger, introduced by in or at. */
  private static Location place(AnnotatedSentence s, int after) {
    List<Token> tokens = s.sentence().tokens();
    for (PlaceSpan p : s.places()) {
      if (!p.inName() && p.from() > after && p.from() <= after + 3
          && (Lexicon.lower(tokens.get(p.from() - 1)).equals("in")
              || Lexicon.lower(tokens.get(p.from() - 1)).equals("at"))) {
        return p.location();
      }
    }
    return null;
  }
}
