package org.trucewatch.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Writes a run's figures: a readable table ending in a one-line summary, or one JSON document; with {@code verbose},
 * each report's missed gold events, extra predictions and wrong attributes first. Writes to the writer given; reads
 * nothing. Stateless.
 */
public final class ScoreReport {

  private ScoreReport() {}

  /** The run as a table, then the summary line. */
  public static void table(PrintWriter out, Scores.Result r, boolean verbose) {
    if (verbose) {
      for (Scores.ReportScore rs : r.reports()) {
        if (rs.misses().isEmpty() && rs.extras().isEmpty() && rs.wrongs().isEmpty()) {
          continue;
        }
        out.println(rs.file() + " (" + rs.group() + ")");
        rs.misses().forEach(m -> out.println("  miss  " + m));
        rs.extras().forEach(x -> out.println("  extra " + x));
        rs.wrongs().forEach(w -> out.println("  wrong " + w));
      }
      out.println();
    }
    Scores.Totals t = r.overall();
    out.printf(Locale.ROOT, "%d report(s) in %d folder(s), %d rejected by the pipeline%n", t.reports(),
        r.folders().size(), r.rejected());
    out.println();
    out.printf(Locale.ROOT, "%-16s %5s %5s %5s %5s %5s %9s %7s %6s%n", "type", "gold", "pred", "tp", "fp", "fn",
        "precision", "recall", "F1");
    for (String type : Gold.SCORED_TYPES) {
      Scores.Counts c = t.types().of(type);
      out.printf(Locale.ROOT, "%-16s %5d %5d %5d %5d %5d %9s %7s %6s%n", type, c.gold(), c.tp() + c.fp(), c.tp(),
          c.fp(), c.fn(), num(c.precision(), c.tp() + c.fp()), num(c.recall(), c.gold()), f1(c));
    }
    out.println();
    out.printf(Locale.ROOT, "%-16s %7s %9s %9s %9s %9s %10s %6s%n", "group", "reports", "attack", "ceasefire",
        "casualty", "talks", "att+cf F1", "gold");
    for (Scores.GroupScore g : r.groups()) {
      Scores.ByType b = g.totals().types();
      out.printf(Locale.ROOT, "%-16s %7d %9s %9s %9s %9s %10s %6d%n", g.group(), g.totals().reports(),
          f1(b.attack()), f1(b.ceasefire()), f1(b.casualtyReport()), f1(b.talks()), f1(b.attackAndCeasefire()),
          b.attackAndCeasefire().gold());
    }
    out.println("  (F1 per type; 'gold' counts the group's required gold attacks and ceasefires)");
    out.println();
    out.println("on matched events (right / matched events whose gold has the field):");
    Scores.Attributes a = t.attributes();
    line(out, "perpetrator", a.perpetrator(), "alleged perpetrator is the gold's side (id, name, or substring)");
    line(out, "claimant", a.claimant(), "a claimant holds one of the gold's claimed_by substrings");
    line(out, "denier", a.denier(), "a denier holds one of the gold's denied_by substrings");
    line(out, "killed", a.killed(), "figure killed equals the gold's");
    line(out, "wounded", a.wounded(), "figure wounded equals the gold's");
    line(out, "date", a.date(), "day within the gold's range (also attacks matched by place only)");
    line(out, "subtype", a.subtype(), "attack subtype equals the gold's");
    for (Scores.SubtypeScore s : t.subtypes()) {
      line(out, "  " + s.subtype(), s.right(), "");
    }
    out.println("reports:");
    line(out, "false attacks", t.falseAttacks(), "reports without gold attacks that got a predicted attack (lower is"
        + " better)");
    line(out, "agreement", t.agreementStories(), "reports with gold agreed ceasefire or talks that got a ceasefire"
        + " or talks event");
    out.println(summary(r));
    out.flush();
  }

  /** The run as one JSON document: the result, and its named figures (see {@link Figures}). */
  public static void json(PrintWriter out, Scores.Result r, boolean verbose, int minConflictEvents) {
    ObjectMapper mapper = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(SerializationFeature.INDENT_OUTPUT);
    Scores.Result shown = verbose ? r : new Scores.Result(r.folders(), r.rejected(), r.overall(), r.groups(),
        r.reports().stream().map(x -> new Scores.ReportScore(x.file(), x.group(), x.types(), x.attributes(),
            x.subtypes(), x.falseAttack(), x.agreement(), List.of(), List.of(), List.of())).toList());
    try {
      out.println(mapper.writeValueAsString(new Json(shown, Figures.of(r, minConflictEvents), summary(r))));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    out.flush();
  }

  /** What {@link #json} writes. */
  public record Json(Scores.Result result, List<Figures.Figure> figures, String summary) {}

  /** One line, in the manner of {@code tools/score_seeds.py}'s last line. */
  public static String summary(Scores.Result r) {
    Scores.Totals t = r.overall();
    Scores.ByType b = t.types();
    Scores.Attributes a = t.attributes();
    return String.format(Locale.ROOT, "corpus: attack F1 %s, ceasefire F1 %s, casualty F1 %s, talks F1 %s, "
        + "perpetrator %s, claimant %s, denier %s, date %s, subtype %s, false attacks %s, agreement %s (%d reports)",
        f1(b.attack()), f1(b.ceasefire()), f1(b.casualtyReport()), f1(b.talks()), a.perpetrator(), a.claimant(),
        a.denier(), a.date(), a.subtype(), t.falseAttacks(), t.agreementStories(), t.reports());
  }

  private static void line(PrintWriter out, String name, Scores.Ratio r, String meaning) {
    out.printf(Locale.ROOT, "  %-20s %7s %5s  %s%n", name, r, r.value() == null ? "n/a" : num(r.value(), 1),
        meaning);
  }

  private static String f1(Scores.Counts c) {
    return c.tp() + c.fp() + c.fn() == 0 ? "n/a" : num(c.f1(), 1);
  }

  private static String num(double v, int basis) {
    return basis == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
  }
}
