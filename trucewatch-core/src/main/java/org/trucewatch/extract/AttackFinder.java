package org.trucewatch.extract;

import static org.trucewatch.extract.AttackClauses.coordinated;
import static org.trucewatch.extract.AttackClauses.dayOrFigure;
import static org.trucewatch.extract.AttackClauses.definite;
import static org.trucewatch.extract.AttackClauses.pluralHead;
import static org.trucewatch.extract.AttackClauses.possessed;
import static org.trucewatch.extract.AttackClauses.regionsOnly;
import static org.trucewatch.extract.AttackClauses.relativeOfAttack;
import static org.trucewatch.extract.AttackClauses.sinceToll;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.pattern.Rule;
import org.trucewatch.nlp.Token;

/**
 * Finds attacks in a sentence: reads the annotated sentence, its attribution frames, the article context (dates,
 * earlier events) and the side register; writes the attack {@link Event}s it finds, and adds a later speaker to the
 * claims of an event told just before ("the shelling had left nine dead"). It puts together the concerns that have
 * classes of their own: {@link AttackTriggers} (which words and patterns are attacks), {@link Perpetrators} (who did
 * it), {@link AttackPlaces} (where, one event per place), {@link AttackSubtypes} (what kind), {@link Dating} (when)
 * and {@link AttackClauses} (whether a trigger's clause tells one day's attack). Generic words ("fighting", "clashes",
 * "battles", "offensive") make an event only with a place and a date of their own. Stateless and thread-safe.
 */
final class AttackFinder {

  private final Lexicon lexicon;
  private final Dating dating;
  private final TollRiseDating tollRise;
  private final AttackTriggers triggers;
  private final AttackPlaces places;
  private final AttackAftermath aftermath;
  private final AttackClauses clauses;
  private final WarTolls warTolls;
  private final UnhitPlaces unhit;

  AttackFinder(Lexicon lexicon, Dating dating) {
    this.lexicon = lexicon;
    this.dating = dating;
    this.tollRise = new TollRiseDating(lexicon);
    this.triggers = new AttackTriggers(lexicon);
    this.places = new AttackPlaces(lexicon);
    this.aftermath = new AttackAftermath(lexicon, places);
    this.clauses = new AttackClauses(lexicon);
    this.warTolls = new WarTolls(lexicon);
    this.unhit = new UnhitPlaces(lexicon);
  }

  /** A trigger that passed the filters, before its perpetrator is settled across its clause. */
  private record Mention(int t, Lexicon.Entry entry, Frame frame, int[] clause, ActorSpan perp, List<Location> places,
      boolean generic, ActorSpan yielder) {}

