package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Each side alleging the other's attack of the same day denies the other's account, also where one side's account is
 * a statement's own voice (its issuer's claim). Sentences written for this test.
 */
class StatementCounterClaimTest {

  @Test
  void aStatementsOwnAccountAnswersTheOtherSidesAllegation() {
    String page = """
        Statement of the Ministry of Defence of the Republic of Armenia

        25 October 2020

        On Saturday, units of the Azerbaijani armed forces fired artillery at Armenian combat positions near Sotk.

        The Armenian units took adequate measures and the situation is under control.

        The defence ministry of Azerbaijan said that Armenian units had shelled its positions near Kalbajar on Saturday.
        """;
    assertThat(SundayStory.pageAttacks(page)).filteredOn(e -> "AM".equals(e.perpetratorSide())).isNotEmpty()
        .allMatch(e -> e.deniedBy().stream().anyMatch(d -> d.contains("Armenia")));
  }
}
