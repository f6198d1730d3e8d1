package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each side alleging the other's attack of the same day denies the other's account, also where one side's single
 * sentence names two places (two attacks, one allegation), and where one side's account is a statement's own voice.
 * Sentences written for this test.
 */
class CounterAllegationPlacesTest {

  private static final String ARMENIA = "Azerbaijani troops shelled Armenian positions near Sotk on Saturday, the "
      + "Armenian defence ministry said.";
  private static final String AZERBAIJAN = "Azerbaijan's defence ministry said on Saturday that Armenian units had "
      + "attacked its positions in Kalbajar and Lachin.";

  @Test
  void anAllegationNamingTwoPlacesIsStillOneAnswerToTheOther() {
    List<Event> attacks = SundayStory.attacks(ARMENIA, AZERBAIJAN);
    assertThat(attacks).filteredOn(e -> "AM".equals(e.perpetratorSide())).hasSizeGreaterThanOrEqualTo(2)
        .allMatch(e -> e.deniedBy().stream().anyMatch(d -> d.contains("Armenia")));
    assertThat(attacks).filteredOn(e -> "AZ".equals(e.perpetratorSide())).isNotEmpty()
        .allMatch(e -> e.deniedBy().stream().anyMatch(d -> d.contains("Azerbaijan")));
  }

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
