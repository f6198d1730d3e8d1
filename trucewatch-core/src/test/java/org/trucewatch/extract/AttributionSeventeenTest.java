package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.clean.Article;
import org.trucewatch.pipeline.Articles;

/**
 * Speakers and deniers of the seventeenth round: an allegation named by its author after "by" or "from", or by its
 * owner before the nouns "accusations" and "allegations"; a page title that names one speaker; reports called
 * fabricated or a provocation; "there was no truth in", "meaningless"; a press release known by the acronym that ends
 * its reference number; a dateline's capital is no actor. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class AttributionSeventeenTest {

  private static final Issuer ISSUER = new Issuer(Lexicon.load());

  @Test
  void anAllegationsAuthorAfterByOrFromIsTheClaimantAndItsDismisserTheDenier() {
    Event market = SundayStory.at(SundayStory.attacks("Russia's Defence Ministry on Saturday dismissed as fake claims "
        + "by the White Helmets rescue group that Russian aircraft had bombed a market in Maarat al-Numan, killing 23 "
        + "people."), "Maarat");
    assertThat(market.claimedBy()).anyMatch(c -> c.contains("White Helmets")).noneMatch(c -> c.contains("Russia"));
    assertThat(market.deniedBy()).anyMatch(c -> c.contains("Russia"));
    Event village = SundayStory.at(SundayStory.attacks("Turkey's defence ministry on Saturday rejected as baseless "
        + "allegations from Kurdish-led forces that Turkish drones had struck a village near Kobani, killing four "
        + "civilians."), "Kobani");
    assertThat(village.claimedBy()).anyMatch(c -> c.contains("Syrian Democratic Forces"));
    assertThat(village.deniedBy()).anyMatch(c -> c.contains("Turkey"));
  }

  @Test
  void theNounsOfAnAllegationSpeakOnlyWithTheirOwner() {
    // "separatist" names no actor here: the noun is no verb whose subject, Ukraine, would allege the shelling
    Event horlivka = SundayStory.at(SundayStory.attacks("Ukraine's presidential administration on Sunday rejected "
        + "separatist accusations that its forces shelled the city of Horlivka on Saturday, killing three civilians."),
        "Horlivka");
    assertThat(horlivka.claimedBy()).isEmpty();
    assertThat(horlivka.deniedBy()).anyMatch(c -> c.contains("Ukraine"));
    Event stepanakert = SundayStory.at(SundayStory.attacks("Baku on Sunday rejected Armenian accusations that shells "
        + "fired by Azerbaijani artillery had hit Stepanakert on Saturday, wounding two civilians."), "Stepanakert");
    assertThat(stepanakert.claimedBy()).anyMatch(c -> c.contains("Armenia"));
  }

  private static List<Event> titled(String title, String... paragraphs) {
    Article a = Articles.of("t", SundayStory.SUNDAY.toString(), paragraphs);
    Article withTitle = new Article(a.id(), a.sourceFile(), a.record(), a.sha256(), a.url(), a.outlet(), title,
        a.byline(), a.dateline(), a.published(), a.language(), a.body(), a.paragraphs(), a.captions(), a.removed());
    return SundayStory.PIPELINE.extractor().extract(withTitle, SundayStory.SUNDAY, DateBasis.PUBLICATION).events()
        .stream().filter(e -> e.type() == EventType.ATTACK).toList();
  }

  @Test
  void aTitleNamingOneSpeakerAttributesTheLead() {
    Event drones = SundayStory.at(titled("Armenia says Azerbaijani drones hit Stepanakert",
        "Drones struck Stepanakert on Saturday, wounding five civilians."), "Stepanakert");
    assertThat(drones.claimedBy()).anyMatch(c -> c.contains("Armenia"));
    Event avdiivka = SundayStory.at(titled("Ukraine blames separatists for Avdiivka shelling",
        "KYIV, Oct 25 - Shells hit Avdiivka on Saturday, wounding two civilians."), "Avdiivka");
    assertThat(avdiivka.claimedBy()).anyMatch(c -> c.contains("Ukraine"));
    // a title with two speakers lends none
    Event both = SundayStory.at(titled("Armenia says Azerbaijani drones hit Stepanakert; Baku says Armenia lies",
        "Drones struck Stepanakert on Saturday, wounding five civilians."), "Stepanakert");
    assertThat(both.claimedBy()).isEmpty();
  }

  @Test
  void reportsCalledFabricatedOrAProvocationAreDenied() {
    Event shelled = SundayStory.at(SundayStory.attacks("Azerbaijani forces shelled Stepanakert on Saturday, wounding "
        + "five civilians, Armenian officials told a press conference.", "Baku called the reports fabricated."),
        "Stepanakert");
    assertThat(shelled.deniedBy()).anyMatch(c -> c.contains("Azerbaijan"));
    Event mortar = SundayStory.at(SundayStory.attacks("Separatist mortar shells hit Avdiivka on Saturday, Ukraine's "
        + "military said.", "The separatists called it a provocation staged by Kyiv."), "Avdiivka");
    assertThat(mortar.deniedBy()).anyMatch(c -> c.contains("DPR"));
    // what a speaker calls the attack without a word of untruth denies nothing
    Event mourned = SundayStory.at(SundayStory.attacks("Azerbaijani forces shelled Stepanakert on Saturday, wounding "
        + "five civilians, Armenian officials said.", "The UN envoy called it a tragedy."), "Stepanakert");
    assertThat(mourned.deniedBy()).isEmpty();
  }

  @Test
  void noTruthAndMeaninglessCallAReportUntrue() {
    Event cafe = SundayStory.at(SundayStory.attacks("Ukrainian forces shelled Horlivka on Saturday, killing two "
        + "civilians, the separatists said.", "Ukraine's army said there was no truth in the accusations."),
        "Horlivka");
    assertThat(cafe.deniedBy()).anyMatch(c -> c.contains("Ukrain"));
    Event tartar = SundayStory.at(SundayStory.attacks("Armenian artillery shelled Tartar on Saturday, wounding three "
        + "civilians, Azerbaijan's defence ministry said.", "Yerevan rejected the charge as meaningless."), "Tartar");
    assertThat(tartar.deniedBy()).anyMatch(c -> c.contains("Armenia"));
  }

  @Test
  void aDatelinesCapitalIsNoActor() {
    // "Cairo" before a day or an agency in brackets is where the story was filed, not Egypt's government for "It"
    for (String dateline : List.of("Cairo, Oct 25 (dpa) - ", "Cairo (AFP) - ")) {
      Event prison = SundayStory.at(SundayStory.attacks(dateline + "Warplanes bombed a prison in Saada on Saturday, "
          + "killing 70 people, according to the Houthis.", "It accused the coalition of the raid."), "Sa");
      assertThat(String.valueOf(prison.perpetrator())).doesNotContain("Egypt");
      assertThat(prison.claimedBy()).noneMatch(c -> c.contains("Egypt"));
    }
  }

  @Test
  void aReleaseIsKnownByTheAcronymEndingItsReferenceNumber() {
    assertThat(ISSUER.of("Press Release No PR-204/2019-ISPR", List.of("Rawalpindi, October 21, 2019")))
        .isEqualTo("ISPR");
    assertThat(ISSUER.of("PRESS RELEASE", List.of("No PR-194/2020-ISPR", "Rawalpindi - November 22, 2020")))
        .isEqualTo("ISPR");
    assertThat(ISSUER.of("No PR-194/2020-ISPR", List.of("Rawalpindi - November 22, 2020"))).isEqualTo("ISPR");
    assertThat(ISSUER.of("Press release", List.of("No 12 of 2020, Islamabad"))).isNull();
  }
}