  /** The sentence's attacks; {@code matches} are the attack patterns' matches in it (the caller reads them too). */
  List<Event> find(AnnotatedSentence s, List<Rule.Match> matches, List<Frame> frames, ArticleContext ctx,
      Sides sides) {
    List<Token> tokens = s.sentence().tokens();
    List<int[]> otherEvents = AttackPatterns.otherEvents(matches);
    List<Mention> mentions = new ArrayList<>();
    List<AttackTriggers.Trigger> found = triggers.find(tokens, frames, matches);
    List<int[]> notHere = new ArrayList<>(otherEvents);
    notHere.addAll(unhit.spans(tokens)); // "a drone it named X": a weapon named after a place, not hit there
    for (AttackTriggers.Trigger tr : found) {
      // "firing continued ... since the suicide bombing in the valley": that place is the earlier act's
      int[] since = clauses.anchorSpan(s, tr.t(), tr.entry().words().length);
      if (since != null) {
        notHere.add(since);
      }
    }
    for (AttackTriggers.Trigger tr : found) {
      Lexicon.Entry e = tr.entry();
      int t = tr.t();
      Frame frame = Clauses.frameOf(frames, t);
      int[] clause = coordinated(s, Clauses.clause(frames, frame, tokens, t), t, found, matches);
      // a speaker naming the target in passing ("struck what the army called posts") tells the act, but the act's
      // attacker and place are read as in a sentence it does not speak in (its speaker is inside the clause)
      Frame scope = frame != null && frame.namesInPassing() ? null : frame;
      boolean generic = e.has("generic");
      if (generic && possessed(tokens, t)) {
        continue; // "Baku's military operation", "its offensive": a reference to a known event, not a report of one
      }
      Rule.Action action = tr.rule() != null ? tr.rule().rule().action() : null;
      ActorSpan perp = action != null && action.arg("perpetrator") != null
          ? Perpetrators.captured(s, tr.rule().capture(action.arg("perpetrator"))) : null;
      if (perp == null) {
        perp = Perpetrators.of(s, scope, clause, t, e.words().length, e.has("verb"));
      }
      // "an RSF drone had struck", "a drone belonging to the RSF struck": the side owning the subject
      perp = perp != null ? perp : SubjectOwners.of(s, clause, t);
      String tag = tokens.get(t).tag();
      int act = perp == null && ("NOUN".equals(tag) || "ADJ".equals(tag)) ? actionBefore(tokens, clause, t) : -1;
      if (act >= 0) {
        // "they had launched 14 drones and eight ballistic missiles": an attack named as the object of an action
        // verb is made by that verb's subject
        perp = Perpetrators.of(s, scope, clause, act, 1, true);
      }
      perp = Perpetrators.firstJoined(s, perp, sides);
      perp = JoinedAttackers.hostBeforeAlly(s, perp, sides); // "government and Russian jets": the host's
      perp = JoinedAttackers.belligerent(s, perp, sides); // "the US, Britain and France struck": the war's side
      ActorSpan yielder = null;
      if (e.has("yield")) {
        // "troops left Avdiivka to avoid encirclement": the side the rule names as leaving ('perpetrator' capture)
        // gave the place up; the taker is its opponent, or whoever the speaker's side accuses
        yielder = action != null && action.arg("perpetrator") != null
            ? Perpetrators.captured(s, tr.rule().capture(action.arg("perpetrator"))) : null;
        perp = null;
      }
      int[] placeSpan = action != null && action.arg("place") != null ? tr.rule().capture(action.arg("place")) : null;
      List<Location> where = placeSpan != null ? AttackPlaces.captured(s, placeSpan) : List.of();
      if (where.isEmpty()) {
        where = withoutOtherEvents(s, places.of(s, clause, t, scope, perp, ctx), notHere);
      }
      if (where.isEmpty() && (generic || e.has("weak") || e.words().length == 1 && pluralHead(tokens, t, e))) {
        continue;
      }
      if (relativeOfAttack(tokens, t, found)) {
        continue; // "drone strikes, which the army says target fighters": the strikes again, told by what they are
      }
      if (pluralHead(tokens, t, e) && regionsOnly(where) && !dayOrFigure(s, clause, frame, t)) {
        continue; // "the escalating attacks on civilians in Darfur": a pattern across a region, no one day's attack
      }
      if (e.has("weak") && perp == null && clauses.mishap(tokens, clause)) {
        continue; // "a canopy collapsed in Novi Sad, killing 15": deaths, but no one attacked
      }
      if (sinceToll(s, clause, e.has("weak") && perp == null)) {
        continue; // "since 10 May at least 192 people had been killed in the city": a toll over weeks, no one attack
      }
      if (clauses.fled(tokens, t)) {
        continue; // "many of whom fled during the shelling": violence named as what drove people out, no act told
      }
      if (clauses.startOfCount(s, clause, t)) {
        continue; // "20 killed since hostilities flared": the fighting dates a running total, no attack told here
      }
      if (clauses.anchor(s, t) || clauses.recalled(tokens)) {
        continue; // "since a suicide bombing in February", "We recall that on 2 May ...": an earlier act retold
      }
      if (clauses.warSince(s, clause, e.has("weak") && perp == null)) {
        continue; // "air strikes have killed 150,000 people since the war began in 2015": a war's toll, no one attack
      }
      if (warTolls.told(s, clause, t)) {
        continue; // "the fighting in the east has killed 9,000 people": the war's toll, background to the story
      }
      if (where.isEmpty() && perp == null && definite(tokens, t)) {
        linkToAntecedent(s, frame, ctx, sides);
        continue;
      }
      mentions.add(new Mention(t, e, frame, clause, perp, where, generic, yielder));
    }
    if (mentions.isEmpty()) {
      return aftermath.find(s, frames, ctx); // "three in Aitaroun, two in Houla": the places of the attack just told
    }
    List<Event> out = new ArrayList<>();
    for (Mention m : mentions) {
      // Two triggers of one clause ("destroyed ... with a drone strike") tell one act: share the named attacker.
      ActorSpan perp = m.perp();
      for (Mention o : mentions) {
        // ... unless its words are the place this mention hit ("drones struck central Kyiv, hitting ...")
        if (perp == null && m.yielder() == null && o.perp() != null && Arrays.equals(o.clause(), m.clause())
            && !hitPlace(s, o.perp(), m.places())) {
          perp = o.perp();
        }
      }
      out.addAll(events(s, m, perp, matches, ctx, sides, frames));
    }
    return dedupe(out);
  }

