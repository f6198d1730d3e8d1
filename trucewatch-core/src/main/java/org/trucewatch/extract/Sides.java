package org.trucewatch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The belligerents of one conflict, as party codes grouped into opposing camps in the order a profile lists them, and
 * the display names of every party any profile knows. Immutable. When a speaker of one camp reports an attack without
 * naming the attacker, the attacker alleged is the main party (the first listed) of the other camp.
 */
public final class Sides {

  private final String conflict;
  private final List<List<String>> camps;
  private final Map<String, String> names;
  private final Map<String, String> codes;
  private final Map<String, String> territory;

  /** English country names by ISO code and back, built once: looked up for every party of every event. */
  private static final Map<String, String> COUNTRY_NAMES;
  private static final Map<String, String> COUNTRY_CODES;

  static {
    Map<String, String> byCode = new java.util.HashMap<>();
    Map<String, String> byName = new java.util.HashMap<>();
    for (String iso : Locale.getISOCountries()) {
      String n = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
      byCode.put(iso, n);
      byName.putIfAbsent(n, iso);
    }
    COUNTRY_NAMES = Map.copyOf(byCode);
    COUNTRY_CODES = Map.copyOf(byName);
  }

  private final Map<String, String> usualAttack;
  private final String airForce;
  private final LocalDate airForceUntil;
  private final HeldGround held;
  private final Set<String> notInferred;

  public Sides(String conflict, List<List<String>> camps, Map<String, String> names) {
    this(conflict, camps, names, Map.of());
  }

  /**
   * @param conflict the profile's id, or null for news outside every profile
   * @param camps the camps, each its party codes with the main one first
   * @param names display names of party codes ("UA" to "Ukraine"); countries not in it take their English name
   * @param territory place names, lower case, whose fire is a party's ("gaza strip" to "HAMAS")
   */
  public Sides(String conflict, List<List<String>> camps, Map<String, String> names, Map<String, String> territory) {
    this(conflict, camps, names, territory, Map.of());
  }

  /**
   * As above, with {@code usualAttack}: a party's code to the subtype its attacks of no weapon named mostly are (the
   * profile's {@code usualAttack}: an air force's strikes).
   */
  public Sides(String conflict, List<List<String>> camps, Map<String, String> names, Map<String, String> territory,
      Map<String, String> usualAttack) {
    this(conflict, camps, names, territory, usualAttack, null);
  }

  /** As above, with the party that alone flies warplanes in the war (the profile's {@code soleAirForce}), or null. */
  public Sides(String conflict, List<List<String>> camps, Map<String, String> names, Map<String, String> territory,
      Map<String, String> usualAttack, String airForce) {
    this(conflict, camps, names, territory, usualAttack, airForce, HeldGround.NONE);
  }

  /** As above, with the ground each side held over a period (the profile's {@code held} areas). */
  public Sides(String conflict, List<List<String>> camps, Map<String, String> names, Map<String, String> territory,
      Map<String, String> usualAttack, String airForce, HeldGround held) {
    this(conflict, camps, names, territory, usualAttack, airForce, held, Set.of());
  }

  /**
   * As above, with the parties never inferred to be an attacker no report names (the profile's
   * {@code "inferredAttacker": false}: a state whose camp's fighting an armed group does).
   */
  public Sides(String conflict, List<List<String>> camps, Map<String, String> names, Map<String, String> territory,
      Map<String, String> usualAttack, String airForce, HeldGround held, Set<String> notInferred) {
    this(conflict, camps, names, territory, usualAttack, airForce, null, held, notInferred);
  }

