package org.trucewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.incident.Standing;
import org.trucewatch.pipeline.Pipeline;

/** A rule's values are the extractor's and the ladder's words: an unknown one is an error naming the rule. */
class AlertRuleTest {

  private static final Pipeline PIPELINE = new Pipeline(TrucewatchConfig.defaults(),
      Clock.fixed(Instant.parse("2025-06-01T08:00:00Z"), ZoneOffset.UTC));

  private static TrucewatchConfig.Alerts.Rule rule(String type, String subtype, String standing) {
    return new TrucewatchConfig.Alerts.Rule("r", null, null, null, type, subtype, standing, 0,
        List.of("http://127.0.0.1:9/hook"));
  }

  @Test
  void unknownValuesAreErrorsNamingTheRule() {
    assertThatThrownBy(() -> AlertRule.of(rule(null, null, "rumoured"), PIPELINE))
        .isInstanceOf(TrucewatchConfig.ConfigException.class).hasMessageContaining("'r'")
        .hasMessageContaining("rumoured");
    assertThatThrownBy(() -> AlertRule.of(rule(null, "bombing", null), PIPELINE))
        .isInstanceOf(TrucewatchConfig.ConfigException.class).hasMessageContaining("bombing");
    assertThatThrownBy(() -> AlertRule.of(rule("skirmish", null, null), PIPELINE))
        .isInstanceOf(TrucewatchConfig.ConfigException.class).hasMessageContaining("skirmish");
  }

  @Test
  void knownValuesAreReadInAnyCase() {
    AlertRule r = AlertRule.of(rule("Attack", "shelling", "Disputed"), PIPELINE);
    assertThat(r.standing()).isEqualTo(Standing.DISPUTED);
    assertThat(r.subtype()).isEqualTo("shelling");
  }
}
