package org.trucewatch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.nlp.Sentence;

/**
 * Which of an article's events go on the log and which stay with the undated mentions ({@code --undated}): an event
 * needs a day, an attack a place (or, once, an unknown place told on its day), and background (a year's span, a war's
 * history, a toll over years, a truce told only by its month, an attack placed only in a country beside a town's, or
 * only in a region beside the same side's town) stays off. Reads the events as {@link EventExtractor} assembled them;
 * stateless.
 */
final class LogFilters {

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern CLOSING_QUOTES = java.util.regex.Pattern.compile("[\"'\u2019\u201d]+$");

  private LogFilters() {}

  /** The events of {@code told} that go on the log; the others are added to {@code undated}. */
  static List<Event> logged(List<Event> told, List<Event> undated, LocalDate anchor, OtherWarNames otherWars) {
    List<Event> all = withoutOtherWarPlaces(told, otherWars);
    List<Event> dated = new ArrayList<>();
    // only a dated attack's place shows an unplaced one to be it told coarsely: a placed background ("the army, which
    // has been fighting militiamen around Bure") is another act and does not keep the day's unplaced attack off the log
    List<Event> placedAttacks = all.stream()
        .filter(e -> e.type() == EventType.ATTACK && e.location() != null && e.date() != null && !vague(e)).toList();
    boolean placed = !placedAttacks.isEmpty();
    boolean unplacedLogged = false;
    // a round-up's attacks chain back through its weeks; one told weeks before them is context (NewsSpan)
    LocalDate newsStart = NewsSpan.start(placedAttacks.stream().filter(e -> !longBefore(e, anchor)).toList(), anchor);
    for (Event e : all) {
      boolean unplaced = !placed && !unplacedLogged && e.type() == EventType.ATTACK && e.date() != null
          && placeUnknown(e, anchor);
      unplacedLogged |= unplaced;
      boolean complete = e.date() != null && (e.type() != EventType.ATTACK || e.location() != null && !vague(e)
          && !longBefore(e, anchor) && !NewsSpan.before(e, anchor, newsStart) || unplaced)
          && (e.type() != EventType.CASUALTY_REPORT || !vague(e) && !yearsLong(e) && !history(e, anchor))
          && (e.type() != EventType.CEASEFIRE || !vague(e))
          && (e.type() != EventType.TALKS || !vague(e)); // "the 2015 peace deal" is background, not a round of talks
      (complete ? dated : undated).add(e);
    }
    return withoutPastMonths(withoutMonthTruce(withoutRegionBesideTown(withoutCountryLevel(dated, undated), undated),
        undated), undated, anchor);
  }

  /**
   * A truce step told only by a month wholly before the story's ("the two armies agreed a ceasefire in November 2003",
   * "the framework signed in October") beside a truce step or talks the story tells by its day is background retold
   * for context, kept as undated; where the story tells no other, the truce it names is what it is about.
   */
  static List<Event> withoutPastMonths(List<Event> dated, List<Event> undated, LocalDate anchor) {
    List<Event> past = dated.stream().filter(e -> e.type() == EventType.CEASEFIRE && pastMonth(e, anchor)).toList();
    boolean other = dated.stream().anyMatch(e -> (e.type() == EventType.CEASEFIRE || e.type() == EventType.TALKS)
        && !past.contains(e));
    if (past.isEmpty() || !other) {
      return dated;
    }
    undated.addAll(past);
    List<Event> kept = new ArrayList<>(dated);
    kept.removeAll(past);
    return kept;
  }

  /**
   * A truce step dated only by its month ("since the ceasefire of November 2024") where the article gives the same
   * step a day in that month ("since the truce took effect on Nov. 27, 2024") is that step told coarsely: kept as
   * undated, as the day wins.
   */
  static List<Event> withoutMonthTruce(List<Event> dated, List<Event> undated) {
    List<Event> kept = new ArrayList<>(dated.size());
    for (Event e : dated) {
      boolean coarse = e.type() == EventType.CEASEFIRE && e.dateEnd() != null && dated.stream().anyMatch(o ->
          o.type() == EventType.CEASEFIRE && o.dateEnd() == null && java.util.Objects.equals(o.subtype(), e.subtype())
          && !o.date().isBefore(e.date()) && !o.date().isAfter(e.dateEnd()));
      (coarse ? undated : kept).add(e);
    }
    return kept;
  }

