package org.trucewatch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The toll of a story's attack told in a sentence of no attack or place of its own, in the lead or before the
 * attack's sentence ("Five soldiers were killed in fighting at the weekend, the ministry said. (...) The fighting broke
 * out on Saturday near X."), or as a count that grew after it ("raised the death toll to four"). Reads the merged
 * events of one article (its casualty reports and attacks) and the sentences whose figures were told free (no period,
 * war or running count: {@code free}), as a count that grew ({@code risen}) or as one a later count replaced
 * ({@code earlier}); writes an attack's figure: a half it lacks, from the one figure of that half the free reports
 * that only it could own give (no other attack of their days; an unplaced mention beside the one placed attack is
 * none), or the grown count. A report two attacks of its days could own, or free reports of two figures of one half (a
 * replaced count aside), link nothing (whose toll, which count, is not told). Stateless.
 */
final class OnlyAttackTolls {

  /** How many days after the attack's last day a toll may still be told of it ("confirmed on Monday"). */
  private static final int TOLD_AFTER_DAYS = 3;
  /** How many sentences after its attack's last a free toll is still that attack's (1 to 6 tried on dev). */
  private static final int TOLD_SOON_AFTER = 3;
  /** The last sentence of a story's lead: its toll is the story's own. */
  private static final int LEAD_SENTENCES = 1;

  /** An owner index that names no attack: none could own the toll, or several could. */
  static final int NONE = -1;
  static final int SEVERAL = -2;

  private OnlyAttackTolls() {
  }

