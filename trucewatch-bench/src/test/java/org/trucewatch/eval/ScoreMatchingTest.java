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

/** The scorer's matching on hand-made gold and predictions (no extraction runs). */
class ScoreMatchingTest {

  private static final Scorer SCORER = new Scorer(Profiles.shipped());

  /** A report of one folder, from the gold of one report written as JSON ({@code events} array). */
  private static Gold.Report report(String conflictJson, String eventsJson) throws Exception {
    String json = "{\"radius_km\": 25, \"articles\": {\"r.txt\": {" + (conflictJson == null ? ""
        : "\"conflict\": " + conflictJson + ", ") + "\"events\": " + eventsJson + "}}}";
    return GoldReader.parse(Path.of("gold.json"), Path.of("written"), new ObjectMapper().readTree(json))
        .reports().get(0);
  }

  private static Predicted at(String place, Double lat, Double lon, String date) {
    return new Predicted("attack", null, date, place, lat, lon, null, null, List.of(), List.of(), null, null, null);
  }

  private static Predicted by(String place, String date, String perpetrator, String conflict) {
    return new Predicted("attack", null, date, place, null, null, null, perpetrator, List.of(), List.of(), null,
        null, conflict);
  }

  private static final String AVDIIVKA = "{\"type\": \"attack\", \"where\": [\"Avdiivka\"], \"lat\": 48.1394,"
      + " \"lon\": 37.7497, \"date\": [\"2017-01-30\"]}";

  @Test
  void requiredGoldIsMissedOptionalGoldOnlyAbsorbsPredictions() throws Exception {
    Gold.Report r = report("\"donbas\"", "[" + AVDIIVKA + ", {\"type\": \"attack\", \"where\": [\"Mariupol\"],"
        + " \"date\": [\"2017-01-30\"], \"optional\": true}]");
    Predicted mariupol = at("Mariupol", null, null, "2017-01-30");
    Predicted avdiivka = at("Avdiivka", null, null, "2017-01-30");
    Predicted kyiv = at("Kyiv", null, null, "2017-01-30");
    assertThat(SCORER.score(r, List.of(mariupol, avdiivka, kyiv), 25).types().attack())
        .isEqualTo(new Counts(1, 1, 0));
    ReportScore missing = SCORER.score(r, List.of(mariupol), 25);
    assertThat(missing.types().attack()).isEqualTo(new Counts(0, 0, 1));
    assertThat(missing.misses()).containsExactly("attack Avdiivka 2017-01-30");
    assertThat(SCORER.score(r, List.of(), 25).types().attack()).isEqualTo(new Counts(0, 0, 1));
  }

  @Test
  void matchingIsOneToOneAndPairsAsManyAsFit() throws Exception {
    Gold.Report r = report("\"donbas\"", "[{\"type\": \"attack\", \"where\": [\"Avdiivka\"],"
        + " \"date\": [\"2017-01-30\", \"2017-01-31\"]}, {\"type\": \"attack\", \"where\": [\"Avdiivka\"],"
        + " \"date\": [\"2017-01-30\"]}]");
    // One prediction matches one gold event only.
    assertThat(SCORER.score(r, List.of(at("Avdiivka", null, null, "2017-01-30")), 25).types().attack())
        .isEqualTo(new Counts(1, 0, 1));
    // Not greedy (the seeds scorer's first fit gave the first gold event the 30th and left the 31st over): the
    // pairing that matches both.
    ReportScore s = SCORER.score(r, List.of(at("Avdiivka", null, null, "2017-01-30"),
        at("Avdiivka", null, null, "2017-01-31")), 25);
    assertThat(s.types().attack()).isEqualTo(new Counts(2, 0, 0));
    assertThat(s.extras()).isEmpty();
  }

  @Test
  void aPlaceMatchesByNameSubstringRadiusCountryOrAnyPlace() throws Exception {
    Gold.Event g = report("\"donbas\"", "[" + AVDIIVKA + "]").events().get(0);
    assertThat(Matching.placeOk(g, at("Avdiivka district", null, null, "x"), 25)).isTrue();
    assertThat(Matching.placeOk(g, at("Yasynuvata", 48.1297, 37.8617, "x"), 25)).isTrue(); // 8 km
    assertThat(Matching.placeOk(g, at("Donetsk", 48.0159, 37.8028, "x"), 25)).isTrue(); // 14 km
    assertThat(Matching.placeOk(g, at("Donetsk", 48.0159, 37.8028, "x"), 10)).isFalse();
    assertThat(Matching.placeOk(g, at("Mariupol", 47.0971, 37.5434, "x"), 25)).isFalse(); // 117 km
    assertThat(Matching.placeOk(g, at(null, null, null, "x"), 25)).isFalse();
    Gold.Event accented = report(null, "[{\"type\": \"attack\", \"where\": [\"Ağdam\"], \"date\": [\"2020-10-20\"]}]")
        .events().get(0);
    assertThat(Matching.placeOk(accented, at("Agdam", null, null, "x"), 25)).isTrue();
    Gold.Event country = report(null, "[{\"type\": \"attack\", \"country_level\": \"AM\", \"date\": [\"2022-09-13\"]}]")
        .events().get(0);
    Predicted inArmenia = new Predicted("attack", null, "x", "Armenia", 40.0, 45.0, "AM", null, null, null, null,
        null, null);
    assertThat(Matching.placeOk(country, inArmenia, 25)).isTrue();
    assertThat(Matching.placeOk(country, at("Ganja", 40.68, 46.36, "x"), 25)).isFalse();
    Gold.Event any = report(null, "[{\"type\": \"attack\", \"any_place\": true, \"date\": [\"2022-09-13\"]}]")
        .events().get(0);
    assertThat(Matching.placeOk(any, at(null, null, null, "x"), 25)).isTrue();
  }

