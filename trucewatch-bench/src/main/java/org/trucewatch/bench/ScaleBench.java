package org.trucewatch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.trucewatch.clean.Article;
import org.trucewatch.dedup.SyndicationIndex;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.Location;
import org.trucewatch.incident.Ceasefire;
import org.trucewatch.incident.CeasefireRegister;
import org.trucewatch.incident.EventIds;
import org.trucewatch.incident.Incident;
import org.trucewatch.incident.IncidentResolver;
import org.trucewatch.pipeline.AnchorEstimator;
import org.trucewatch.pipeline.CleanRun;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.store.IncidentQuery;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Stats;
import org.trucewatch.store.StoredEvent;

/**
 * The scaling curve behind {@code trucewatch bench --scale}: the cost per article of syndication clustering and of
 * incident resolution with storage, on corpora of growing size made by a {@link Variator}, so that a cost that grows
 * with the corpus (a quadratic step) shows as a rising curve. Costs are CPU time of the calling thread (SQLite runs on
 * it too), with wall time beside; making the variants is not timed.
 *
 * <p>Reads nothing but the corpus it is given; writes only the database files it is told to (deleting any there
 * first), and closes them. One run at a time: not thread-safe.
 */
public final class ScaleBench {

  /**
   * Clustering at one corpus size.
   *
   * @param clusters the clusters the index formed
   * @param expectedClusters those a perfect de-duplicator forms: one per new text (the exact copies join theirs)
   * @param heapBytes heap in use after a collection, with the index alive
   */
  public record ClusterPoint(int articles, int exactCopies, int clusters, int expectedClusters, double cpuSeconds,
      double wallSeconds, long heapBytes) {

    public double cpuMicrosPerArticle() {
      return cpuSeconds * 1e6 / articles;
    }

    public double wallMicrosPerArticle() {
      return wallSeconds * 1e6 / articles;
    }
  }

  /**
   * Incident resolution with storage at one corpus size.
   *
   * @param batch articles per unit of work
   * @param attackMentions stored attacks with a date and a place: what the resolver groups
   * @param largestIncident mentions in the largest incident
   */
  public record StorePoint(int articles, int batch, long events, long attackMentions, long incidents,
      int largestIncident, double cpuSeconds, double wallSeconds, long databaseBytes) {

    public double cpuMicrosPerArticle() {
      return cpuSeconds * 1e6 / articles;
    }

    public double wallMicrosPerArticle() {
      return wallSeconds * 1e6 / articles;
    }
  }

  private static final int GENERATED_AT_ONCE = 1000;

  private final Pipeline pipeline;
  private final Variator variator;
  private final List<List<Event>> originalEvents;
  private final List<Location> places;
  private final Consumer<String> progress;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  private ScaleBench(Pipeline pipeline, Variator variator, List<List<Event>> originalEvents, List<Location> places,
      Consumer<String> progress) {
    this.pipeline = pipeline;
    this.variator = variator;
    this.originalEvents = originalEvents;
    this.places = places;
    this.progress = progress;
  }

  /** Extracts the events of the corpus's articles once (as {@code trucewatch extract} does) and gathers the places. */
  public static ScaleBench prepare(Pipeline pipeline, BenchCorpus corpus, Variator variator,
      Consumer<String> progress) {
    List<List<Event>> events = new ArrayList<>();
    AnchorEstimator anchors = pipeline.anchors();
    for (CleanRun.ClusteredArticle ca : new CleanRun(pipeline).cluster(corpus.articles())) {
      var anchor = anchors.anchor(ca.article());
      events.add(pipeline.extractor().extract(ca.article(), anchor.map(AnchorEstimator.Anchor::date).orElse(null),
          anchor.map(AnchorEstimator.Anchor::basis).orElse(null)).events());
    }
        // Variants move to places of the conflict most of the corpus reports on.
    Map<String, Integer> conflicts = new TreeMap<>();
    events.forEach(es -> es.stream().map(Event::conflict).filter(java.util.Objects::nonNull)
        .forEach(c -> conflicts.merge(c, 1, Integer::sum)));
    String conflict = conflicts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(pipeline.profiles().all().get(0).id());
    return new ScaleBench(pipeline, variator, List.copyOf(events), places(pipeline, conflict), progress);
  }

  /** The places a variant's events move to. */
  public List<Location> places() {
    return places;
  }

  /** The events of the real articles, by article. */
  public List<List<Event>> originalEvents() {
    return originalEvents;
  }

