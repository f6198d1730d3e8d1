package org.trucewatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks one folder's {@code gold.json} (format: {@code data/corpus/GUIDELINES.md}; the seed gold's format
 * is read too). Every report the gold names must lie beside it as a file, and every report beside it ({@code .txt}, or
 * {@code .html} for a saved page) must have an entry. Reads files only; writes nothing. Stateless.
 */
public final class GoldReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double DEFAULT_RADIUS_KM = 25;

  private GoldReader() {}

  /**
   * The gold of {@code folder}.
   *
   * @throws GoldException naming the file (and the key, for malformed gold) when the folder has no gold, the gold is
   *     malformed, a report it names is missing or a report has no entry
   */
  public static Gold read(Path folder) {
    Path file = folder.resolve("gold.json");
    if (!Files.isRegularFile(file)) {
      throw new GoldException(folder + ": no gold.json in this folder");
    }
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new GoldException(file + ": not JSON: " + e.getOriginalMessage() + " (line "
          + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
    } catch (IOException e) {
      throw new GoldException(file + ": cannot read: " + e.getMessage());
    }
    Gold gold = parse(file, folder, root);
    for (Gold.Report r : gold.reports()) {
      if (!Files.isRegularFile(folder.resolve(r.file()))) {
        throw new GoldException(file + ": articles.\"" + r.file() + "\": no such report in " + folder);
      }
    }
    List<String> named = gold.reports().stream().map(Gold.Report::file).toList();
    for (Path txt : reportFiles(folder)) {
      if (!named.contains(txt.getFileName().toString())) {
        throw new GoldException(file + ": articles: no entry for the report " + txt.getFileName());
      }
    }
    return gold;
  }

  /** The reports of a folder (not its subfolders), {@code *.txt} and saved pages {@code *.html}, sorted by name. */
  public static List<Path> reportFiles(Path folder) {
    try (var s = Files.list(folder)) {
      return s.filter(p -> isReport(p.getFileName().toString()) && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new GoldException(folder + ": cannot list: " + e.getMessage());
    }
  }

  /** Whether a file of that name is a report: plain text, or a saved page that goes through the HTML cleaner. */
  public static boolean isReport(String name) {
    return name.endsWith(".txt") || isPage(name);
  }

  /** Whether a report of that name is a saved HTML page. */
  public static boolean isPage(String name) {
    return name.endsWith(".html");
  }

  /** The gold held by {@code root}, read from {@code file} in {@code folder} (for tests: no file is read). */
  static Gold parse(Path file, Path folder, JsonNode root) {
    if (root == null || !root.isObject()) {
      throw bad(file, "(root)", "expected an object");
    }
    double radius = DEFAULT_RADIUS_KM;
    if (root.has("radius_km")) {
      if (!root.get("radius_km").isNumber()) {
        throw bad(file, "radius_km", "expected a number");
      }
      radius = root.get("radius_km").asDouble();
    }
    JsonNode articles = root.get("articles");
    if (articles == null || !articles.isObject()) {
      throw bad(file, "articles", "expected an object of reports by file name");
    }
    String folderName = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    List<Gold.Report> reports = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = articles.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> a = it.next();
      String key = "articles.\"" + a.getKey() + "\"";
      JsonNode spec = a.getValue();
      if (!spec.isObject()) {
        throw bad(file, key, "expected an object");
      }
      boolean given = spec.has("conflict");
      String conflict = text(file, key + ".conflict", spec.get("conflict"));
      JsonNode events = spec.get("events");
      if (events == null || !events.isArray()) {
        throw bad(file, key + ".events", "expected an array");
      }
      List<Gold.Event> list = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        list.add(event(file, key + ".events[" + i + "]", events.get(i), i));
      }
      String group = given ? (conflict == null ? "other" : conflict) : folderName;
      reports.add(new Gold.Report(a.getKey(), conflict, given, group, list, published(spec.get("published"))));
    }
    return new Gold(folder, radius, reports);
  }

  /** The corpus's {@code "published": "2021-10-29"}, or the seeds' {@code {"accept": [...]}} first date; else null. */
  private static String published(JsonNode p) {
    if (p == null || p.isNull()) {
      return null;
    }
    if (p.isTextual()) {
      return p.asText();
    }
    for (JsonNode d : p.path("accept")) {
      if (d.isTextual()) {
        return d.asText();
      }
    }
    return null;
  }

  private static Gold.Event event(Path file, String key, JsonNode e, int index) {
    if (!e.isObject()) {
      throw bad(file, key, "expected an object");
    }
    String type = text(file, key + ".type", e.get("type"));
    if (type == null || !Gold.KNOWN_TYPES.contains(type)) {
      throw bad(file, key + ".type", "expected one of " + Gold.KNOWN_TYPES + ", got " + e.get("type"));
    }
    List<String> where = strings(file, key + ".where", e.get("where"));
    Double lat = number(file, key + ".lat", e.get("lat"));
    Double lon = number(file, key + ".lon", e.get("lon"));
    if ((lat == null) != (lon == null)) {
      throw bad(file, key + (lat == null ? ".lat" : ".lon"), "lat and lon go together");
    }
    String country = text(file, key + ".country_level", e.get("country_level"));
    boolean anyPlace = bool(file, key + ".any_place", e.get("any_place"));
    List<String> dates = strings(file, key + ".date", e.get("date"));
    if (dates.size() > 2 || (e.has("date") && dates.isEmpty())) {
      throw bad(file, key + ".date", "expected [day] or [first, last]");
    }
    for (String d : dates) {
      try {
        LocalDate.parse(d);
      } catch (DateTimeParseException x) {
        throw bad(file, key + ".date", "not an ISO date: " + d);
      }
    }
    if (dates.size() == 2 && dates.get(0).compareTo(dates.get(1)) > 0) {
      throw bad(file, key + ".date", "first date after last");
    }
    if (type.equals("attack")) {
      if (dates.isEmpty()) {
        throw bad(file, key + ".date", "an attack needs a date");
      }
      if (where.isEmpty() && !anyPlace && country == null && lat == null) {
        throw bad(file, key + ".where", "an attack needs where, lat/lon, country_level or any_place");
      }
    }
    return new Gold.Event(type, text(file, key + ".subtype", e.get("subtype")), where, lat, lon, country, anyPlace,
        dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1),
        text(file, key + ".perpetrator", e.get("perpetrator")), strings(file, key + ".claimed_by", e.get("claimed_by")),
        strings(file, key + ".denied_by", e.get("denied_by")), integer(file, key + ".killed", e.get("killed")),
        integer(file, key + ".wounded", e.get("wounded")), bool(file, key + ".optional", e.get("optional")), index);
  }

  private static String text(Path file, String key, JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw bad(file, key, "expected a non-empty string, got " + v);
    }
    return v.asText();
  }

  private static List<String> strings(Path file, String key, JsonNode v) {
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw bad(file, key, "expected an array of strings, got " + v);
    }
    List<String> out = new ArrayList<>();
    for (JsonNode s : v) {
      out.add(text(file, key, s));
    }
    if (out.contains(null)) {
      throw bad(file, key, "null in an array of strings");
    }
    return out;
  }

  private static Double number(Path file, String key, JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isNumber()) {
      throw bad(file, key, "expected a number, got " + v);
    }
    return v.asDouble();
  }

  private static Integer integer(Path file, String key, JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isIntegralNumber() || v.asInt() < 0) {
      throw bad(file, key, "expected a whole number, got " + v);
    }
    return v.asInt();
  }

  private static boolean bool(Path file, String key, JsonNode v) {
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw bad(file, key, "expected true or false, got " + v);
    }
    return v.asBoolean();
  }

  private static GoldException bad(Path file, String key, String what) {
    return new GoldException(file + ": " + key + ": " + what);
  }
}
