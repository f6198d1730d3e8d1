package org.trucewatch.eval;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import org.trucewatch.conflict.ConflictProfile;
import org.trucewatch.conflict.Profiles;

/**
 * The rules of {@code tools/score_seeds.py}, kept: an attack matches on place and date, a ceasefire or talks on date,
 * a casualty report on a figure; gold is paired one to one by {@link Pairing#optimal} (the seeds scorer's greedy
 * first fit gave a gold event a neighbouring town's prediction), required events first, then optional ones absorb
 * what is left. Reads nothing; stateless.
 */
public final class Matching {

  private Matching() {}

  /** A gold event and the prediction it was matched with. */
  public record Pair(Gold.Event gold, Predicted predicted) {}

  /** What the pairing paired (in gold order), and the predictions left over (in their order). */
  public record Outcome(List<Pair> pairs, List<Predicted> rest) {}

  /**
   * Lower case, accents, non-ASCII characters and apostrophes dropped, hyphens as spaces: the seeds scorer's
   * {@code norm}, with the marks of transliteration set aside.
   */
  public static String norm(String s) {
    if (s == null) {
      return "";
    }
    // Apostrophes and hyphens of transliteration are not part of a name's identity: Ma'rib is Marib, al-Balah al Balah.
    return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "").toLowerCase(Locale.ROOT)
        .replaceAll("['`]", "").replace('-', ' ').replaceAll("\\s+", " ").strip();
  }

  /** Great-circle distance in km (the seeds scorer's haversine). */
  public static double km(double aLat, double aLon, double bLat, double bLon) {
    double p = Math.PI / 180;
    double d = 0.5 - Math.cos((bLat - aLat) * p) / 2
        + Math.cos(aLat * p) * Math.cos(bLat * p) * (1 - Math.cos((bLon - aLon) * p)) / 2;
    return 12742 * Math.asin(Math.sqrt(d));
  }

  /** Whether the predicted day lies in the gold's range (a gold event without a date accepts any day). */
  public static boolean dateOk(Gold.Event g, Predicted p) {
    if (g.dateFrom() == null) {
      return true;
    }
    if (p.date() == null || p.date().length() < 10) {
      return false;
    }
    String d = p.date().substring(0, 10);
    if (g.dateFrom().compareTo(d) <= 0 && d.compareTo(g.dateTo()) <= 0) {
      return true;
    }
    // A date given only as its month ("in September 2014") is right at its precision when the month holds the day.
    if (p.dateEnd() == null || p.dateEnd().length() < 10) {
      return false;
    }
    String e = p.dateEnd().substring(0, 10);
    boolean month = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(d),
        java.time.LocalDate.parse(e)) <= 31;
    return month && d.compareTo(g.dateTo()) <= 0 && g.dateFrom().compareTo(e) <= 0;
  }

  /** Any place; a name equal to, or containing, one of the gold's; the gold's country; within the radius. */
  public static boolean placeOk(Gold.Event g, Predicted p, double radiusKm) {
    if (g.anyPlace() || nameOk(g, p)) {
      return true;
    }
    if (g.countryLevel() != null && norm(g.countryLevel()).equals(norm(p.country()))) {
      return true;
    }
    return g.lat() != null && p.lat() != null && p.lon() != null
        && km(g.lat(), g.lon(), p.lat(), p.lon()) <= radiusKm;
  }

  /** Whether the predicted place's name equals, or contains, one of the gold's {@code where} names (normalised). */
  public static boolean nameOk(Gold.Event g, Predicted p) {
    String name = norm(p.place());
    for (String w : g.where()) {
      String n = norm(w);
      if (n.equals(name) || (!name.isEmpty() && name.contains(n))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A casualty report matches on the figure killed, or else the figure wounded, that the gold gives (one that gives
   * neither matches any casualty report).
   */
  public static boolean figuresOk(Gold.Event g, Predicted p) {
    if (g.killed() == null && g.wounded() == null) {
      return true;
    }
    return (g.killed() != null && g.killed().equals(p.killed()))
        || (g.wounded() != null && g.wounded().equals(p.wounded()));
  }

  /** The rule that pairs a gold event with a prediction of the same type. */
  public static BiPredicate<Gold.Event, Predicted> fits(String type, double radiusKm) {
    return switch (type) {
      case "attack" -> (g, p) -> placeOk(g, p, radiusKm) && dateOk(g, p);
      case "casualty_report" -> Matching::figuresOk;
      default -> Matching::dateOk;
    };
  }

  /** Whether any acceptable substring is in any of the names given (the seeds scorer's {@code any_sub}). */
  public static boolean anySub(List<String> wanted, List<String> have) {
    for (String h : have) {
      String nh = norm(h);
      for (String w : wanted) {
        if (nh.contains(norm(w))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the predicted perpetrator is the gold's: when the gold names a side of the conflict by its id, the
   * prediction must equal that side's id, name or one of the names news gives it; otherwise the gold's name must be a
   * substring of the prediction's (both normalised).
   *
   * @param conflict the report's conflict, or the prediction's when the report has none; may be null
   */
  public static boolean perpetratorOk(String gold, Predicted p, String conflict, Profiles profiles) {
    if (p.perpetrator() == null) {
      return false;
    }
    String have = norm(p.perpetrator());
    ConflictProfile.Side side = profiles.get(conflict).map(c -> c.side(gold)).orElse(null);
    if (side != null) {
      if (have.equals(norm(side.id())) || have.equals(norm(side.name()))) {
        return true;
      }
      return side.names().stream().anyMatch(n -> have.equals(norm(n)));
    }
    return have.contains(norm(gold));
  }
}
