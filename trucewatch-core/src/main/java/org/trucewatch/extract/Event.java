package org.trucewatch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One event of an article, as the extract contract has it, with provenance: every claim and the event itself point to
 * the sentences they were read from.
 *
 * @param article the article's id
 * @param type the event type
 * @param subtype attack: shelling, missile, air_drone_strike, armed_clash, offensive, attack; ceasefire: agreed,
 *     start, collapsed; casualty_report: killed, wounded, killed_and_wounded; others: free
 * @param date the day, or the first day of the span when only a month or year is known
 * @param dateEnd the last day of that span, or null when the date is a single day
 * @param time the clock time ("12:00", "12:05+04:00"), or null
 * @param dateBasis how the date was found (null when undated)
 * @param location where, or null
 * @param perpetratorSide the id of that side in its conflict profile ("AZ", "AM"), or null
 * @param perpetrator the display name of that side ("Azerbaijan", "Armenia", "Nagorno-Karabakh"), or null
 * @param perpetratorActor the actor as named ("Azerbaijani forces"), or null
 * @param perpetratorInferred true when the perpetrator was not named but inferred from the claimant's side
 * @param target what was hit, as written, or null
 * @param claims who alleges, denies and acknowledges it
 * @param casualties the figures given for it, or null
 * @param parties for ceasefires and talks: the parties
 * @param mediator for ceasefires and talks: who mediated, or null
 * @param evidence the sentences the event was read from, the first being the main one
 * @param conflict the conflict profile it belongs to (whose scope holds its place, or whose sides it names), or null
 */