  /** The places less those named only inside another event's words ("since the killing of 26 in Pahalgam"). */
  private static List<Location> withoutOtherEvents(AnnotatedSentence s, List<Location> where, List<int[]> spans) {
    if (spans.isEmpty() || where.isEmpty()) {
      return where;
    }
    List<Location> out = new ArrayList<>();
    for (Location l : where) {
      boolean outside = s.places().stream().anyMatch(p -> p.location().equals(l)
          && !AttackPatterns.inside(spans, p.from(), p.to()));
      boolean named = s.places().stream().anyMatch(p -> p.location().equals(l));
      if (outside || !named) {
        out.add(l);
      }
    }
    return out;
  }

  /** Whether the place at token {@code at} is where someone goes ("deploy to Khartoum"), not a town the story is in. */
  boolean destination(List<Token> tokens, int at) {
    return places.destination(tokens, at);
  }

  /** Whether the place at token {@code at} only tells where another lies, from far off ("89km south of Donetsk"). */
  boolean farReference(List<Token> tokens, int at) {
    return places.farReference(tokens, at);
  }

  /** Whether the clause names crewed aircraft or an air strike, and no drone (lexicon: aircraft). */
  private boolean byAircraft(AnnotatedSentence s, int[] clause) {
    boolean crewed = false;
    for (Lexicon.Match x : lexicon.find(s.sentence().tokens(), "aircraft")) {
      if (x.from() >= clause[0] && x.to() <= clause[1]) {
        if (x.entry().value().equals("drone")) {
          return false;
        }
        crewed |= !firedAt(s.sentence().tokens(), x.from());
      }
    }
    return crewed;
  }

