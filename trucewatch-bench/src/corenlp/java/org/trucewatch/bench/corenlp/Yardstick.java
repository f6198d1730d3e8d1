package org.trucewatch.bench.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.trucewatch.bench.BenchCorpus;
import org.trucewatch.bench.quality.GoldRecall;
import org.trucewatch.bench.quality.TruceWatchMentions;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.pipeline.AnchorEstimator;
import org.trucewatch.bench.Bench;
import org.trucewatch.pipeline.CleanRun;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.resolve.geo.Gazetteer;
import org.trucewatch.resolve.time.TemporalTagger;

/**
 * The yardstick: Stanford CoreNLP 4.5.10 (tokenize, ssplit, pos, lemma, ner without fine-grained NER, depparse) on
 * the clean texts of the benchmark corpus, timed per CPU-second of this one thread after a warm-up, beside
 * TruceWatch's end-to-end rate (clean, cluster, extract, from the raw pages) on the same corpus in the same JVM, and
 * the ratio of the two; then both systems' recall of the gold events' places and days ({@link GoldRecall}).
 *
 * <p>Usage: {@code Yardstick [--warmup N] [--gold FILE]...} from the project root (see the module's README). Reads the
 * corpus and the gold files; writes only to standard output and error.
 */
public final class Yardstick {

  private static final Clock FIXED = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  private Yardstick() {}

