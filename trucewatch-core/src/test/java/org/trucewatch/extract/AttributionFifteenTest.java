package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who said so when the speaker's words pass through others: "X told AFP", "X told reporters", "a spokesman for
 * Ukraine's delegation to the Trilateral Contact Group", "an agency reported, citing the press centre of ...", an outlet the dictionary does not know, and a
 * press release whose issuer heads it. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class AttributionFifteenTest {

  private static List<String> claimants(List<Event> events) {
    return events.stream().flatMap(e -> e.claimedBy().stream()).distinct().toList();
  }

  @Test
  void theOutletToldIsNotTheSpeaker() {
    List<Event> attacks = SundayStory.attacks("Two shepherds were wounded by sniper fire near Talysh on Sunday, "
        + "a local police officer told AFP.");
    assertThat(attacks).isNotEmpty();
    assertThat(claimants(attacks)).contains("a local police officer").noneMatch(c -> c.contains("AFP"));
  }

  @Test
  void toldReportersEndsTheAttribution() {
    List<Event> attacks = SundayStory.attacks("Three soldiers were killed when mortar shells hit their trench near "
        + "Pisky on Sunday, the Ukrainian military told reporters.");
    assertThat(attacks).isNotEmpty();
    assertThat(claimants(attacks)).anyMatch(c -> c.contains("Ukrainian military"));
  }

  @Test
  void aDelegationsSpokesmanSpeaksForItsSideNotForTheGroup() {
    List<Event> attacks = SundayStory.attacks("Two servicemen were wounded by mortar fire near Zaitseve on Sunday, "
        + "a spokesman for Ukraine's delegation to the Trilateral Contact Group told Interfax-Ukraine, according to a "
        + "report relayed by UNIAN.");
    assertThat(attacks).isNotEmpty();
    // (The actor Ukraine speaks, its office written beside it)
    assertThat(claimants(attacks)).anyMatch(c -> c.startsWith("Ukraine"))
        .noneMatch(c -> c.contains("Trilateral") || c.contains("report"));
  }

  @Test
  void aBodysPressCentreCitedIsTheBody() {
    List<Event> events = SundayStory.events("Two Ukrainian soldiers were wounded by shelling near Marinka on Sunday, "
        + "Ukrinform reported, citing the press centre of the Joint Forces Operation.");
    assertThat(claimants(events)).isNotEmpty().allMatch(c -> c.contains("Joint Forces Operation"));
  }

  @Test
  void anOutletOutsideTheDictionaryRelaysItsSource() {
    List<Event> attacks = SundayStory.attacks("Two fishermen were killed by shelling near Hodeidah on Sunday, "
        + "Al-Hadath television reported, citing medical sources.");
    assertThat(attacks).isNotEmpty();
    assertThat(claimants(attacks)).contains("medical sources").noneMatch(c -> c.contains("Hadath"));
  }

  private static final Issuer ISSUER = new Issuer(Lexicon.load());

  @Test
  void aPressReleaseLineOverItsIssuer() {
    assertThat(ISSUER.of("PRESS RELEASE", List.of("Inter Services Public Relations     Rawalpindi - October 25, 2020")))
        .isEqualTo("Inter Services Public Relations");
    assertThat(ISSUER.of("PRESS RELEASE", List.of("Inter Services Public Relations Rawalpindi - October 25, 2020")))
        .isEqualTo("Inter Services Public Relations");
    assertThat(ISSUER.of("PRESS RELEASE", List.of("Troops came under fire overnight near the border"))).isNull();
  }

  @Test
  void anIssuerWhoseAcronymSignsTheReference() {
    assertThat(ISSUER.of("Inter Services Public Relations (ISPR)",
        List.of("No PR-112/2020-ISPR, Rawalpindi, October 25, 2020"))).isEqualTo("Inter Services Public Relations");
    assertThat(ISSUER.of("Inter Services Public Relations (ISPR)", List.of("Rawalpindi, October 25, 2020"))).isNull();
  }
}
