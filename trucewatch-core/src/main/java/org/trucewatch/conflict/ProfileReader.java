package org.trucewatch.conflict;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and validates one profile folder's files, given as text (the caller opens and closes them, from the jar or
 * the file system). Every problem is a {@link ProfileException} naming the file and line: an unknown key, a missing
 * or malformed value, a truce without a source, a party that is not a side, an admin1 code the gazetteer does not
 * know. Stateless and thread-safe.
 */
public final class ProfileReader {

  private static final Set<String> TOP = Set.of("id", "name", "period", "countries", "scope", "acledRegion", "map",
      "sides", "truces");
  private static final Set<String> PERIOD = Set.of("start", "end");
  private static final Set<String> SCOPE = Set.of("countries", "admin1", "area", "bufferKm");
  private static final Set<String> MAP = Set.of("center", "zoom");
  private static final Set<String> HELD = Set.of("from", "to", "area", "source");
  private static final Set<String> SIDE = Set.of("id", "name", "camp", "colour", "kind", "names", "territory", "held",
      "usualAttack", "soleAirForce", "soleAirForceUntil", "inferredAttacker");
  private static final Set<String> TRUCE = Set.of("id", "name", "start", "end", "scope", "parties", "mediator",
      "placeOfTalks", "sources");
  private static final Set<String> SOURCE = Set.of("url", "title");

  /** Gives the folded names of admin1 codes ("UA.05" to "Donetsk"), null for an unknown code. */
  private final Function<String, String> admin1Name;

  public ProfileReader(Function<String, String> admin1Name) {
    this.admin1Name = admin1Name;
  }

