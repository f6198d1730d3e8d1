package org.trucewatch.extract;

import static org.trucewatch.extract.SundayStory.attacks;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Denials worded as news outlets word them: a participle after the claim ("..., flatly denying any role"), the other
 * side's account rejected ("rejected the Armenian version"), and a pronoun speaker naming the side of the sentence
 * before ("It dismissed the claims as lies"). Sentences written for this test, dated against Sunday 25 October 2020.
 */
class DenialWordingsTest {

  @Test
  void aParticipleAfterTheClaimDenies() {
    SoftAssertions.assertSoftly(soft -> {
      soft.assertThat(SundayStory.at(attacks("Armenia accused Azerbaijan of shelling Stepanakert on Saturday. Baku "
          + "issued a statement, flatly denying any role in the attack."), "Stepanakert").deniedBy())
          .anyMatch(d -> d.contains("Baku") || d.contains("Azerbaijan"));
      soft.assertThat(SundayStory.at(attacks("Ukrainian officials said Russian missiles hit a market in Kramatorsk on "
          + "Saturday. Moscow responded within hours, denying that its forces had struck the town."), "Kramatorsk")
          .deniedBy()).anyMatch(d -> d.contains("Moscow") || d.contains("Russia"));
    });
  }

  @Test
  void theOtherSidesAccountRejectedDenies() {
    SoftAssertions.assertSoftly(soft -> {
      soft.assertThat(SundayStory.at(attacks("Armenian officials said Azerbaijani drones struck a bus near Martakert on "
          + "Saturday. Azerbaijan's defence ministry rejected the Armenian account as fabricated."), "Martakert")
          .deniedBy()).anyMatch(d -> d.contains("Azerbaijan"));
      soft.assertThat(SundayStory.at(attacks("Palestinian medics said an Israeli strike killed four people in Rafah on "
          + "Saturday. The Israeli military rejects that version of events."), "Rafah").deniedBy())
          .anyMatch(d -> d.contains("Isra"));
      soft.assertThat(SundayStory.at(attacks("Indian officials said Pakistani troops shelled villages in Poonch on "
          + "Saturday. Pakistan's army dismissed as propaganda the Indian claims."), "Poonch").deniedBy())
          .anyMatch(d -> d.contains("Pakistan"));
    });
  }

  @Test
  void aPronounSpeakerIsTheSideOfTheSentenceBefore() {
    SoftAssertions.assertSoftly(soft -> {
      soft.assertThat(SundayStory.at(attacks("Armenian officials said Azerbaijani artillery hit a hospital in "
          + "Stepanakert on Saturday. The Azerbaijani defence ministry issued a statement on Sunday. It dismissed the "
          + "allegation as a lie."), "Stepanakert").deniedBy()).anyMatch(d -> d.contains("Azerbaijan"));
      soft.assertThat(SundayStory.at(attacks("Ukrainian officials said Russian shelling killed three people in "
          + "Kharkiv on Saturday. Russia's defence ministry was asked about the report. It denied the accusation."),
          "Kharkiv").deniedBy()).anyMatch(d -> d.contains("Russia"));
    });
  }
}
