package org.trucewatch.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Progress lines for long runs, at most one every two seconds: counts, the rate, and an estimate of the time left
 * (when the inputs are files and directories that can be measured up front). The estimate is weighted by bytes and
 * counts a file as done only when the next one starts: a large file still being read is not yet progress, so the
 * estimate waits for the first file to finish instead of reading the time spent so far as the time a file takes.
 */
final class Progress {

  /** What the inputs hold: how many regular files, their bytes, and each file's size by its path; -1 if unknown. */
  record Inputs(long files, long bytes, Map<Path, Long> sizes) {
    static final Inputs UNKNOWN = new Inputs(-1, -1, Map.of());
  }

  private final Clock clock;
  private final Consumer<String> out;
  private final Inputs inputs;
  private final long start;
  private final Set<String> files = new HashSet<>();
  private String current;
  private long doneBytes;
  private long doneAt;
  private long last;

  Progress(Clock clock, Consumer<String> out, Inputs inputs) {
    this.clock = clock;
    this.out = out;
    this.inputs = inputs;
    this.start = clock.millis();
    this.last = start;
    this.doneAt = start;
  }

  /** Measures the regular files under the inputs; {@link Inputs#UNKNOWN} for globs and standard input. */
  static Inputs measure(List<String> inputs) {
    long n = 0;
    long bytes = 0;
    Map<Path, Long> sizes = new HashMap<>();
    for (String in : inputs) {
      if (in.equals("-") || in.indexOf('\u0000') >= 0) {
        return Inputs.UNKNOWN;
      }
      Path p;
      try {
        p = Path.of(in).normalize();
      } catch (java.nio.file.InvalidPathException e) {
        return Inputs.UNKNOWN;
      }
      if (!Files.exists(p)) {
        return Inputs.UNKNOWN;
      }
      try (Stream<Path> walk = Files.walk(p)) {
        for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          long size = Files.size(f);
          sizes.put(f.toAbsolutePath().normalize(), size);
          bytes += size;
          n++;
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        return Inputs.UNKNOWN;
      }
    }
    return new Inputs(n, bytes, sizes);
  }

  /** A document or rejection of input {@code name} was read: the input before it, if another, is done. */
  void file(String name) {
    if (name == null || name.equals(current)) {
      return;
    }
    if (current != null) {
      doneBytes += sizeOf(current);
      doneAt = clock.millis();
    }
    current = name;
    files.add(name);
  }

  private long sizeOf(String name) {
    Long size = name.equals("-") ? null : inputs.sizes().get(Path.of(name).toAbsolutePath().normalize());
    // a name the walk did not see (a link's own path): the average file stands in for it
    return size != null ? size : inputs.files() > 0 ? inputs.bytes() / inputs.files() : 0;
  }

  void tick(int read, int stored, int unchanged, int rejected) {
    long now = clock.millis();
    if (now - last >= 2000) {
      last = now;
      out.accept(line(read, stored, unchanged, rejected, now, false));
    }
  }

  void done(int read, int stored, int unchanged, int rejected) {
    out.accept(line(read, stored, unchanged, rejected, clock.millis(), true) + " (done)");
  }

  private String line(int read, int stored, int unchanged, int rejected, long now, boolean done) {
    double secs = Math.max(0.001, (now - start) / 1000.0);
    StringBuilder sb = new StringBuilder(String.format("%d read, %d stored, %d unchanged, %d rejected; %.1f/s",
        read, stored, unchanged, rejected, read / secs));
    long total = inputs.files();
    if (!done && total > 0 && !files.isEmpty() && files.size() <= total) {
      sb.append(String.format("; file %d of %d", files.size(), total));
      if (doneBytes > 0 && inputs.bytes() > doneBytes && doneAt > start) {
        // the rate of the finished files, less the time the current one has had already
        double perByte = (doneAt - start) / 1000.0 / doneBytes;
        double left = Math.max(1, perByte * (inputs.bytes() - doneBytes) - (now - doneAt) / 1000.0);
        sb.append(String.format(", about %s left", duration(left)));
      } else if (doneBytes == 0) {
        sb.append(", estimating");
      }
    }
    return sb.toString();
  }

  private static String duration(double secs) {
    long s = Math.round(secs);
    return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
        : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
