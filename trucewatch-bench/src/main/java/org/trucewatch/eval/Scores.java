package org.trucewatch.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The scorer's figures, as values: per report, summed per group and overall. Holds no state. */
public final class Scores {

  private Scores() {}

  /** Matched (true positives), extra (false positives) and missed (false negatives) events. */
  public record Counts(int tp, int fp, int fn) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    @JsonProperty
    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    @JsonProperty
    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    @JsonProperty
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Required gold events (matched or missed). */
    public int gold() {
      return tp + fn;
    }
  }

  /** How many of {@code total} cases are right; {@link #value()} is null when there is no case. */
  public record Ratio(int hit, int total) {
    public static final Ratio ZERO = new Ratio(0, 0);

    public static Ratio of(boolean hit) {
      return new Ratio(hit ? 1 : 0, 1);
    }

    public Ratio plus(Ratio o) {
      return new Ratio(hit + o.hit, total + o.total);
    }

    @JsonProperty
    public Double value() {
      return total == 0 ? null : (double) hit / total;
    }

    @Override
    public String toString() {
      return hit + "/" + total;
    }
  }

  /** Counts of each scored type. */
  public record ByType(Counts attack, Counts ceasefire, Counts casualtyReport, Counts talks) {
    public static final ByType ZERO = new ByType(Counts.ZERO, Counts.ZERO, Counts.ZERO, Counts.ZERO);

    public ByType plus(ByType o) {
      return new ByType(attack.plus(o.attack), ceasefire.plus(o.ceasefire), casualtyReport.plus(o.casualtyReport),
          talks.plus(o.talks));
    }

    /** The counts of a type by its contract name. */
    public Counts of(String type) {
      return switch (type) {
        case "attack" -> attack;
        case "ceasefire" -> ceasefire;
        case "casualty_report" -> casualtyReport;
        case "talks" -> talks;
        default -> throw new IllegalArgumentException(type);
      };
    }

    /** The same with one type's counts replaced. */
    public ByType with(String type, Counts c) {
      return new ByType(type.equals("attack") ? c : attack, type.equals("ceasefire") ? c : ceasefire,
          type.equals("casualty_report") ? c : casualtyReport, type.equals("talks") ? c : talks);
    }

    /** Attacks and ceasefires together (the per-conflict figure of the quality gate). */
    public Counts attackAndCeasefire() {
      return attack.plus(ceasefire);
    }
  }

  /**
   * Accuracy on matched events: each ratio counts the matched required events whose gold has the field.
   *
   * @param perpetrator the alleged perpetrator is the gold's side
   * @param claimant a claimant holds one of the gold's substrings
   * @param denier a denier holds one of the gold's substrings
   * @param killed the figure killed is the gold's
   * @param wounded the figure wounded is the gold's
   * @param date the predicted day is in the gold's range (also over attacks matched by place only)
   * @param subtype an attack's subtype is the gold's
   */
  public record Attributes(Ratio perpetrator, Ratio claimant, Ratio denier, Ratio killed, Ratio wounded, Ratio date,
      Ratio subtype) {
    public static final Attributes ZERO = new Attributes(Ratio.ZERO, Ratio.ZERO, Ratio.ZERO, Ratio.ZERO, Ratio.ZERO,
        Ratio.ZERO, Ratio.ZERO);

    public Attributes plus(Attributes o) {
      return new Attributes(perpetrator.plus(o.perpetrator), claimant.plus(o.claimant), denier.plus(o.denier),
          killed.plus(o.killed), wounded.plus(o.wounded), date.plus(o.date), subtype.plus(o.subtype));
    }
  }

  /** Subtype accuracy on the matched attacks whose gold subtype is {@code subtype}. */
  public record SubtypeScore(String subtype, Ratio right) {}

  /**
   * One report's figures.
   *
   * @param file the report's file name
   * @param group the group it is counted under (its conflict, {@code other}, or its folder's name)
   * @param types counts by type
   * @param attributes accuracy on its matched events
   * @param subtypes subtype accuracy by gold subtype
   * @param falseAttack over reports whose gold has no attack: whether it got a predicted attack
   * @param agreement over reports whose gold has an agreed ceasefire or talks: whether it got either
   * @param misses the required gold events no prediction matched
   * @param extras the predictions no gold event matched
   */
  public record ReportScore(String file, String group, ByType types, Attributes attributes,
      List<SubtypeScore> subtypes, Ratio falseAttack, Ratio agreement, List<String> misses, List<String> extras,
      List<String> wrongs) {}

  /** Figures summed over reports. */
  public record Totals(int reports, ByType types, Attributes attributes, List<SubtypeScore> subtypes,
      Ratio falseAttacks, Ratio agreementStories) {

    /** The sum of the reports' figures. */
    public static Totals of(List<ReportScore> reports) {
      ByType t = ByType.ZERO;
      Attributes a = Attributes.ZERO;
      Ratio fa = Ratio.ZERO;
      Ratio ag = Ratio.ZERO;
      Map<String, Ratio> sub = new TreeMap<>();
      for (ReportScore r : reports) {
        t = t.plus(r.types());
        a = a.plus(r.attributes());
        fa = fa.plus(r.falseAttack());
        ag = ag.plus(r.agreement());
        r.subtypes().forEach(s -> sub.merge(s.subtype(), s.right(), Ratio::plus));
      }
      List<SubtypeScore> subs = new ArrayList<>();
      sub.forEach((k, v) -> subs.add(new SubtypeScore(k, v)));
      return new Totals(reports.size(), t, a, subs, fa, ag);
    }
  }

  /** One group's totals. */
  public record GroupScore(String group, Totals totals) {}

  /**
   * A whole run.
   *
   * @param folders the gold folders scored
   * @param rejected reports the pipeline rejected (their gold events count as missed)
   * @param overall totals over every report
   * @param groups totals per group, by name
   * @param reports each report's figures
   */
  public record Result(List<String> folders, int rejected, Totals overall, List<GroupScore> groups,
      List<ReportScore> reports) {

    /** The totals of every report, and of each group. */
    public static Result of(List<String> folders, int rejected, List<ReportScore> reports) {
      Map<String, List<ReportScore>> byGroup = new TreeMap<>();
      reports.forEach(r -> byGroup.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r));
      List<GroupScore> groups = new ArrayList<>();
      byGroup.forEach((g, rs) -> groups.add(new GroupScore(g, Totals.of(rs))));
      return new Result(List.copyOf(folders), rejected, Totals.of(reports), groups, List.copyOf(reports));
    }
  }
}
