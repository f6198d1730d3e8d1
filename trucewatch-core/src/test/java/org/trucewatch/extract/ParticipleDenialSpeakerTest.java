package org.trucewatch.extract;

import static org.trucewatch.extract.SundayStory.attacks;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * "Baku issued a statement, carried by AzerTac, flatly denying any role": a denial told as a participle after a comma
 * is said by the subject of the clause it hangs on, not by an outlet or listener named in an aside between them.
 * Sentences written for this test, dated against Sunday 25 October 2020.
 */
class ParticipleDenialSpeakerTest {

  @Test
  void theParticiplesSpeakerIsTheClausesSubjectNotTheOutletInTheAside() {
    SoftAssertions.assertSoftly(soft -> {
      soft.assertThat(SundayStory.at(attacks("Armenian officials said Azerbaijani drones struck a bus near Martakert on "
          + "Saturday. Baku issued a statement, carried by AzerTac, flatly denying that its forces had hit any "
          + "civilian vehicle."), "Martakert").deniedBy())
          .anyMatch(d -> d.contains("Baku") || d.contains("Azerbaijan") && !d.contains("AzerTac"));
      soft.assertThat(SundayStory.at(attacks("Ukrainian officials said Russian missiles hit a market in Kramatorsk on "
          + "Saturday. The Russian defence ministry released a short note, quoted by TASS, denying any strike on the "
          + "town."), "Kramatorsk").deniedBy()).anyMatch(d -> d.contains("Russia") && !d.contains("TASS"));
      soft.assertThat(SundayStory.at(attacks("Israeli officials said Hezbollah fighters fired anti-tank missiles at a "
          + "post near Metula on Saturday. Hezbollah put out a statement on its Al-Manar channel, denying that its "
          + "fighters had fired at all."), "Metula").deniedBy())
          .anyMatch(d -> d.contains("Hezbollah") && !d.contains("Al-Manar"));
    });
  }
}
