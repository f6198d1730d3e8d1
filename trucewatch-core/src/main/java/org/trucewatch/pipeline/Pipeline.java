package org.trucewatch.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.trucewatch.clean.ArticleCleaner;
import org.trucewatch.clean.PublicationDates;
import org.trucewatch.clean.html.HtmlPageExtractor;
import org.trucewatch.clean.lang.LanguageDetector;
import org.trucewatch.clean.text.TextPageExtractor;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.dedup.SyndicationIndex;
import org.trucewatch.extract.EventExtractor;
import org.trucewatch.incident.CeasefireRegister;
import org.trucewatch.extract.Lexicon;
import org.trucewatch.ingest.Ingestor;
import org.trucewatch.nlp.OpenNlpPosTagger;
import org.trucewatch.nlp.SentenceSplitter;
import org.trucewatch.resolve.actor.ActorDictionary;
import org.trucewatch.resolve.geo.Gazetteer;
import org.trucewatch.resolve.time.TemporalTagger;

/**
 * The stages wired from one configuration, built once per process: immutable, and every stage it hands out is
 * thread-safe except the {@link SyndicationIndex}, which is made new for each run. The extraction stage is built on
 * first use. Nothing here needs closing.
 */
public final class Pipeline {

  private final TrucewatchConfig config;
  private final Clock clock;
  private final Ingestor ingestor;
  private final ArticleCleaner cleaner;
  private EventExtractor extractor;
  private AnchorEstimator anchors;
  private ResolverAnnotator annotator;
  private CeasefireRegister register;
  private Gazetteer gazetteer;
  private Profiles profiles;
  private final org.trucewatch.extract.Budget.Ticker ticker;

  public Pipeline(TrucewatchConfig config, Clock clock) {
    this(config, clock, System::nanoTime);
  }

  /** With the clock the per-document time budget reads ({@code extract.maxSecondsPerDocument}): tests step it. */
  public Pipeline(TrucewatchConfig config, Clock clock, org.trucewatch.extract.Budget.Ticker ticker) {
    this.config = config;
    this.clock = clock;
    this.ticker = ticker;
    LanguageDetector languages = LanguageDetector.load();
    this.ingestor = new Ingestor(config.ingest());
    this.cleaner = new ArticleCleaner(new HtmlPageExtractor(), new TextPageExtractor(languages),
        new PublicationDates(clock), languages, config.clean().minBodyChars());
  }

  public TrucewatchConfig config() {
    return config;
  }

  public Ingestor ingestor() {
    return ingestor;
  }

  public ArticleCleaner cleaner() {
    return cleaner;
  }

  /**
   * The extraction stage, built on first use: its models and dictionaries take about a second to load, the gazetteer
   * and actor dictionary on a second thread while this one loads the rest, so that a start waits for the slower half.
   */
  public synchronized EventExtractor extractor() {
    if (extractor == null) {
      Profiles conflicts = profiles();
      // The shipped profiles' gazetteer and dictionary are shared; a user's profiles make their own.
      boolean shipped = conflicts.isShipped();
      CompletableFuture<Gazetteer> places = CompletableFuture.supplyAsync(() -> shipped ? Gazetteer.load()
          : Gazetteer.load(Gazetteer.areasOf(conflicts.all())));
      CompletableFuture<ActorDictionary> actors = CompletableFuture.supplyAsync(() -> shipped ? ActorDictionary.load()
          : ActorDictionary.load(conflicts.all()));
      TemporalTagger times = TemporalTagger.english();
      OpenNlpPosTagger pos = OpenNlpPosTagger.english();
      gazetteer = join(places);
      annotator = new ResolverAnnotator(pos, times, gazetteer, join(actors), conflicts);
      var limits = config().extract();
      extractor = new EventExtractor(Lexicon.load(), SentenceSplitter.english(), annotator, pos,
          new org.trucewatch.extract.Budget(limits.maxSecondsPerDocument(), limits.maxTokensPerSentence(),
              limits.maxTokenChars(), ticker), org.trucewatch.extract.AttackPatterns.load(),
          confidence(limits.attackConfidence()));
      anchors = new AnchorEstimator(times, clock, register());
    }
    return extractor;
  }

