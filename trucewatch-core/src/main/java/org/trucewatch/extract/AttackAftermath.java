package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.PlaceSpan;
import org.trucewatch.extract.Spans.TimeSpan;
import org.trucewatch.nlp.Token;

/**
 * The places an attack hit, told in a sentence of their own: "The agency listed the dead village by village: three
 * in Aitaroun, two in Houla", "Four houses were damaged in one town and two in another", "three people were hurt in
 * Rajouri". Reads a sentence with no attack word of its own but a toll or damage word (lexicon categories
 * {@code casualty} and {@code damage}) and towns or villages after "in", and the attacks of the two sentences before;
 * writes one attack per place, a copy of the attack told just before (its kind, attacker, day and sources, with this
 * sentence as more evidence and its speaker as one more source), with the figure written before the place ("three in
 * Aitaroun") as its toll. Stateless and thread-safe.
 */
final class AttackAftermath {

  private static final Set<String> LIST_JOINS = Set.of(",", "and");

  private final Lexicon lexicon;
  private final AttackPlaces attackPlaces;

  AttackAftermath(Lexicon lexicon, AttackPlaces attackPlaces) {
    this.lexicon = lexicon;
    this.attackPlaces = attackPlaces;
  }

  /** The attacks this sentence places; empty unless it tells only the toll or damage of places. */
  List<Event> find(AnnotatedSentence s, List<Frame> frames, ArticleContext ctx) {
    List<Token> tokens = s.sentence().tokens();
    List<Lexicon.Match> tolls = lexicon.find(tokens, "casualty");
    if (tolls.isEmpty() && lexicon.find(tokens, "damage").isEmpty() || lexicon.any(tokens, "ongoing")) {
      return List.of(); // "has been broken repeatedly, and 10,000 have been killed": a war's toll, not a day's
    }
    List<PlaceSpan> places = listed(s, ctx);
    if (places.isEmpty()) {
      return List.of();
    }
    Event before = antecedent(s, ctx);
    if (before == null || ownDay(s, before)) {
      return List.of();
    }
    List<Event> out = new ArrayList<>();
    for (PlaceSpan p : places) {
      if (p.location().equals(before.location())) {
        continue;
      }
      Frame frame = Clauses.frameOf(frames, p.from());
      List<Claim> claims = new ArrayList<>(before.claims());
      for (Claim c : Claims.of(frame, before.perpetratorSide(), before.perpetratorInferred(), s, ctx.sides)) {
        if (claims.stream().noneMatch(x -> x.actor().equals(c.actor()))) {
          claims.add(c);
        }
      }
      List<Evidence> evidence = new ArrayList<>(List.of(Dating.evidence(s)));
      evidence.addAll(before.evidence());
      out.add(new Event(before.article(), EventType.ATTACK, before.subtype(), before.date(), before.dateEnd(),
          before.time(), before.dateBasis(), p.location(), before.perpetratorSide(), before.perpetrator(),
          before.perpetratorActor(), before.perpetratorInferred(), p.location().surface(), claims,
          toll(tokens, p, tolls), List.of(), null, evidence));
    }
    return out;
  }

