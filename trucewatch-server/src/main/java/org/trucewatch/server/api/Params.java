package org.trucewatch.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.extract.EventType;
import org.trucewatch.incident.Standing;

/** Query parameters validated at the boundary: a malformed value is a 400 naming the parameter and the value. */
public final class Params {

  /** The largest page a list route returns. */
  public static final int MAX_LIMIT = 5000;

  private Params() {}

  /** An optional ISO date ({@code YYYY-MM-DD}), or null when absent. */
  public static LocalDate date(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("query parameter '" + name + "' must be a date as YYYY-MM-DD, not '"
          + clip(v) + "'");
    }
  }

  /** A required ISO date. */
  public static LocalDate requiredDate(Context ctx, String name) {
    LocalDate d = date(ctx, name);
    if (d == null) {
      throw ApiException.badRequest("query parameter '" + name + "' (YYYY-MM-DD) is required");
    }
    return d;
  }

  /** An optional integer within {@code [min, max]}, or {@code fallback} when absent. */
  public static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = text(ctx, name);
    if (v == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("query parameter '" + name + "' must be an integer, not '" + clip(v) + "'");
    }
    if (n < min || n > max) {
      throw ApiException.badRequest("query parameter '" + name + "' must be between " + min + " and " + max
          + ", not " + n);
    }
    return n;
  }

  /** An optional trimmed, non-blank string of at most 200 characters, or null. */
  public static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > 200) {
      throw ApiException.badRequest("query parameter '" + name + "' is longer than 200 characters");
    }
    return v.strip();
  }

  public static EventType type(Context ctx) {
    String v = text(ctx, "type");
    if (v == null) {
      return null;
    }
    for (EventType t : EventType.values()) {
      if (t.label().equals(v.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw ApiException.badRequest("query parameter 'type' must be one of attack, ceasefire, casualty_report, "
        + "talks, appeal, threat, support, not '" + clip(v) + "'");
  }

  /** An optional attack subtype ({@code subtype=shelling}); an unknown label is a 400 listing the known ones. */
  public static org.trucewatch.extract.AttackSubtype subtype(Context ctx) {
    String v = text(ctx, "subtype");
    if (v == null) {
      return null;
    }
    for (org.trucewatch.extract.AttackSubtype s : org.trucewatch.extract.AttackSubtype.values()) {
      if (s.label().equals(v.strip().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw ApiException.badRequest("query parameter 'subtype' must be one of " + String.join(", ",
        java.util.Arrays.stream(org.trucewatch.extract.AttackSubtype.values())
            .map(org.trucewatch.extract.AttackSubtype::label).toList()) + ", not '" + clip(v) + "'");
  }

  public static Standing standing(Context ctx) {
    String v = text(ctx, "standing");
    if (v == null) {
      return null;
    }
    try {
      return Standing.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("query parameter 'standing' must be one of alleged, disputed, acknowledged, "
          + "corroborated, observed, not '" + clip(v) + "'");
    }
  }

  /** An optional conflict profile id ({@code conflict=}); an id no profile has is a 400 listing the known ones. */
  public static String conflict(Context ctx, Profiles profiles) {
    String v = text(ctx, "conflict");
    if (v == null || profiles.get(v).isPresent()) {
      return v;
    }
    throw ApiException.badRequest("query parameter 'conflict' must be a conflict profile id (" + profiles.idList() + "), not '" + clip(v) + "'");
  }

  /** Checks that {@code from} is not after {@code to}. */
  public static void range(LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badRequest("'from' (" + from + ") is after 'to' (" + to + ")");
    }
  }

  static String clip(String v) {
    return v.length() <= 60 ? v : v.substring(0, 60) + "...";
  }
}
