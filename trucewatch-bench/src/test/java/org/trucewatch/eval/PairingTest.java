package org.trucewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.eval.Scores.Counts;
import org.trucewatch.eval.Scores.Ratio;
import org.trucewatch.eval.Scores.ReportScore;

/**
 * The optimal pairing on hand-made gold and predictions, each a case the greedy first fit got wrong: the first gold
 * event took the first prediction that fit it, a neighbour's inside the radius or one another event needed.
 */
class PairingTest {

  private static final Scorer SCORER = new Scorer(Profiles.shipped());

  private static Gold.Report report(String eventsJson) throws Exception {
    String json = "{\"radius_km\": 25, \"articles\": {\"r.txt\": {\"conflict\": \"israel-gaza\", \"events\": "
        + eventsJson + "}}}";
    return GoldReader.parse(Path.of("gold.json"), Path.of("made"), new ObjectMapper().readTree(json))
        .reports().get(0);
  }

  private static Predicted attack(String place, Double lat, Double lon, String date, Integer wounded) {
    return new Predicted("attack", null, date, place, lat, lon, null, null, List.of(), List.of(), null, wounded,
        null);
  }

  private static Predicted toll(Integer killed, Integer wounded) {
    return new Predicted("casualty_report", null, "2024-03-02", null, null, null, null, null, null, null, killed,
        wounded, null);
  }

  // Two invented towns 17 km apart, inside each other's 25 km radius.
  private static final String NORTH = "{\"type\": \"attack\", \"where\": [\"Upper Kestrel\", \"Kestrel\"],"
      + " \"lat\": 31.40, \"lon\": 34.60, \"date\": [\"2024-03-02\"], \"wounded\": 5}";
  private static final String SOUTH = "{\"type\": \"attack\", \"where\": [\"Lowmarsh\"], \"lat\": 31.247,"
      + " \"lon\": 34.60, \"date\": [\"2024-03-02\"], \"wounded\": 2}";

  @Test
  void aGoldEventTakesThePredictionNamedAsItsPlaceBeforeANeighboursInsideTheRadius() throws Exception {
    Gold.Report r = report("[" + NORTH + ", " + SOUTH + "]");
    Predicted south = attack("Lowmarsh", 31.247, 34.60, "2024-03-02", 2);
    Predicted north = attack("Kestrel", 31.40, 34.60, "2024-03-02", 5);
    ReportScore s = SCORER.score(r, List.of(south, north), 25);
    assertThat(s.types().attack()).isEqualTo(new Counts(2, 0, 0));
    // Greedy paired the northern gold with the southern prediction: both wounded figures judged wrong.
    assertThat(s.attributes().wounded()).isEqualTo(new Ratio(2, 2));
    assertThat(s.wrongs()).isEmpty();
  }

  @Test
  void aGoldEventWithoutItsOwnPredictionIsMissedRatherThanTakingTheNeighbours() throws Exception {
    Gold.Report r = report("[" + NORTH + ", " + SOUTH + "]");
    // Only the southern town's prediction, with its figure: it pairs with its own town; the north is the miss.
    ReportScore s = SCORER.score(r, List.of(attack("Lowmarsh", 31.247, 34.60, "2024-03-02", 2)), 25);
    assertThat(s.types().attack()).isEqualTo(new Counts(1, 0, 1));
    assertThat(s.misses()).containsExactly("attack Upper Kestrel 2024-03-02 wounded 5");
    assertThat(s.attributes().wounded()).isEqualTo(new Ratio(1, 1));
  }

  @Test
  void withNoNameAgreeingTheNearerPredictionWins() throws Exception {
    Gold.Report r = report("[" + NORTH + ", " + SOUTH + "]");
    // Villages the gold does not name: 2 km from the south (first in the list) and 3 km from the north.
    Predicted nearSouth = attack("Fenbrook", 31.265, 34.60, "2024-03-02", 2);
    Predicted nearNorth = attack("Harrowby", 31.373, 34.60, "2024-03-02", 5);
    ReportScore s = SCORER.score(r, List.of(nearSouth, nearNorth), 25);
    assertThat(s.types().attack()).isEqualTo(new Counts(2, 0, 0));
    assertThat(s.attributes().wounded()).isEqualTo(new Ratio(2, 2));
  }