  /**
   * A headline's attack ("Soldier killed in rocket strike on Safed", dated by the day of publication or by a loose
   * "overnight") that the body tells at the same place on its own day is that attack summed up, not a second one: the
   * headline's copy joins the body's. So is a headline's truce step the body tells on a day up to three apart, or on any day where the
   * headline gives only a month.
   */
  static List<Event> withoutHeadlineCopies(List<Event> all, List<Sentence> sentences) {
    String first = sentences.isEmpty() ? "" : sentences.get(0).text().strip();
    String end = CLOSING_QUOTES.matcher(first).replaceAll("");
    if (end.isEmpty() || SPACES.split(first).length > 30 || ".!?".indexOf(end.charAt(end.length() - 1)) >= 0) {
      return all; // a headline closes with no full stop (a quoted word may end it: "accusing RSF of 'genocide'")
    }
    int heading = sentences.get(0).index();
    List<Event> kept = new ArrayList<>(all);
    for (Event e : all) {
      if (e.type() == EventType.CEASEFIRE && e.evidence().size() == 1 && e.evidence().get(0).sentence() == heading
          && e.date() != null && all.stream().anyMatch(o -> bodysTruceStep(o, e, heading))) {
        kept.remove(e); // "Truce lapses" over "expired at 7 p.m. on Sunday": the body's step, summed up
        continue;
      }
      if (e.type() != EventType.ATTACK || e.location() == null || e.evidence().size() != 1
          || e.evidence().get(0).sentence() != heading) {
        continue;
      }
      for (int k = 0; k < kept.size(); k++) {
        Event o = kept.get(k);
        if (o != e && o.type() == EventType.ATTACK && e.location().equals(o.location())
            && o.evidence().get(0).sentence() != heading) {
          // the body's copy keeps its day and takes what the headline adds: its attacker and its speakers
          Event p = o.perpetratorSide() != null || e.perpetratorSide() == null ? o : o.withPerpetratorOf(e);
          kept.set(k, p.mergedWith(e));
          kept.remove(e);
          break;
        }
      }
    }
    return kept;
  }

