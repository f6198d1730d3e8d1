package org.trucewatch.conflict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trucewatch.extract.Location;
import org.trucewatch.extract.Sides;

/**
 * Every active conflict profile: the shipped ones, then the user's ({@code $TRUCEWATCH_HOME/conflicts/} and the
 * folders the configuration names), a user's profile replacing a shipped one of the same id. Answers which conflict
 * holds a place, whose sides an event names, and the sides of each. Immutable and thread-safe.
 */
public final class Profiles {

  private final Map<String, ConflictProfile> byId;
  private final Map<String, String> sideNames;
  private final Map<String, Sides> sides = new HashMap<>();
  private final Sides none;
  // Which profiles hold a place, by place: the same few places recur in every article of a conflict, and a scope's
  // test measures the distance to every segment of its shape (bounded: cleared when full).
  private final Map<HoldingKey, List<String>> holdingCache = new java.util.concurrent.ConcurrentHashMap<>();

  private record HoldingKey(String country, String admin1, double lat, double lon, String precision) {}

  public Profiles(Collection<ConflictProfile> profiles) {
    Map<String, ConflictProfile> m = new LinkedHashMap<>();
    profiles.forEach(p -> m.put(p.id(), p));
    this.byId = m;
    Map<String, String> names = new HashMap<>();
    for (ConflictProfile p : m.values()) {
      for (ConflictProfile.Side s : p.sides()) {
        names.putIfAbsent(s.id(), s.name());
      }
    }
    this.sideNames = Map.copyOf(names);
    for (ConflictProfile p : m.values()) {
      List<Map.Entry<String, String>> pc = new ArrayList<>();
      Map<String, String> territory = new HashMap<>();
      p.sides().forEach(s -> pc.add(Map.entry(s.id(), s.camp())));
      // Its own sides' territories first, then every other conflict's: an article may report two fronts.
      territories(p, territory);
      m.values().forEach(other -> territories(other, territory));
      Map<String, String> usual = new HashMap<>();
      p.sides().stream().filter(s -> s.usualAttack() != null).forEach(s -> usual.put(s.id(), s.usualAttack()));
      ConflictProfile.Side airSide = p.sides().stream().filter(ConflictProfile.Side::soleAirForce).findFirst()
          .orElse(null);
      String air = airSide == null ? null : airSide.id();
      Set<String> notInferred = new HashSet<>();
      p.sides().stream().filter(s -> !s.inferredAttacker()).forEach(s -> notInferred.add(s.id()));
      sides.put(p.id(), new Sides(p.id(), Sides.camps(pc), sideNames, territory, usual, air,
          airSide == null ? null : airSide.soleAirForceUntil(), held(p), notInferred));
    }
    Map<String, String> anyTerritory = new HashMap<>();
    m.values().forEach(p -> territories(p, anyTerritory));
    this.none = new Sides(null, List.of(), sideNames, anyTerritory);
  }

  /** The profile's held areas as the extractor asks for them: who held a point on a day. */
  private static org.trucewatch.extract.HeldGround held(ConflictProfile p) {
    List<Map.Entry<String, ConflictProfile.Held>> all = new ArrayList<>();
    p.sides().forEach(s -> s.held().forEach(h -> all.add(Map.entry(s.id(), h))));
    if (all.isEmpty()) {
      return org.trucewatch.extract.HeldGround.NONE;
    }
    return new org.trucewatch.extract.HeldGround() {
      @Override
      public boolean covers(java.time.LocalDate day) {
        return all.stream().anyMatch(e -> e.getValue().covers(day));
      }

      @Override
      public String holder(double lat, double lon, java.time.LocalDate day) {
        return all.stream().filter(e -> e.getValue().holds(lat, lon, day)).map(Map.Entry::getKey).findFirst()
            .orElse(null);
      }
    };
  }

  private static void territories(ConflictProfile p, Map<String, String> into) {
    for (ConflictProfile.Side s : p.sides()) {
      s.territory().forEach(t -> into.putIfAbsent(t.toLowerCase(java.util.Locale.ROOT), s.id()));
    }
  }

  /**
   * The shipped profiles and the user's: those in {@code $TRUCEWATCH_HOME/conflicts/} and in each of {@code dirs}.
   *
   * @throws ProfileException when a profile does not validate (naming its file and line)
   */
  public static Profiles load(List<Path> dirs) {
    ProfileReader reader = new ProfileReader(Admin1Table.load()::get);
    Map<String, ConflictProfile> out = new LinkedHashMap<>(shipped().byId);
    List<Path> all = new ArrayList<>();
    all.add(home().resolve("conflicts"));
    all.addAll(dirs);
    for (Path dir : all) {
      for (Path folder : ProfileSource.folders(dir)) {
        ConflictProfile p = ProfileSource.folder(reader, folder);
        out.put(p.id(), p);
      }
    }
    return new Profiles(out.values());
  }

  private static final class Shipped {
    static final Profiles INSTANCE = readShipped();
  }

  /** Only the shipped profiles, read on first use and shared. */
  public static Profiles shipped() {
    return Shipped.INSTANCE;
  }

  private static Profiles readShipped() {
    ProfileReader reader = new ProfileReader(Admin1Table.load()::get);
    List<ConflictProfile> out = new ArrayList<>();
    ProfileSource.shippedIds().forEach(id -> out.add(ProfileSource.shipped(reader, id)));
    return new Profiles(out);
  }

