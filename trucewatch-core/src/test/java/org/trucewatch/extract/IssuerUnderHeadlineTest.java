package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A statement whose issuer is named by a heading line the title does not hold: a long heading ("Statement of the ...
 * on the ..."), a publisher's line under a news-like headline ("... Press Office - Announcement"), an organisation's
 * name over "PRESS RELEASE". What it tells in its own voice is its issuer's claim. Texts written for this test, dated
 * against Sunday 25 October 2020.
 */
class IssuerUnderHeadlineTest {

  private static final Issuer ISSUER = new Issuer(Lexicon.load());

  @Test
  void aHeadingLineNamesTheIssuer() {
    assertThat(ISSUER.ofLines(List.of("Statement of the General Staff of the Armed Forces on the night shelling of "
        + "frontline villages in the southern districts and the response of our units", "24 October 2020")))
        .isEqualTo("General Staff of the Armed Forces");
    assertThat(ISSUER.ofLines(List.of("Army Press Office - Announcement", "Saturday, 24 October 2020")))
        .isEqualTo("Army Press Office");
    assertThat(ISSUER.ofLines(List.of("Directorate of Defence Communications", "PRESS RELEASE", "Capital, 24 Oct")))
        .isEqualTo("Directorate of Defence Communications");
  }

  @Test
  void aSentenceOrANewsLineNamesNoIssuer() {
    assertThat(ISSUER.ofLines(List.of("The ministry said in a statement that the village had been shelled."))).isNull();
    assertThat(ISSUER.ofLines(List.of("Residents report heavy shelling overnight in the east of the town"))).isNull();
    assertThat(ISSUER.ofLines(List.of("By our correspondent | 24 October 2020", "Share: Facebook | Email"))).isNull();
  }

  @Test
  void aStatementsOwnAccountIsItsIssuers() {
    List<Event> long0 = SundayStory.pageAttacks(String.join("\n\n",
        "Ministry of Defence of the Republic of Armenia: information on the operational situation along the line of "
            + "contact, 24 October 2020",
        "On the morning of 24 October, enemy artillery shelled the village of Martuni, damaging several houses."));
    assertThat(long0).isNotEmpty().allMatch(e -> e.claimedBy().stream().anyMatch(c -> c.contains("Armenia")));
    List<Event> under = SundayStory.pageAttacks(String.join("\n\n",
        "Drones strike positions near Tartar as fighting flares",
        "Press Service of the Azerbaijani Defence Ministry - Announcement\nSaturday, 24 October 2020",
        "On Saturday afternoon, enemy drones attacked our positions near Tartar. The attack was repelled."));
    assertThat(under).isNotEmpty().allMatch(e -> e.claimedBy().stream().anyMatch(c -> c.contains("Azerbaijan")));
  }

  @Test
  void aLetterheadWhoseReleaseLinesTheCleanerDroppedNamesTheIssuer() {
    // (a command's name kept in the body, its release number and date under it dropped by the cleaner as furniture)
    org.trucewatch.clean.Article kept = org.trucewatch.pipeline.Articles.of("t", SundayStory.SUNDAY.toString(),
        "Task group returns fire after attack on an allied post", "AZERBAIJAN NORTHERN COMMAND",
        "Combined Task Group - Operation Steel Shield",
        "SOUTH CAUCASUS - Armenian artillery shelled an allied post near Tartar on Saturday, wounding one soldier.");
    org.trucewatch.clean.Article page = new org.trucewatch.clean.Article(kept.id(), kept.sourceFile(), null, "0",
        null, null, null, null, null, kept.published(), "en", kept.body(), kept.paragraphs(), null,
        List.of(new org.trucewatch.clean.RemovedBlock("Release No. 20201024-03", "short line"),
            new org.trucewatch.clean.RemovedBlock("October 24, 2020", "date line")));
    List<Event> attacks = SundayStory.PIPELINE.extractor().extract(page, SundayStory.SUNDAY,
        org.trucewatch.extract.DateBasis.PUBLICATION).events().stream().filter(e -> e.type() == EventType.ATTACK)
        .toList();
    assertThat(attacks).isNotEmpty().allMatch(e -> e.claimedBy().stream().anyMatch(c -> c.contains("COMMAND")
        || c.contains("Azerbaijan")));
  }
}
