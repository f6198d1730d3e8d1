package org.trucewatch.bench.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.SentenceSplitter;
import org.trucewatch.resolve.time.TemporalTagger;
import org.trucewatch.resolve.time.TimeMention;

/**
 * Scores {@link TemporalTagger} on TempEval-3 TimeML files: each document's text is tagged with its creation time as
 * the anchor. Reports, for DATE expressions and for all types together, extraction precision, recall and F1 (strict:
 * same span; relaxed: overlapping span), value accuracy over matched gold expressions, and value F1 (correct value on
 * an overlapping span, as TempEval-3 scored it); type accuracy for all types; and tagging speed in sentences per
 * second (sentences counted by OpenNLP's English sentence model).
 *
 * <p>Usage: {@code TempEvalBenchmark [DIR] [--verbose] [--seconds N]}; DIR defaults to
 * {@code data/eval/tempeval3-platinum/te3-platinum}. {@code --verbose} lists every miss, spurious match and wrong
 * value.
 */
public final class TempEvalBenchmark {

  static final String DEFAULT_DIR = "data/eval/tempeval3-platinum/te3-platinum";
  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  /** Counts for one slice of expressions. */
  record Scores(int gold, int system, int strict, int relaxed, int valueCorrect, int typeCorrect) {

    Scores plus(Scores o) {
      return new Scores(gold + o.gold, system + o.system, strict + o.strict, relaxed + o.relaxed,
          valueCorrect + o.valueCorrect, typeCorrect + o.typeCorrect);
    }

    double strictPrecision() {
      return ratio(strict, system);
    }

    double strictRecall() {
      return ratio(strict, gold);
    }

    double relaxedPrecision() {
      return ratio(relaxed, system);
    }

    double relaxedRecall() {
      return ratio(relaxed, gold);
    }

    /** Correct values among gold expressions that were found. */
    double valueAccuracy() {
      return ratio(valueCorrect, relaxed);
    }

    double valueF1() {
      return f1(ratio(valueCorrect, system), ratio(valueCorrect, gold));
    }

    double typeAccuracy() {
      return ratio(typeCorrect, relaxed);
    }
  }

  /** The result of one run. */
  record Report(int documents, Scores dates, Scores all) {}

