package org.trucewatch.server.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 3166-1 countries as ACLED writes them: alpha-3, numeric (no leading zeros, empty where ISO has none, as for
 * Kosovo) and the English name. Codes come from the {@code iso3166.tsv} resource, names from the JDK. Immutable.
 */
final class Countries {

  /** One country: alpha-2, alpha-3, ISO numeric ("" when none) and English name. */
  record Country(String alpha2, String alpha3, String numeric, String name) {}

  private static final Map<String, Country> BY_ALPHA2 = load();

  private Countries() {}

  /** The country of an alpha-2 code, or null for null or an unknown code. */
  static Country of(String alpha2) {
    return alpha2 == null ? null : BY_ALPHA2.get(alpha2.toUpperCase(Locale.ROOT));
  }

  /** Whether {@code party} is an ISO code or a country's English name (such a party is a state's forces). */
  static boolean isCountry(String party) {
    if (party == null) {
      return false;
    }
    if (of(party) != null) {
      return true;
    }
    return BY_ALPHA2.values().stream().anyMatch(c -> c.name().equalsIgnoreCase(party));
  }

  private static Map<String, Country> load() {
    Map<String, Country> out = new HashMap<>();
    try (InputStream in = Countries.class.getResourceAsStream("/org/trucewatch/server/export/iso3166.tsv")) {
      if (in == null) {
        throw new IllegalStateException("iso3166.tsv missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String numeric = f[2].isEmpty() ? "" : String.valueOf(Integer.parseInt(f[2]));
        String name = new Locale("", f[0]).getDisplayCountry(Locale.ENGLISH);
        out.put(f[0], new Country(f[0], f[1], numeric, name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
