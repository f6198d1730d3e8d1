package org.trucewatch.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * The gold of one corpus folder, as {@code data/corpus/GUIDELINES.md} specifies {@code gold.json} (which extends the
 * seed gold's format of {@code gold/seeds-gold.json}). Values only; {@link GoldReader} reads them.
 *
 * @param folder the folder the gold file lies in (its reports are {@code folder/<file>})
 * @param radiusKm how far a predicted place may lie from a gold event's coordinates and still match
 * @param reports every report of the folder, in the file's order
 */
public record Gold(Path folder, double radiusKm, List<Report> reports) {

  public Gold {
    reports = List.copyOf(reports);
  }

  /** The event types that are scored; appeals, threats and support may stand in the gold but are not scored. */
  public static final List<String> SCORED_TYPES = List.of("attack", "ceasefire", "casualty_report", "talks");

  /** Every type a gold event may have. */
  public static final List<String> KNOWN_TYPES =
      List.of("attack", "ceasefire", "casualty_report", "talks", "appeal", "threat", "support");

  /**
   * One report and its gold events.
   *
   * @param file the report's file name ({@code donbas-07-osce.txt})
   * @param conflict the conflict profile id the report's events belong to, or null
   * @param conflictGiven whether the gold says {@code conflict} at all (the seed format does not)
   * @param group what per-group figures gather it under: its {@code conflict}, {@code other} when that is null, or the
   *     folder's name when the gold does not say
   * @param events its events, scored types and others alike
   * @param published the date the page shows (its metadata, as a crawl or feed gives it), or null
   */
  public record Report(String file, String conflict, boolean conflictGiven, String group, List<Event> events,
      String published) {

    public Report(String file, String conflict, boolean conflictGiven, String group, List<Event> events) {
      this(file, conflict, conflictGiven, group, events, null);
    }

    public Report {
      events = List.copyOf(events);
    }


    /** Its events of one type. */
    public List<Event> ofType(String type) {
      return events.stream().filter(e -> e.type().equals(type)).toList();
    }
  }

  /**
   * One gold event. Lists are empty, and numbers null, where the gold leaves the key out.
   *
   * @param type {@code attack}, {@code ceasefire}, {@code casualty_report}, {@code talks} (or an unscored type)
   * @param subtype the ACLED sub-event of an attack, the phase of a ceasefire, or null
   * @param where acceptable names of the place
   * @param lat latitude of the place, or null
   * @param lon longitude of the place, or null
   * @param countryLevel ISO country code when the report only names the country, or null
   * @param anyPlace true when the report names no place more precise than the front line
   * @param dateFrom first acceptable local date (ISO), or null when the gold gives none
   * @param dateTo last acceptable local date (ISO), or null when the gold gives none
   * @param perpetrator a profile side id ({@code DPR}) or a free name, or null
   * @param claimedBy acceptable substrings of the claimant
   * @param deniedBy acceptable substrings of the denier
   * @param killed the figure killed, or null
   * @param wounded the figure wounded, or null
   * @param optional acceptable either way: neither a miss nor a false positive
   * @param index the event's position in its report's list (for messages)
   */
  public record Event(String type, String subtype, List<String> where, Double lat, Double lon, String countryLevel,
      boolean anyPlace, String dateFrom, String dateTo, String perpetrator, List<String> claimedBy,
      List<String> deniedBy, Integer killed, Integer wounded, boolean optional, int index) {

    public Event {
      where = List.copyOf(where);
      claimedBy = List.copyOf(claimedBy);
      deniedBy = List.copyOf(deniedBy);
    }

    /** A short line for listings of misses: type, place, dates, figures. */
    public String describe() {
      StringBuilder b = new StringBuilder(type);
      if (subtype != null) {
        b.append('/').append(subtype);
      }
      if (!where.isEmpty()) {
        b.append(' ').append(where.get(0));
      } else if (anyPlace) {
        b.append(" (any place)");
      } else if (countryLevel != null) {
        b.append(' ').append(countryLevel);
      }
      if (dateFrom != null) {
        b.append(' ').append(dateFrom).append(dateTo.equals(dateFrom) ? "" : ".." + dateTo);
      }
      if (perpetrator != null) {
        b.append(" by ").append(perpetrator);
      }
      if (killed != null) {
        b.append(" killed ").append(killed);
      }
      if (wounded != null) {
        b.append(" wounded ").append(wounded);
      }
      return b.toString();
    }
  }
}