  @Test
  void asManyGoldEventsArePairedAsAnyPairingAllows() throws Exception {
    Gold.Report r = report("[{\"type\": \"attack\", \"where\": [\"Kestrel\"], \"date\": [\"2024-03-01\","
        + " \"2024-03-02\"]}, {\"type\": \"attack\", \"where\": [\"Kestrel\"], \"date\": [\"2024-03-01\"]}]");
    // The first gold event fits either; greedy gave it the only one the second fits, so one missed, one extra.
    ReportScore s = SCORER.score(r, List.of(attack("Kestrel", null, null, "2024-03-01", null),
        attack("Kestrel", null, null, "2024-03-02", null)), 25);
    assertThat(s.types().attack()).isEqualTo(new Counts(2, 0, 0));
    assertThat(s.extras()).isEmpty();
  }

  @Test
  void casualtyReportsPairWhereBothFiguresAgree() throws Exception {
    Gold.Report r = report("[{\"type\": \"casualty_report\", \"killed\": 4, \"wounded\": 11},"
        + " {\"type\": \"casualty_report\", \"killed\": 4, \"wounded\": 3}]");
    ReportScore s = SCORER.score(r, List.of(toll(4, 3), toll(4, 11)), 25);
    assertThat(s.types().casualtyReport()).isEqualTo(new Counts(2, 0, 0));
    assertThat(s.attributes().wounded()).isEqualTo(new Ratio(2, 2));
  }

  @Test
  void theNearerDayWinsWhereTheRuleAcceptsBoth() throws Exception {
    Gold.Event g = report("[{\"type\": \"attack\", \"where\": [\"Kestrel\"], \"date\": [\"2024-03-02\"]}]")
        .events().get(0);
    Predicted later = attack("Kestrel", null, null, "2024-03-06", null);
    Predicted nearer = attack("Kestrel", null, null, "2024-03-03", null);
    Matching.Outcome o = Pairing.optimal(List.of(g), List.of(later, nearer), (x, y) -> true);
    assertThat(o.pairs()).containsExactly(new Matching.Pair(g, nearer));
    assertThat(o.rest()).containsExactly(later);
  }

  @Test
  void exactTiesGoToTheEarliestPredictionsInTheGoldsOrder() throws Exception {
    List<Gold.Event> gold = report("[{\"type\": \"ceasefire\", \"date\": [\"2024-03-01\", \"2024-03-09\"]},"
        + " {\"type\": \"ceasefire\", \"date\": [\"2024-03-01\", \"2024-03-09\"]}]").events();
    List<Predicted> truces = List.of("2024-03-05", "2024-03-02", "2024-03-08").stream()
        .map(d -> new Predicted("ceasefire", null, d, null, null, null, null, null, null, null, null, null, null))
        .toList();
    Matching.Outcome o = Pairing.optimal(gold, truces, Matching.fits("ceasefire", 25));
    assertThat(o.pairs()).containsExactly(new Matching.Pair(gold.get(0), truces.get(0)),
        new Matching.Pair(gold.get(1), truces.get(1)));
    assertThat(o.rest()).containsExactly(truces.get(2));
  }

  @Test
  void requiredGoldIsPairedFirstAndOptionalGoldAbsorbsTheRest() throws Exception {
    Gold.Report r = report("[{\"type\": \"attack\", \"where\": [\"Kestrel\"], \"lat\": 31.40, \"lon\": 34.60,"
        + " \"date\": [\"2024-03-02\"], \"optional\": true}, " + SOUTH + "]");
    // The optional gold names the prediction's town, but the required one, 17 km off, takes it: a true positive.
    ReportScore s = SCORER.score(r, List.of(attack("Kestrel", 31.40, 34.60, "2024-03-02", 2)), 25);
    assertThat(s.types().attack()).isEqualTo(new Counts(1, 0, 0));
  }

  @Test
  void theAssignmentMinimisesLexicographicCostsAndKeepsEveryRowOnce() {
    long[] a = {0, 0, 9};
    long[] b = {0, 1, 0};
    long[] c = {1, 0, 0};
    // Row 0 prefers column 0 (0,0,9 < 0,1,0), but row 1 fits column 0 only: the pairing that leaves none unpaired.
    assertThat(Assignment.solve(new long[][][] {{a, b}, {a, c}})).containsExactly(1, 0);
    assertThat(Assignment.solve(new long[][][] {{a, b}, {b, a}})).containsExactly(0, 1);
    assertThat(Assignment.solve(new long[0][][])).isEmpty();
  }
}