  /**
   * The towns and villages of the sentence that follow "in" ("in the village of" too), or that continue such a list
   * ("in Blida and Kfar Kila"); not a region or country, a place inside a name, a hospital's town, where the toll was
   * told ("told reporters in Kyiv") nor the place of talks or a deal ("the truce agreed in Minsk").
   */
  private List<PlaceSpan> listed(AnnotatedSentence s, ArticleContext ctx) {
    List<Token> tokens = s.sentence().tokens();
    List<PlaceSpan> out = new ArrayList<>();
    int lastEnd = -1;
    for (PlaceSpan p : s.places()) {
      if (p.inName() || !p.location().precision().equalsIgnoreCase("place")) {
        continue;
      }
      int k = p.from() - 1;
      while (k >= 0 && Set.of("the", "village", "town", "of", "city").contains(Lexicon.lower(tokens.get(k)))
          && k > p.from() - 5) {
        k--; // "in the village of Toulin"
      }
      // "taken to a hospital in Marjayoun": where the wounded were brought, not where they were hit
      // nor "officials in Rajouri said": where who tells the toll sits
      boolean afterIn = k >= 0 && Lexicon.lower(tokens.get(k)).equals("in")
          && !(k > 0 && lexicon.at(tokens, k - 1, "refuge") != null)
          && !(k > 0 && AttackPlaces.GOVERNMENT.contains(Lexicon.lower(tokens.get(k - 1))));
      boolean continues = lastEnd >= 0 && p.from() - lastEnd <= 2 && p.from() > 0
          && LIST_JOINS.contains(Lexicon.lower(tokens.get(p.from() - 1)));
      // "ferrying casualties to hospitals in Y as well as in X": where they were brought (place25b)
      if ((afterIn || continues) && !attackPlaces.aboutTalks(tokens, p.from())
          && !attackPlaces.careDestination(tokens, p.from())
          && !attackPlaces.speechVenue(tokens, p, ctx) // "an adviser told reporters in Kyiv that 30 were killed"
          && out.stream().noneMatch(q -> q.location().equals(p.location()))) {
        out.add(p);
        lastEnd = p.to();
      }
    }
    return out;
  }

  /**
   * The attack this sentence tells more of: the last one of the two sentences before it that names an attacker, else
   * the last one.
   */
  private static Event antecedent(AnnotatedSentence s, ArticleContext ctx) {
    int here = s.sentence().index();
    int[] range = ctx.eventsIn(here - 2, here);
    Event last = null;
    for (int i = range[1] - 1; i >= range[0]; i--) {
      Event e = ctx.events.get(i);
      int at = e.evidence().get(0).sentence();
      if (e.type() != EventType.ATTACK || at < here - 2 || at >= here || e.date() == null) {
        continue;
      }
      if (e.perpetratorSide() != null) {
        return e;
      }
      last = last == null ? e : last;
    }
    return last;
  }

  // A day of its own ("on Friday, two were killed in X") makes the sentence another event's, not the last one's.
  private static boolean ownDay(AnnotatedSentence s, Event before) {
    for (TimeSpan t : s.times()) {
      if (t.date() != null && !t.date().equals(before.date())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The figure written for the place: "three in Aitaroun", "one each in Blida and Kfar Kila", "three people were
   * hurt in Rajouri" (a number a few words before "in" with no comma between); killed or wounded as the nearest
   * toll word before the place says.
   */
  private Casualties toll(List<Token> tokens, PlaceSpan p, List<Lexicon.Match> tolls) {
    int in = p.from() - 1;
    while (in >= 0 && !Lexicon.lower(tokens.get(in)).equals("in")) {
      in--;
    }
    Integer n = null;
    int at = -1;
    for (int k = in - 1; k >= Math.max(0, in - 6) && n == null; k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals(",") || w.equals(";") || w.equals(":")) {
        break;
      }
      n = count(tokens, k);
      at = k;
    }
    if (n == null) {
      return null;
    }
    String kind = null;
    for (Lexicon.Match m : tolls) {
      if (m.from() < p.from() && (m.entry().value().equals("killed") || m.entry().value().equals("wounded"))) {
        kind = m.entry().value();
      }
    }
    if (kind == null || at < 0) {
      return null;
    }
    return kind.equals("killed") ? new Casualties(n, null, null, null, null, null)
        : new Casualties(null, n, null, null, null, null);
  }

  private Integer count(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    if (t.text().matches("\\d{1,4}")) {
      return Integer.valueOf(t.text());
    }
    Lexicon.Entry e = lexicon.at(tokens, k, "number");
    return e != null && e.words().length == 1 ? Integer.valueOf(e.value()) : null;
  }
}