  /**
   * Whether the aircraft named at {@code at} is what was fired at ("air defences opened fire on the incoming
   * aircraft"): "on" or "at" before it, past at most two of its article and adjectives. Its fliers are not the attackers.
   */
  private static boolean firedAt(List<Token> tokens, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("on") || w.equals("at")) {
        return true;
      }
      String tag = tokens.get(k).tag();
      if (tag == null || !(tag.equals("DET") || tag.equals("ADJ") || tag.equals("NUM"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the clause names a building or a civilian area as what was hit and no troops or positions (lexicon:
   * hittarget): an armed side's blow of unknown weapon at an airport, a mosque or homes is fire from afar (ACLED's
   * shelling/missile attack), not the battle an attack on positions is.
   */
  private boolean hitsBuiltPlace(AnnotatedSentence s, int[] clause) {
    boolean built = false;
    for (Lexicon.Match x : lexicon.find(s.sentence().tokens(), "hittarget")) {
      if (x.from() >= clause[0] && x.to() <= clause[1]) {
        if (x.entry().value().equals("front")) {
          return false;
        }
        built = true;
      }
    }
    return built;
  }

  /**
   * Whether the only fire from afar the mention's clause names is missiles (lexicon: airmunition), no shells, mortars,
   * artillery or rockets: a side that fights from the air (profile's usualAttack) fires those from aircraft or drones.
   */
  private boolean missilesOnly(AnnotatedSentence s, Mention m, List<Rule.Match> matches) {
    int[] clause = m.clause();
    List<Lexicon.Match> air = lexicon.find(s.sentence().tokens(), "airmunition").stream()
        .filter(x -> x.from() >= clause[0] && x.to() <= clause[1]).toList();
    if (air.isEmpty() || AttackSubtype.SHELLING.label().equals(m.entry().value())
        && air.stream().noneMatch(x -> x.from() <= m.t() && m.t() < x.to())) {
      return false; // "shelled", "artillery": the trigger itself names another weapon
    }
    for (Rule.Match r : matches) {
      if (r.kind().equals(AttackPatterns.SUBTYPE) && r.from() >= clause[0] && r.to() <= clause[1]
          && AttackSubtype.SHELLING.label().equals(r.rule().action().value())
          && air.stream().noneMatch(x -> x.from() < r.to() && r.from() < x.to())) {
        return false;
      }
    }
    return true;
  }

  /** Whether the clause tells a going-on ("for months", "repeatedly"): then only a date of its own dates it. */
  private boolean ongoing(AnnotatedSentence s, int[] clause) {
    List<Token> tokens = s.sentence().tokens();
    for (Lexicon.Match m : lexicon.find(tokens, "ongoing")) {
      if (m.from() >= clause[0] && m.to() <= clause[1]) {
        return true;
      }
    }
    return false;
  }

  private List<Event> events(AnnotatedSentence s, Mention m, ActorSpan perp, List<Rule.Match> matches,
      ArticleContext ctx, Sides sides, List<Frame> frames) {
    Frame frame = m.frame();
    // "fighting between X and Y has left 40 dead, residents said on Friday": a toll left makes it one battle,
    // dated like a specific mention by the sentence's day
    boolean generic = m.generic() && !leftToll(s.sentence().tokens(), m.clause(), m.t());
    Dating.Dated when = dating.date(s, frame, m.clause(), m.t(), generic || ongoing(s, m.clause()), ctx);
    when = tollRise.date(s, m.t(), when);
    boolean yielded = m.entry().has("yield");
    String perpSide = perp != null ? perp.side() : yielded ? null : Perpetrators.territory(s, m.clause(), m.t(), sides);
    if (perp != null && !perp.demonym() && !perp.possessive()) {
      // "a rocket fired from Lebanon": a country named as a place whose ground another side holds is that side's
      String held = sides.holderOf(s.sentence().span(perp.from(), perp.to()));
      perpSide = held != null && sides.isBelligerent(held) ? held : perpSide;
    }
    boolean inferred = false;
    if (perp == null && m.yielder() != null && m.yielder().side() != null && sides.isBelligerent(m.yielder().side())) {
      perpSide = ctx.namedMemberOf(sides.opponentOf(m.yielder().side()), m.places());
      inferred = perpSide != null;
    }
    ActorSpan hit = perpSide == null && !yielded ? Perpetrators.victim(s, m.clause(), m.t(),
        m.entry().words().length) : null;
    if (hit != null && sides.isBelligerent(hit.side())) {
      // "two Yemeni soldiers were killed by a drone attack": the side hit names its enemy, whoever reports it
      perpSide = ctx.namedMemberOf(sides.opponentOf(hit.side()), m.places());
      inferred = perpSide != null;
    }
    String speakerSide = frame != null && frame.speaker() != null ? frame.speaker().side() : null;
    boolean bySpeaker = false;
    if (perpSide == null && speakerSide != null && sides.isBelligerent(speakerSide) && !frame.denies()) {
      perpSide = ctx.namedMemberOf(sides.opponentOf(speakerSide), m.places());
      inferred = perpSide != null;
      bySpeaker = inferred;
    }
    // the kind the clause's weapon words settle ("its aircraft had struck" is an air strike), not the bare trigger's
    String unarmed = m.entry().has(AttackSubtypes.AFAR) ? AttackSubtypes.fromAfar(matches, m.clause())
        : AttackSubtypes.of(m.entry().value(), matches, m.clause(), false);
    if (ctx.cyberOnly && unarmed.equals("attack")) {
      return List.of(); // "Rhysida has hit hospitals and schools" in a ransomware story
    }
    // (the clause's own weapon kind is only asked where a battle's fire may retell an earlier weapon's)
    String clauseKind = AttackSubtype.ARMED_CLASH.label().equals(unarmed)
        ? AttackSubtypes.of("attack", matches, m.clause(), false) : null;
    unarmed = RetoldKind.of(unarmed, clauseKind, s.sentence().tokens(), m.t(), s.sentence().index(), ctx);
    if (ctx.heavyWeaponsOnly && unarmed.equals(m.entry().value()) && fireWord(m.entry())
        && (unarmed.equals("armed_clash") || unarmed.equals("attack"))) {
      unarmed = "shelling"; // "came under fire" in a story of artillery and mortars, no small arms named
    }
    if (unarmed.equals("attack") && perpSide != null && sides.usualAttack(perpSide) == null
        && hitsBuiltPlace(s, m.clause())) {
      unarmed = "shelling"; // "the group's forces targeted the airport": an armed side's blow at a building, no fight
    }
    if (unarmed.equals("shelling") && perpSide != null
        && AttackSubtype.AIR_DRONE_STRIKE.label().equals(sides.usualAttack(perpSide)) && missilesOnly(s, m, matches)) {
      unarmed = AttackSubtype.AIR_DRONE_STRIKE.label(); // "Israeli missiles hit a building": an air force's missiles
    }
    String kind = AttackSubtypes.armed(unarmed);
    if (inferred && OwnGround.hit(kind, m.places(), perpSide, sides)) {
      perpSide = null; // "Israel's military said ... after a night of air strikes" on Gaza: its own side's strikes
    }
    if (bySpeaker && Perpetrators.otherCampsGround(kind, m.places(), when.date(), perpSide, sides)
        && !Perpetrators.ownCampNamed(s, m.clause(), frame.speaker(), sides)) {
      // "the raids hit buildings in Dahieh, the Israeli military said": on ground its own camp fires on, the
      // speaker's side tells of its own strikes, so where it hit names the attacker below, not the speaker's enemy
      perpSide = null;
      inferred = false;
      bySpeaker = false;
    }
    // Where it hit says who fired for fire and fighting across a line, not for bombs, raids on civilians or
    // kidnappings, which come from inside the ground held
    boolean fromAfar = !Set.of("attack_on_civilians", "abduction", "remote_explosive", "suicide_bomb", "grenade")
        .contains(unarmed);
    if (bySpeaker && !fromAfar) {
      // "gunmen stormed a police base ..., taking policemen hostage, Armenian authorities said": a raid, kidnapping
      // or bomb from inside, with no attacker named, is no sign the speaker's enemy did it
      perpSide = null;
      inferred = false;
    }
    if (perpSide == null && !m.places().isEmpty() && fromAfar) {
      // Shelling of Poonch with no attacker named: where it hit says from which side it came (for several places,
      // only when they all say the same side: "strikes in Beit Lahia and Bureij").
      String first = sides.attackerOf(m.places().get(0), when.date());
      for (Location p : m.places()) {
        first = first != null && first.equals(sides.attackerOf(p, when.date())) ? first : null;
      }
      perpSide = ctx.namedMemberOf(first, m.places());
      inferred = perpSide != null;
    }
    String airForce = sides.airForce(when.date());
    // (only for a strike placed by its own clause: one retold with no place is another day's, whose air force may
    // not be the one that flew alone)
    if (perpSide == null && kind.equals("air_drone_strike") && airForce != null && !m.places().isEmpty()
        && byAircraft(s, m.clause())) {
      perpSide = airForce; // "an air strike killed 17 in Yarmouk": only the army flies warplanes
      inferred = true;
    }
    // kind unknown stays unknown here, with an attacker or not: another mention may name the weapon, and the merge
    // settles it (EventMerges.usualKinds: the side's usual kind, else a battle)
    String subtype = unarmed;
    List<Claim> claims =
        Claims.withEnclosingDenials(Claims.of(frame, perpSide, inferred, s, sides), frames, frame, s);
    Evidence ev = Dating.evidence(s);
    List<Location> where = m.places().isEmpty() ? Collections.singletonList(null) : m.places();
    // "shelled Tartar on Sunday and again on Monday": one attack a day, as ACLED codes them
    LocalDate again = when.dateEnd() == null ? Dating.againDay(s, m.clause(), when.date()) : null;
    List<Event> out = new ArrayList<>();
    for (Location place : where) {
      // "near Svitlodarsk and Novotoshkivske, the occupiers fired": an inferred member is each place's front's own
      String own = inferred && where.size() > 1 && sides.holdsTerritory(perpSide)
          ? sides.memberHolding(perpSide, List.of(place)) : null;
      String side = own != null ? own : perpSide;
      Event e = new Event(ctx.article, EventType.ATTACK, subtype, when.date(), when.dateEnd(), when.time(),
          when.basis(), place, side, sides.name(side), perp != null ? perp.name() : null, inferred,
          place != null ? place.surface() : null, claims, null, List.of(), null, List.of(ev));
      out.add(e);
      if (again != null) {
        out.add(e.onDay(again));
      }
    }
    return out;
  }

  /** "left 40 dead", "leaving 12 people wounded" after the trigger in its clause: the toll of one battle. */
  private static boolean leftToll(List<Token> tokens, int[] clause, int t) {
    for (int k = t + 1; k < Math.min(clause[1], tokens.size()); k++) {
      String w = Lexicon.lower(tokens.get(k));
      if (!w.equals("left") && !w.equals("leaving")) {
        continue;
      }
      for (int j = k + 1; j < Math.min(clause[1], k + 6); j++) {
        if (!tokens.get(j).isNumber() && !"NUM".equals(tokens.get(j).tag())) {
          continue;
        }
        for (int d = j + 1; d < Math.min(clause[1], j + 4); d++) {
          if (Set.of("dead", "killed", "wounded", "injured").contains(Lexicon.lower(tokens.get(d)))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the trigger's words name fire ("fire", "fired", "firing"): the weapon is left to the story's words. */
  private static boolean fireWord(Lexicon.Entry e) {
    for (String w : e.words()) {
      if (w.equals("fire") || w.equals("fired") || w.equals("firing") || w.equals("fires")) {
        return true;
      }
    }
    return false;
  }

  /** Whether an actor's words are those of a place the attack is placed at: the capital hit, not the government. */
  private static boolean hitPlace(AnnotatedSentence s, ActorSpan actor, List<Location> where) {
    for (Spans.PlaceSpan p : s.places()) {
      if (p.from() == actor.from() && p.to() == actor.to()
          && where.stream().anyMatch(l -> l.name().equals(p.location().name()))) {
        return true;
      }
    }
    return false;
  }

  /** The speaker of "the shelling had left nine dead" becomes a source of the attack told just before. */
  private static void linkToAntecedent(AnnotatedSentence s, Frame frame, ArticleContext ctx, Sides sides) {
    int here = s.sentence().index();
    int[] range = ctx.eventsIn(here - 2, here); // the events of the two sentences before, not all of them
    for (int i = range[1] - 1; i >= range[0]; i--) {
      Event e = ctx.events.get(i);
      int at = e.evidence().get(0).sentence();
      if (e.type() != EventType.ATTACK || at < here - 2 || at >= here) {
        continue;
      }
      List<Claim> claims = new ArrayList<>(e.claims());
      for (Claim c : Claims.of(frame, e.perpetratorSide(), e.perpetratorInferred(), s, sides)) {
        if (claims.stream().noneMatch(x -> x.actor().equals(c.actor()))) {
          claims.add(c);
        }
      }
      List<Evidence> evidence = new ArrayList<>(e.evidence());
      evidence.add(Dating.evidence(s));
      ctx.events.set(i, new Event(e.article(), e.type(), e.subtype(), e.date(), e.dateEnd(), e.time(),
          e.dateBasis(), e.location(), e.perpetratorSide(), e.perpetrator(), e.perpetratorActor(), e.perpetratorInferred(),
          e.target(), claims, e.casualties(), e.parties(), e.mediator(), evidence));
      return;
    }
  }

  // Two triggers in one clause ("launched an attack ... shelling") are one mention per place; the one that names the
  // kind ("were killed when their unit was ambushed") tells it better than a bare "killed" or "attack".
  private static List<Event> dedupe(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      int dup = -1;
      for (int i = 0; i < out.size() && dup < 0; i++) {
        Event o = out.get(i);
        if (Objects.equals(o.location(), e.location()) && Objects.equals(o.date(), e.date())
            && Objects.equals(o.perpetrator(), e.perpetrator())) {
          dup = i;
        }
      }
      if (dup < 0) {
        out.add(e);
      } else if (vagueKind(out.get(dup).subtype()) && !vagueKind(e.subtype())
          || bombOfAssault(out.get(dup).subtype(), e.subtype())) {
        out.set(dup, e);
      }
    }
    return out;
  }

  // "gunmen stormed the hotel, setting off a suicide bomb": the bomb names the assault's kind (ACLED's suicide bomb)
  private static boolean bombOfAssault(String kept, String other) {
    return AttackSubtype.SUICIDE_BOMB.label().equals(other) && (AttackSubtype.ARMED_CLASH.label().equals(kept)
        || AttackSubtype.ATTACK_ON_CIVILIANS.label().equals(kept));
  }

  private static boolean vagueKind(String subtype) {
    return subtype == null || subtype.equals(AttackSubtype.ATTACK.label());
  }

  /**
   * The verb that sends an attack noun off ("launched", "fired"; lexicon: action launch), the nearest action verb
   * before it in its clause within six words; else -1 ("their vehicle hit a mine").
   */
  private int actionBefore(List<Token> tokens, int[] clause, int t) {
    for (int k = t - 1; k >= Math.max(clause[0], t - 6); k--) {
      String tag = tokens.get(k).tag();
      Lexicon.Entry a = "VERB".equals(tag) ? lexicon.at(tokens, k, "action") : null;
      if (a != null) {
        return a.value().equals("launch") ? k : -1;
      }
    }
    return -1;
  }
}