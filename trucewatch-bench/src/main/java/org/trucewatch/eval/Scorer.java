package org.trucewatch.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.eval.Scores.Attributes;
import org.trucewatch.eval.Scores.ByType;
import org.trucewatch.eval.Scores.Counts;
import org.trucewatch.eval.Scores.Ratio;
import org.trucewatch.eval.Scores.ReportScore;
import org.trucewatch.eval.Scores.SubtypeScore;

/**
 * Scores one report's predicted events against its gold, by the rules of {@link Matching}. Reads the conflict
 * profiles only to know each side's id and names; writes nothing. Immutable.
 */
public final class Scorer {

  private final Profiles profiles;
  private final Speakers speakers;

  /** @param profiles the conflict profiles whose sides a gold perpetrator id names */
  public Scorer(Profiles profiles) {
    this(profiles, Speakers.NONE);
  }

  /** @param speakers reads gold claimant and denier strings as dictionary actors */
  public Scorer(Profiles profiles, Speakers speakers) {
    this.profiles = profiles;
    this.speakers = speakers;
  }

  /** The figures of one report whose events the extraction predicted (events of unscored types are ignored). */
  public ReportScore score(Gold.Report report, List<Predicted> predicted, double radiusKm) {
    ByType types = ByType.ZERO;
    Attributes attrs = Attributes.ZERO;
    Map<String, Ratio> bySubtype = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    List<String> extras = new ArrayList<>();
    List<String> wrongs = new ArrayList<>();
    for (String type : Gold.SCORED_TYPES) {
      List<Gold.Event> gold = report.ofType(type);
      List<Gold.Event> required = gold.stream().filter(g -> !g.optional()).toList();
      List<Gold.Event> optional = gold.stream().filter(Gold.Event::optional).toList();
      List<Predicted> preds = predicted.stream().filter(p -> type.equals(p.type())).toList();
      var fits = Matching.fits(type, radiusKm);
      Matching.Outcome req = Pairing.optimal(required, preds, fits);
      Matching.Outcome opt = Pairing.optimal(optional, req.rest(), fits);
      types = types.with(type, new Counts(req.pairs().size(), opt.rest().size(),
          required.size() - req.pairs().size()));
      for (Matching.Pair pair : req.pairs()) {
        Attributes a = attributes(report, pair.gold(), pair.predicted());
        attrs = attrs.plus(a);
        Gold.Event g = pair.gold();
        wrong(g, pair.predicted(), a).ifPresent(wrongs::add);
        if (type.equals("attack") && g.subtype() != null) {
          bySubtype.merge(g.subtype(), Ratio.of(g.subtype().equals(pair.predicted().subtype())), Ratio::plus);
        }
      }
      List<Gold.Event> missed = required.stream()
          .filter(g -> req.pairs().stream().noneMatch(p -> p.gold() == g)).toList();
      if (type.equals("attack")) {
        // The date figure also counts the attacks found at their place on another day.
        Matching.Outcome byPlace = Pairing.optimal(missed, opt.rest(),
            (g, p) -> Matching.placeOk(g, p, radiusKm));
        for (Matching.Pair pair : byPlace.pairs()) {
          attrs = attrs.plus(new Attributes(Ratio.ZERO, Ratio.ZERO, Ratio.ZERO, Ratio.ZERO, Ratio.ZERO,
              Ratio.of(Matching.dateOk(pair.gold(), pair.predicted())), Ratio.ZERO));
        }
      }
      missed.forEach(g -> misses.add(g.describe()));
      opt.rest().forEach(p -> extras.add(p.describe()));
    }
    List<SubtypeScore> subtypes = new ArrayList<>();
    bySubtype.forEach((k, v) -> subtypes.add(new SubtypeScore(k, v)));
    boolean anyPredictedAttack = predicted.stream().anyMatch(p -> "attack".equals(p.type()));
    Ratio falseAttack = report.ofType("attack").isEmpty() ? Ratio.of(anyPredictedAttack) : Ratio.ZERO;
    boolean agreementStory = report.events().stream().anyMatch(g -> !g.optional()
        && (g.type().equals("talks") || g.type().equals("ceasefire")
            && (g.subtype() == null || g.subtype().equals("agreed"))));
    boolean agreementFound = predicted.stream()
        .anyMatch(p -> "ceasefire".equals(p.type()) || "talks".equals(p.type()));
    Ratio agreement = agreementStory ? Ratio.of(agreementFound) : Ratio.ZERO;
    return new ReportScore(report.file(), report.group(), types, attrs, subtypes, falseAttack, agreement, misses,
        extras, wrongs);
  }

  /**
   * What a matched event got wrong among perpetrator, claimant, denier, subtype, killed and wounded, for the verbose
   * listing.
   */
  private static java.util.Optional<String> wrong(Gold.Event g, Predicted p, Attributes a) {
    StringBuilder b = new StringBuilder();
    if (a.perpetrator().total() > 0 && a.perpetrator().hit() == 0) {
      b.append(" perpetrator ").append(p.perpetrator()).append(" (gold ").append(g.perpetrator()).append(')');
    }
    if (a.claimant().total() > 0 && a.claimant().hit() == 0) {
      b.append(" claimant ").append(p.claimedBy()).append(" (gold ").append(g.claimedBy()).append(')');
    }
    if (a.denier().total() > 0 && a.denier().hit() == 0) {
      b.append(" denier ").append(p.deniedBy()).append(" (gold ").append(g.deniedBy()).append(')');
    }
    if (a.subtype().total() > 0 && a.subtype().hit() == 0) {
      b.append(" subtype ").append(p.subtype()).append(" (gold ").append(g.subtype()).append(')');
    }
    if (a.killed().total() > 0 && a.killed().hit() == 0) {
      b.append(" killed ").append(p.killed()).append(" (gold ").append(g.killed()).append(')');
    }
    if (a.wounded().total() > 0 && a.wounded().hit() == 0) {
      b.append(" wounded ").append(p.wounded()).append(" (gold ").append(g.wounded()).append(')');
    }
    return b.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(g.describe() + ":" + b);
  }

  private Attributes attributes(Gold.Report report, Gold.Event g, Predicted p) {
    String conflict = report.conflict() != null ? report.conflict() : p.conflict();
    return new Attributes(
        g.perpetrator() == null ? Ratio.ZERO
            : Ratio.of(Matching.perpetratorOk(g.perpetrator(), p, conflict, profiles)),
        g.claimedBy().isEmpty() ? Ratio.ZERO
            : Ratio.of(speakers.match(g.claimedBy(), p.claimedBy(), p.claimantIds(), conflict)),
        g.deniedBy().isEmpty() ? Ratio.ZERO
            : Ratio.of(speakers.match(g.deniedBy(), p.deniedBy(), p.denierIds(), conflict)),
        g.killed() == null ? Ratio.ZERO : Ratio.of(g.killed().equals(p.killed())),
        g.wounded() == null ? Ratio.ZERO : Ratio.of(g.wounded().equals(p.wounded())),
        g.dateFrom() == null ? Ratio.ZERO : Ratio.of(Matching.dateOk(g, p)),
        g.type().equals("attack") && g.subtype() != null ? Ratio.of(g.subtype().equals(p.subtype())) : Ratio.ZERO);
  }
}