  /** Whether these are exactly the shipped profiles (no user's profile among them). */
  public boolean isShipped() {
    Map<String, ConflictProfile> jar = shipped().byId;
    return byId.size() == jar.size() && byId.values().stream().allMatch(p -> jar.get(p.id()) == p);
  }

  /** The reader shipped profiles are checked with (for a user's folder: {@code trucewatch conflicts check}). */
  public static ConflictProfile readFolder(Path folder) {
    return ProfileSource.folder(new ProfileReader(Admin1Table.load()::get), folder);
  }

  /** {@code $TRUCEWATCH_HOME}, the system property {@code trucewatch.home}, or {@code ~/.trucewatch}. */
  public static Path home() {
    String p = System.getProperty("trucewatch.home");
    if (p == null || p.isBlank()) {
      p = System.getenv("TRUCEWATCH_HOME");
    }
    return p == null || p.isBlank() ? Path.of(System.getProperty("user.home"), ".trucewatch") : Path.of(p);
  }

  public List<ConflictProfile> all() {
    return List.copyOf(byId.values());
  }

  /** The profiles' ids, comma-separated, for messages that name what an unknown id could have been. */
  public String idList() {
    return String.join(", ", byId.keySet());
  }

  public Optional<ConflictProfile> get(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** The sides of a conflict, or no camps at all for null or an unknown id. */
  public Sides sides(String conflict) {
    Sides s = conflict == null ? null : sides.get(conflict);
    return s != null ? s : none;
  }

  /** Display names of every side of every profile by id. */
  public Map<String, String> sideNames() {
    return sideNames;
  }

  /** The ids of the profiles whose scope holds the place (for a country-level place: that touch its country). */
  public List<String> holding(String country, String admin1, double lat, double lon, String precision) {
    HoldingKey key = new HoldingKey(country, admin1, lat, lon, precision);
    List<String> cached = holdingCache.get(key);
    if (cached != null) {
      return new ArrayList<>(cached);
    }
    List<String> out = computeHolding(country, admin1, lat, lon, precision);
    if (holdingCache.size() > 100_000) {
      holdingCache.clear();
    }
    holdingCache.put(key, List.copyOf(out));
    return out;
  }

  private List<String> computeHolding(String country, String admin1, double lat, double lon, String precision) {
    List<String> out = new ArrayList<>();
    for (ConflictProfile p : byId.values()) {
      boolean in = "country".equals(precision) ? country != null && (p.scope().touches(country)
          || p.countries().contains(country)) : p.scope().contains(country, admin1, lat, lon, precision);
      if (in) {
        out.add(p.id());
      }
    }
    return out;
  }

  /**
   * The conflict an event belongs to: the one whose scope holds its place; with no place (or a country-level one
   * several profiles share), the one whose sides it names, preferring the article's conflict. Null when none does:
   * such an event is still stored, but breaks no truce.
   *
   * @param place where it happened, or null
   * @param parties the party codes it names (perpetrator, claimants, parties)
   * @param articleConflict the conflict the article as a whole is about, or null
   */
  public String conflictOf(Location place, Set<String> parties, String articleConflict) {
    if (place != null) {
      List<String> holders = holding(place.country(), place.admin1(), place.lat(), place.lon(), place.precision());
      if (holders.size() == 1 && !"country".equals(place.precision())) {
        return holders.get(0);
      }
      if (holders.isEmpty()) {
        return null;
      }
      return pick(holders, parties, articleConflict, !"country".equals(place.precision()));
    }
    return pick(List.copyOf(byId.keySet()), parties, articleConflict, false);
  }

  /**
   * Whether {@code day} falls in the period of conflict {@code id} (its first to its last day, open while it goes on):
   * a shelling of Avdiivka in 2024 is not an event of the War in Donbas that ended on 23 February 2022. True for an
   * unknown id or day.
   */
  public boolean during(String id, java.time.LocalDate day) {
    ConflictProfile p = id == null || day == null ? null : byId.get(id);
    if (p == null) {
      return true;
    }
    return !day.isBefore(java.time.LocalDate.parse(p.periodStart()))
        && (p.periodEnd() == null || !day.isAfter(java.time.LocalDate.parse(p.periodEnd())));
  }

  /**
   * The conflict of a truce, talks or an appeal, whose place is a venue ("talks in Moscow"), not a battlefield: the
   * article's conflict; in an article of none, the one conflict whose sides it names.
   */
  public String conflictOfParties(Set<String> parties, String articleConflict) {
    if (articleConflict != null) {
      return articleConflict; // talks in a Karabakh story are Karabakh talks, whoever else (Russia) attends
    }
    List<String> naming = byId.keySet().stream().filter(id -> named(id, parties)).toList();
    return naming.size() == 1 ? naming.get(0) : null;
  }

  private String pick(List<String> candidates, Set<String> parties, String articleConflict, boolean placed) {
    if (articleConflict != null && candidates.contains(articleConflict)
        && (placed || parties.isEmpty() || named(articleConflict, parties))) {
      return articleConflict;
    }
    List<String> naming = candidates.stream().filter(id -> named(id, parties)).toList();
    if (naming.size() == 1) {
      return naming.get(0);
    }
    if (placed) {
      return candidates.get(0);
    }
    return candidates.size() == 1 && !parties.isEmpty() && naming.size() == 1 ? candidates.get(0) : null;
  }

  private boolean named(String conflict, Set<String> parties) {
    Set<String> own = sides(conflict).parties();
    return parties.stream().anyMatch(own::contains);
  }
}
