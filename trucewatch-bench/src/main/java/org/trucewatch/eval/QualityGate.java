package org.trucewatch.eval;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Holds a run's {@link Figures} to thresholds read from a properties file (the bench module's
 * {@code quality-gate.properties}): each key is a figure's name ({@code attack.f1}, {@code perpetrator}...) and its
 * minimum; {@code conflict.f1} is the minimum of every {@code conflict.<id>.f1} figure, which exists for groups with at
 * least {@code conflict.min_gold_events} required gold attacks and ceasefires. Reads only the stream given. Immutable.
 *
 * @param minimums the minimum of each named figure, in the file's order
 * @param conflictF1 the minimum of each qualifying conflict's attack and ceasefire F1, or null for none
 * @param minConflictEvents how many required gold attacks and ceasefires a conflict needs to be held to it
 */
public record QualityGate(Map<String, Double> minimums, Double conflictF1, int minConflictEvents) {

  static final List<String> FIGURES = List.of("attack.f1", "ceasefire.f1", "casualty.f1", "talks.f1", "perpetrator",
      "claimant", "denier", "killed", "wounded", "date", "subtype", "agreement");

  public QualityGate {
    minimums = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(minimums));
  }

  /**
   * The gate a properties stream describes.
   *
   * @throws IllegalArgumentException naming the key when a key is unknown or a value not a number in [0, 1]
   */
  public static QualityGate read(InputStream in, String name) throws IOException {
    Properties p = new Properties();
    p.load(in);
    Map<String, Double> mins = new LinkedHashMap<>();
    Double conflict = null;
    int minEvents = 10;
    for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
      String v = p.getProperty(key).strip();
      if (key.equals("conflict.min_gold_events")) {
        try {
          minEvents = Integer.parseInt(v);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(name + ": " + key + ": not a whole number: " + v);
        }
        continue;
      }
      if (!key.equals("conflict.f1") && !FIGURES.contains(key)) {
        throw new IllegalArgumentException(name + ": " + key + ": not a figure (known: " + FIGURES
            + ", conflict.f1, conflict.min_gold_events)");
      }
      double d;
      try {
        d = Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + ": " + key + ": not a number: " + v);
      }
      if (d < 0 || d > 1) {
        throw new IllegalArgumentException(name + ": " + key + ": not in [0, 1]: " + v);
      }
      if (key.equals("conflict.f1")) {
        conflict = d;
      } else {
        mins.put(key, d);
      }
    }
    return new QualityGate(mins, conflict, minEvents);
  }

  /**
   * One line for each figure below its minimum, naming the figure, its value, its minimum and what it was computed
   * from; a figure nothing in the gold measures fails a minimum above 0. Empty when the run passes.
   */
  public List<String> failures(List<Figures.Figure> figures) {
    List<String> out = new ArrayList<>();
    Map<String, Figures.Figure> byName = new LinkedHashMap<>();
    figures.forEach(f -> byName.put(f.name(), f));
    minimums.forEach((name, min) -> check(out, name, byName.get(name), min));
    if (conflictF1 != null) {
      for (Figures.Figure f : figures) {
        if (f.name().startsWith("conflict.")) {
          check(out, f.name(), f, conflictF1);
        }
      }
    }
    return out;
  }

  private static void check(List<String> out, String name, Figures.Figure f, double min) {
    if (f == null || f.value() == null) {
      if (min > 0) {
        out.add(String.format(Locale.ROOT, "%s: not measured (no gold event has it), threshold %.2f", name, min));
      }
    } else if (f.value() < min) {
      out.add(String.format(Locale.ROOT, "%s = %.3f, below its threshold %.2f (%s)", name, f.value(), min,
          f.basis()));
    }
  }
}
