package org.trucewatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The extraction cost curve of issue 11: CPU seconds and peak resident memory of {@code extract --json} on ONE article
 * of 0.5, 1, 2, 4 and 8 MB of normal text, and of 100,000 repetitions of a reporting clause (as it is, and with an
 * attack in it), each run in its own JVM under {@code /usr/bin/time -v} (so start-up is included, and memory is the
 * whole process's high-water mark), stopped after {@code --timeout} CPU seconds.
 *
 * <p>The normal text is made of the paragraphs of the sample articles and of the hand-written extraction articles,
 * drawn by a seeded generator with their places, weekdays and day numbers redrawn, so that every run sees the same
 * text and the text keeps telling who attacked where and when. Run from the project root:
 *
 * <pre>
 * java -cp trucewatch-bench/target/benchmarks.jar org.trucewatch.bench.ScalingCurve [--timeout S] [--sizes 0.5,1,2]
 *     [--jar trucewatch-server/target/trucewatch-server.jar] [--dir /tmp/curve] [--keep]
 * </pre>
 */
public final class ScalingCurve {

  private static final List<String> PLACES = List.of("Ganja", "Stepanakert", "Martuni", "Terter", "Barda",
      "Aghdam", "Fuzuli", "Shusha", "Jermuk", "Goris", "Vardenis", "Kalbajar", "Lachin", "Tovuz", "Berd", "Ijevan",
      "Hadrut", "Askeran", "Mingachevir", "Aghjabedi", "Khojavend", "Jabrayil", "Zangilan", "Kapan", "Sisian");
  private static final Pattern PLACE = Pattern.compile("\\b(" + String.join("|", PLACES) + ")\\b");
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2})\\b");
  private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday");
  static final String CLAUSE = "Armenia said Azerbaijan said ";
  // The same run with an attack in each clause, so that extraction reads it (one sentence with no full stop).
  static final String ATTACK_CLAUSE = "Armenia said Azerbaijan shelled Ganja on Monday, ";

  static final long SEED = 11;

  private ScalingCurve() {}

  public static void main(String[] args) throws Exception {
    double[] sizes = {0.5, 1, 2, 4, 8};
    int timeout = 240;
    int clauses = 100_000;
    Path jar = Path.of("trucewatch-server/target/trucewatch-server.jar");
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "trucewatch-curve");
    boolean keep = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--timeout" -> timeout = Integer.parseInt(args[++i]);
        case "--sizes" -> sizes = Stream.of(args[++i].split(",")).mapToDouble(Double::parseDouble).toArray();
        case "--clauses" -> clauses = Integer.parseInt(args[++i]);
        case "--jar" -> jar = Path.of(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--keep" -> keep = true;
        default -> {
          System.err.println("usage: ScalingCurve [--timeout S] [--sizes MB,MB,...] [--clauses N] [--jar JAR] "
              + "[--dir DIR] [--keep]");
          System.exit(2);
        }
      }
    }
    Files.createDirectories(dir);
    List<String> pool = paragraphs(Path.of("."));
    System.out.printf(Locale.ROOT, "| input | bytes | exit | CPU s (user+sys) | wall s | peak RSS MB |%n");
    System.out.printf(Locale.ROOT, "|---|---:|---|---:|---:|---:|%n");
    for (double mb : sizes) {
      Path f = dir.resolve(String.format(Locale.ROOT, "normal-%sMB.txt", fmt(mb)));
      writeNormal(f, pool, (long) (mb * 1024 * 1024), SEED);
      row(fmt(mb) + " MB normal text", f, jar, timeout, keep);
    }
    if (clauses > 0) {
      int i = 0;
      for (String clause : List.of(CLAUSE, ATTACK_CLAUSE)) {
        Path f = dir.resolve("clauses-" + i++ + "-" + clauses + ".txt");
        Files.writeString(f, clause.repeat(clauses) + "\n", StandardCharsets.UTF_8);
        row(clauses + " x \"" + clause.strip() + "\"", f, jar, timeout, keep);
      }
    }
  }

  private static String fmt(double mb) {
    return mb == Math.rint(mb) ? Long.toString((long) mb) : Double.toString(mb);
  }

  private static void row(String label, Path f, Path jar, int timeout, boolean keep) throws Exception {
    // The limit is on CPU seconds (ulimit -t), not wall time, so that a busy machine does not cut a run short.
    List<String> cmd = List.of("/usr/bin/time", "-v", "bash", "-c",
        "ulimit -t " + timeout + "; exec java -jar \"$0\" extract --json \"$1\"", jar.toString(), f.toString());
    Path err = Files.createTempFile("curve", ".err");
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
    long wallLimit = 4L * timeout + 60;
    boolean stopped = !p.waitFor(wallLimit, TimeUnit.SECONDS);
    if (stopped) { // a machine too busy to give it its CPU seconds: /usr/bin/time is stopped too, so no figures
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly().waitFor();
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    String log = Files.readString(err);
    Files.delete(err);
    double cpu = number(log, "User time \\(seconds\\): ([\\d.]+)") + number(log, "System time \\(seconds\\): ([\\d.]+)");
    double rss = number(log, "Maximum resident set size \\(kbytes\\): (\\d+)") / 1024;
    int exit = (int) number(log, "Exit status: (\\d+)");
    boolean killed = log.contains("Command terminated by signal") || exit == 137 || exit == 152;
    String status = stopped ? "did not finish in " + wallLimit + " s of wall time"
        : killed ? "did not finish in " + timeout + " CPU s" : "exit " + exit;
    System.out.printf(Locale.ROOT, "| %s | %d | %s | %.1f | %.1f | %.0f |%n", label, Files.size(f), status, cpu, wall,
        rss);
    if (!keep) {
      Files.delete(f);
    }
  }

  private static double number(String log, String regex) {
    Matcher m = Pattern.compile(regex).matcher(log);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  /** The sentence-like paragraphs of the sample and hand-written articles (page furniture left out). */
  static List<String> paragraphs(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path d : List.of(root.resolve("data/samples"),
        root.resolve("trucewatch-core/src/test/resources/extract/written"))) {
      try (Stream<Path> s = Files.list(d)) {
        s.filter(x -> x.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    List<String> out = new ArrayList<>();
    for (Path f : files) {
      for (String para : Files.readString(f, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
        String t = para.strip().replaceAll("\\s+", " ");
        // Story paragraphs only: long enough and ending as a sentence does, so no menus, captions or bylines.
        if (t.length() >= 80 && t.matches("(?s).*[.\"”]$")) {
          out.add(t);
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no sample paragraphs under " + root.toAbsolutePath() + " (run from the root)");
    }
    return out;
  }

  /** One article of about {@code bytes} UTF-8 bytes: a title, a dated dateline, then varied story paragraphs. */
  static void writeNormal(Path f, List<String> pool, long bytes, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      String head = "Armenia and Azerbaijan trade blame over fighting near the border\n\n"
          + "Tuesday 13 October 2020 09:40 GMT\n\n";
      w.write(head);
      long written = head.length();
      while (written < bytes) {
        String p = vary(pool.get(r.nextInt(pool.size())), r) + "\n\n";
        w.write(p);
        written += p.getBytes(StandardCharsets.UTF_8).length;
      }
    }
  }

  static String vary(String paragraph, SplittableRandom r) {
    String s = PLACE.matcher(paragraph).replaceAll(m -> PLACES.get(r.nextInt(PLACES.size())));
    s = WEEKDAY.matcher(s).replaceAll(m -> WEEKDAYS.get(r.nextInt(WEEKDAYS.size())));
    return MONTH_DAY.matcher(s).replaceAll(m -> m.group(1) + " " + (1 + r.nextInt(28)));
  }
}
