package org.trucewatch.conflict;

import java.util.List;
import java.util.Objects;

/**
 * One conflict as data: who fights whom, where, which truces bound them, how news names them. Read from a profile
 * folder ({@code profile.json}, {@code actors.tsv}, {@code areas.tsv}, optionally a GeoJSON area) by
 * {@link ProfileReader}; immutable. Nothing about a particular conflict lives in Java.
 *
 * @param id lower-case id, the folder's name ("donbas")
 * @param name readable name
 * @param periodStart first day of the conflict (ISO date)
 * @param periodEnd last day, or null while it goes on
 * @param countries ISO 3166-1 alpha-2 codes of the countries it is fought in
 * @param scope where its events happen
 * @param acledRegion ACLED's region name for exports
 * @param map the dashboard's initial view
 * @param sides the belligerents, main party of each camp first
 * @param truces the register: each truce with its sources
 * @param actorsTsv the profile's curated actors in the layout of {@code curated.tsv} (may be empty)
 * @param areasTsv the profile's named areas in the layout of the gazetteer's {@code areas.tsv} (may be empty)
 * @param origin where it was read from (a file path or a classpath location), for messages
 */
public record ConflictProfile(
    String id,
    String name,
    String periodStart,
    String periodEnd,
    List<String> countries,
    Scope scope,
    String acledRegion,
    MapView map,
    List<Side> sides,
    List<Truce> truces,
    String actorsTsv,
    String areasTsv,
    String origin) {

  public ConflictProfile {
    Objects.requireNonNull(id, "id");
    countries = List.copyOf(countries);
    sides = List.copyOf(sides);
    truces = List.copyOf(truces);
  }

  /**
   * A belligerent.
   *
   * @param id ISO alpha-2 code of a state side, or a short upper-case id of a group ("DPR", "HAMAS")
   * @param name readable name
   * @param camp sides that fight together share a camp
   * @param colour hex colour on the map
   * @param kind "state" or "group"
   * @param names ways news names it beyond the country table (forces, abbreviations)
   * @param territory place names whose fire is this side's ("rockets fired from Gaza")
   * @param usualAttack the attack subtype this side's attacks of no weapon named mostly are ("a building was hit" in
   *     Israel's strikes on Gaza or Lebanon is an air strike), or null
   * @param soleAirForce whether this side alone flies warplanes in the war, so that an air strike by aircraft with
   *     no attacker named is inferred to be its own (Sudan's army against the RSF)
   * @param soleAirForceUntil the last day it flew alone (the coalition over Yemen before other states struck there),
   *     or null when it still does
   * @param held areas this side held over a period beyond its de-jure country (Armenian-held Karabakh), or empty
   * @param inferredAttacker whether an attack with no attacker named may be inferred to be this side's (false for a
   *     state whose camp's fighting is done by an armed group: Lebanon beside Hezbollah); true unless the profile
   *     says {@code "inferredAttacker": false}
   */
  public record Side(String id, String name, String camp, String colour, String kind, List<String> names,
      List<String> territory, String usualAttack, boolean soleAirForce, List<Held> held, boolean inferredAttacker,
      java.time.LocalDate soleAirForceUntil) {
    public Side {
      names = names == null ? List.of() : List.copyOf(names);
      territory = territory == null ? List.of() : List.copyOf(territory);
      held = held == null ? List.of() : List.copyOf(held);
    }

    public Side(String id, String name, String camp, String colour, String kind, List<String> names,
        List<String> territory, String usualAttack, boolean soleAirForce, List<Held> held, boolean inferredAttacker) {
      this(id, name, camp, colour, kind, names, territory, usualAttack, soleAirForce, held, inferredAttacker, null);
    }

    public Side(String id, String name, String camp, String colour, String kind, List<String> names,
        List<String> territory, String usualAttack, boolean soleAirForce, List<Held> held) {
      this(id, name, camp, colour, kind, names, territory, usualAttack, soleAirForce, held, true);
    }

    public Side(String id, String name, String camp, String colour, String kind, List<String> names,
        List<String> territory, String usualAttack, boolean soleAirForce) {
      this(id, name, camp, colour, kind, names, territory, usualAttack, soleAirForce, List.of());
    }

    public boolean state() {
      return "state".equals(kind);
    }
  }

  /**
   * Ground a side held over a period.
   *
   * @param from first day held
   * @param to last day held, or null while still held
   * @param area polygons, each a list of rings of {lon, lat} points (GeoJSON order)
   * @param file the GeoJSON file beside the profile it was read from
   */
  public record Held(java.time.LocalDate from, java.time.LocalDate to, List<List<double[][]>> area, String file) {
    public Held {
      area = List.copyOf(area);
    }

    /** Whether the area was held on that day and holds the point. */
    public boolean holds(double lat, double lon, java.time.LocalDate day) {
      return covers(day) && Geometry.inside(area, lon, lat);
    }

    /** Whether the period holds the day. */
    public boolean covers(java.time.LocalDate day) {
      return day != null && !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
  }

  /**
   * A truce of the register.
   *
   * @param id stable id
   * @param name readable name
   * @param start ISO date, or date-time with its offset where the hour is known
   * @param end when it ended or was superseded (ISO date or date-time), or null
   * @param scope where it applies; null for the whole profile scope
   * @param parties side ids bound by it
   * @param mediator who brokered it, or null
   * @param placeOfTalks where it was agreed, or null
   * @param sources where the facts come from, at least one
   */
  public record Truce(String id, String name, String start, String end, Scope scope, List<String> parties,
      String mediator, String placeOfTalks, List<Source> sources) {
    public Truce {
      parties = List.copyOf(parties);
      sources = List.copyOf(sources);
    }
  }

  /** A source of a fact: its address and title. */
  public record Source(String url, String title) {}

  /** The dashboard's initial view: centre (lat, lon) and zoom. */
  public record MapView(double lat, double lon, int zoom) {}

  /** The side with this id, or null. */
  public Side side(String sideId) {
    for (Side s : sides) {
      if (s.id().equals(sideId)) {
        return s;
      }
    }
    return null;
  }
}