public record Event(
    String article,
    EventType type,
    String subtype,
    LocalDate date,
    LocalDate dateEnd,
    String time,
    DateBasis dateBasis,
    Location location,
    String perpetratorSide,
    String perpetrator,
    String perpetratorActor,
    boolean perpetratorInferred,
    String target,
    List<Claim> claims,
    Casualties casualties,
    List<String> parties,
    String mediator,
    List<Evidence> evidence,
    String conflict) {

  /** An event not yet placed in a conflict. */
  public Event(String article, EventType type, String subtype, LocalDate date, LocalDate dateEnd, String time,
      DateBasis dateBasis, Location location, String perpetratorSide, String perpetrator, String perpetratorActor,
      boolean perpetratorInferred,
      String target, List<Claim> claims, Casualties casualties, List<String> parties, String mediator,
      List<Evidence> evidence) {
    this(article, type, subtype, date, dateEnd, time, dateBasis, location, perpetratorSide, perpetrator,
        perpetratorActor, perpetratorInferred, target, claims, casualties, parties, mediator, evidence, null);
  }

  /** The event with no alleged perpetrator (one inferred from sides that do not apply). */
  public Event withoutPerpetrator() {
    return new Event(article, type, subtype, date, dateEnd, time, dateBasis, location, null, null, null, false, target,
        claims, casualties, parties, mediator, evidence, conflict);
  }

  /** The event with another subtype. */
  public Event withSubtype(String kind) {
    return new Event(article, type, kind, date, dateEnd, time, dateBasis, location, perpetratorSide, perpetrator,
        perpetratorActor, perpetratorInferred, target, claims, casualties, parties, mediator, evidence, conflict);
  }

  /** The event with no place (the one read was not where it happened). */
  Event withoutPlace() {
    return new Event(article, type, subtype, date, dateEnd, time, dateBasis, null, perpetratorSide, perpetrator,
        perpetratorActor, perpetratorInferred, target, claims, casualties, parties, mediator, evidence, conflict);
  }

  /** The event placed where its story's lead tells it happened (LeadPlaces). */
  Event withPlace(Location place) {
    return new Event(article, type, subtype, date, dateEnd, time, dateBasis, place, perpetratorSide, perpetrator,
        perpetratorActor, perpetratorInferred, target, claims, casualties, parties, mediator, evidence, conflict);
  }

  /** The event dated to a span of days (a round of talks told on two neighbouring days spans both). */
  Event withDays(LocalDate from, LocalDate to) {
    return new Event(article, type, subtype, from, to, time, dateBasis, location, perpetratorSide, perpetrator,
        perpetratorActor, perpetratorInferred, target, claims, casualties, parties, mediator, evidence, conflict);
  }

  /** The event placed in a conflict. */
  public Event withConflict(String id) {
    return new Event(article, type, subtype, date, dateEnd, time, dateBasis, location, perpetratorSide, perpetrator,
        perpetratorActor, perpetratorInferred, target, claims, casualties, parties, mediator, evidence, id);
  }

  public Event {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(type, "type");
    claims = claims == null ? List.of() : List.copyOf(claims);
    parties = parties == null ? List.of() : List.copyOf(parties);
    evidence = List.copyOf(evidence);
  }

  /** The day as the extract contract writes it ("2020-10-14"), or null when undated. */
  public String isoDate() {
    return date == null ? null : date.toString();
  }

  /** The last day of the span as the contract writes it, or null. */
  public String isoDateEnd() {
    return dateEnd == null ? null : dateEnd.toString();
  }

  /** How the date was found as the contract writes it ("explicit"), or null. */
  public String dateBasisName() {
    return dateBasis == null ? null : dateBasis.wire();
  }

  /**
   * Who alleges the event, as the contract's claimed_by lists them, then the sides that claim it as their own act
   * ("its warplanes killed 95 fighters", a claim of responsibility): an enemy's account beside the side's own claim
   * hides neither. The claimers are also listed as acknowledging it.
   */
  public List<String> claimedBy() {
    List<String> alleging = actors(Stance.ALLEGES);
    if (alleging.isEmpty()) {
      return actors(Stance.ACKNOWLEDGES);
    }
    List<String> out = new ArrayList<>(alleging);
    java.util.Set<String> seen = new java.util.HashSet<>(speakers(Stance.ALLEGES));
    for (Claim c : claims) {
      if (c.stance() == Stance.ACKNOWLEDGES && seen.add(c.actor())) { // a speaker both alleging and claiming: once
        out.add(c.display());
      }
    }
    return List.copyOf(out);
  }

  public List<String> deniedBy() {
    return actors(Stance.DENIES);
  }

  public List<String> acknowledgedBy() {
    return actors(Stance.ACKNOWLEDGES);
  }

  /** The canonical names of the speakers taking {@code stance}, without the text's words: for counting by speaker. */
  public List<String> speakers(Stance stance) {
    return claims.stream().filter(c -> c.stance() == stance).map(Claim::actor).distinct().toList();
  }

  private List<String> actors(Stance stance) {
    List<String> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Claim c : claims) {
      if (c.stance() == stance && seen.add(c.actor())) { // one name a speaker, as its first claim words it
        out.add(c.display());
      }
    }
    return out;
  }

  /** Whether some claim alleges (or acknowledges) the event: a denial alone alleges nothing. */
  boolean alleged() {
    return claims.stream().anyMatch(c -> c.stance() != Stance.DENIES);
  }

  /** {@code evidence} and then those of {@code more} from sentences it does not hold yet. */
  private static List<Evidence> joined(List<Evidence> evidence, List<Evidence> more) {
    List<Evidence> ev = new ArrayList<>(evidence);
    for (Evidence e : more) {
      if (ev.stream().noneMatch(x -> x.sentence() == e.sentence())) {
        ev.add(e);
      }
    }
    return ev;
  }

  /** The event with more claims, evidence and casualties merged in from another mention of it. */
  Event mergedWith(Event other) {
    List<Claim> cs = new ArrayList<>(claims);
    for (Claim c : other.claims) {
      if (cs.stream().noneMatch(x -> x.actor().equals(c.actor()) && x.stance() == c.stance())) {
        cs.add(c);
      }
    }
    List<Evidence> ev = joined(evidence, other.evidence);
    List<String> ps = new ArrayList<>(parties);
    other.parties.stream().filter(p -> !ps.contains(p)).forEach(ps::add);
    return new Event(article, type, toldKind(subtype, other.subtype), date, dateEnd,
        time != null ? time : other.time, dateBasis, location, perpetratorSide, perpetrator,
        perpetratorActor != null ? perpetratorActor : other.perpetratorActor,
        perpetratorInferred && other.perpetratorInferred, target != null ? target : other.target, cs,
        fuller(type, casualties, other.casualties), ps, mediator != null ? mediator : other.mediator, ev,
        conflict != null ? conflict : other.conflict);
  }

  /**
   * The kind a merged event keeps: the first told, unless it is an attack of unknown kind and a later mention of the
   * act names its weapon ("Russian forces attacked the town ... shells hit its market"): the weapon wins over the
   * generic verb.
   */
  static String toldKind(String kept, String other) {
    if (kept == null) {
      return other;
    }
    return AttackSubtype.ATTACK.label().equals(kept) && AttackSubtype.namesWeapon(other) ? other : kept;
  }


  /**
   * The same as merging the events one after the other ({@code a.mergedWith(b).mergedWith(c)...}), in time linear in
   * their claims and evidence: the claims, evidence sentences and parties already taken are kept in sets.
   */
  static Event mergedAll(List<Event> events) {
    Event first = events.get(0);
    if (events.size() == 1) {
      return first;
    }
    List<Claim> cs = new ArrayList<>(first.claims);
    java.util.Set<List<Object>> claimKeys = new java.util.HashSet<>();
    cs.forEach(c -> claimKeys.add(java.util.Arrays.asList(c.actor(), c.stance())));
    List<Evidence> ev = new ArrayList<>(first.evidence);
    java.util.Set<Integer> sentences = new java.util.HashSet<>();
    ev.forEach(e -> sentences.add(e.sentence()));
    List<String> ps = new ArrayList<>(first.parties);
    java.util.Set<String> partySet = new java.util.HashSet<>(ps);
    String subtype = first.subtype;
    String time = first.time;
    String perpetratorActor = first.perpetratorActor;
    boolean inferred = first.perpetratorInferred;
    String target = first.target;
    Casualties casualties = first.casualties;
    String mediator = first.mediator;
    String conflict = first.conflict;
    for (Event o : events.subList(1, events.size())) {
      for (Claim c : o.claims) {
        if (claimKeys.add(java.util.Arrays.asList(c.actor(), c.stance()))) {
          cs.add(c);
        }
      }
      for (Evidence e : o.evidence) {
        if (sentences.add(e.sentence())) {
          ev.add(e);
        }
      }
      for (String p : o.parties) {
        if (partySet.add(p)) {
          ps.add(p);
        }
      }
      subtype = toldKind(subtype, o.subtype);
      time = time != null ? time : o.time;
      perpetratorActor = perpetratorActor != null ? perpetratorActor : o.perpetratorActor;
      inferred = inferred && o.perpetratorInferred;
      target = target != null ? target : o.target;
      casualties = fuller(first.type, casualties, o.casualties);
      mediator = mediator != null ? mediator : o.mediator;
      conflict = conflict != null ? conflict : o.conflict;
    }
    return new Event(first.article, first.type, subtype, first.date, first.dateEnd, time, first.dateBasis,
        first.location, first.perpetratorSide, first.perpetrator, perpetratorActor, inferred, target, cs, casualties,
        ps, mediator, ev, conflict);
  }

  /**
   * The figures an attack keeps when another mention of it is merged in: its own, with the half it lacks taken from
   * the other mention when that one gives the same count for the half both have (or none). A headline's "Shell kills
   * driver, wounds eight" and the lead's "a driver was killed and eight children were wounded" are one toll of 1/8
   * (figs25); "kills 3" and "killed 5 and wounded 9" are two counts, and the first stays.
   */
  static Casualties fuller(EventType type, Casualties kept, Casualties other) {
    if (kept == null) {
      return other;
    }
    if (type != EventType.ATTACK || kept.isEmpty() || other == null || other.isEmpty()
        || kept.killed() != null && kept.wounded() != null) {
      return kept;
    }
    boolean agrees = kept.killed() != null
        ? other.killed() == null || other.killed().equals(kept.killed())
        : other.wounded() == null || other.wounded().equals(kept.wounded());
    if (!agrees) {
      return kept;
    }
    return new Casualties(kept.killed() != null ? kept.killed() : other.killed(),
        kept.wounded() != null ? kept.wounded() : other.wounded(), kept.victims() != null ? kept.victims()
        : other.victims(), kept.qualifier(), kept.civilianKilled() != null ? kept.civilianKilled()
        : other.civilianKilled(), kept.since());
  }

  Event withClaims(List<Claim> newClaims) {
    return new Event(article, type, subtype, date, dateEnd, time, dateBasis, location, perpetratorSide, perpetrator,
        perpetratorActor, perpetratorInferred, target, newClaims, casualties, parties, mediator, evidence, conflict);
  }

  /** The event with the side a speaker named as its attacker (not inferred). */
  Event withPerpetrator(String side, String name, String actor) {
    return new Event(article, type, subtype, date, dateEnd, time, dateBasis, location, side, name, actor, false,
        target, claims, casualties, parties, mediator, evidence, conflict);
  }

  /** The event with an attacker inferred, not named in its sentences (the side its story named for such fire). */
  Event withInferredPerpetrator(String side, String name) {
    return new Event(article, type, subtype, date, dateEnd, time, dateBasis, location, side, name, null, true,
        target, claims, casualties, parties, mediator, evidence, conflict);
  }

  /** The event with {@code other}'s attacker, as {@code other} has it (named or inferred). */
  Event withPerpetratorOf(Event other) {
    return new Event(article, type, subtype, date, dateEnd, time, dateBasis, location, other.perpetratorSide,
        other.perpetrator, other.perpetratorActor, other.perpetratorInferred, target, claims, casualties, parties,
        mediator, evidence, conflict);
  }

  /** The event on another single day, with no clock time (a second day of the same fire). */
  Event onDay(LocalDate day) {
    return new Event(article, type, subtype, day, null, null, dateBasis, location, perpetratorSide, perpetrator,
        perpetratorActor, perpetratorInferred, target, claims, casualties, parties, mediator, evidence, conflict);
  }

  /**
   * The event with a toll read in another mention ({@code source}: a casualty report, an unplaced attack), the
   * sentences that told it added to this event's evidence, so that the figures keep their provenance.
   */
  Event withTollFrom(Casualties c, Event source) {
    return withTollTold(c, source.evidence);
  }

  /** The event with a toll told in the sentences of {@code told}, added to its evidence (see withTollFrom). */
  Event withTollTold(Casualties c, List<Evidence> told) {
    return new Event(article, type, subtype, date, dateEnd, time, dateBasis, location, perpetratorSide, perpetrator,
        perpetratorActor, perpetratorInferred, target, claims, c, parties, mediator, joined(evidence, told), conflict);
  }

  Event withCasualties(Casualties c) {
    return new Event(article, type, subtype, date, dateEnd, time, dateBasis, location, perpetratorSide, perpetrator,
        perpetratorActor, perpetratorInferred, target, claims, c, parties, mediator, evidence, conflict);
  }
}
