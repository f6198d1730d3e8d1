package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A statement that runs on past its attribution: a paragraph with no speaker of its own right after a paragraph that
 * is wholly one speaker's goes on with that speaker's words; a page headed by an organisation over "Statement | 25
 * October 2020" or "Statement on the situation ..." is that organisation's. Sentences written for this test, dated
 * against Sunday 25 October 2020.
 */
class AttributionSixteenTest {

  private static List<String> claimants(Event e) {
    return e.claimedBy();
  }

  @Test
  void aParagraphWithNoSpeakerContinuesTheStatementBeforeIt() {
    List<Event> attacks = SundayStory.attacks(
        "\"Three of our defenders were wounded by enemy mortar fire. One of them is in a serious condition,\" the "
            + "press centre of the Joint Forces Operation said on Sunday.",
        "Ukrainian positions near Vodiane and Pisky came under fire from grenade launchers and heavy machine guns.");
    assertThat(claimants(SundayStory.at(attacks, "Pisky"))).anyMatch(c -> c.contains("Joint Forces Operation"));
  }

  @Test
  void narrationBetweenEndsTheStatement() {
    // the same detail after a paragraph of the reporter's own narration is nobody's statement
    List<Event> attacks = SundayStory.attacks(
        "\"Three of our defenders were wounded by enemy mortar fire,\" the press centre of the Joint Forces "
            + "Operation said on Sunday.",
        "Ukrainian positions near Vodiane and Pisky came under fire from grenade launchers and heavy machine guns.",
        "Positions near Avdiivka came under mortar fire as well.");
    assertThat(claimants(SundayStory.at(attacks, "Pisky"))).anyMatch(c -> c.contains("Joint Forces Operation"));
    assertThat(claimants(SundayStory.at(attacks, "Avdiivka"))).isEmpty();
  }

  private static final Issuer ISSUER = new Issuer(Lexicon.load());

  @Test
  void anOrganisationOverAStatementLineWithAMonthsName() {
    assertThat(ISSUER.of("Ministry of Defence of the Republic of Armenia", List.of("Statement | 25 October 2020")))
        .isEqualTo("Ministry of Defence of the Republic of Armenia");
    assertThat(ISSUER.of("Ministry of Defence of the Republic of Armenia",
        List.of("Reports say the shelling went on all night"))).isNull();
  }

  @Test
  void aGeneralStaffOverAStatementOnTheSituation() {
    assertThat(ISSUER.of("General Staff of the Armed Forces of Ukraine",
        List.of("Statement on the situation near Marinka, 25 October 2020")))
        .isEqualTo("General Staff of the Armed Forces of Ukraine");
  }
}