  /**
   * As above, with the last day the air force flew alone (the profile's {@code soleAirForceUntil}: the coalition
   * over Yemen until other states' strikes began), or null when it always has.
   */
  public Sides(String conflict, List<List<String>> camps, Map<String, String> names, Map<String, String> territory,
      Map<String, String> usualAttack, String airForce, LocalDate airForceUntil, HeldGround held,
      Set<String> notInferred) {
    this.airForceUntil = airForceUntil;
    this.notInferred = Set.copyOf(notInferred);
    this.held = held == null ? HeldGround.NONE : held;
    this.airForce = airForce;
    this.usualAttack = Map.copyOf(usualAttack);
    this.conflict = conflict;
    this.camps = camps.stream().map(List::copyOf).toList();
    this.names = Map.copyOf(names);
    Map<String, String> back = new java.util.HashMap<>();
    new java.util.TreeMap<>(names).forEach((code, name) -> back.putIfAbsent(name, code));
    this.codes = Map.copyOf(back);
    this.territory = Map.copyOf(territory);
  }

  /** The party that alone flies warplanes in the war, or null. */
  public String airForce() {
    return airForce;
  }

  /** The party that alone flew warplanes in the war on {@code day} (any day when that is unknown), or null. */
  public String airForce(LocalDate day) {
    return airForceUntil != null && day != null && day.isAfter(airForceUntil) ? null : airForce;
  }

  /** The subtype a party's attacks of no weapon named mostly are, or null. */
  public String usualAttack(String code) {
    return code == null ? null : usualAttack.get(code);
  }

  /** The party whose territory a place is ("rockets fired from Gaza" are Hamas's), or null. */
  public String holderOf(String placeName) {
    return placeName == null ? null : territory.get(placeName.toLowerCase(Locale.ROOT));
  }

  /** The party whose territory the country of ISO code {@code iso} is named as (Lebanon for Hezbollah), or null. */
  public String countryHolder(String iso) {
    return iso == null ? null : holderOf(COUNTRY_NAMES.get(iso));
  }

  /** Whether any place name is the party's territory (Gaza for Hamas, Donetsk for its republic). */
  public boolean holdsTerritory(String code) {
    return code != null && territory.containsValue(code);
  }

  /**
   * The member of {@code side}'s camp whose territory is the province every place lies in (a village of Luhansk
   * oblast is the Luhansk republic's front, not Donetsk's), or null when none is or the places disagree.
   */
  public String memberHolding(String side, List<org.trucewatch.extract.Location> places) {
    String member = null;
    for (org.trucewatch.extract.Location p : places) {
      String h = p == null ? null : holderOf(p.admin1());
      if (h == null || !sameCamp(h, side) || member != null && !member.equals(h)) {
        return null;
      }
      member = h;
    }
    return member;
  }

  /**
   * Who is alleged to have attacked a place when nobody is named: the opponent of the party holding it (a place of
   * its territory, or a province of it outside every state party's country: Gaza), else, where the place lies in a
   * state party's country, that state's opponent, provided the other camp holds no ground there (Poonch in India is
   * hit from Pakistan; a town in Sudan may be hit by either side; a town in Yemen, where the Houthis hold ground, too).
   * Null outside a two-camp conflict or when in doubt.
   */
  public String attackerOf(org.trucewatch.extract.Location place) {
    return attackerOf(place, null);
  }

  /**
   * As above on a day: where the profile says who held the ground that day, a village or town inside a side's held
   * area is hit by its opponent (Martuni in 2016 by Azerbaijan), and one outside every held area by the opponent of
   * its country (Shusha in 2021 by Armenia), whatever side its name's territory is.
   */
  public String attackerOf(org.trucewatch.extract.Location place, LocalDate day) {
    if (place == null || camps.size() != 2) {
      return null;
    }
    // a village set at its district's seat ("Rzalar of Aghdam district") may lie on the other side of a line
    if ("place".equalsIgnoreCase(place.precision()) && held.covers(day) && camp(place.country()) >= 0) {
      String holder = held.holder(place.lat(), place.lon(), day);
      return holder != null ? (camp(holder) >= 0 ? opponentOf(holder) : null) : opponentOf(place.country());
    }
    String held = holderOf(place.surface());
    held = held != null ? held : holderOf(place.name());
    if (held == null && camp(place.country()) < 0) {
      held = holderOf(place.admin1());
    }
    if (held != null) {
      return camp(held) >= 0 ? opponentOf(held) : null;
    }
    int c = camp(place.country());
    if (c < 0) {
      return null;
    }
    List<String> other = camps.get(1 - c);
    boolean otherIsState = other.stream().anyMatch(COUNTRY_NAMES::containsKey);
    boolean otherHoldsTerritory = territory.values().stream().anyMatch(other::contains);
    String there = holderOf(COUNTRY_NAMES.get(place.country()));
    if (there != null && other.contains(there) || !otherIsState && !otherHoldsTerritory) {
      return null;
    }
    return opponentOf(place.country());
  }

