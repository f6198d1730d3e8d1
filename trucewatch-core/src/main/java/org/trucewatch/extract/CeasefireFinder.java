package org.trucewatch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.TimeSpan;
import org.trucewatch.nlp.Token;

/**
 * Finds ceasefires in a sentence: a truce word with what happened to it ("reached a humanitarian ceasefire on
 * Saturday", "A ceasefire is announced from 12 hours 00 minutes on October 10", "agreed to a ceasefire on Wednesday",
 * "the agreement fell apart on Monday" after a ceasefire was named), with the parties and the mediator. A ceasefire
 * event needs a date of its own in the sentence: a truce merely mentioned ("despite a recent ceasefire") is not one.
 * Calls for a truce are appeals, not ceasefires. Stateless and thread-safe.
 */
final class CeasefireFinder {

  private static final Set<String> ANAPHORS = Set.of("agreement", "deal", "accord", "truce");
  private static final Set<String> MEDIATION = Set.of("mediated", "brokered", "mediation");

  private final Lexicon lexicon;

  CeasefireFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Event> find(AnnotatedSentence s, List<Frame> frames, ArticleContext ctx) {
    List<Token> tokens = s.sentence().tokens();
    List<Lexicon.Match> nouns = new ArrayList<>(lexicon.find(tokens, "ceasefire"));
    boolean anaphoric = false;
    if (nouns.isEmpty() && s.sentence().index() - ctx.lastCeasefireSentence <= 2) {
      for (int i = 1; i < tokens.size(); i++) {
        if (ANAPHORS.contains(Lexicon.lower(tokens.get(i)))
            && Set.of("the", "this", "that").contains(Lexicon.lower(tokens.get(i - 1)))) {
          nouns.add(new Lexicon.Match(i, i + 1, null));
          anaphoric = true;
          break;
        }
      }
    }
    if (nouns.isEmpty()) {
      return List.of();
    }
    if (!anaphoric) {
      ctx.lastCeasefireSentence = s.sentence().index();
    }
    List<Event> out = new ArrayList<>();
    for (Lexicon.Match n : nouns) {
      String status = status(tokens, n);
      if (status == null && !anaphoric && namedByDay(s, n)) {
        status = "start"; // "the November 27 ceasefire", "the truce of May 21": a truce named by the day it began
      }
      // A violation alleged of a truce is an attack's claim, not a ceasefire event of its own.
      if (status == null || status.equals("violated") || status.equals("appeal")) {
        continue;
      }
      if (anaphoric && !status.equals("collapsed")) {
        continue;
      }
      TimeSpan when = Dating.nearest(s, 0, s.size(), n.from());
      if (when == null) {
        continue;
      }
      Frame frame = Clauses.frameOf(frames, n.from());
      int[] clause = Clauses.clause(frames, frame, tokens, n.from());
      String time = Dating.clock(s, new int[] {0, s.size()});
      LocalDate date = when.date() != null ? when.date() : when.rangeStart();
      LocalDate end = when.date() != null ? null : when.rangeEnd();
      List<Claim> claims = frame == null || frame.speakerName() == null ? List.of()
          : List.of(new Claim(frame.speakerName(), frame.speaker() == null ? null : frame.speaker().id(),
              frame.speaker() == null ? null : frame.speaker().side(), Stance.ALLEGES, null, Dating.evidence(s),
              frame.speakerWritten()));
      out.add(new Event(ctx.article, EventType.CEASEFIRE, status, date, end, time, DateBasis.EXPLICIT, null, null, null,
          null, false, null, claims, null, parties(s, clause, ctx.sides), mediator(s, tokens), List.of(Dating.evidence(s))));
    }
    return out;
  }

  /** Whether a date stands right before the truce word or right after it with "of" ("the ceasefire of May 21"). */
  private static boolean namedByDay(AnnotatedSentence s, Lexicon.Match n) {
    List<Token> tokens = s.sentence().tokens();
    for (TimeSpan t : s.times()) {
      if (t.date() == null) {
        continue;
      }
      boolean before = t.to() == n.from() || t.to() == n.from() - 1
          && Lexicon.lower(tokens.get(t.to())).matches("'s|’s|-");
      boolean after = n.to() < tokens.size() && Lexicon.lower(tokens.get(n.to())).equals("of")
          && t.from() == n.to() + 1;
      if (before || after) {
        return true;
      }
    }
    return false;
  }

  /** What the sentence says happened to the truce: a status word near it, not under a modal or negation. */
  private String status(List<Token> tokens, Lexicon.Match noun) {
    String best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Lexicon.Match m : lexicon.find(tokens, "cfstatus")) {
      int dist = m.from() >= noun.to() ? m.from() - noun.to() : noun.from() - m.to();
      if (dist > 7 || dist >= bestDist || negated(tokens, m.from())) {
        continue;
      }
      best = m.value();
      bestDist = dist;
    }
    // "two cease-fire agreements", "a ceasefire deal": the noun itself says it was agreed
    if (best == null && noun.to() < tokens.size()
        && Set.of("agreement", "agreements", "deal", "accord").contains(Lexicon.lower(tokens.get(noun.to())))) {
      best = "agreed";
    }
    return best;
  }

  private boolean negated(List<Token> tokens, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("failed") || w.equals("refused")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> parties(AnnotatedSentence s, int[] clause, Sides sides) {
    List<String> out = new ArrayList<>();
    for (ActorSpan a : s.actors()) {
      if (a.from() >= clause[0] && a.to() <= clause[1] && a.side() != null && "STATE".equals(a.role())
          && !a.possessive() && !out.contains(sides.name(a.side()))) {
        out.add(sides.name(a.side()));
      }
    }
    return out;
  }

  /** "mediated by X", "X-brokered", "Russian-mediated talks", "X brokered". */
  private static String mediator(AnnotatedSentence s, List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = Lexicon.lower(tokens.get(i));
      if (!MEDIATION.contains(w) && !w.endsWith("-mediated") && !w.endsWith("-brokered")) {
        continue;
      }
      if (w.contains("-")) {
        for (ActorSpan a : s.actors()) {
          if (a.from() == i) {
            return a.name();
          }
        }
        String prefix = tokens.get(i).text().substring(0, tokens.get(i).text().indexOf('-'));
        return prefix.isEmpty() ? null : prefix;
      }
      for (ActorSpan a : s.actors()) {
        if (a.from() > i && a.from() <= i + 3 || a.to() == i) {
          return a.name();
        }
      }
    }
    return null;
  }
}