  private TempEvalBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = null;
    boolean verbose = false;
    double seconds = 5;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--verbose" -> verbose = true;
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        default -> dir = Path.of(args[i]);
      }
    }
    if (dir == null) {
      dir = Files.isDirectory(Path.of(DEFAULT_DIR)) ? Path.of(DEFAULT_DIR) : Path.of("..").resolve(DEFAULT_DIR);
    }
    if (!Files.isDirectory(dir)) {
      System.err.println("TempEval directory not found: " + dir.toAbsolutePath());
      System.exit(2);
    }
    List<TimeMl.Document> docs = read(dir);
    TemporalTagger tagger = TemporalTagger.english();
    Report report = evaluate(docs, tagger, verbose ? System.out : null);
    print(report, System.out);
    speed(docs, tagger, seconds, System.out);
  }

  /** Reads every {@code .tml} file of {@code dir}, in name order. */
  static List<TimeMl.Document> read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no .tml files in " + dir);
    }
    List<TimeMl.Document> docs = new ArrayList<>();
    for (Path f : files) {
      docs.add(TimeMl.read(f));
    }
    return docs;
  }

  /** Tags every document and scores it; with {@code log} set, lists the errors there. */
  static Report evaluate(List<TimeMl.Document> docs, TemporalTagger tagger, PrintStream log) {
    Scores dates = new Scores(0, 0, 0, 0, 0, 0);
    Scores all = dates;
    for (TimeMl.Document doc : docs) {
      List<TimeMention> found = tagger.tag(doc.text(), doc.anchor());
      dates = dates.plus(score(doc, found, "DATE", null));
      all = all.plus(score(doc, found, null, log));
    }
    return new Report(docs.size(), dates, all);
  }

  /** Scores one document for one type (null: all types), matching gold and system one to one on overlap. */
  static Scores score(TimeMl.Document doc, List<TimeMention> found, String type, PrintStream log) {
    Predicate<String> keep = t -> type == null || type.equals(t);
    List<TimeMl.Timex> gold = doc.timexes().stream().filter(g -> keep.test(g.type())).toList();
    List<TimeMention> system = found.stream().filter(m -> keep.test(m.type().name())).toList();
    boolean[] used = new boolean[system.size()];
    int strict = 0;
    int relaxed = 0;
    int values = 0;
    int types = 0;
    for (TimeMl.Timex g : gold) {
      int match = -1;
      for (int i = 0; i < system.size() && match < 0; i++) {
        TimeMention s = system.get(i);
        if (!used[i] && s.start() < g.end() && g.start() < s.end()) {
          match = i;
        }
      }
      if (match < 0) {
        log(log, doc, "MISS", g.text() + " [" + g.type() + " " + g.value() + "]");
        continue;
      }
      used[match] = true;
      TimeMention s = system.get(match);
      relaxed++;
      strict += s.start() == g.start() && s.end() == g.end() ? 1 : 0;
      types += s.type().name().equals(g.type()) ? 1 : 0;
      if (Objects.equals(s.value(), g.value())) {
        values++;
      } else {
        log(log, doc, "VALUE", g.text() + " [" + g.type() + " " + g.value() + "] got '" + s.text() + "' ["
            + s.type() + " " + s.value() + "]");
      }
    }
    for (int i = 0; i < system.size(); i++) {
      if (!used[i]) {
        log(log, doc, "EXTRA", system.get(i).text() + " [" + system.get(i).type() + " " + system.get(i).value() + "]");
      }
    }
    return new Scores(gold.size(), system.size(), strict, relaxed, values, types);
  }

  private static void log(PrintStream log, TimeMl.Document doc, String kind, String what) {
    if (log != null) {
      log.printf(Locale.ROOT, "%-6s %-32s %s%n", kind, doc.id(), what.replace('\n', ' '));
    }
  }

  static void print(Report r, PrintStream out) {
    out.printf(Locale.ROOT, "TempEval-3 platinum: %d documents%n", r.documents());
    line(out, "DATE", r.dates());
    line(out, "all types", r.all());
    out.printf(Locale.ROOT, "  type accuracy (all types, matched): %.3f%n", r.all().typeAccuracy());
  }

  private static void line(PrintStream out, String name, Scores s) {
    out.printf(Locale.ROOT, "  %-9s gold %3d system %3d | strict P %.3f R %.3f F1 %.3f | relaxed P %.3f R %.3f F1 %.3f"
            + " | value accuracy %.3f (%d/%d) | value F1 %.3f%n",
        name, s.gold(), s.system(), s.strictPrecision(), s.strictRecall(), f1(s.strictPrecision(), s.strictRecall()),
        s.relaxedPrecision(), s.relaxedRecall(), f1(s.relaxedPrecision(), s.relaxedRecall()), s.valueAccuracy(),
        s.valueCorrect(), s.relaxed(), s.valueF1());
  }

  /** Tags the whole set over and over for about {@code seconds} after a warm-up, and prints the rate. */
  static void speed(List<TimeMl.Document> docs, TemporalTagger tagger, double seconds, PrintStream out)
      throws IOException {
    int sentences = 0;
    long chars = 0;
    String splitter = "OpenNLP en-ud-ewt sentence model";
    try (InputStream in = TempEvalBenchmark.class.getResourceAsStream(SENTENCE_MODEL)) {
      SentenceDetectorME detector = in == null ? null : new SentenceDetectorME(new SentenceModel(in));
      for (TimeMl.Document d : docs) {
        sentences += detector != null ? detector.sentDetect(d.text()).length : split(d.text());
        chars += d.text().length();
      }
      if (detector == null) {
        splitter = "TruceWatch's sentence splitter (OpenNLP model not on the class path)";
      }
    }
    long sink = 0;
    for (int i = 0; i < 20; i++) {
      sink += tagAll(docs, tagger);
    }
    // CPU time of this thread as well as wall time: on a shared machine the wall clock also counts other work
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long start = System.nanoTime();
    long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
    long budget = (long) (seconds * 1e9);
    int rounds = 0;
    while (System.nanoTime() - start < budget) {
      sink += tagAll(docs, tagger);
      rounds++;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = cpu ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 : elapsed;
    out.printf(Locale.ROOT, "Speed: %d sentences (%s), %d chars; %d rounds in %.1f s wall, %.1f s CPU: "
            + "%.0f sentences/s wall, %.0f sentences/CPU-s, %.2f MB/CPU-s (one thread; %d mentions per round)%n",
        sentences, splitter, chars, rounds, elapsed, cpuSeconds, sentences * rounds / elapsed,
        sentences * rounds / cpuSeconds, chars * rounds / cpuSeconds / 1e6, sink / Math.max(1, rounds + 20));
  }

  private static int split(String text) {
    List<Sentence> out = new ArrayList<>();
    SentenceSplitter.english().split(text, 0, text.length(), 0, out);
    return out.size();
  }

  private static int tagAll(List<TimeMl.Document> docs, TemporalTagger tagger) {
    int n = 0;
    for (TimeMl.Document d : docs) {
      n += tagger.tag(d.text(), d.anchor()).size();
    }
    return n;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
