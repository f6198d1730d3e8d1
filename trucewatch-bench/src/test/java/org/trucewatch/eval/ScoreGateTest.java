package org.trucewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quality gate's thresholds file and its verdicts. */
class ScoreGateTest {

  private static QualityGate gate(String properties) throws Exception {
    return QualityGate.read(new ByteArrayInputStream(properties.getBytes(StandardCharsets.UTF_8)), "gate");
  }

  @Test
  void eachFigureBelowItsThresholdIsNamedWithItsValueAndThreshold() throws Exception {
    QualityGate g = gate("attack.f1=0.7\nclaimant=0.5\nceasefire.f1=0.2\nconflict.f1=0.6\nconflict.min_gold_events=5\n"
        + "denier=0.1\n");
    assertThat(g.minConflictEvents()).isEqualTo(5);
    List<Figures.Figure> figures = List.of(new Figures.Figure("attack.f1", 0.65, "tp 13, fp 4, fn 10"),
        new Figures.Figure("claimant", 0.5, "5/10"), new Figures.Figure("ceasefire.f1", 0.9, "tp 9, fp 1, fn 1"),
        new Figures.Figure("denier", null, "0/0"), new Figures.Figure("conflict.donbas.f1", 0.55, "tp 5, fp 4, fn 4"),
        new Figures.Figure("conflict.karabakh.f1", 0.8, "tp 8, fp 2, fn 2"));
    assertThat(g.failures(figures)).containsExactly(
        "attack.f1 = 0.650, below its threshold 0.70 (tp 13, fp 4, fn 10)",
        "denier: not measured (no gold event has it), threshold 0.10",
        "conflict.donbas.f1 = 0.550, below its threshold 0.60 (tp 5, fp 4, fn 4)");
    assertThat(gate("attack.f1=0.0\ndenier=0\n").failures(figures)).isEmpty();
  }

  @Test
  void aKeyThatNamesNoFigureOrABadValueIsAnError() {
    assertThatThrownBy(() -> gate("atack.f1=0.5\n")).hasMessageContaining("gate: atack.f1: not a figure");
    assertThatThrownBy(() -> gate("attack.f1=high\n")).hasMessageContaining("gate: attack.f1: not a number");
    assertThatThrownBy(() -> gate("attack.f1=70\n")).hasMessageContaining("not in [0, 1]");
  }

  @Test
  void theShippedThresholdsFileReads() throws Exception {
    try (InputStream in = ScoreGateTest.class.getResourceAsStream("/quality-gate.properties")) {
      QualityGate g = QualityGate.read(in, "quality-gate.properties");
      assertThat(g.minimums()).containsKeys("attack.f1", "ceasefire.f1", "casualty.f1", "perpetrator", "claimant");
      assertThat(g.conflictF1()).isNotNull();
      assertThat(g.minConflictEvents()).isEqualTo(10);
    }
  }
}