  /** Whether {@code o} is the body's truce step {@code headline} sums up: its kind, on a day of its own up to 3 apart. */
  private static boolean bodysTruceStep(Event o, Event headline, int heading) {
    return o != headline && o.type() == EventType.CEASEFIRE && o.evidence().get(0).sentence() != heading
        && java.util.Objects.equals(o.subtype(), headline.subtype()) && o.date() != null && o.dateEnd() == null
        && o.dateBasis() == DateBasis.EXPLICIT && !o.date().equals(headline.date())
        // a headline step dated by a month ("agree to shore up truce, meet again in June") sums up the body's day too
        && (headline.dateEnd() != null || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(o.date(), headline.date())) <= 3);
  }

  /**
   * An attack placed only in a country ("strikes inside Lebanon", "rockets fired from Armenia") on a day the article
   * places an attack in a town is that attack told coarsely, or the land a strike came from: it is kept as undated
   * (off the log), as ACLED codes one event per place and the finer place wins. (A region is kept here: a frontline's
   * centre often stands for the villages along it that the gazetteer lacks; withoutRegionBesideTown judges it.)
   */
  static List<Event> withoutCountryLevel(List<Event> dated, List<Event> undated) {
    java.util.Set<java.time.LocalDate> placedDays = new java.util.HashSet<>();
    for (Event e : dated) {
      if (e.type() == EventType.ATTACK && e.location() != null && !countryLevel(e.location())) {
        placedDays.add(e.date());
      }
    }
    List<Event> kept = new ArrayList<>(dated.size());
    for (Event e : dated) {
      boolean coarse = e.type() == EventType.ATTACK && countryLevel(e.location()) && placedDays.contains(e.date());
      (coarse ? undated : kept).add(e);
    }
    return kept;
  }

  /**
   * An attack placed only in a region or along a front line ("raids across Idlib province", "fire on the line of
   * contact") told after an attack of its kind by the same side in a town on the same day (or either told with no
   * attacker: the town's hit "was struck", the region's summary names who struck) is that attack summed up coarsely:
   * kept as undated, as the finer place wins (one event per place and day), and the town takes the attacker the
   * region's summary names. So is a region told just before its town ("a conscript was killed on the front line.
   * He was hit near X"): the next sentence places the act the lead told coarsely.
   * A region whose attacker differs (the other side's answer "along the line"), of another kind, or told first with
   * its town further on or as a part of it ("One of the strikes hit X": the lead's overview of the towns it lists) is
   * kept, and so is a region with no town beside it: it stands for villages the gazetteer lacks.
   */
  static List<Event> withoutRegionBesideTown(List<Event> dated, List<Event> undated) {
    List<Event> kept = new ArrayList<>(dated);
    for (Event e : dated) {
      if (e.type() != EventType.ATTACK || e.location() == null || !"region".equals(e.location().precision())) {
        continue;
      }
      for (int k = 0; k < kept.size(); k++) {
        Event town = kept.get(k);
        if (toldInTown(town, e)) {
          if (town.perpetratorSide() == null && e.perpetratorSide() != null) {
            kept.set(k, town.withPerpetratorOf(e)); // "a house was hit" beside "jets of X struck across Y"
          }
          kept.remove(e);
          undated.add(e);
          break;
        }
      }
    }
    return kept;
  }

  // "One of the strikes hit X", "among them a house in X": the town is a part of the lead's overview, not its place
  private static final java.util.regex.Pattern PART_OF = java.util.regex.Pattern.compile(
      "(?i)\\b(?:one|two|three|some|several|another|most|many) of (?:the|these|those|them|its|their)\\b"
      + "|\\bamong (?:them|the|these|those)\\b");

  // the precisions of a place as fine as a town beside a line: a town, or a sector placed at its district's point
  private static final Set<String> FINE = Set.of("place", "district");

  /** Whether {@code town} is an attack in a town, told before {@code region} or just after it, that it sums up. */
  private static boolean toldInTown(Event town, Event region) {
    // a sector of the line ("the Tarwali sector", at a district's point) is as fine a place as a town beside the line
    if (!(town.type() == EventType.ATTACK && town.location() != null
        && FINE.contains(town.location().precision())
        && java.util.Objects.equals(town.date(), region.date())
        && (region.perpetratorSide() == null || town.perpetratorSide() == null
            || region.perpetratorSide().equals(town.perpetratorSide()))
        && EventMerges.sameFire(town.subtype(), region.subtype()))) {
      return false;
    }
    Evidence at = town.evidence().get(0);
    int gap = at.sentence() - region.evidence().get(0).sentence();
    return gap < 0 || gap == 1 && !PART_OF.matcher(at.text()).find();
  }

  private static boolean countryLevel(Location l) {
    return l != null && "country".equals(l.precision());
  }

  /**
   * An attack told on its day whose place the gazetteer does not know ("a village in Bajaur district"): logged with
   * no location, as unknown beats a wrong place, but only where the article places no attack at all (else the
   * unplaced mention is most likely one of those told again), only once, dated by its own sentence or paragraph (or,
   * in the lead, by the day of the report), and not one of a story's history.
   */
  static boolean placeUnknown(Event e, LocalDate anchor) {
    // a lead's attack with no day of its own is the day's news ("rebels said they had taken control of X")
    boolean lead = e.dateBasis() == DateBasis.PUBLICATION && e.evidence().get(0).sentence() == 0;
    return e.location() == null && e.dateEnd() == null && !history(e, anchor)
        && (e.dateBasis() == DateBasis.EXPLICIT || e.dateBasis() == DateBasis.PARAGRAPH || lead);
  }

  /**
   * An attack or a truce dated only to a year or a season ("the 2010 clash over a tree", "fighting in 2016-2018", "a
   * ceasefire agreed in 1994") is background, not an entry of the log: kept with the undated ones ({@code --undated});
   * so is an attack dated only by its month ("in May 2025"), a summary of a war's history rather than a report of it.
   */
  private static boolean vague(Event e) {
    if (e.dateEnd() == null) {
      return false;
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(e.date(), e.dateEnd());
    return e.type() == EventType.ATTACK ? days > 20 : days > 31;
  }

  /** Whether an event is dated only by a span of a month or more that ended before the story's day. */
  static boolean pastMonth(Event e, LocalDate anchor) {
    return e.dateEnd() != null && anchor != null && e.dateEnd().isBefore(anchor)
        && java.time.temporal.ChronoUnit.DAYS.between(e.date(), e.dateEnd()) >= 27;
  }

  /** Days before the story past which an attack told with its day is history (dev gold: 2 of 855 required ones). */
  private static final int HISTORY_DAYS = 60;

  /**
   * An attack whose day lies months before the story ("the war began when gunmen stormed the border towns on 7
   * October", "the offensive that began on 18 February") is background told for context: kept with the undated ones.
   * Reports tell the news of their last days; an attack weeks old is told again only as the cause of what is new.
   */
  private static boolean longBefore(Event e, LocalDate anchor) {
    LocalDate last = e.dateEnd() != null ? e.dateEnd() : e.date();
    return anchor != null && last.isBefore(anchor.minusDays(HISTORY_DAYS));
  }

  /**
   * An attack placed only where the article names another war ("fired at Eilat in solidarity with Gaza", "the first
   * raid since the Gaza war began") loses that place: it is the occasion, not where the attack fell (the attack stays,
   * unplaced, for the unplaced rule to judge). A place the same sentences also tell as hit, and each front of a
   * report of several, stay.
   */
  static List<Event> withoutOtherWarPlaces(List<Event> all, OtherWarNames otherWars) {
    List<Event> out = new ArrayList<>(all.size());
    for (Event e : all) {
      boolean other = e.type() == EventType.ATTACK && e.location() != null && otherWars.onlyAnotherWar(
          e.location().surface(), e.evidence().stream().map(Evidence::text).toList());
      out.add(other ? e.withoutPlace() : e);
    }
    return out;
  }

  /**
   * A toll counted over more than a year ("killed more than 13,000 people since 2014") is the war's history, not a
   * report of the day: kept with the undated ones. Tolls since this war or this truce began stay.
   */
  private static boolean yearsLong(Event e) {
    String since = e.casualties() == null ? null : e.casualties().since();
    if (since == null || since.length() < 10) {
      return false;
    }
    try {
      return LocalDate.parse(since.substring(0, 10)).isBefore(e.date().minusYears(1));
    } catch (java.time.format.DateTimeParseException notADay) {
      return false;
    }
  }

  /**
   * A toll of a war years before the story ("the 2006 war killed about 1,200 people in Lebanon") is background told
   * for context, not a figure someone reports today: kept with the undated ones.
   */
  private static boolean history(Event e, LocalDate anchor) {
    // a toll of a strike two months before the story is told as its cause, as such an attack is
    return anchor != null && (e.date().isBefore(anchor.minusYears(1)) || longBefore(e, anchor));
  }
}
