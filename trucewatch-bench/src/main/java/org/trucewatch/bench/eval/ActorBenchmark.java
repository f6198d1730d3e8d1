package org.trucewatch.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.trucewatch.nlp.OpenNlpPosTagger;
import org.trucewatch.nlp.PosTagger;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.SentenceSplitter;
import org.trucewatch.resolve.actor.Actor;
import org.trucewatch.resolve.actor.ActorContext;
import org.trucewatch.resolve.actor.ActorDictionary;
import org.trucewatch.resolve.actor.ActorMention;

/**
 * Measures the recogniser: dictionary load time, heap it holds, and mentions per second over plain-text articles,
 * each line a paragraph, split and tagged before the clock starts. Prints the mentions with {@code --print}.
 *
 * <pre>
 * java -cp trucewatch-bench/target/benchmarks.jar \
 *     org.trucewatch.bench.eval.ActorBenchmark [--print] [--rounds N] data/samples
 * </pre>
 */
public final class ActorBenchmark {

  private ActorBenchmark() {}

  public static void main(String[] args) throws IOException {
    boolean print = false;
    int rounds = 50;
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--print" -> print = true;
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> inputs.add(Path.of(args[i]));
      }
    }
    if (inputs.isEmpty()) {
      inputs.add(Path.of("data", "samples"));
    }
    List<Path> files = new ArrayList<>();
    for (Path in : inputs) {
      if (Files.isDirectory(in)) {
        try (Stream<Path> s = Files.list(in)) {
          s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(in)) {
        files.add(in);
      } else {
        System.err.println("actor benchmark: no such file or directory: " + in);
        System.exit(2);
      }
    }
    Runtime rt = Runtime.getRuntime();
    gc();
    long heapBefore = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    ActorDictionary dictionary = ActorDictionary.load();
    long loadNs = System.nanoTime() - t0;
    gc();
    long heapAfter = rt.totalMemory() - rt.freeMemory();
    System.out.printf(Locale.ROOT, "load: %.0f ms, %d phrases, heap held %.1f MB%n", loadNs / 1e6,
        dictionary.phrases(), (heapAfter - heapBefore) / 1e6);

    PosTagger tagger = OpenNlpPosTagger.english();
    List<List<Sentence>> articles = new ArrayList<>();
    int sentences = 0;
    for (Path f : files) {
      List<Sentence> split = split(Files.readString(f, StandardCharsets.UTF_8));
      articles.add(tagger.tagAll(split));
      sentences += split.size();
    }
    if (print) {
      for (int a = 0; a < articles.size(); a++) {
        System.out.println("== " + files.get(a).getFileName());
        ActorContext context = new ActorContext(dictionary);
        for (Sentence s : articles.get(a)) {
          for (ActorMention m : context.resolve(s)) {
            System.out.printf("  %3d  %-45s %-32s %s%s%n", s.index(), '"' + m.text() + '"', m.actor().id(),
                m.actor().name(), flags(m));
          }
        }
      }
    }
    int found = 0;
    for (int r = 0; r < 5; r++) {
      found = run(dictionary, articles); // warm-up
    }
    long t1 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      run(dictionary, articles);
    }
    double secs = (System.nanoTime() - t1) / 1e9;
    System.out.printf(Locale.ROOT, "%d articles, %d sentences, %d mentions (with coreference) per pass%n",
        articles.size(), sentences, found);
    System.out.printf(Locale.ROOT, "%d passes in %.2f s: %.0f sentences/s, %.0f mentions/s%n", rounds, secs,
        rounds * sentences / secs, rounds * found / secs);
  }

  private static int run(ActorDictionary dictionary, List<List<Sentence>> articles) {
    int n = 0;
    for (List<Sentence> article : articles) {
      ActorContext context = new ActorContext(dictionary);
      for (Sentence s : article) {
        n += context.resolve(s).size();
      }
    }
    return n;
  }

  /** Sentences of a plain text, each non-blank line a paragraph. */
  static List<Sentence> split(String text) {
    SentenceSplitter splitter = SentenceSplitter.english();
    List<Sentence> out = new ArrayList<>();
    int p = 0;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (!text.substring(start, end).isBlank()) {
        splitter.split(text, start, end, p++, out);
      }
      start = end + 1;
    }
    return out;
  }

  private static String flags(ActorMention m) {
    StringBuilder b = new StringBuilder();
    if (m.possessive()) {
      b.append(" [poss]");
    }
    if (m.demonym()) {
      b.append(" [dem]");
    }
    if (m.agentHead()) {
      b.append(" [head]");
    }
    if (m.locative()) {
      b.append(" [loc]");
    }
    if (m.antecedent() != null) {
      b.append(" <- \"").append(m.antecedent().text()).append("\" (").append(m.antecedent().sentence()).append(')');
    }
    if (!m.members().isEmpty()) {
      b.append(" = ").append(m.members().stream().map(Actor::id).toList());
    }
    return b.toString();
  }

  private static void gc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }
}
