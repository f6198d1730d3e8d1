package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How claimants are named: the dictionary's name with the source's own words, lists of places inside a speaker's
 * name, and a statement that condemns an attack. Sentences written for this test, published Sunday 25 October 2020.
 */
class ClaimantNamesTest {

  @Test
  void aDictionarySpeakerIsNamedWithTheWordsTheSourceUsed() {
    List<Event> all = attacks("Armenian artillery shelled Tartar on Saturday, Azerbaijan's defence ministry said.");
    assertThat(all).singleElement().satisfies(e -> {
      assertThat(e.claims()).singleElement().satisfies(c -> {
        assertThat(c.actorId()).isNotNull();
        assertThat(c.written()).isEqualTo("Azerbaijan's defence ministry");
      });
      assertThat(e.claimedBy()).singleElement().asString().contains("(\"Azerbaijan's defence ministry\")");
      assertThat(e.speakers(Stance.ALLEGES)).singleElement().asString().doesNotContain("\"");
    });
  }

  @Test
  void wordsTheCanonicalNameAlreadyHoldsOrAPronounAreNotRepeated() {
    Claim same = new Claim("Azerbaijan Ministry of Defense", "AZ/MOD", "AZ", Stance.ALLEGES, null, null,
        "the Azerbaijan Ministry of Defense");
    Claim pronoun = new Claim("Azerbaijan Ministry of Defense", "AZ/MOD", "AZ", Stance.ALLEGES, null, null, "it");
    Claim other = new Claim("Lebanon Ministry of Health", "LB/MOH", "LB", Stance.ALLEGES, null, null,
        "the health ministry");
    assertThat(same.display()).isEqualTo("Azerbaijan Ministry of Defense");
    assertThat(pronoun.display()).isEqualTo("Azerbaijan Ministry of Defense");
    assertThat(other.display()).isEqualTo("Lebanon Ministry of Health (\"the health ministry\")");
  }

  @Test
  void placesListedAfterASpeakersNounBelongToItsName() {
    List<Event> all = attacks("Farmers in Tartar, Barda and Goranboy say Armenian forces shelled Aghdam on Saturday.");
    assertThat(all).isNotEmpty().allSatisfy(e -> assertThat(e.claimedBy()).singleElement().asString()
        .startsWith("Farmers in Tartar"));
  }

  @Test
  void aStatementCondemningAnAttackIsItsSpeakersClaim() {
    List<Event> all = attacks("The Barda Lawyers Association condemns in the strongest terms the shelling of Barda "
        + "by Armenian forces on Saturday.");
    assertThat(all).singleElement().satisfies(e -> assertThat(e.claimedBy()).singleElement().asString()
        .contains("Barda Lawyers Association"));
  }

  @Test
  void whoWasToldIsNotWhoDeniesInTheSameBreath() {
    List<Event> all = attacks("Armenian forces shelled Tartar on Saturday, Azerbaijan's defence ministry said.",
        "Armenian defence ministry spokeswoman Shushan Stepanyan told Reuters the army had not fired and denied the "
            + "accusation outright.");
    assertThat(all).singleElement().satisfies(e -> assertThat(e.deniedBy()).singleElement().asString()
        .contains("Stepanyan").doesNotContain("Reuters"));
  }

  @Test
  void aSpeakerWithAnAppositionIsTheNameBeforeIt() {
    List<Event> all = attacks("Vagif Dargahli, a spokesman for the ministry, wrote on Facebook that Armenian forces "
        + "had shelled Tartar on Saturday.");
    assertThat(all).singleElement().satisfies(e -> assertThat(e.claimedBy()).singleElement().asString()
        .contains("Dargahli"));
  }

  @Test
  void aSpeakerInsideARelativeClauseStartsAfterItsPronoun() {
    List<Event> all = attacks("On Saturday Azerbaijani forces seized two Armenian howitzers that the army said had "
        + "shelled Tartar.");
    assertThat(all).isNotEmpty().allSatisfy(e -> assertThat(e.claimedBy()).singleElement().asString()
        .doesNotContain("howitzers").contains("army"));
  }
}
