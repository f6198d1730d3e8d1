package org.trucewatch.clean.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.DateCandidate;
import org.trucewatch.clean.PageContent;
import org.trucewatch.clean.lang.LanguageDetector;

/** Hand-written pages, each built around one kind of page furniture (none of them copied from a real site). */
class TextPageExtractorTest {

  private static final TextPageExtractor EXTRACTOR = new TextPageExtractor(LanguageDetector.load());

  private static final String STORY = """
      Heavy fighting was reported on Monday along the northern border, where government troops said they had \
      repelled an attack by rebel units on two villages in the valley.
      The defence ministry said in a statement that three soldiers had been killed and five wounded in the clashes, \
      which began before dawn and lasted for several hours.
      Rebel commanders denied the account and said their positions had come under artillery fire first, blaming the \
      army for breaking the truce agreed in the capital last month.
      A spokesman for the monitoring mission said its observers had heard explosions near the villages but could not \
      confirm who had fired first.
      """;

  private static String body(PageContent p) {
    return String.join("\n", p.body().stream().map(Block::text).toList());
  }

  @Test
  void keepsEveryParagraphOfAStoryWithoutFurniture() {
    PageContent p = EXTRACTOR.extract(STORY, null);
    assertThat(p.body()).hasSize(4);
    assertThat(p.language()).isEqualTo("en");
  }

  @Test
  void theUnitedStatesInCapitalsIsNotTheSiteAddressingItsReaders() {
    String statement = "Three US soldiers were killed in a drone attack on a base in Jordan on Sunday, the US"
        + " military said, blaming militants.";
    assertThat(body(EXTRACTOR.extract(statement, null))).isEqualTo(statement);
    assertThat(EXTRACTOR.extract("Support us: we need you and your readers. Donate to us today.", null).body())
        .isEmpty();
  }

  @Test
  void aOneParagraphTextSpeakingToItsReaderIsTheArticle() {
    String review = "REVIEW: The new war film spends two hours inside one farmhouse under siege; when the mortar "
        + "rounds land, the sound is so loud you feel them in your ribs.";
    String column = "Our correspondent spent a week on the front line, and what you notice first is how quiet the "
        + "trenches are between barrages, you and your guide counting the seconds.";
    assertThat(body(EXTRACTOR.extract(review, null))).isEqualTo(review);
    assertThat(body(EXTRACTOR.extract(column, null))).isEqualTo(column);
  }

  @Test
  void dropsNavigationShareAndFooterAroundTheStory() {
    String page = """
        Home / World / Europe
        Border clashes break truce in the north
        Share this article
        """ + STORY + """
        SHARE THIS STORY
        Follow us on Twitter
        © 2021 Example Media Group. All rights reserved.
        Privacy Policy
        """;
    PageContent p = EXTRACTOR.extract(page, null);
    assertThat(p.title()).isEqualTo("Border clashes break truce in the north");
    assertThat(p.body()).hasSize(4);
    assertThat(body(p)).doesNotContain("Share", "SHARE", "Follow us", "All rights reserved", "Privacy", "Home /");
  }

  @Test
  void advertisementSlotsInsideTheStoryDoNotCutIt() {
    String[] paras = STORY.strip().split("\n");
    String page = "Truce broken\n" + paras[0] + "\nAdvertisement\n" + paras[1] + "\n" + paras[2]
        + "\nADVERTISEMENT\n" + paras[3] + "\n";
    PageContent p = EXTRACTOR.extract(page, null);
    assertThat(p.body()).hasSize(4);
    assertThat(body(p)).doesNotContainIgnoringCase("advertisement");
  }

  @Test
  void relatedStoriesAfterTheStoryAreCutEvenWhenTheyLookLikeProse() {
    String page = STORY + """
        You may also like
        Floods hit coastal towns
        Heavy rain has flooded dozens of coastal towns, and the weather service expects more storms this week.
        Stock markets rally
        Shares rose sharply on Friday after the central bank said it would keep interest rates on hold for now.
        """;
    PageContent p = EXTRACTOR.extract(page, null);
    assertThat(body(p)).doesNotContain("Floods", "Shares rose", "You may also like");
    assertThat(p.body()).hasSize(4);
  }

  @Test
  void donationAppealsAndNotificationPromptsAreRemoved() {
    String page = """
        Stay up to date with notifications from The Daily Example
        Notifications can be managed in browser preferences.
        Border clashes break truce in the north
        Your support helps us to tell the story
        We are on the ground wherever news happens, and our reporters work hard to bring you the facts.
        Your donation allows us to keep sending journalists to cover the stories that matter to you and your family.
        Your support makes all the difference.
        """ + STORY + """
        Thank you for registering
        Please refresh the page or navigate to another page on the site to be automatically logged in
        """;
    PageContent p = EXTRACTOR.extract(page, null);
    assertThat(p.title()).isEqualTo("Border clashes break truce in the north");
    assertThat(body(p)).doesNotContain("donation", "support", "notifications", "registering", "refresh");
    assertThat(p.body()).hasSize(4);
  }

