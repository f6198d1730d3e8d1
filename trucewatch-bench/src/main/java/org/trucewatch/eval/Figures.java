package org.trucewatch.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The named figures of a run that a quality gate can hold to a threshold: {@code attack.f1}, {@code ceasefire.f1},
 * {@code casualty.f1}, {@code talks.f1}, {@code perpetrator}, {@code claimant}, {@code denier}, {@code killed},
 * {@code wounded}, {@code date}, {@code subtype}, {@code agreement}, and {@code conflict.<id>.f1} (attacks and
 * ceasefires together) for each group with at least {@code minConflictEvents} required gold attacks and ceasefires.
 * Stateless.
 */
public final class Figures {

  private Figures() {}

  /**
   * One figure.
   *
   * @param name its name
   * @param value its value in [0, 1], or null when nothing in the gold measures it
   * @param basis what it was computed from ({@code tp 3, fp 1, fn 2} or {@code 5/7})
   */
  public record Figure(String name, Double value, String basis) {}

  /** The figures of a run, overall and per qualifying group. */
  public static List<Figure> of(Scores.Result r, int minConflictEvents) {
    Scores.Totals t = r.overall();
    List<Figure> out = new ArrayList<>();
    out.add(f1("attack.f1", t.types().attack()));
    out.add(f1("ceasefire.f1", t.types().ceasefire()));
    out.add(f1("casualty.f1", t.types().casualtyReport()));
    out.add(f1("talks.f1", t.types().talks()));
    Scores.Attributes a = t.attributes();
    out.add(ratio("perpetrator", a.perpetrator()));
    out.add(ratio("claimant", a.claimant()));
    out.add(ratio("denier", a.denier()));
    out.add(ratio("killed", a.killed()));
    out.add(ratio("wounded", a.wounded()));
    out.add(ratio("date", a.date()));
    out.add(ratio("subtype", a.subtype()));
    out.add(ratio("agreement", t.agreementStories()));
    for (Scores.GroupScore g : r.groups()) {
      Scores.Counts c = g.totals().types().attackAndCeasefire();
      if (c.gold() >= minConflictEvents) {
        out.add(f1("conflict." + g.group() + ".f1", c));
      }
    }
    return out;
  }

  private static Figure f1(String name, Scores.Counts c) {
    return new Figure(name, c.tp() + c.fp() + c.fn() == 0 ? null : c.f1(),
        "tp " + c.tp() + ", fp " + c.fp() + ", fn " + c.fn());
  }

  private static Figure ratio(String name, Scores.Ratio r) {
    return new Figure(name, r.value(), r.toString());
  }
}
