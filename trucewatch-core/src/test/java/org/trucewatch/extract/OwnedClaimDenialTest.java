package org.trucewatch.extract;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * A claim noun owned by a side ("the claims of X that ...", "X's reports that ...", "the Armenian allegations that
 * ...") whose predicate calls it untrue ("are false", "were disinformation", "did not correspond to reality"): what
 * it tells is the owner's allegation, and the sentence's speaker denies it. Sentences written for this test.
 */
class OwnedClaimDenialTest {

  private static Event attack(String... paragraphs) {
    List<Event> attacks = SundayStory.attacks(paragraphs);
    org.assertj.core.api.Assertions.assertThat(attacks).as(String.join(" ", paragraphs)).isNotEmpty();
    return attacks.get(0);
  }

  @Test
  void theOwnerAllegesAndTheSpeakerDenies() {
    SoftAssertions.assertSoftly(soft -> {
      Event a = attack("The claims of the Armenian defence ministry that Azerbaijani units shelled the village of "
          + "Sotk on Saturday are false, Azerbaijan's defence ministry said.");
      soft.assertThat(a.claimedBy()).as("of-owner claimant").anyMatch(c -> c.contains("Armenia"));
      soft.assertThat(a.deniedBy()).as("of-owner denier").anyMatch(c -> c.contains("Azerbaijan"));
      Event b = attack("Azerbaijan's defence ministry said that Yerevan's allegations that its artillery had "
          + "pounded Sotk overnight on Saturday were pure disinformation.");
      soft.assertThat(b.claimedBy()).as("possessive claimant").anyMatch(c -> c.contains("Armenia"));
      soft.assertThat(b.deniedBy()).as("possessive denier").anyMatch(c -> c.contains("Azerbaijan"));
      Event c = attack("The Sudanese army said the RSF's reports that its fighters had overrun the garrison in "
          + "Babanusa on Saturday did not correspond to reality.");
      soft.assertThat(c.claimedBy()).as("reports claimant").anyMatch(x -> x.contains("Rapid Support"));
      soft.assertThat(c.deniedBy()).as("reports denier").anyMatch(x -> x.contains("Sudan"));
      Event d = attack("Russia's defence ministry considers the allegations of Kyiv that Russian drones struck a "
          + "hospital in Kherson on Saturday to be a provocation.");
      soft.assertThat(d.claimedBy()).as("object claimant").anyMatch(x -> x.contains("Ukrain"));
      soft.assertThat(d.deniedBy()).as("object denier").anyMatch(x -> x.contains("Russia"));
    });
  }

  @Test
  void aClaimNotCalledUntrueStaysTheSpeakers() {
    Event a = attack("Azerbaijan's defence ministry said the Armenian claims that Azerbaijani units shelled the "
        + "village of Sotk on Saturday were made to cover Armenian provocations.");
    org.assertj.core.api.Assertions.assertThat(a.deniedBy()).isEmpty();
  }
}
