package org.trucewatch.resolve.geo;

import java.util.Set;
import org.trucewatch.internal.Validate;

/**
 * Where the caller expects a document's places to lie (from the conflict profiles it matched): readings inside these
 * countries or first-level divisions are preferred over same-named places elsewhere. Immutable.
 *
 * @param countries ISO 3166-1 alpha-2 codes ({@code UA})
 * @param admin1Codes GeoNames admin1 codes ({@code UA.05}, {@code IN.12})
 */
public record ScopeHint(Set<String> countries, Set<String> admin1Codes) {

  /** No preference: readings are chosen by the text alone. */
  public static final ScopeHint NONE = new ScopeHint(Set.of(), Set.of());

  public ScopeHint {
    countries = Set.copyOf(Validate.notNull(countries, "countries"));
    admin1Codes = Set.copyOf(Validate.notNull(admin1Codes, "admin1Codes"));
  }

  /** A hint of countries only. */
  public static ScopeHint countries(String... iso2) {
    return new ScopeHint(Set.of(iso2), Set.of());
  }

  boolean isEmpty() {
    return countries.isEmpty() && admin1Codes.isEmpty();
  }
}