  /** The configured filter of doubtful attacks; a weights file that cannot be used is a configuration error. */
  private static org.trucewatch.extract.AttackConfidence confidence(TrucewatchConfig.AttackConfidence c) {
    try {
      return org.trucewatch.extract.AttackConfidence.load(c.enabled(), c.threshold(),
          c.weights() == null ? null : java.nio.file.Path.of(c.weights()));
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new TrucewatchConfig.ConfigException("extract.attackConfidence.weights: " + e.getMessage());
    }
  }

  /** The value of a load on another thread, or what it threw, as it threw it. */
  private static <T> T join(CompletableFuture<T> load) {
    try {
      return load.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** How the extractor reads each sentence of {@code article} (for rule writers). */
  public String trace(org.trucewatch.clean.Article article, java.time.LocalDate anchor) {
    extractor();
    return org.trucewatch.extract.ExtractionTrace.trace(article, anchor, SentenceSplitter.english(), annotator,
        Lexicon.load());
  }

  /**
   * A query's place and party as a person writes them: the place also by the gazetteer's name for it ("Martuni" finds
   * what was stored as Khojavend, "Agdam" what was stored as Aghdam), a side's id ("AZ") as the side's name.
   */
  public org.trucewatch.store.IncidentQuery understood(org.trucewatch.store.IncidentQuery q) {
    org.trucewatch.store.IncidentQuery out = q;
    if (q.place() != null && !q.place().isBlank()) {
      java.util.List<String> names = locate(q.place().strip()).map(l -> java.util.List.of(l.name()))
          .orElse(java.util.List.of());
      out = out.withPlaceNames(names);
    }
    if (q.party() != null) {
      for (java.util.Map.Entry<String, String> side : profiles().sideNames().entrySet()) {
        if (side.getKey().equalsIgnoreCase(q.party().strip())) {
          out = out.withParty(side.getValue());
          break;
        }
      }
    }
    return out;
  }

  /** A place name resolved against the gazetteer, as a location. */
  public java.util.Optional<org.trucewatch.extract.Location> locate(String name) {
    extractor();
    return gazetteer.lookup(name).map(p -> ResolverAnnotator.location(p, name));
  }

  /**
   * Every conflict profile: the shipped ones, the user's in {@code $TRUCEWATCH_HOME/conflicts/} and in the folders of
   * {@code conflicts.dirs}; read once.
   *
   * @throws org.trucewatch.conflict.ProfileException when one does not validate
   */
  public synchronized Profiles profiles() {
    if (profiles == null) {
      profiles = Profiles.load(config.conflicts().dirs().stream().map(Path::of).toList());
    }
    return profiles;
  }

  /**
   * The article as extraction should read it: the conflict its source declared where a profile has that id (any
   * case); otherwise a warning naming the input, and the article without it, so that its conflict is told from its text
   * as any other article's is. Profiles are loaded only for an article that declares one.
   */
  public org.trucewatch.clean.Article knownConflict(org.trucewatch.clean.Article a,
      java.util.function.Consumer<String> onWarning) {
    if (a.conflict() == null) {
      return a;
    }
    String id = a.conflict().strip().toLowerCase(java.util.Locale.ROOT);
    if (profiles().get(id).isPresent()) {
      return id.equals(a.conflict()) ? a : a.withConflict(id);
    }
    onWarning.accept(a.sourceFile() + (a.record() == null ? "" : " (" + a.record() + ")") + ": warning: conflict '"
        + a.conflict() + "' is not a profile (" + profiles().idList() + "); it is told from the text instead");
    return a.withConflict(null);
  }

  /** The ceasefire register the configuration names, or the profiles' truces. */
  public synchronized CeasefireRegister register() {
    if (register == null) {
      String file = config.incident().register();
      register = CeasefireRegister.load(file == null ? null : Path.of(file), profiles());
    }
    return register;
  }

  /** How each article's relative dates are anchored. */
  public synchronized AnchorEstimator anchors() {
    extractor();
    return anchors;
  }

  public SyndicationIndex newSyndicationIndex() {
    return new SyndicationIndex(config.dedup());
  }
}
