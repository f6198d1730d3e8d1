package org.trucewatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.DateCandidate;
import org.trucewatch.clean.Paragraph;
import org.trucewatch.clean.PublishedDate;
import org.trucewatch.extract.Casualties;
import org.trucewatch.extract.Claim;
import org.trucewatch.extract.DateBasis;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Evidence;
import org.trucewatch.extract.Location;
import org.trucewatch.extract.Stance;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.StoredEvent;

/**
 * Measures write throughput as ingestion will write (not a test: run it by hand): {@code N} synthetic articles of
 * about 3,000 characters, each with {@code K} events of two claims and two evidence sentences, one unit of work per
 * article ({@code hasArticle}, {@code putArticle}, {@code putEvents}), into a new SQLite file and, when
 * {@code TRUCEWATCH_TEST_POSTGRES} holds a JDBC URL, into a new schema of that PostgreSQL database. Prints articles
 * and events a second for each, and the mean time of a full-text search over what was written. The data come from a
 * seeded generator, so every run writes the same.
 *
 * <pre>
 * java -cp trucewatch-bench/target/benchmarks.jar \
 *   org.trucewatch.bench.StoreBenchmark [--articles N] [--events K]
 * </pre>
 */
public final class StoreBenchmark {

  private static final String[] WORDS = ("artillery shelled positions village border forces ministry defence said "
      + "statement drone strike killed wounded civilians soldiers ceasefire violated overnight morning evening "
      + "town district region officials reported accused denied claims troops attack mortar rocket fire houses "
      + "school hospital road bridge checkpoint frontline talks envoy agreement truce humanitarian").split(" ");
  private static final String[] PLACES = {"Northtown", "Riverside", "Hillcrest", "Lakeview", "Stonebridge"};

  private StoreBenchmark() {}

  public static void main(String[] args) throws IOException {
    int articles = 2000;
    int events = 5;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        case "--events" -> events = Integer.parseInt(args[++i]);
        default -> {
          System.err.println("usage: StoreBenchmark [--articles N] [--events K]");
          System.exit(2);
        }
      }
    }
    Path dir = Files.createTempDirectory("trucewatch-bench");
    try {
      run("sqlite", dir.resolve("bench.db").toString(), articles, events);
      String pg = System.getenv("TRUCEWATCH_TEST_POSTGRES");
      if (pg != null && pg.startsWith("jdbc:postgresql:")) {
        String schema = "tw_bench_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(pg);
            Statement st = c.createStatement()) {
          st.execute("CREATE SCHEMA " + schema);
          try {
            run("postgresql", pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema, articles, events);
          } finally {
            st.execute("DROP SCHEMA " + schema + " CASCADE");
          }
        } catch (SQLException e) {
          System.err.println("postgresql: " + e.getMessage());
        }
      } else {
        System.out.println("postgresql: skipped (TRUCEWATCH_TEST_POSTGRES is not set)");
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void run(String name, String location, int articles, int eventsEach) {
    Random random = new Random(20201010L);
    try (JdbcStore store = JdbcStore.open(location, Clock.systemUTC(), System.getenv())) {
      // A short warm-up so that the JIT and the pools are ready before the clock starts.
      write(store, "warm", Math.min(200, articles), eventsEach, random);
      long start = System.nanoTime();
      write(store, "a", articles, eventsEach, random);
      double seconds = (System.nanoTime() - start) / 1e9;
      long searchStart = System.nanoTime();
      int searches = 50;
      int hits = 0;
      for (int i = 0; i < searches; i++) {
        hits += store.search(WORDS[i % WORDS.length] + " " + PLACES[i % PLACES.length], 20).size();
      }
      double searchMs = (System.nanoTime() - searchStart) / 1e6 / searches;
      System.out.printf(Locale.ROOT, "%s: %d articles, %d events in %.2f s: %.0f articles/s, %.0f events/s; "
          + "search %.1f ms mean (%d hits); %s%n", name, articles, (long) articles * eventsEach, seconds,
          articles / seconds, articles * (double) eventsEach / seconds, searchMs, hits, store.stats());
    }
  }

  private static void write(JdbcStore store, String prefix, int n, int eventsEach, Random random) {
    for (int i = 0; i < n; i++) {
      Article a = article(prefix + "-" + i, random);
      List<StoredEvent> events = new ArrayList<>();
      for (int k = 0; k < eventsEach; k++) {
        events.add(new StoredEvent(a.id() + "-e" + k, null, event(a, k, random)));
      }
      store.inTransaction(tx -> {
        if (!tx.hasArticle(a.id(), a.sha256())) {
          tx.putArticle(a, "cluster-" + a.id());
          tx.putEvents(a.id(), events);
        }
        return null;
      });
    }
  }

  private static String sentence(Random random) {
    StringBuilder s = new StringBuilder();
    int words = 12 + random.nextInt(14);
    for (int w = 0; w < words; w++) {
      String word = w % 7 == 3 ? PLACES[random.nextInt(PLACES.length)] : WORDS[random.nextInt(WORDS.length)];
      s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
    }
    return s.append('.').toString();
  }

  private static Article article(String id, Random random) {
    StringBuilder body = new StringBuilder();
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int p = 0; p < 6; p++) {
      int start = body.length();
      body.append(sentence(random)).append(' ').append(sentence(random)).append(' ').append(sentence(random));
      paragraphs.add(new Paragraph(start, body.length(), Block.Kind.PARAGRAPH));
      body.append("\n\n");
    }
    String text = body.toString().strip();
    return new Article(id, "bench.jsonl", id, Long.toHexString(random.nextLong()), "https://news.example/" + id,
        "Example News", sentence(random), null, null,
        new PublishedDate("2024-03-0" + (1 + random.nextInt(9)), "meta", DateCandidate.Origin.META, false), "en",
        text, paragraphs, List.of(), List.of());
  }

  private static Event event(Article a, int k, Random random) {
    Evidence main = new Evidence(k * 2, 0, 100, sentence(random));
    Evidence denial = new Evidence(k * 2 + 1, 100, 200, sentence(random));
    String place = PLACES[random.nextInt(PLACES.length)];
    return new Event(a.id(), EventType.ATTACK, "shelling", LocalDate.parse(a.published().date().substring(0, 10)), null,
        null, DateBasis.PUBLICATION,
        new Location(place, 40 + random.nextDouble(), 46 + random.nextDouble(), "AZ", "Region", "place", place),
        "A", "Side A", "Side A forces", false, "houses",
        List.of(new Claim("Ministry of B", "b-mod", "B", Stance.ALLEGES, null, main),
            new Claim("Ministry of A", "a-mod", "A", Stance.DENIES, null, denial)),
        new Casualties(random.nextInt(5), random.nextInt(9), "civilians", null, null, null), List.of(), null,
        List.of(main, denial));
  }
}