  @Test
  void aDateMatchesInsideTheGoldRange() throws Exception {
    Gold.Event g = report(null, "[{\"type\": \"ceasefire\", \"date\": [\"2017-01-29\", \"2017-01-30\"]}]")
        .events().get(0);
    assertThat(Matching.dateOk(g, by("x", "2017-01-29", null, null))).isTrue();
    assertThat(Matching.dateOk(g, by("x", "2017-01-30T23:00+02:00", null, null))).isTrue();
    assertThat(Matching.dateOk(g, by("x", "2017-01-31", null, null))).isFalse();
    assertThat(Matching.dateOk(g, by("x", "2017-01-28", null, null))).isFalse();
    assertThat(Matching.dateOk(g, at("x", null, null, null))).isFalse();
  }

  @Test
  void theDateFigureCountsAttacksFoundAtTheirPlaceOnAnotherDay() throws Exception {
    Gold.Report r = report("\"donbas\"", "[" + AVDIIVKA + "]");
    ReportScore s = SCORER.score(r, List.of(at("Avdiivka", null, null, "2017-02-02")), 25);
    assertThat(s.types().attack()).isEqualTo(new Counts(0, 1, 1));
    assertThat(s.attributes().date()).isEqualTo(new Ratio(0, 1));
    assertThat(SCORER.score(r, List.of(at("Avdiivka", null, null, "2017-01-30")), 25).attributes().date())
        .isEqualTo(new Ratio(1, 1));
  }

  @Test
  void aPerpetratorIdMatchesTheSidesIdOrNamesElseASubstring() throws Exception {
    Profiles p = Profiles.shipped();
    assertThat(Matching.perpetratorOk("DPR", by("x", "d", "Donetsk People's Republic", null), "donbas", p))
        .isTrue();
    assertThat(Matching.perpetratorOk("DPR", by("x", "d", "DPR", null), "donbas", p)).isTrue();
    assertThat(Matching.perpetratorOk("DPR", by("x", "d", "DNR", null), "donbas", p)).isTrue();
    assertThat(Matching.perpetratorOk("DPR", by("x", "d", "Ukraine", null), "donbas", p)).isFalse();
    assertThat(Matching.perpetratorOk("DPR", by("x", "d", null, null), "donbas", p)).isFalse();
    assertThat(Matching.perpetratorOk("AZ", by("x", "d", "Azerbaijan", null), "karabakh", p)).isTrue();
    assertThat(Matching.perpetratorOk("AZ", by("x", "d", "Armenia", null), "karabakh", p)).isFalse();
    // Not a side of the conflict: a normalised substring.
    assertThat(Matching.perpetratorOk("Wagner", by("x", "d", "the Wagner Group", null), "donbas", p)).isTrue();
    assertThat(Matching.perpetratorOk("DPR", by("x", "d", "Donetsk People's Republic", null), "karabakh", p))
        .isFalse();
    // A report without a conflict takes the prediction's.
    Gold.Report r = report("null", "[{\"type\": \"attack\", \"where\": [\"Avdiivka\"], \"date\": [\"2017-01-30\"],"
        + " \"perpetrator\": \"DPR\"}]");
    assertThat(SCORER.score(r, List.of(by("Avdiivka", "2017-01-30", "Donetsk People's Republic", "donbas")), 25)
        .attributes().perpetrator()).isEqualTo(new Ratio(1, 1));
    assertThat(SCORER.score(r, List.of(by("Avdiivka", "2017-01-30", "Donetsk People's Republic", null)), 25)
        .attributes().perpetrator()).isEqualTo(new Ratio(0, 1));
  }

