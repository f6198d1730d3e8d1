package org.trucewatch.conflict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * GeoNames admin1 codes and the English names the gazetteer gives those divisions, read from the gazetteer's own
 * tables (so a profile's admin1 codes and a location's admin1 name meet on the same spelling).
 */
final class Admin1Table {

  private static final String BASE = "/org/trucewatch/resolve/geo/";

  private Admin1Table() {}

  /** Code ("UA.05") to name ("Donetsk"). */
  static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    read("admin1_world.tsv", 3, f -> out.put(f[0] + "." + f[1], f[2]));
    // The hand-made table of Azerbaijan and Armenia: rows whose id is COUNTRY.ADMIN1 are first-level divisions.
    read("admin1_AZ_AM.tsv", 4, f -> {
      if (f[0].equals(f[1] + "." + f[2])) {
        out.put(f[0], f[3]);
      }
    });
    return out;
  }

  private static void read(String name, int columns, java.util.function.Consumer<String[]> row) {
    InputStream in = Admin1Table.class.getResourceAsStream(BASE + name);
    if (in == null) {
      return; // a gazetteer without this table: its codes are simply unknown
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t", -1);
          if (f.length >= columns) {
            row.accept(f);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read", e);
    }
  }
}