  /**
   * @param folder the folder's name (the profile id must equal it)
   * @param origin how to name the folder in messages ("conflicts/donbas" or a path)
   * @param json the text of {@code profile.json}
   * @param areaText loads a GeoJSON file the scope names (by file name), or returns null when it is missing
   * @param actorsTsv the text of {@code actors.tsv}, or ""
   * @param areasTsv the text of {@code areas.tsv}, or ""
   */
  public ConflictProfile read(String folder, String origin, String json, Function<String, String> areaText,
      String actorsTsv, String areasTsv) {
    String file = origin + "/profile.json";
    LocatedJson doc = LocatedJson.parse(json, file);
    Ctx c = new Ctx(doc, file);
    JsonNode root = doc.root;
    c.object(root, "", TOP);
    String id = c.text(root, "/id", true);
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw c.error("/id", "id must be lower-case letters, digits and hyphens, was '" + id + "'");
    }
    if (!id.equals(folder)) {
      throw c.error("/id", "id '" + id + "' must equal the folder's name '" + folder + "'");
    }
    JsonNode period = c.object(root.get("period"), "/period", PERIOD);
    String start = c.date(period, "/period/start", true);
    String end = c.date(period, "/period/end", false);
    List<String> countries = c.countries(root, "/countries", true);
    Scope scope = scope(c, root.get("scope"), "/scope", areaText, origin);
    if (scope.isEmpty()) {
      throw c.error("/scope", "the scope names no country, admin1 division or area");
    }
    JsonNode map = c.object(root.get("map"), "/map", MAP);
    JsonNode center = map.get("center");
    if (center == null || !center.isArray() || center.size() != 2 || !center.get(0).isNumber()
        || !center.get(1).isNumber()) {
      throw c.error("/map/center", "map.center must be [lat, lon]");
    }
    JsonNode zoom = map.get("zoom");
    if (zoom == null || !zoom.canConvertToInt() || zoom.asInt() < 1 || zoom.asInt() > 18) {
      throw c.error("/map/zoom", "map.zoom must be a whole number from 1 to 18");
    }
    List<ConflictProfile.Side> sides = sides(c, root.get("sides"), areaText, origin);
    Set<String> sideIds = new HashSet<>();
    sides.forEach(s -> sideIds.add(s.id()));
    List<ConflictProfile.Truce> truces = new ArrayList<>();
    Set<String> truceIds = new HashSet<>();
    JsonNode ts = root.get("truces");
    if (ts == null || !ts.isArray()) {
      throw c.error("/truces", "truces must be a list (it may be empty)");
    }
    for (int i = 0; i < ts.size(); i++) {
      ConflictProfile.Truce t = truce(c, ts.get(i), "/truces/" + i, sideIds, areaText, origin);
      if (!truceIds.add(t.id())) {
        throw c.error("/truces/" + i + "/id", "duplicate truce id " + t.id());
      }
      truces.add(t);
    }
    return new ConflictProfile(id, c.text(root, "/name", true), start, end, countries, scope,
        c.text(root, "/acledRegion", true), new ConflictProfile.MapView(center.get(0).asDouble(),
            center.get(1).asDouble(), zoom.asInt()), sides, truces, actorsTsv, areasTsv, origin);
  }

  private Scope scope(Ctx c, JsonNode n, String at, Function<String, String> areaText, String origin) {
    c.object(n, at, SCOPE);
    List<String> countries = c.countries(n, at + "/countries", false);
    Set<String> admin1 = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (String code : c.strings(n, at + "/admin1", false)) {
      if (!code.matches("[A-Z]{2}\\.[A-Za-z0-9]+")) {
        throw c.error(at + "/admin1", "admin1 codes are written CC.CODE (GeoNames), was '" + code + "'");
      }
      String name = admin1Name.apply(code);
      if (name == null) {
        throw c.error(at + "/admin1", "unknown GeoNames admin1 code " + code);
      }
      admin1.add(code);
      names.add(Scope.key(code.substring(0, 2), name));
    }
    List<List<double[][]>> area = List.of();
    String areaFile = c.text(n, at + "/area", false);
    if (areaFile != null) {
      String text = areaText.apply(areaFile);
      if (text == null) {
        throw c.error(at + "/area", "area file " + areaFile + " not found beside the profile");
      }
      area = GeoJsonShapes.read(text, origin + "/" + areaFile);
    }
    JsonNode buffer = n.get("bufferKm");
    double km = 0;
    if (buffer != null && !buffer.isNull()) {
      if (!buffer.isNumber() || buffer.asDouble() < 0 || buffer.asDouble() > 500) {
        throw c.error(at + "/bufferKm", "bufferKm must be a number from 0 to 500");
      }
      km = buffer.asDouble();
    }
    return new Scope(Set.copyOf(countries), admin1, names, area, km);
  }

  /** A side's {@code held} areas: each a period and a GeoJSON file beside the profile. */
  private static List<ConflictProfile.Held> held(Ctx c, JsonNode n, String at,
      Function<String, String> areaText, String origin) {
    if (n == null || n.isNull()) {
      return List.of();
    }
    if (!n.isArray()) {
      throw c.error(at, "held must be a list of {from, to, area, source}");
    }
    List<ConflictProfile.Held> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      String a = at + "/" + i;
      JsonNode h = c.object(n.get(i), a, HELD);
      String from = c.date(h, a + "/from", true);
      String to = c.date(h, a + "/to", false);
      c.text(h, a + "/source", true);
      String file = c.text(h, a + "/area", true);
      String text = areaText.apply(file);
      if (text == null) {
        throw c.error(a + "/area", "area file " + file + " not found beside the profile");
      }
      out.add(new ConflictProfile.Held(LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
          GeoJsonShapes.read(text, origin + "/" + file), file));
    }
    return out;
  }

  private static List<ConflictProfile.Side> sides(Ctx c, JsonNode n, Function<String, String> areaText,
      String origin) {
    if (n == null || !n.isArray() || n.size() < 2) {
      throw c.error("/sides", "sides must list at least two belligerents");
    }
    List<ConflictProfile.Side> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> camps = new HashSet<>();
    for (int i = 0; i < n.size(); i++) {
      String at = "/sides/" + i;
      JsonNode s = c.object(n.get(i), at, SIDE);
      String id = c.text(s, at + "/id", true);
      if (!id.matches("[A-Z][A-Z0-9_]{1,15}")) {
        throw c.error(at + "/id", "a side id is an ISO alpha-2 code or a short upper-case id, was '" + id + "'");
      }
      if (!ids.add(id)) {
        throw c.error(at + "/id", "duplicate side id " + id);
      }
      String kind = c.text(s, at + "/kind", true);
      if (!kind.equals("state") && !kind.equals("group")) {
        throw c.error(at + "/kind", "kind must be \"state\" or \"group\", was '" + kind + "'");
      }
      if (kind.equals("state") && !id.matches("[A-Z]{2}")) {
        throw c.error(at + "/id", "a state side's id is its ISO alpha-2 code, was '" + id + "'");
      }
      String colour = c.text(s, at + "/colour", true);
      if (!colour.matches("#[0-9a-fA-F]{6}")) {
        throw c.error(at + "/colour", "colour must be #rrggbb, was '" + colour + "'");
      }
      String camp = c.text(s, at + "/camp", true);
      camps.add(camp);
      String usual = c.text(s, at + "/usualAttack", false);
      if (usual != null && org.trucewatch.extract.AttackSubtype.of(usual) == null) {
        throw c.error(at + "/usualAttack", "usualAttack must be an attack subtype (shelling, air_drone_strike...), was '"
            + usual + "'");
      }
      JsonNode air = s.get("soleAirForce");
      if (air != null && !air.isBoolean()) {
        throw c.error(at + "/soleAirForce", "soleAirForce must be true or false, was '" + air + "'");
      }
      String until = c.text(s, at + "/soleAirForceUntil", false);
      java.time.LocalDate airUntil = null;
      if (until != null) {
        try {
          airUntil = java.time.LocalDate.parse(until);
        } catch (java.time.format.DateTimeParseException ex) {
          throw c.error(at + "/soleAirForceUntil",
              "soleAirForceUntil must be a date (YYYY-MM-DD), was '" + until + "'");
        }
      }
      JsonNode inferred = s.get("inferredAttacker");
      if (inferred != null && !inferred.isBoolean()) {
        throw c.error(at + "/inferredAttacker", "inferredAttacker must be true or false, was '" + inferred + "'");
      }
      out.add(new ConflictProfile.Side(id, c.text(s, at + "/name", true), camp, colour, kind,
          c.strings(s, at + "/names", false), c.strings(s, at + "/territory", false), usual,
          air != null && air.booleanValue(), held(c, s.get("held"), at + "/held", areaText, origin),
          inferred == null || inferred.booleanValue(), airUntil));
    }
    if (camps.size() < 2) {
      throw c.error("/sides", "the sides must form at least two camps");
    }
    return out;
  }

  private ConflictProfile.Truce truce(Ctx c, JsonNode n, String at, Set<String> sides,
      Function<String, String> areaText, String origin) {
    c.object(n, at, TRUCE);
    String id = c.text(n, at + "/id", true);
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw c.error(at + "/id", "a truce id is lower-case letters, digits and hyphens, was '" + id + "'");
    }
    String start = c.instant(n, at + "/start", true);
    String end = c.instant(n, at + "/end", false);
    if (end != null && end.substring(0, 10).compareTo(start.substring(0, 10)) < 0) {
      throw c.error(at + "/end", "truce " + id + " ends before it starts");
    }
    List<String> parties = c.strings(n, at + "/parties", true);
    for (String p : parties) {
      if (!sides.contains(p)) {
        throw c.error(at + "/parties", "party " + p + " of truce " + id + " is not one of the profile's sides");
      }
    }
    JsonNode scope = n.get("scope");
    Scope s = scope == null || scope.isNull() ? null : scope(c, scope, at + "/scope", areaText, origin);
    JsonNode src = n.get("sources");
    if (src == null || !src.isArray() || src.isEmpty()) {
      throw c.error(at + "/sources", "truce " + id + " needs at least one source {\"url\", \"title\"}");
    }
    List<ConflictProfile.Source> sources = new ArrayList<>();
    for (int i = 0; i < src.size(); i++) {
      String sat = at + "/sources/" + i;
      JsonNode o = c.object(src.get(i), sat, SOURCE);
      String url = c.text(o, sat + "/url", true);
      if (!url.matches("https?://\\S+")) {
        throw c.error(sat + "/url", "a source url starts with http:// or https://, was '" + url + "'");
      }
      sources.add(new ConflictProfile.Source(url, c.text(o, sat + "/title", true)));
    }
    return new ConflictProfile.Truce(id, c.text(n, at + "/name", true), start, end, s, parties,
        c.text(n, at + "/mediator", false), c.text(n, at + "/placeOfTalks", false), sources);
  }

  /** The document and its file, with typed getters that fail naming the line. */
  private record Ctx(LocatedJson doc, String file) {

    ProfileException error(String at, String problem) {
      return new ProfileException(file, doc.line(at), problem);
    }

    JsonNode object(JsonNode n, String at, Set<String> allowed) {
      if (n == null || !n.isObject()) {
        throw error(at, (at.isEmpty() ? "the profile" : at.substring(at.lastIndexOf('/') + 1)) + " must be an object");
      }
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!allowed.contains(k)) {
          throw error(at + "/" + k, "unknown key \"" + k + "\" (allowed: " + String.join(", ", allowed.stream()
              .sorted().toList()) + ")");
        }
      }
      return n;
    }

    String text(JsonNode parent, String at, boolean required) {
      JsonNode v = parent.get(at.substring(at.lastIndexOf('/') + 1));
      if (v == null || v.isNull()) {
        if (required) {
          throw error(at, "missing " + at.substring(at.lastIndexOf('/') + 1));
        }
        return null;
      }
      if (!v.isTextual() || v.asText().isBlank()) {
        throw error(at, at.substring(at.lastIndexOf('/') + 1) + " must be a non-empty string");
      }
      return v.asText().strip();
    }

    List<String> strings(JsonNode parent, String at, boolean required) {
      JsonNode v = parent.get(at.substring(at.lastIndexOf('/') + 1));
      if (v == null || v.isNull()) {
        if (required) {
          throw error(at, "missing " + at.substring(at.lastIndexOf('/') + 1));
        }
        return List.of();
      }
      if (!v.isArray()) {
        throw error(at, at.substring(at.lastIndexOf('/') + 1) + " must be a list of strings");
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        if (!v.get(i).isTextual() || v.get(i).asText().isBlank()) {
          throw error(at + "/" + i, "entries of " + at.substring(at.lastIndexOf('/') + 1) + " must be strings");
        }
        out.add(v.get(i).asText().strip());
      }
      return out;
    }

    List<String> countries(JsonNode parent, String at, boolean required) {
      List<String> cs = strings(parent, at, required);
      for (String cc : cs) {
        if (!cc.matches("[A-Z]{2}")) {
          throw error(at, "countries are ISO 3166-1 alpha-2 codes, was '" + cc + "'");
        }
      }
      if (required && cs.isEmpty()) {
        throw error(at, "at least one country");
      }
      return cs;
    }

    String date(JsonNode parent, String at, boolean required) {
      String s = text(parent, at, required);
      if (s != null) {
        try {
          LocalDate.parse(s);
        } catch (DateTimeParseException e) {
          throw error(at, "not an ISO date (YYYY-MM-DD): '" + s + "'");
        }
      }
      return s;
    }

    /** An ISO date, or a date-time that must carry its offset (a local hour without a zone is ambiguous). */
    String instant(JsonNode parent, String at, boolean required) {
      String s = text(parent, at, required);
      if (s == null) {
        return null;
      }
      try {
        if (s.length() == 10) {
          LocalDate.parse(s);
        } else {
          OffsetDateTime.parse(s.matches(".*T\\d{2}:\\d{2}[+-].*|.*T\\d{2}:\\d{2}Z") ? s.replaceFirst(
              "T(\\d{2}:\\d{2})", "T$1:00") : s);
        }
      } catch (DateTimeParseException e) {
        throw error(at, "not an ISO date or a date-time with its offset (2015-02-15T00:00+02:00): '" + s + "'");
      }
      return s;
    }
  }
}
