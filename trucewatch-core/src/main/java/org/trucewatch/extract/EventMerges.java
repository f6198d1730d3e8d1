package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The last pass of {@link EventAssembler}: mentions of one event merge into one event (attacks by place, day and
 * attacker; a later mention whose attacker was only inferred, or that is dated only by the news, joins its place's
 * attack told before; a clash told by each side; one act of fire blamed by each side on the other; one strike by
 * joint attackers; ceasefires by day; talks by day; a truce step or talks told twice, once loosely (StepsToldTwice);
 * reports by source and figure), an attack of unknown kind takes its side's usual kind, and a toll told whole and in
 * halves is one report. Reads and returns event lists; keeps nothing. Stateless.
 */
final class EventMerges {

  private EventMerges() {}

  /**
   * One event per key: attacks by place, day and perpetrator; ceasefires by day and whether they ended; talks by day;
   * reports by source and figure.
   */
  static List<Event> merge(List<Event> events, Sides sides) {
    // "the jets targeted the airport" after "army warplanes struck Nyala": a mention with no attacker at the place and
    // day of one attack of its kind with an attacker is that attack told again (not where two sides acted that day)
    Map<List<Object>, String> attackerAt = new HashMap<>();
    for (Event e : events) {
      if (e.type() == EventType.ATTACK && e.location() != null && e.perpetrator() != null) {
        attackerAt.merge(List.of(name(e.location()), Objects.toString(e.date()), Objects.toString(e.subtype())),
            e.perpetrator(), (a, b) -> a.equals(b) ? a : "");
      }
    }
    // an air strike given to the war's only air force and a fight with no attacker named at its place and day
    // are one event, as they were before the air force was inferred (one attack per place and day)
    Map<List<Object>, String> airAt = new HashMap<>();
    for (Event e : events) {
      if (e.type() == EventType.ATTACK && e.location() != null && e.perpetratorInferred()
          && "air_drone_strike".equals(e.subtype()) && Objects.equals(e.perpetratorSide(), sides.airForce(e.date()))) {
        airAt.merge(List.of(name(e.location()), Objects.toString(e.date())), e.perpetrator(),
            (a, b) -> a.equals(b) ? a : "");
      }
    }
    // the sentences that tell a truce agreed, by day: a start told beside it is a step of its own (CeasefireFinder.phase)
    java.util.Set<List<Object>> agreedIn = new java.util.HashSet<>();
    for (Event e : events) {
      if (e.type() == EventType.CEASEFIRE && "agreed".equals(e.subtype())) {
        agreedIn.add(List.of(Objects.toString(e.date()), e.evidence().get(0).sentence()));
        agreedIn.add(List.of(Objects.toString(e.date()))); // the day alone: a clocked start beside it
      }
    }
    Map<List<Object>, List<Event>> byKey = new LinkedHashMap<>();
    for (Event e : events) {
      String toldAttacker = e.perpetrator() != null || e.location() == null ? e.perpetrator()
          : told(attackerAt.get(List.of(name(e.location()), Objects.toString(e.date()), Objects.toString(e.subtype()))));
      if (toldAttacker == null && e.location() != null && !"attack".equals(e.subtype())) {
        // "Russian forces hit the city ... Missiles had struck a warehouse in the city": the weapon of an act whose
        // attacker was told with no kind, at its place and day
        toldAttacker = told(attackerAt.get(List.of(name(e.location()), Objects.toString(e.date()), "attack")));
      }
      if (toldAttacker == null && e.location() != null) {
        toldAttacker = told(airAt.get(List.of(name(e.location()), Objects.toString(e.date()))));
      }
      if (toldAttacker == null && e.type() == EventType.ATTACK && e.location() != null) {
        // "shells hit the hospital" beside "a drone of the RSF struck the hospital" that day: fire from afar told as
        // shells or as a drone, or an act of no kind, with no attacker of its own is the one attacker's act there
        toldAttacker = told(kindlessAttacker(attackerAt, e));
      }
      List<Object> key = switch (e.type()) {
        case ATTACK -> List.of(e.type(), name(e.location()), Objects.toString(e.date()), Objects.toString(toldAttacker));
        // a truce's collapse is its own step, even on the day it began ("entered into force at 08:00 ... but broke
        // down within hours")
        case CEASEFIRE -> List.of(e.type(), Objects.toString(e.date()), CeasefireFinder.phase(e.subtype(), e, agreedIn));
        case TALKS -> List.of(e.type(), Objects.toString(e.date()));
        // One side's figure repeated by its ministry and its prime minister is one report.
        case CASUALTY_REPORT -> List.of(e.type(), claimantSide(e), Objects.toString(e.casualties().killed()),
            Objects.toString(e.casualties().wounded()), Objects.toString(e.casualties().victims()));
        default -> List.of(e.type(), Objects.toString(e.date()), e.parties().toString());
      };
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    List<Event> out = new ArrayList<>(byKey.size());
    for (List<Event> same : byKey.values()) {
      Event m = Event.mergedAll(same); // at once: folding pairwise copies the growing lists again for each
      for (Event o : same) {
        if (m.perpetrator() == null && o.perpetrator() != null) { // an attacker told later joined the first mention
          m = new Event(m.article(), m.type(), m.subtype(), m.date(), m.dateEnd(), m.time(), m.dateBasis(),
              m.location(), o.perpetratorSide(), o.perpetrator(), o.perpetratorActor(), o.perpetratorInferred(),
              m.target(), m.claims(), m.casualties(), m.parties(), m.mediator(), m.evidence(), m.conflict());
        }
      }
      out.add(m);
    }
    out = inferredAttackerToldAgain(out, sides);
    out = retoldOnNewsDay(out);
    out = DayToldAfter.merge(out);
    out = truceAgreedOnce(out);
    out = talksToldOnce(out);
    out = StepsToldTwice.merge(out);
    out = oneClashPerPlaceAndDay(out, sides);
    out = oneAttackPerSite(out, sides);
    out = usualKinds(out, sides);
    out = tollsToldOnce(out);
    out.sort((a, b) -> Integer.compare(a.evidence().get(0).sentence(), b.evidence().get(0).sentence()));
    return out;
  }

  /**
   * A toll told whole once and in halves elsewhere ("nine killed and seven wounded" in the lead, "The seven wounded
   * were taken to hospital" later) is one report: a report of only the dead, or only the wounded, whose figure another
   * report of the article gives beside the other half, in the same voice, is that report told again, and joins it.
   */
  static List<Event> tollsToldOnce(List<Event> events) {
    List<Event> out = new ArrayList<>(events);
    for (int i = 0; i < out.size(); i++) {
      Event half = out.get(i);
      if (half == null || half.type() != EventType.CASUALTY_REPORT
          || half.casualties().killed() != null && half.casualties().wounded() != null) {
        continue;
      }
      for (int j = 0; j < out.size(); j++) {
        Event whole = out.get(j);
        if (j == i || whole == null || whole.type() != EventType.CASUALTY_REPORT
            || whole.casualties().killed() == null || whole.casualties().wounded() == null) {
          continue;
        }
        boolean same = half.casualties().killed() != null
            ? half.casualties().killed().equals(whole.casualties().killed())
            : half.casualties().wounded().equals(whole.casualties().wounded());
        // two speakers' figures are two reports, even when they agree ("one civilian killed", the rebels say)
        String halfSide = sideOf(half);
        String wholeSide = sideOf(whole);
        boolean oneVoice = halfSide == null || wholeSide == null || halfSide.equals(wholeSide);
        if (same && oneVoice) {
          out.set(j, whole.claims().isEmpty() && !half.claims().isEmpty() ? whole.withClaims(half.claims()) : whole);
          out.set(i, null);
          break;
        }
      }
    }
    out.removeIf(Objects::isNull);
    return out;
  }

  /**
   * One kind of attack told in one sentence by attackers of no opposing camps ("U.S. and British warplanes"): each has
   * the same first evidence. Two warring sides at one place are two acts, or a clash.
   */
  private static boolean jointAttackers(List<Event> same, Sides sides) {
    Event first = same.get(0);
    Set<Integer> camps = new HashSet<>();
    for (Event e : same) {
      if (!Objects.equals(e.subtype(), first.subtype()) || e.perpetrator() == null || e.perpetratorInferred()
          || e.evidence().get(0).sentence() != first.evidence().get(0).sentence()) {
        return false;
      }
      int camp = sides.campOf(e.perpetratorSide());
      if (camp >= 0) {
        camps.add(camp);
      }
    }
    return camps.size() <= 1;
  }

  /**
   * An attack of unknown kind by a side whose profile names its usual kind ({@code usualAttack}: "a building in Haret
   * Hreik was hit" by Israel is an air strike) takes that kind, and by any other armed side is a battle (ACLED's armed
   * clash), once the clashes told by both sides are merged and every mention has lent the kind its weapon names.
   */
  private static List<Event> usualKinds(List<Event> events, Sides sides) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      String usual = e.type() == EventType.ATTACK && "attack".equals(e.subtype()) && e.perpetratorSide() != null
          ? Objects.requireNonNullElse(sides.usualAttack(e.perpetratorSide()), "armed_clash") : null;
      out.add(usual != null ? e.withSubtype(usual) : e);
    }
    return out;
  }

  /**
   * Armed clashes at one place on one day told once per side ("Azerbaijani units opened fire ... the Armenian side
   * fired back") are one battle, kept as the first told; a place and day with an attack of another kind is left alone.
   */
  private static List<Event> oneClashPerPlaceAndDay(List<Event> events, Sides sides) {
    Map<List<String>, List<Event>> byPlaceDay = new LinkedHashMap<>();
    for (Event e : events) {
      if (e.type() == EventType.ATTACK && e.location() != null) {
        byPlaceDay.computeIfAbsent(List.of(name(e.location()), Objects.toString(e.date())), k -> new ArrayList<>())
            .add(e);
      }
    }
    Set<Event> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Event, Event> replaced = new IdentityHashMap<>();
    for (List<Event> same : byPlaceDay.values()) {
      // one battle told by each side, or "U.S. and British warplanes struck Sanaa": one strike, by the first attacker read
      // an attack of unknown kind by an armed side (left "attack" for usualKinds) is a clash's half here
      boolean clash = same.stream().allMatch(e -> "armed_clash".equals(e.subtype())
          || "attack".equals(e.subtype()) && e.perpetratorSide() != null);
      if (same.size() > 1 && (clash || jointAttackers(same, sides))) {
        Event merged = Event.mergedAll(same);
        replaced.put(same.get(0), clash ? merged.withSubtype("armed_clash") : merged);
        dropped.addAll(same.subList(1, same.size()));
      }
    }
    if (replaced.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      if (!dropped.contains(e)) {
        out.add(replaced.getOrDefault(e, e));
      }
    }
    return out;
  }

  /**
   * One attack per place and day, whoever tells it: a later sentence about fire of the same kind at a place and day
   * where an earlier sentence already gave an attacker ("Ukrainian artillery hit Horlivka on Tuesday" ... "witnesses
   * described artillery fire on the outskirts of Horlivka"), and whose own attacker was only inferred (from the
   * speaker's enemy, the victims' side), is that attack told again, not the other side's; it joins it. An attacker
   * named in the later sentence's own words stays an attack of its own (a clash told by each side is merged later).
   */
  static List<Event> inferredAttackerToldAgain(List<Event> events, Sides sides) {
    return joinedToEarlier(events, later -> later.type() == EventType.ATTACK && later.location() != null
        && later.date() != null && later.perpetrator() != null && later.perpetratorInferred(),
        (told, later) -> told.type() == EventType.ATTACK && told.perpetrator() != null && !told.perpetratorInferred()
            && name(told.location()).equals(name(later.location())) && later.date().equals(told.date())
            && Objects.equals(later.dateEnd(), told.dateEnd()) && sameFire(AttackSubtypes.soFar(told, sides), AttackSubtypes.soFar(later, sides))
            && told.evidence().get(0).sentence() < later.evidence().get(0).sentence());
  }

  /**
   * One attack per place and day, whoever is blamed: fire at a place and day told again with another attacker ("Baku
   * said Armenian forces had shelled the town themselves" after "Azerbaijani artillery shelled the town") is the
   * other side's account of that act, not a second one; it joins the first told, which keeps its attacker. Only a
   * first mention whose attacker was named in its own words takes the blame in (an inferred attacker is no surer than
   * the later blame), and only acts of one kind (shells and air strikes are both fire from afar): a fight beside a
   * strike there stays apart.
   */
  static List<Event> oneAttackPerSite(List<Event> events, Sides sides) {
    return joinedToEarlier(events, later -> later.type() == EventType.ATTACK && later.location() != null
        && later.date() != null,
        (told, later) -> told.type() == EventType.ATTACK && told.location() != null && !told.perpetratorInferred()
            && name(told.location()).equals(name(later.location())) && later.date().equals(told.date())
            && Objects.equals(later.dateEnd(), told.dateEnd())
            && oneFire(AttackSubtypes.soFar(told, sides), AttackSubtypes.soFar(later, sides))
            && told.evidence().get(0).sentence() < later.evidence().get(0).sentence());
  }

  // one kind of act, or fire from afar told as shells or as an air strike (an unknown kind is no match here)
  private static boolean oneFire(String a, String b) {
    return a != null && a.equals(b) || FROM_AFAR.contains(a) && FROM_AFAR.contains(b);
  }

  // the kinds of fire from afar: shells, missiles and rockets, or a strike from the air
  private static final Set<String> FROM_AFAR = Set.of("shelling", "air_drone_strike");

  /** Each event {@code later} picks joins the first other event that {@code toldAs} says it tells again. */
  private static List<Event> joinedToEarlier(List<Event> events, java.util.function.Predicate<Event> later,
      java.util.function.BiPredicate<Event, Event> toldAs) {
    return joined(events, later, toldAs, false, Event::mergedWith);
  }

  /**
   * Each event {@code later} picks joins the first other event (with {@code earlierOnly}, the first before it in the
   * list) that {@code toldAs} says it tells again, as {@code merge} makes the two one.
   */
  static List<Event> joined(List<Event> events, java.util.function.Predicate<Event> later,
      java.util.function.BiPredicate<Event, Event> toldAs, boolean earlierOnly,
      java.util.function.BinaryOperator<Event> merge) {
    List<Event> out = new ArrayList<>(events);
    for (int i = 0; i < out.size(); i++) {
      Event l = out.get(i);
      if (l == null || !later.test(l)) {
        continue;
      }
      for (int j = 0; j < (earlierOnly ? i : out.size()); j++) {
        Event told = out.get(j);
        if (j != i && told != null && toldAs.test(told, l)) {
          out.set(j, merge.apply(told, l));
          out.set(i, null);
          break;
        }
      }
    }
    out.removeIf(Objects::isNull);
    return out;
  }

  // fire from afar is one kind whether told as shells, missiles or a drone; an unknown kind fits any
  static boolean sameFire(String a, String b) {
    return a == null || b == null || a.equals(b) || a.equals("attack") || b.equals("attack")
        || FROM_AFAR.contains(a) && FROM_AFAR.contains(b);
  }

  /**
   * A later sentence that tells an attack again with no day of its own ("the shelling of the town has been reported
   * to the monitors", dated by the news) and names no attacker in its own words is the attack its article dated one
   * to three days before at that place, in an earlier sentence, whoever was inferred to have fired: it joins that
   * attack instead of making one on the day of the news.
   */
  static List<Event> retoldOnNewsDay(List<Event> events) {
    // "Israel has carried out a strike in Gaza City": an attacker named in its own words is news
    return joinedToEarlier(events, later -> later.type() == EventType.ATTACK && later.location() != null
        && later.date() != null && later.dateEnd() == null && later.dateBasis() == DateBasis.PUBLICATION
        && (later.perpetrator() == null || later.perpetratorInferred()), EventMerges::toldBefore);
  }

  /**
   * One agreement told twice is one step: a truce "announced" with no day of its own (dated by the news) beside the
   * same kind of step the article dates in its own words up to a week before, or two days of one sentence ("accepts
   * the truce announced a day earlier") up to three apart, where the later joins the earlier.
   */
  static List<Event> truceAgreedOnce(List<Event> events) {
    return joinedToEarlier(events, later -> later.type() == EventType.CEASEFIRE && "agreed".equals(later.subtype())
        && later.date() != null && later.dateEnd() == null, EventMerges::agreedBefore);
  }

  // the same agreeing told in its own words on a day before later's: a week before the news, or three in one sentence
  private static boolean agreedBefore(Event told, Event later) {
    if (told == later || told.type() != EventType.CEASEFIRE || !"agreed".equals(told.subtype()) || told.date() == null
        || told.dateEnd() != null || told.dateBasis() != DateBasis.EXPLICIT || !told.date().isBefore(later.date())) {
      return false;
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(told.date(), later.date());
    boolean oneSentence = told.evidence().get(0).sentence() == later.evidence().get(0).sentence();
    return later.dateBasis() == DateBasis.PUBLICATION ? days <= 7 : oneSentence && days <= 3;
  }

  /**
   * Talks told as news with no day of their own (a headline's "leaders hold first talks in Vienna", dated by the
   * publication) beside talks the article dates from its own words one to three days before are those talks told
   * again, and join them.
   */
  static List<Event> talksToldOnce(List<Event> events) {
    return joinedToEarlier(events, later -> later.type() == EventType.TALKS && later.date() != null
        && later.dateEnd() == null && later.dateBasis() == DateBasis.PUBLICATION, EventMerges::talksBefore);
  }

  // talks dated by the article's words (a day told, or its paragraph's) one to three days before later's news day
  private static boolean talksBefore(Event told, Event later) {
    if (told == later || told.type() != EventType.TALKS || told.date() == null || told.dateEnd() != null
        || told.dateBasis() == DateBasis.PUBLICATION || !told.date().isBefore(later.date())) {
      return false;
    }
    return java.time.temporal.ChronoUnit.DAYS.between(told.date(), later.date()) <= 3;
  }

  /** Whether {@code told}, dated in its own words one to three days before {@code later}, is its place's attack. */
  private static boolean toldBefore(Event told, Event later) {
    if (told.type() != EventType.ATTACK || told.location() == null || told.date() == null
        || told.dateBasis() == DateBasis.PUBLICATION || !name(told.location()).equals(name(later.location()))
        || told.evidence().get(0).sentence() >= later.evidence().get(0).sentence()) {
      return false;
    }
    // the later mention's attacker is at most inferred (retoldOnNewsDay), so it does not part the two
    long days = java.time.temporal.ChronoUnit.DAYS.between(told.date(), later.date());
    return days >= 1 && days <= 3;
  }

  /**
   * The one attacker {@code attackerAt} knows at the place and day of {@code e} (no attacker of its own) for an act
   * of a kind {@link #sameFire} joins to e's (another kind of remote fire, or any kind for an act of unknown kind);
   * "" when several, null when none.
   */
  private static String kindlessAttacker(Map<List<Object>, String> attackerAt, Event e) {
    String place = name(e.location());
    String day = Objects.toString(e.date());
    String found = null;
    for (Map.Entry<List<Object>, String> k : attackerAt.entrySet()) {
      String kind = (String) k.getKey().get(2);
      if (!k.getKey().get(0).equals(place) || !k.getKey().get(1).equals(day) || kind.equals(Objects.toString(e.subtype()))
          || !sameFire(kind, e.subtype()) || kind.equals("territory_taken")) { // ground taken is no act of fire
        continue;
      }
      found = found == null || found.equals(k.getValue()) ? k.getValue() : "";
    }
    return found;
  }

  // the one attacker known at a place and day, or null when none or several
  private static String told(String attacker) {
    return attacker == null || attacker.isEmpty() ? null : attacker;
  }

  /** The side of an event's first claimant with one, or null. */
  private static String sideOf(Event e) {
    return e.claims().stream().map(Claim::side).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private static String claimantSide(Event e) {
    for (Claim c : e.claims()) {
      if (c.side() != null) {
        return c.side();
      }
    }
    return e.claimedBy().toString();
  }

  /** A place's name, or "" for none: the key of "the same place". */
  static String name(Location l) {
    return l == null ? "" : l.name();
  }
}