  /** No conflict: nobody is a belligerent, nothing is inferred. */
  public static Sides none(Map<String, String> names) {
    return new Sides(null, List.of(), names);
  }

  /** The conflict these sides fight, or null. */
  public String conflict() {
    return conflict;
  }

  /** The sides of the same conflict with no camps: for the parts of an article that no profile holds. */
  public Sides withoutCamps() {
    return new Sides(null, List.of(), names);
  }

  /** The readable name of a party code ("AZ" -> "Azerbaijan"); unknown codes are returned as they are. */
  public String name(String code) {
    if (code == null) {
      return null;
    }
    String n = names.get(code);
    if (n != null) {
      return n;
    }
    String country = COUNTRY_NAMES.get(code);
    if (country == null && code.matches("[A-Z]{2}")) {
      country = new Locale("", code).getDisplayCountry(Locale.ENGLISH); // a code the JDK names but does not list
    }
    return country == null || country.isEmpty() ? code : country;
  }

  /** The party code of a display name ("Azerbaijan" -> "AZ"), or the name itself when it is not one. */
  public String code(String name) {
    if (name == null) {
      return null;
    }
    String code = codes.get(name);
    if (code == null) {
      code = COUNTRY_CODES.get(name);
    }
    return code != null ? code : name;
  }

  /** Whether the party is one of the belligerents. */
  public boolean isBelligerent(String code) {
    return camp(code) >= 0;
  }

  /** Whether two parties are in the same camp (a party with itself included). */
  public boolean sameCamp(String a, String b) {
    int ca = camp(a);
    return ca >= 0 && ca == camp(b);
  }

  /**
   * The party a camp accuses when it does not name the attacker: the main party of the other camp. Null for
   * non-belligerents or when there are not exactly two camps.
   */
  public String opponentOf(String code) {
    int c = camp(code);
    if (c < 0 || camps.size() != 2) {
      return null;
    }
    // the main party, or the first the profile lets be inferred (Hezbollah, not the Lebanese state beside it)
    List<String> other = camps.get(1 - c);
    return other.stream().filter(this::inferable).findFirst().orElse(other.get(0));
  }

  /** Whether an attack nobody is named for may be inferred to be this party's (not so a profile's quiet state). */
  public boolean inferable(String code) {
    return code != null && !notInferred.contains(code);
  }

  /** The main party of each camp when there are exactly two ("both sides said"), else none. */
  public List<String> mainParties() {
    return camps.size() != 2 ? List.of() : List.of(camps.get(0).get(0), camps.get(1).get(0));
  }

  /** The parties of the camp {@code code} belongs to, in the profile's order (empty outside the conflict). */
  public List<String> campMembers(String code) {
    int c = camp(code);
    return c < 0 ? List.of() : camps.get(c);
  }

  /** The index of the camp a party belongs to, or -1 for a party outside the conflict. */
  public int campOf(String code) {
    return camp(code);
  }

  /** Every party code of the conflict. */
  public Set<String> parties() {
    List<String> all = new ArrayList<>();
    camps.forEach(all::addAll);
    return Set.copyOf(all);
  }

  private int camp(String code) {
    if (code == null) {
      return -1;
    }
    for (int i = 0; i < camps.size(); i++) {
      if (camps.get(i).contains(code)) {
        return i;
      }
    }
    return -1;
  }

  /** Camps from (party, camp) pairs in listed order. */
  public static List<List<String>> camps(List<Map.Entry<String, String>> partyCamp) {
    Map<String, List<String>> byCamp = new LinkedHashMap<>();
    partyCamp.forEach(e -> byCamp.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey()));
    return new ArrayList<>(byCamp.values());
  }
}
