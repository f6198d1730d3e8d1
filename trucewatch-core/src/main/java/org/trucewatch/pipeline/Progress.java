package org.trucewatch.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Progress lines for long runs, at most one every two seconds: counts, the rate, and an estimate of the time left
 * from the share of input files done (when the inputs are files and directories that can be counted up front).
 */
final class Progress {

  private final Clock clock;
  private final Consumer<String> out;
  private final long totalFiles;
  private final long start;
  private final Set<String> files = new HashSet<>();
  private long last;

  Progress(Clock clock, Consumer<String> out, long totalFiles) {
    this.clock = clock;
    this.out = out;
    this.totalFiles = totalFiles;
    this.start = clock.millis();
    this.last = start;
  }

  /** The number of regular files under the inputs, or -1 when it cannot be known (globs, standard input). */
  static long countFiles(List<String> inputs) {
    long n = 0;
    for (String in : inputs) {
      Path p = Path.of(in.equals("-") ? "\u0000" : in.replace('\u0000', ' ')).normalize();
      if (in.equals("-") || !Files.exists(p)) {
        return -1;
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          n += walk.filter(Files::isRegularFile).count();
        } catch (IOException | java.io.UncheckedIOException e) {
          return -1;
        }
      } else {
        n++;
      }
    }
    return n;
  }

  void file(String name) {
    files.add(name);
  }

  void tick(int read, int stored, int unchanged, int rejected) {
    long now = clock.millis();
    if (now - last >= 2000) {
      last = now;
      out.accept(line(read, stored, unchanged, rejected, now));
    }
  }

  void done(int read, int stored, int unchanged, int rejected) {
    out.accept(line(read, stored, unchanged, rejected, clock.millis()) + " (done)");
  }

  private String line(int read, int stored, int unchanged, int rejected, long now) {
    double secs = Math.max(0.001, (now - start) / 1000.0);
    StringBuilder sb = new StringBuilder(String.format("%d read, %d stored, %d unchanged, %d rejected; %.1f/s",
        read, stored, unchanged, rejected, read / secs));
    if (totalFiles > 0 && !files.isEmpty() && files.size() < totalFiles) {
      double left = secs / files.size() * (totalFiles - files.size());
      sb.append(String.format("; file %d of %d, about %s left", files.size(), totalFiles, duration(left)));
    }
    return sb.toString();
  }

  private static String duration(double secs) {
    long s = Math.round(secs);
    return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
        : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
