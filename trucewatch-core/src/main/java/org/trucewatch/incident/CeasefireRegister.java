package org.trucewatch.incident;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The ceasefire register: the known truces of the conflict (a user-editable JSON file; the embedded default lists
 * the truces of the Karabakh conflict with their sources), which truce was in force on a day, and the merging of
 * truces read from articles into it. Immutable and thread-safe.
 *
 * <p>A truce is in force from its start until its end, or until the next truce starts (it is superseded). Truces read
 * from articles that start within a day of a registered one are evidence for it; others become registered truces of
 * their own, marked as extracted.
 */
public final class CeasefireRegister {

  private static final String DEFAULT = "ceasefires-karabakh.json";

  private final List<Ceasefire> truces;

  public CeasefireRegister(List<Ceasefire> truces) {
    List<Ceasefire> sorted = new ArrayList<>(truces);
    sorted.sort(Comparator.comparing(Ceasefire::start).thenComparing(Ceasefire::id));
    this.truces = List.copyOf(sorted);
  }

  /** The embedded register (null file) or the user's, which replaces it. Errors name the file and the entry. */
  public static CeasefireRegister load(Path file) {
    ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    JsonNode root;
    String name = file == null ? DEFAULT : file.toString();
    try (InputStream in = file == null ? CeasefireRegister.class.getResourceAsStream(DEFAULT)
        : Files.newInputStream(file)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULT + " missing from the classpath");
      }
      root = mapper.readTree(in);
    } catch (IOException e) {
      throw new IllegalArgumentException(name + ": cannot read the ceasefire register: " + e.getMessage());
    }
    JsonNode list = root == null ? null : root.get("ceasefires");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(name + ": a ceasefire register is {\"ceasefires\": [ ... ]}");
    }
    List<Ceasefire> out = new ArrayList<>();
    int n = 0;
    for (JsonNode c : list) {
      n++;
      String id = text(c, "id");
      String start = text(c, "start");
      if (id == null || start == null || !start.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        throw new IllegalArgumentException(name + ": entry " + n + ": needs an id and a start date (YYYY-MM-DD...)");
      }
      List<String> parties = new ArrayList<>();
      c.path("parties").forEach(p -> parties.add(p.asText()));
      out.add(new Ceasefire(id, text(c, "name") == null ? id : text(c, "name"), start, text(c, "end"), parties,
          text(c, "mediator"), text(c, "placeOfTalks"), text(c, "status") == null ? "agreed" : text(c, "status"),
          "register", List.of()));
    }
    return new CeasefireRegister(out);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  public List<Ceasefire> truces() {
    return truces;
  }

  /** The truce in force on {@code day}: the latest started on or before it, unless it had ended. */
  public Optional<Ceasefire> inForce(LocalDate day) {
    Ceasefire found = null;
    for (Ceasefire c : truces) {
      if (!LocalDate.parse(c.startDate()).isAfter(day)) {
        found = c;
      }
    }
    if (found != null && found.end() != null && LocalDate.parse(found.end().substring(0, 10)).isBefore(day)) {
      return Optional.empty();
    }
    return Optional.ofNullable(found);
  }

  /** The registered truces that started on {@code day} of any year (to place an undated article in time). */
  public List<Ceasefire> startingOn(MonthDay day) {
    return truces.stream().filter(c -> MonthDay.from(LocalDate.parse(c.startDate())).equals(day)).toList();
  }

  /**
   * This register with truces read from articles merged in: one within a day of a registered start becomes its
   * evidence; another becomes an extracted truce.
   *
   * @param extracted ceasefire events (subtype agreed or start, with a day-precise date) as (event id, event)
   */
  public CeasefireRegister withExtracted(List<org.trucewatch.store.StoredEvent> extracted) {
    List<Ceasefire> out = new ArrayList<>(truces);
    for (org.trucewatch.store.StoredEvent se : extracted) {
      var e = se.event();
      if (e.date() == null || e.dateEnd() != null || "collapsed".equals(e.subtype())) {
        continue;
      }
      LocalDate day = LocalDate.parse(e.date());
      int match = -1;
      for (int i = 0; i < out.size(); i++) {
        LocalDate start = LocalDate.parse(out.get(i).startDate());
        if (Math.abs(start.toEpochDay() - day.toEpochDay()) <= 1) {
          match = i;
          break;
        }
      }
      if (match >= 0) {
        Ceasefire c = out.get(match);
        List<String> evidence = new ArrayList<>(c.evidence());
        if (!evidence.contains(se.id())) {
          evidence.add(se.id());
        }
        out.set(match, new Ceasefire(c.id(), c.name(), c.start(), c.end(), c.parties(), c.mediator(),
            c.placeOfTalks(), c.status(), c.source(), evidence));
      } else {
        String start = e.time() == null ? e.date() : e.date() + "T" + e.time();
        out.add(new Ceasefire("cf-" + e.date(), "Ceasefire of " + e.date(), start, null, e.parties(), e.mediator(),
            null, "agreed", "extracted", List.of(se.id())));
      }
    }
    return new CeasefireRegister(out);
  }
}
