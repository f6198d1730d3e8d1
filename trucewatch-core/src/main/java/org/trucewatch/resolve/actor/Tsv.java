package org.trucewatch.resolve.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated tables of this package from the classpath. Rows name their file and line for errors. */
final class Tsv {

  /** One row: its cells, and where it came from. */
  record Row(String file, int line, List<String> cells) {

    String cell(int i) {
      return i < cells.size() ? cells.get(i).trim() : "";
    }

    /** The cell, or null when it is empty or "-". */
    String opt(int i) {
      String c = cell(i);
      return c.isEmpty() || c.equals("-") ? null : c;
    }

    /** The cell's |-separated items; none for an empty cell or "-". */
    List<String> list(int i) {
      String c = opt(i);
      List<String> out = new ArrayList<>();
      if (c != null) {
        for (String s : c.split("\\|")) {
          if (!s.isBlank()) {
            out.add(s.trim());
          }
        }
      }
      return out;
    }

    IllegalStateException error(String message) {
      return new IllegalStateException(file + ":" + line + ": " + message);
    }
  }

  private Tsv() {}

  /** The rows of resource {@code name} beside this class, skipping blank lines and # comments. */
  static List<Row> read(String name, int minColumns) {
    InputStream in = Tsv.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("actor table " + name + " missing from the classpath");
    }
    return read(name, in, minColumns);
  }

  static List<Row> read(String name, InputStream in, int minColumns) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = List.of(line.split("\t", -1));
        if (cells.size() < minColumns) {
          throw new IllegalStateException(name + ":" + n + ": expected " + minColumns
              + " tab-separated columns, found " + cells.size());
        }
        rows.add(new Row(name, n, cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor table " + name, e);
    }
    return rows;
  }
}