  public static void main(String[] args) {
    int warmup = 20;
    List<Path> golds = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--gold" -> golds.add(Path.of(args[++i]));
        default -> {
          System.err.println("usage: Yardstick [--warmup ARTICLES] [--gold FILE]...");
          System.exit(2);
        }
      }
    }
    Path root = BenchCorpus.findRoot(Path.of(""));
    Path written = root.resolve("trucewatch-core/src/test/resources/extract/written/gold.json");
    if (golds.isEmpty() && Files.exists(written)) {
      golds.add(written);
    }
    Pipeline pipeline = new Pipeline(TrucewatchConfig.defaults(), FIXED);
    BenchCorpus corpus = BenchCorpus.read(pipeline, BenchCorpus.defaultInputs(root));
    List<CleanRun.ClusteredArticle> articles = new CleanRun(pipeline).cluster(corpus.articles());
    Map<String, LocalDate> anchors = new HashMap<>();
    for (CleanRun.ClusteredArticle ca : articles) {
      pipeline.anchors().anchor(ca.article()).map(AnchorEstimator.Anchor::date)
          .ifPresent(d -> anchors.put(ca.article().id(), d));
    }
    long bodyBytes = corpus.bodyBytes();

    Bench.Report tw = new Bench(pipeline).run(corpus, 2, 3, s -> System.err.println("trucewatch: " + s));
    Bench.StageResult e2e = tw.stage("end to end");
    double twCpuPerPass = e2e.cpuSeconds() / e2e.rounds();

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("threads", "1");
    long load0 = threads.getCurrentThreadCpuTime();
    StanfordCoreNLP corenlp = new StanfordCoreNLP(props);
    double loadCpu = (threads.getCurrentThreadCpuTime() - load0) / 1e9;
    System.err.printf("corenlp: models loaded in %.1f s of CPU%n", loadCpu);
    for (int i = 0; i < Math.min(warmup, articles.size()); i++) {
      annotate(corenlp, articles.get(i).article().body(), anchors.get(articles.get(i).article().id()));
    }
    System.err.printf("corenlp: warmed up on %d articles; timing %d%n", warmup, articles.size());
    Map<String, GoldRecall.Found> coreFound = new HashMap<>();
    long sentences = 0;
    long cpu0 = threads.getCurrentThreadCpuTime();
    long process0 = processCpu();
    long wall0 = System.nanoTime();
    for (CleanRun.ClusteredArticle ca : articles) {
      Annotation doc = annotate(corenlp, ca.article().body(), anchors.get(ca.article().id()));
      sentences += doc.get(CoreAnnotations.SentencesAnnotation.class).size();
      coreFound.put(ca.article().id(), found(doc));
    }
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double processCpu = (processCpu() - process0) / 1e9;
    double wall = (System.nanoTime() - wall0) / 1e9;

    int n = articles.size();
    System.out.printf("Corpus: %d documents (%.1f MB decoded), %d articles, %.2f MB of clean text.%n",
        tw.documents(), tw.inputBytes() / 1e6, n, bodyBytes / 1e6);
    System.out.printf("%-52s %10s %9s %9s %11s%n", "", "articles/s", "MB/s", "sent/s", "CPU s/pass");
    System.out.printf("%-52s %10.1f %9.3f %9.0f %11.2f%n",
        "TruceWatch end to end (clean, cluster, extract)", n / twCpuPerPass, bodyBytes / 1e6 / twCpuPerPass,
        e2e.sentences() / twCpuPerPass, twCpuPerPass);
    System.out.printf("%-52s %10.2f %9.4f %9.1f %11.2f%n",
        "CoreNLP tokenize..depparse on the clean text", n / cpu, bodyBytes / 1e6 / cpu, sentences / cpu, cpu);
    System.out.printf("Ratio (CoreNLP CPU / TruceWatch CPU for the same articles): %.0f times faster.%n",
        cpu / twCpuPerPass);
    System.out.printf("Per CPU-second of one thread, after warm-up; MB/s of clean body text for both (TruceWatch's "
        + "time also covers cleaning %.1f MB of raw pages). Sentences are each system's own split: TruceWatch %d, "
        + "CoreNLP %d. CoreNLP: %.1f s wall, %.1f s CPU of the whole process, models loaded in %.1f s CPU.%n",
        tw.inputBytes() / 1e6, e2e.sentences(), sentences, wall, processCpu, loadCpu);

    TruceWatchMentions ours = new TruceWatchMentions(Gazetteer.load(), TemporalTagger.english());
    Map<String, GoldRecall.Found> twFound = new HashMap<>();
    for (CleanRun.ClusteredArticle ca : articles) {
      twFound.put(ca.article().id(), ours.find(ca.article(), anchors.get(ca.article().id())));
    }
    for (Path gold : golds) {
      List<GoldRecall.GoldEvent> events = GoldRecall.read(gold);
      System.out.printf("%nGold %s: %d events; recall of their places and days among each system's mentions%n",
          gold, events.size());
      print("TruceWatch (gazetteer, temporal tagger)", GoldRecall.score(events, only(twFound, events)));
      print("CoreNLP (NER LOCATION, normalised DATE)", GoldRecall.score(events, only(coreFound, events)));
    }
  }

  private static Annotation annotate(StanfordCoreNLP corenlp, String text, LocalDate anchor) {
    Annotation doc = new Annotation(text);
    if (anchor != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
    }
    corenlp.annotate(doc);
    return doc;
  }

  /** CoreNLP's place entities and normalised full dates. */
  private static GoldRecall.Found found(Annotation doc) {
    Set<String> places = new HashSet<>();
    Set<String> days = new HashSet<>();
    int placeMentions = 0;
    int dateMentions = 0;
    List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
    for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
      String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      if (PLACE_TAGS.contains(tag)) {
        placeMentions++;
        places.add(GoldRecall.fold(m.get(CoreAnnotations.TextAnnotation.class)));
      } else if ("DATE".equals(tag)) {
        dateMentions++;
        String value = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (value != null && value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
          days.add(value.substring(0, 10));
        }
      }
    }
    return new GoldRecall.Found(places, days, placeMentions, dateMentions);
  }

  private static Map<String, GoldRecall.Found> only(Map<String, GoldRecall.Found> found,
      List<GoldRecall.GoldEvent> events) {
    Map<String, GoldRecall.Found> out = new HashMap<>();
    events.forEach(e -> {
      if (found.containsKey(e.article())) {
        out.put(e.article(), found.get(e.article()));
      }
    });
    return out;
  }

  private static void print(String who, GoldRecall.Score s) {
    System.out.printf("  %-42s places %d/%d (%.2f), days %d/%d (%.2f); %d place and %d date mentions%n", who,
        s.placesFound(), s.places(), s.placeRecall(), s.daysFound(), s.days(), s.dayRecall(), s.placeMentions(),
        s.dateMentions());
  }

  private static long processCpu() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
  }
}