  @Test
  void claimantsDeniersFiguresAndSubtypesAreScoredOnMatchedEvents() throws Exception {
    Gold.Report r = report("\"donbas\"", "[{\"type\": \"attack\", \"subtype\": \"shelling\", \"where\": [\"Avdiivka\"],"
        + " \"date\": [\"2017-01-30\"], \"claimed_by\": [\"Ukrain\", \"General Staff\"], \"denied_by\": [\"DPR\"],"
        + " \"killed\": 3, \"wounded\": 5}, {\"type\": \"casualty_report\", \"wounded\": 5}]");
    Predicted p = new Predicted("attack", "shelling", "2017-01-30", "Avdiivka", null, null, "UA", null,
        List.of("Ukraine's military"), List.of("Eduard Basurin (Donetsk)"), 3, 4, "donbas");
    Predicted report = new Predicted("casualty_report", null, "2017-01-30", null, null, null, null, null, null, null,
        null, 5, "donbas");
    ReportScore s = SCORER.score(r, List.of(p, report), 25);
    assertThat(s.attributes()).isEqualTo(new Scores.Attributes(Ratio.ZERO, new Ratio(1, 1), new Ratio(0, 1),
        new Ratio(1, 1), new Ratio(1, 2), new Ratio(1, 1), new Ratio(1, 1)));
    assertThat(s.types().casualtyReport()).isEqualTo(new Counts(1, 0, 0));
    assertThat(s.subtypes()).containsExactly(new Scores.SubtypeScore("shelling", new Ratio(1, 1)));
    Predicted clash = new Predicted("attack", "armed_clash", "2017-01-30", "Avdiivka", null, null, null, null, null,
        null, null, null, null);
    assertThat(SCORER.score(r, List.of(clash), 25).subtypes())
        .containsExactly(new Scores.SubtypeScore("shelling", new Ratio(0, 1)));
  }

  @Test
  void falseAttacksAndAgreementStoriesAreCountedPerReport() throws Exception {
    Gold.Report talks = report("\"donbas\"", "[{\"type\": \"ceasefire\", \"subtype\": \"agreed\","
        + " \"date\": [\"2017-02-01\"]}]");
    Predicted ceasefire = new Predicted("ceasefire", "agreed", "2017-02-05", null, null, null, null, null, null,
        null, null, null, null);
    ReportScore s = SCORER.score(talks, List.of(ceasefire, at("Avdiivka", null, null, "2017-02-01")), 25);
    assertThat(s.falseAttack()).isEqualTo(new Ratio(1, 1));
    assertThat(s.agreement()).isEqualTo(new Ratio(1, 1)); // a ceasefire on another day still counts here
    assertThat(s.types().ceasefire()).isEqualTo(new Counts(0, 1, 1));
    Gold.Report violated = report("\"donbas\"", "[{\"type\": \"ceasefire\", \"subtype\": \"violated\","
        + " \"date\": [\"2017-02-01\"]}]");
    assertThat(SCORER.score(violated, List.of(), 25).agreement()).isEqualTo(Ratio.ZERO);
    assertThat(SCORER.score(violated, List.of(), 25).falseAttack()).isEqualTo(new Ratio(0, 1));
  }

  @Test
  void reportsAreSummedPerConflictGroup() throws Exception {
    Gold.Report donbas = report("\"donbas\"", "[" + AVDIIVKA + "]");
    Gold.Report none = report("null", "[]");
    Gold.Report seedFormat = report(null, "[{\"type\": \"ceasefire\", \"date\": [\"2020-10-10\"]}]");
    assertThat(List.of(donbas.group(), none.group(), seedFormat.group()))
        .containsExactly("donbas", "other", "written");
    Predicted hit = at("Avdiivka", null, null, "2017-01-30");
    Predicted wrong = at("Kyiv", null, null, "2017-01-30");
    Scores.Result result = Scores.Result.of(List.of("f"), 0, List.of(SCORER.score(donbas, List.of(hit), 25),
        SCORER.score(donbas, List.of(wrong), 25), SCORER.score(none, List.of(wrong), 25),
        SCORER.score(seedFormat, List.of(), 25)));
    assertThat(result.groups()).extracting(Scores.GroupScore::group).containsExactly("donbas", "other", "written");
    Scores.Totals d = result.groups().get(0).totals();
    assertThat(d.reports()).isEqualTo(2);
    assertThat(d.types().attack()).isEqualTo(new Counts(1, 1, 1));
    assertThat(result.groups().get(1).totals().falseAttacks()).isEqualTo(new Ratio(1, 1));
    assertThat(result.overall().types().attackAndCeasefire()).isEqualTo(new Counts(1, 2, 2));
    // Per-conflict figures only for groups with enough gold attacks and ceasefires.
    assertThat(Figures.of(result, 2)).extracting(Figures.Figure::name).contains("conflict.donbas.f1")
        .doesNotContain("conflict.written.f1", "conflict.other.f1");
    assertThat(Figures.of(result, 3)).extracting(Figures.Figure::name).doesNotContain("conflict.donbas.f1");
    assertThat(Figures.of(result, 1)).filteredOn(f -> f.name().equals("conflict.donbas.f1"))
        .extracting(Figures.Figure::value).containsExactly(0.5);
  }
}
