package org.trucewatch.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.trucewatch.extract.Location;
import org.trucewatch.internal.Hashing;

/**
 * Reads monitors' field reports from CSV (a header row naming the columns) or JSON (an array, or one object a line):
 * {@code time} (ISO date or date-time), {@code place} and/or {@code lat}+{@code lon}, {@code kind}, and optionally
 * {@code id}, {@code direction}, {@code observer}, {@code perpetrator}, {@code text}. A row that cannot be used is a
 * problem naming the file and row; the other rows are read. Stateless.
 */
public final class FieldReports {

  /** What a file held: the reports, and one line per row that could not be read. */
  public record Parsed(List<FieldReport> reports, List<String> problems) {}

  private FieldReports() {}

  /** @param places resolves a place name to a location (the gazetteer), or empty */
  public static Parsed read(Path file, Function<String, Optional<Location>> places) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<Map<String, String>> rows = text.stripLeading().startsWith("[") || text.stripLeading().startsWith("{")
        ? json(text) : Csv.parse(text);
    List<FieldReport> reports = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int n = 0;
    for (Map<String, String> row : rows) {
      n++;
      try {
        reports.add(report(row, places));
      } catch (IllegalArgumentException e) {
        problems.add(file + " (row " + n + "): " + e.getMessage());
      }
    }
    return new Parsed(reports, problems);
  }

  private static FieldReport report(Map<String, String> row, Function<String, Optional<Location>> places) {
    String time = row.get("time");
    if (time == null || time.isBlank()) {
      throw new IllegalArgumentException("no time");
    }
    time = time.strip();
    if (!validTime(time)) {
      throw new IllegalArgumentException("time '" + time + "' is not an ISO date or date-time");
    }
    String place = blankToNull(row.get("place"));
    Location location;
    if (blankToNull(row.get("lat")) != null && blankToNull(row.get("lon")) != null) {
      double lat;
      double lon;
      try {
        lat = Double.parseDouble(row.get("lat").strip());
        lon = Double.parseDouble(row.get("lon").strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("lat/lon are not numbers");
      }
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        throw new IllegalArgumentException("lat/lon out of range");
      }
      Location named = place == null ? null : places.apply(place).orElse(null);
      location = new Location(place != null ? place : lat + "," + lon, lat, lon,
          named == null ? null : named.country(), named == null ? null : named.admin1(), "place", place);
    } else if (place != null) {
      location = places.apply(place)
          .orElseThrow(() -> new IllegalArgumentException("unknown place '" + row.get("place") + "' (give lat/lon)"));
    } else {
      throw new IllegalArgumentException("no place and no lat/lon");
    }
    String kind = blankToNull(row.get("kind"));
    if (kind == null) {
      throw new IllegalArgumentException("no kind (shelling, small-arms fire, explosion...)");
    }
    String id = blankToNull(row.get("id"));
    if (id == null) {
      id = "fr-" + Hashing.sha256(time + "|" + location.name() + "|" + kind + "|" + row.get("observer")).substring(0, 12);
    }
    return new FieldReport(id, blankToNull(row.get("observer")), time, location, kind,
        blankToNull(row.get("direction")), blankToNull(row.get("perpetrator")), blankToNull(row.get("text")));
  }

  private static boolean validTime(String t) {
    try {
      if (t.length() == 10) {
        LocalDate.parse(t);
      } else if (t.matches(".*([+-]\\d{2}:\\d{2}|Z)$")) {
        OffsetDateTime.parse(t);
      } else {
        LocalDateTime.parse(t);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static List<Map<String, String>> json(String text) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Map<String, String>> rows = new ArrayList<>();
    String t = text.strip();
    List<JsonNode> nodes = new ArrayList<>();
    if (t.startsWith("[")) {
      mapper.readTree(t).forEach(nodes::add);
    } else {
      for (String line : t.split("\n")) {
        if (!line.isBlank()) {
          nodes.add(mapper.readTree(line));
        }
      }
    }
    for (JsonNode n : nodes) {
      Map<String, String> row = new LinkedHashMap<>();
      n.properties().forEach(e -> row.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
      rows.add(row);
    }
    return rows;
  }
}