  /** Adds the first {@code n} variants to a new syndication index. */
  public ClusterPoint cluster(int n) {
    SyndicationIndex index = pipeline.newSyndicationIndex();
    List<String> ids = new ArrayList<>(n);
    int copies = 0;
    long cpu = 0;
    long wall = 0;
    for (int from = 0; from < n; from += GENERATED_AT_ONCE) {
      List<Variator.Variant> batch = variants(from, Math.min(n, from + GENERATED_AT_ONCE));
      List<List<String>> texts = new ArrayList<>(batch.size());
      for (Variator.Variant v : batch) {
        texts.add(variator.storyParagraphs(v));
        copies += v.copyOf() >= 0 ? 1 : 0;
      }
      long c0 = threads.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      for (int i = 0; i < batch.size(); i++) {
        index.add(batch.get(i).id(), texts.get(i));
      }
      cpu += threads.getCurrentThreadCpuTime() - c0;
      wall += System.nanoTime() - w0;
      batch.forEach(v -> ids.add(v.id()));
      tick("cluster", from + batch.size(), n);
    }
    Set<String> clusters = new HashSet<>();
    ids.forEach(id -> clusters.add(index.clusterOf(id)));
    long heap = usedHeapAfterGc();
    java.lang.ref.Reference.reachabilityFence(index);
    return new ClusterPoint(n, copies, clusters.size(), n - copies, cpu / 1e9, wall / 1e9, heap);
  }

  /**
   * Stores the first {@code n} variants with their events in a new SQLite database at {@code database} and resolves
   * their attacks into incidents, {@code batch} articles per unit of work. Each variant is stored in the cluster a
   * perfect de-duplicator gives it, so that this measures the store and the resolver alone.
   */
  public StorePoint store(int n, Path database, int batch) {
    deleteDatabase(database);
    IncidentResolver resolver = new IncidentResolver(pipeline.config().incident(), pipeline.profiles());
    CeasefireRegister register = pipeline.register();
    long cpu = 0;
    long wall = 0;
    try (JdbcStore store = JdbcStore.open(database.toString())) {
      store.inTransaction(tx -> {
        for (Ceasefire c : register.truces()) {
          tx.putCeasefire(c);
        }
        return null;
      });
      for (int from = 0; from < n; from += batch) {
        List<Article> articles = new ArrayList<>();
        List<String> clusters = new ArrayList<>();
        List<List<StoredEvent>> events = new ArrayList<>();
        for (Variator.Variant v : variants(from, Math.min(n, from + batch))) {
          articles.add(variator.article(v));
          clusters.add(v.cluster());
          List<StoredEvent> stored = new ArrayList<>();
          for (Event e : variator.events(v, originalEvents.get(v.original()), places)) {
            stored.add(new StoredEvent(EventIds.of(e), v.cluster(), e));
          }
          events.add(stored);
        }
        long c0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        store.inTransaction(tx -> {
          for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            tx.putArticle(a, clusters.get(i));
            tx.putEvents(a.id(), events.get(i));
            resolver.add(tx, events.get(i), register);
          }
          return null;
        });
        cpu += threads.getCurrentThreadCpuTime() - c0;
        wall += System.nanoTime() - w0;
        tick("store", Math.min(n, from + batch), n);
      }
      Stats stats = store.stats();
      int largest = 0;
      long mentions = 0;
      for (Incident i : store.incidents(IncidentQuery.all())) {
        largest = Math.max(largest, i.mentions().size());
        mentions += i.mentions().size();
      }
      return new StorePoint(n, batch, stats.events(), mentions, stats.incidents(), largest, cpu / 1e9, wall / 1e9,
          databaseBytes(database));
    }
  }

  private List<Variator.Variant> variants(int from, int to) {
    List<Variator.Variant> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      out.add(variator.variant(i));
    }
    return out;
  }

  private void tick(String what, int done, int n) {
    if (n >= 10_000 && done % (n / 10) < GENERATED_AT_ONCE && done < n) {
      progress.accept(String.format("%s %,d: %,d articles", what, n, done));
    }
  }

  /**
   * Populated places inside a conflict's scope as the gazetteer resolves the names of its GeoNames tables, by name: the
   * front-line geography a real corpus of that conflict reports from.
   */
  static List<Location> places(Pipeline pipeline, String conflict) {
    Map<String, Location> byName = new TreeMap<>();
    for (String table : List.of("geonames_AZ_AM.tsv", "geonames_conflicts.tsv")) {
      String resource = "/org/trucewatch/resolve/geo/" + table;
      InputStream in = ScaleBench.class.getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String[] f = line.split("\t");
          if (line.startsWith("#") || f.length < 2) {
            continue;
          }
          pipeline.locate(f[1]).filter(l -> l.precision().equals("place"))
              .filter(l -> pipeline.profiles().holding(l.country(), l.admin1(), l.lat(), l.lon(), l.precision())
                  .contains(conflict))
              .ifPresent(l -> byName.putIfAbsent(l.name(), l));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(resource + ": cannot read", e);
      }
    }
    return List.copyOf(byName.values());
  }

  private static long usedHeapAfterGc() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static void deleteDatabase(Path database) {
    try {
      for (String suffix : List.of("", "-wal", "-shm")) {
        Files.deleteIfExists(Path.of(database + suffix));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(database + ": cannot delete the old benchmark database", e);
    }
  }

  private static long databaseBytes(Path database) {
    long n = 0;
    for (String suffix : List.of("", "-wal")) {
      try {
        n += Files.size(Path.of(database + suffix));
      } catch (IOException e) {
        // no WAL file left after a checkpoint: nothing to add
      }
    }
    return n;
  }
}
