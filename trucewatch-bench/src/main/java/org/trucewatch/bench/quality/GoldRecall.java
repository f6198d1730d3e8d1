package org.trucewatch.bench.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A measure two different systems can both be given on the gold of the sample articles: of the places and days of
 * the gold events, how many a system marks in the article at all (a place name among its place mentions, a day among
 * its normalised dates). It says whether the facts an event needs were seen, not whether the event was read: CoreNLP
 * finds entities and dates, not events, so event scores cannot be compared. Stateless.
 */
public final class GoldRecall {

  /** One gold event's place names (empty for events without one) and its day range, of one article. */
  public record GoldEvent(String article, String type, List<String> where, String dateFrom, String dateTo) {}

  /** What a system marked in one article: place names (as written or as resolved) and days (ISO dates). */
  public record Found(Set<String> places, Set<String> days, int placeMentions, int dateMentions) {}

  /** How many gold places and days a system found. */
  public record Score(int places, int placesFound, int days, int daysFound, int placeMentions, int dateMentions) {

    public double placeRecall() {
      return places == 0 ? 0 : (double) placesFound / places;
    }

    public double dayRecall() {
      return days == 0 ? 0 : (double) daysFound / days;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldRecall() {}

  /**
   * The events of a gold file in the format of the project's seed gold ({@code articles → events → where, date});
   * optional events are left out, as the scorer leaves them out.
   *
   * @throws UncheckedIOException naming the file when it cannot be read
   * @throws IllegalArgumentException naming the file when it is not in that format
   */
  public static List<GoldEvent> read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read the gold: " + e.getMessage(), e);
    }
    JsonNode articles = root == null ? null : root.get("articles");
    if (articles == null || !articles.isObject()) {
      throw new IllegalArgumentException(file + ": not a gold file (no 'articles' object)");
    }
    List<GoldEvent> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> a : articles.properties()) {
      for (JsonNode e : a.getValue().path("events")) {
        if (e.path("optional").asBoolean(false) || !e.path("date").isArray() || e.path("date").isEmpty()) {
          continue;
        }
        List<String> where = new ArrayList<>();
        e.path("where").forEach(w -> where.add(w.asText()));
        JsonNode date = e.get("date");
        out.add(new GoldEvent(a.getKey(), e.path("type").asText(), List.copyOf(where), date.get(0).asText(),
            date.get(date.size() - 1).asText()));
      }
    }
    return out;
  }

  /** Scores what a system found, by article id, against the gold events. Articles it did not read find nothing. */
  public static Score score(List<GoldEvent> gold, Map<String, Found> found) {
    int places = 0;
    int placesFound = 0;
    int days = 0;
    int daysFound = 0;
    for (GoldEvent g : gold) {
      Found f = found.get(g.article());
      if (!g.where().isEmpty()) {
        places++;
        if (f != null && g.where().stream().map(GoldRecall::fold).anyMatch(f.places()::contains)) {
          placesFound++;
        }
      }
      days++;
      if (f != null && f.days().stream().anyMatch(d -> d.compareTo(g.dateFrom()) >= 0
          && d.compareTo(g.dateTo()) <= 0)) {
        daysFound++;
      }
    }
    int placeMentions = found.values().stream().mapToInt(Found::placeMentions).sum();
    int dateMentions = found.values().stream().mapToInt(Found::dateMentions).sum();
    return new Score(places, placesFound, days, daysFound, placeMentions, dateMentions);
  }

  /** Lower case, accents and apostrophes off, hyphens as spaces: "Ağdam" and "Agdam" are one name. */
  public static String fold(String name) {
    String t = Normalizer.normalize(name.replace('ə', 'a').replace('Ə', 'A').replace('ı', 'i'), Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replace('-', ' ');
    return t.replaceAll("\\s+", " ").strip();
  }
}