  @Test
  void captionsGoToCaptionsNotBody() {
    String page = """
        Border clashes break truce in the north
        A soldier stands guard near a destroyed house in a border village on Monday. (Photo by Reuters)
        """ + STORY + """
        Smoke rises over the valley after the shelling. Photo: AFP
        """;
    PageContent p = EXTRACTOR.extract(page, null);
    assertThat(p.captions()).hasSize(2);
    assertThat(body(p)).doesNotContain("Photo", "soldier stands guard", "Smoke rises");
  }

  @Test
  void aBracketedPictureMarkerOpensACaptionWithoutACredit() {
    String page = """
        Border clashes break truce in the north
        [Image] Mourners carry a coffin past a shelled school in a border village on Tuesday.
        """ + STORY;
    PageContent p = EXTRACTOR.extract(page, null);
    assertThat(p.captions()).hasSize(1);
    assertThat(body(p)).doesNotContain("Mourners", "[Image]");
  }

  @Test
  void anAgencyDatelineInsideProseIsNotACaption() {
    String page = "MOSCOW (AP) — " + STORY;
    PageContent p = EXTRACTOR.extract(page, null);
    assertThat(p.captions()).isEmpty();
    assertThat(p.dateline()).isEqualTo("MOSCOW (AP)");
    assertThat(p.body().get(0).text()).startsWith("Heavy fighting was reported");
  }

  @Test
  void datesAndBylinesAboveTheStoryAreMetadata() {
    String page = """
        Thursday 22 October 2020
        Story ID: 12345
        Publish Date: 14 October 2020 - 22:05
        Border clashes break truce in the north
        By Jane Doe and John Smith
        """ + STORY;
    PageContent p = EXTRACTOR.extract(page, null);
    assertThat(p.byline()).isEqualTo("Jane Doe and John Smith");
    assertThat(p.dates()).containsExactly(
        new DateCandidate("Thursday 22 October 2020", DateCandidate.Origin.BANNER),
        new DateCandidate("14 October 2020 - 22:05", DateCandidate.Origin.LABELLED));
    assertThat(body(p)).doesNotContain("Story ID", "2020", "Jane Doe");
  }

  @Test
  void aTimedDatelineBelowTheHeadlineIsADatelineCandidate() {
    String page = "Border clashes break truce in the north\nVia Example news wire\n"
        + "Sunday 25 October 2020 11:56 EDT\n" + STORY;
    PageContent p = EXTRACTOR.extract(page, null);
    assertThat(p.dates()).containsExactly(
        new DateCandidate("Sunday 25 October 2020 11:56 EDT", DateCandidate.Origin.DATELINE));
    assertThat(p.byline()).isEqualTo("Example news wire");
  }

  @Test
  void inStoryHeadingsAreKeptAsHeadings() {
    String[] paras = STORY.strip().split("\n");
    String page = paras[0] + "\n" + paras[1] + "\nRebels deny the account\n" + paras[2] + "\n" + paras[3] + "\n";
    PageContent p = EXTRACTOR.extract(page, null);
    assertThat(p.body()).extracting(Block::kind).containsExactly(Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH,
        Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH);
  }

  @Test
  void hardWrappedParagraphsAreJoined() {
    String page = """
        Heavy fighting was reported on Monday along the northern border, where
        government troops said they had repelled an attack by rebel units on
        two villages in the valley, officials said.

        The defence ministry said in a statement that three soldiers had been
        killed and five wounded in the clashes, which began before dawn and
        lasted for several hours on the front.

        Rebel commanders denied the account and said their positions had come
        under artillery fire first, blaming the army for breaking the truce
        agreed in the capital last month by both sides.
        """;
    PageContent p = EXTRACTOR.extract(page, null);
    assertThat(p.body()).hasSize(3);
    assertThat(p.body().get(0).text()).contains("where government troops");
  }

  @Test
  void emptyOrFurnitureOnlyPagesHaveNoBody() {
    assertThat(EXTRACTOR.extract("", null).body()).isEmpty();
    assertThat(EXTRACTOR.extract("Home\nShare\nAdvertisement\nSubscribe\n", null).body()).isEmpty();
  }

  @Test
  void aNonEnglishStoryIsKeptWithItsOwnFunctionWords() {
    String page = """
        Accueil / Monde
        Des affrontements rompent la trêve dans le nord
        De violents combats ont été signalés lundi le long de la frontière nord, où les troupes gouvernementales ont \
        déclaré avoir repoussé une attaque des rebelles contre deux villages de la vallée.
        Le ministère de la Défense a déclaré dans un communiqué que trois soldats avaient été tués et cinq blessés \
        dans les combats, qui ont commencé avant l'aube et ont duré plusieurs heures.
        Partager cet article
        """;
    PageContent p = EXTRACTOR.extract(page, null);
    assertThat(p.language()).isEqualTo("fr");
    assertThat(p.body()).hasSize(2);
  }

  @Test
  void removedBlocksSayWhy() {
    PageContent p = EXTRACTOR.extract("Advertisement\n" + STORY + "You may also like\nOther story here today\n", null);
    assertThat(p.removed()).extracting(r -> r.reason()).contains("site furniture", "end of story: You may also like");
    assertThat(List.copyOf(p.removed())).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
  }
}