  static List<Event> linked(List<Event> events, Set<Integer> free, Set<Integer> risen, Set<Integer> earlier) {
    // per attack: the figures of the free reports that only it could own
    Map<Integer, List<Event>> tolls = new HashMap<>();
    for (Event r : events) {
      if (r.type() != EventType.CASUALTY_REPORT || r.casualties() == null) {
        continue;
      }
      int owner = NONE;
      int placedOwner = NONE;
      List<Integer> placed = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        Event a = events.get(i);
        if (a.type() == EventType.ATTACK && ofAttack(r, a, free, risen)) {
          owner = owner == NONE ? i : SEVERAL; // two attacks of its days: either's
          if (a.location() != null) {
            placedOwner = placedOwner == NONE ? i : SEVERAL;
            placed.add(i);
          }
        }
      }
      // the log keeps no unplaced attack beside a placed one: the story's unplaced mentions tell that act again
      owner = owner == SEVERAL && placedOwner >= 0 ? placedOwner : owner;
      // one act told at several places ("fired on positions around A and B"): its toll is the place named first
      owner = owner == SEVERAL && placedOwner == SEVERAL ? OneTellingTolls.firstOfOneTelling(events, placed, r) : owner;
      if (owner >= 0 && toldSoonAfter(r, events.get(owner), risen) && rival(events, owner, r)) {
        owner = SEVERAL; // told after two attacks of its days: the one told last is no likelier its owner
      }
      if (owner >= 0) {
        tolls.computeIfAbsent(owner, k -> new ArrayList<>()).add(r);
      }
    }
    if (tolls.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events);
    tolls.forEach((i, reports) -> out.set(i, withTolls(events.get(i), laterFirst(reports, earlier), risen, earlier)));
    return out;
  }

  /** The reports, those told as a count a later one replaced ({@link EarlierCounts}) last. */
  private static List<Event> laterFirst(List<Event> reports, Set<Integer> earlier) {
    List<Event> sorted = new ArrayList<>(reports);
    sorted.sort(java.util.Comparator.comparing(r -> earlier.contains(r.evidence().get(0).sentence())));
    return sorted;
  }

  private static Event withTolls(Event attack, List<Event> reports, Set<Integer> risen, Set<Integer> earlier) {
    Integer killed = null;
    Integer wounded = null;
    boolean killedTwo = false;
    boolean woundedTwo = false;
    Integer risenKilled = null;
    Integer risenWounded = null;
    for (Event r : reports) {
      Casualties c = r.casualties();
      boolean grown = grown(r, attack, risen);
      // a replaced count only fills a half no later count gives ("the initial tally was two dead")
      boolean replaced = earlier.contains(r.evidence().get(0).sentence());
      if (c.killed() != null) {
        killedTwo |= killed != null && !replaced && !killed.equals(c.killed());
        killed = killed == null ? c.killed() : killed;
        risenKilled = grown ? max(risenKilled, c.killed()) : risenKilled;
      }
      if (c.wounded() != null) {
        woundedTwo |= wounded != null && !replaced && !wounded.equals(c.wounded());
        wounded = wounded == null ? c.wounded() : wounded;
        risenWounded = grown ? max(risenWounded, c.wounded()) : risenWounded;
      }
    }
    Casualties had = attack.casualties();
    Integer k = had == null ? null : had.killed();
    Integer w = had == null ? null : had.wounded();
    Integer newK = grewTo(k, risenKilled, killed, killedTwo);
    Integer newW = grewTo(w, risenWounded, wounded, woundedTwo);
    if (Objects.equals(newK, k) && Objects.equals(newW, w)) {
      return attack;
    }
    Casualties c = Casualties.withFigures(had, newK, newW);
    List<Evidence> told = new ArrayList<>(); // the reports whose figures it took, as evidence of them
    for (Event r : reports) {
      Casualties rc = r.casualties();
      if (rc.killed() != null && rc.killed().equals(c.killed()) && !Objects.equals(k, c.killed())
          || rc.wounded() != null && rc.wounded().equals(c.wounded()) && !Objects.equals(w, c.wounded())) {
        told.addAll(r.evidence());
      }
    }
    return attack.withTollTold(c, told);
  }

  // a count that grew, told after the attack's first sentence
  private static boolean grown(Event r, Event attack, Set<Integer> risen) {
    return r.evidence().stream().allMatch(e -> risen.contains(e.sentence()))
        && r.evidence().get(0).sentence() > attack.evidence().get(0).sentence();
  }

  /**
   * The half the attack keeps: a count that grew past it (the largest grown count, told after the attack), else
   * its own, else the one figure of that half the free reports give (none when they give two).
   */
  private static Integer grewTo(Integer had, Integer risen, Integer told, boolean two) {
    if (risen != null && (had == null || risen > had)) {
      return risen;
    }
    if (had != null) {
      return had;
    }
    return two ? null : told;
  }

  private static Integer max(Integer a, int b) {
    return a == null || b > a ? b : a;
  }

  // whether the report owes its link to being told soon after the attack (not in the lead, before it, or grown)
  private static boolean toldSoonAfter(Event r, Event attack, Set<Integer> risen) {
    int told = r.evidence().get(0).sentence();
    return told > LEAD_SENTENCES && told > attack.evidence().get(0).sentence() && !grown(r, attack, risen);
  }

  // another attack of the story at the report's place and days, wherever told
  private static boolean rival(List<Event> events, int owner, Event r) {
    for (int i = 0; i < events.size(); i++) {
      Event a = events.get(i);
      if (i != owner && a.type() == EventType.ATTACK && (a.location() != null || events.get(owner).location() == null)
          && placeAndDay(r, a) && !OneTellingTolls.sameTelling(a, events.get(owner))) {
        return true;
      }
    }
    return false;
  }

  // Told at most this many sentences after the attack's last sentence, the toll is still of its telling
  private static boolean soonAfter(int told, Event attack) {
    int last = attack.evidence().stream().mapToInt(Evidence::sentence).max().orElse(-1);
    return told - last <= TOLD_SOON_AFTER;
  }

  /**
   * A free report of no other place, dated from the attack's first day to a few days after its last, told in the
   * lead, before the attack's first sentence, a few sentences after its last ("Rescuers worked all day. Four
   * were killed, police said."), or as a count that grew: a free figure far down a story is more often a total of
   * several ("eleven have been killed in these violations").
   */
  private static boolean ofAttack(Event r, Event attack, Set<Integer> free, Set<Integer> risen) {
    if (r.casualties().since() != null || !r.evidence().stream().allMatch(e -> free.contains(e.sentence()))) {
      return false;
    }
    int told = r.evidence().get(0).sentence();
    if (told > LEAD_SENTENCES && told > attack.evidence().get(0).sentence() && !grown(r, attack, risen)
        && !soonAfter(told, attack)) {
      return false;
    }
    return placeAndDay(r, attack);
  }

  /** The report names no other place than the attack's, and is dated from its first day to a few days after. */
  private static boolean placeAndDay(Event r, Event attack) {
    if (r.location() != null && attack.location() != null && !r.location().equals(attack.location())) {
      return false;
    }
    LocalDate first = attack.date();
    LocalDate day = r.date();
    if (day == null || first == null) {
      return day == null;
    }
    LocalDate last = attack.dateEnd() != null ? attack.dateEnd() : first;
    return !day.isBefore(first) && !day.isAfter(last.plusDays(TOLD_AFTER_DAYS));
  }
}
