package org.trucewatch.server.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.incident.Incident;
import org.trucewatch.server.api.Views;
import org.trucewatch.store.IncidentQuery;
import org.trucewatch.store.Store;
import org.trucewatch.store.StoredArticle;
import org.trucewatch.store.StoredEvent;

/**
 * The incident log in the formats analysts load elsewhere: CSV in ACLED's columns, a GeoJSON FeatureCollection, and
 * JSON Lines (one incident a line with its mentions). Reads the store (the caller owns and closes it) and writes to the
 * given writer without closing it. Immutable and thread-safe as the store is.
 */
public final class Exports {

  /** The export formats, by their command-line names. */
  public enum Format {
    ACLED_CSV("acled-csv", "text/csv; charset=utf-8"),
    GEOJSON("geojson", "application/geo+json"),
    JSONL("jsonl", "application/x-ndjson");

    private final String label;
    private final String mediaType;

    Format(String label, String mediaType) {
      this.label = label;
      this.mediaType = mediaType;
    }

    public String label() {
      return label;
    }

    public String mediaType() {
      return mediaType;
    }

    /** The format named {@code label}, or null. */
    public static Format of(String label) {
      for (Format f : values()) {
        if (f.label.equals(label)) {
          return f;
        }
      }
      return null;
    }
  }

  private final Store store;
  private final Profiles profiles;
  private final ObjectMapper mapper;
  private final Clock clock;

  public Exports(Store store, Profiles profiles, ObjectMapper mapper, Clock clock) {
    this.store = store;
    this.profiles = profiles;
    this.mapper = mapper;
    this.clock = clock;
  }

  /**
   * Writes the incidents dated within {@code [from, to]} (either may be null) of {@code conflict} (null: every one)
   * in {@code format}; returns the count.
   */
  public int write(Format format, LocalDate from, LocalDate to, String conflict, Writer out) throws IOException {
    List<Incident> incidents = store.incidents(new IncidentQuery(from == null ? null : from.toString(),
        to == null ? null : to.toString(), null, null, null, null, 0, Integer.MAX_VALUE, conflict));
    switch (format) {
      case ACLED_CSV -> acled(incidents, out);
      case GEOJSON -> geoJson(incidents, out);
      case JSONL -> jsonLines(incidents, out);
      default -> throw new IllegalArgumentException(format.name());
    }
    out.flush();
    return incidents.size();
  }

  private void acled(List<Incident> incidents, Writer out) throws IOException {
    AcledRows rows = new AcledRows(clock.instant().getEpochSecond(), profiles);
    Csv.row(out, AcledRows.COLUMNS);
    Map<String, String> outlets = new HashMap<>();
    for (Incident i : incidents) {
      List<StoredEvent> events = store.events(i.mentions());
      List<String> sources = events.stream().map(e -> outlet(e.event().article(), outlets)).filter(o -> !o.isEmpty())
          .distinct().toList();
      Csv.row(out, rows.row(i, events, sources));
    }
  }

  private String outlet(String article, Map<String, String> cache) {
    return cache.computeIfAbsent(article, a -> store.article(a).map(StoredArticle::article)
        .map(x -> outletName(x.outlet(), x.url())).orElse(""));
  }

  /**
   * The outlet as ACLED's {@code source} names it: the page's or feed's outlet, else the host of the article's URL
   * (without {@code www.}), else empty; never the file the article was read from.
   */
  public static String outletName(String outlet, String url) {
    if (outlet != null && !outlet.isBlank()) {
      return outlet.strip();
    }
    if (url == null || url.isBlank()) {
      return "";
    }
    try {
      String host = java.net.URI.create(url.strip()).getHost();
      if (host == null) {
        return "";
      }
      host = host.toLowerCase(java.util.Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private void geoJson(List<Incident> incidents, Writer out) throws IOException {
    try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (Incident i : incidents) {
        if (i.location() == null) {
          continue; // GeoJSON has no place for a feature without a point
        }
        ObjectNode f = mapper.createObjectNode();
        f.put("type", "Feature");
        f.put("id", i.id());
        ObjectNode geom = f.putObject("geometry");
        geom.put("type", "Point");
        ArrayNode c = geom.putArray("coordinates");
        c.add(i.location().lon());
        c.add(i.location().lat());
        ObjectNode props = Views.incident(mapper, i);
        props.remove("location");
        props.put("place", i.location().name());
        props.put("admin1", i.location().admin1());
        props.put("country", i.location().country());
        props.put("precision", i.location().precision());
        f.set("properties", props);
        mapper.writeTree(g, f);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private void jsonLines(List<Incident> incidents, Writer out) throws IOException {
    for (Incident i : incidents) {
      ObjectNode o = Views.incident(mapper, i);
      ArrayNode es = o.putArray("events");
      store.events(i.mentions()).forEach(e -> es.add(Views.event(mapper, e)));
      out.write(mapper.writeValueAsString(o));
      out.write('\n');
    }
  }
}
