package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.daysAt;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.ingest.ContentType;

/**
 * Day headings on an HTML live page ({@code <h2>}, {@code <h3 class="dateline">}, a {@code <time>} in a timestamp box,
 * {@code <p class="date meta">}): the HTML cleaner records where a heading it drops stood, so the entries under it are of
 * its day, as on a plain-text page (html26c). Pages written for this test, published on Sunday 25 October 2020.
 */
class HtmlDayHeadingTest {

  private static final LocalDate FRIDAY = LocalDate.of(2020, 10, 23);
  private static final LocalDate SATURDAY = LocalDate.of(2020, 10, 24);
  private static final LocalDate SUNDAY = LocalDate.of(2020, 10, 25);

  private static final String FILLER = "<p>Reporters on both sides of the line of contact described a tense night, with"
      + " families sheltering in basements and schools closed until further notice, local officials told journalists.</p>";

  static org.trucewatch.clean.Article clean(String title, String... body) {
    String html = "<!DOCTYPE html><html><head><title>" + title + "</title></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>"
        + "<main><article><h1>" + title + "</h1>" + String.join("\n", body) + "</article></main>"
        + "<footer><p>Copyright 2020 The Example Ledger. All rights reserved.</p></footer></body></html>";
    return SundayStory.cleaned(html, ContentType.HTML);
  }

  private static List<Event> attacks(String title, String... body) {
    return SundayStory.attacksOf(clean(title, body));
  }

  @Test
  void h2HeadingsKeptInTheBodyOldestFirstStillDateTheirEntries() {
    List<Event> events = attacks("Karabakh fighting: what we know so far",
        "<h2>Friday 23 October 2020</h2>",
        "<p>Officials in Stepanakert said Azerbaijani rockets had struck two residential streets, wounding four"
            + " people.</p>", FILLER,
        "<h2>Saturday 24 October 2020</h2>",
        "<p>Azerbaijan's defence ministry said Armenian artillery had pounded villages in the Tartar district.</p>",
        FILLER,
        "<h2>Sunday 25 October 2020</h2>",
        "<p>Mediators said a new humanitarian truce would be announced within hours, diplomats in Moscow said.</p>");
    assertThat(daysAt(events, "Stepanakert")).containsExactly(FRIDAY);
    assertThat(daysAt(events, "Tartar")).containsExactly(SATURDAY);
  }

  @Test
  void droppedH3HeadingsNewestFirstDateTheirEntries() {
    List<Event> events = attacks("Live updates: strikes across the south",
        "<h3 class=\"dateline\">Sunday 25 October</h3>",
        "<p>The Red Cross called for safe passage for the wounded and for access to the hospitals of the region.</p>",
        FILLER,
        "<h3 class=\"dateline\">24 October</h3>",
        "<p>A drone hit a car near Martuni, killing two men, the Karabakh emergency service reported.</p>", FILLER,
        "<h3 class=\"dateline\">23 October</h3>",
        "<p>Shells fell on the outskirts of Ganja overnight, according to the Azerbaijani prosecutor's office.</p>");
    assertThat(daysAt(events, "Martuni")).containsExactly(SATURDAY);
    assertThat(daysAt(events, "Ganja")).containsExactly(FRIDAY);
  }

  @Test
  void droppedTimeHeadingsNewestFirstDateTheirEntries() {
    List<Event> events = attacks("Live: the front line hour by hour",
        "<div class=\"live-post\"><div class=\"timestamp\"><time datetime=\"2020-10-25\">Sunday, October 25</time></div>",
        "<p>The Armenian government said it remained committed to the truce agreed in Moscow last week.</p>"
            + FILLER + "</div>",
        "<div class=\"live-post\"><div class=\"timestamp\"><time datetime=\"2020-10-24\">Saturday, October 24</time></div>",
        "<p>Azerbaijani artillery shelled Martuni in the afternoon, the Karabakh emergency service said.</p>"
            + FILLER + "</div>");
    assertThat(daysAt(events, "Martuni")).containsExactly(SATURDAY);
  }

  @Test
  void droppedDateParagraphsOldestFirstDateTheirEntries() {
    List<Event> events = attacks("Front line diary",
        "<p class=\"date meta\">Friday, 23 October</p>",
        "<p>Two civilians were killed when mortar rounds landed in Tartar, officials in Baku said on the day.</p>",
        FILLER,
        "<p class=\"date meta\">Saturday, 24 October</p>",
        "<p>Rockets struck a school in Stepanakert, wounding a teacher, the Armenian health ministry said.</p>",
        FILLER,
        "<p class=\"date meta\">Sunday, 25 October</p>",
        "<p>The foreign ministers of both countries are due in Washington for separate meetings with mediators.</p>");
    assertThat(daysAt(events, "Tartar")).containsExactly(FRIDAY);
    assertThat(daysAt(events, "Stepanakert")).containsExactly(SATURDAY);
  }
  /**
   * A date in a rail beside the story is no day heading (only the story's own container's blocks have a place): else it
   * and the story's one heading would make sections, and the lead's shelling would be of the rail's day.
   */
  @Test
  void datesInASidebarBesideTheStoryHeadNoEntries() {
    String html = "<!DOCTYPE html><html><head><title>Shelling resumes around Martuni</title></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><div class=\"layout\">"
        + "<aside class=\"sidebar\"><h4>From the archive</h4><p>Thursday 22 October 2020</p></aside>"
        + "<main><article><h1>Shelling resumes around Martuni</h1>"
        + "<p>Azerbaijani artillery shelled Martuni and two nearby villages, the Karabakh emergency service said.</p>"
        + FILLER + "<h2>Saturday 24 October 2020</h2>" + FILLER
        + "<p>Baku denied targeting civilians and said its units had answered fire from Armenian positions.</p>"
        + "</article></main></div>"
        + "<footer><p>Copyright 2020 The Example Ledger. All rights reserved.</p></footer></body></html>";
    org.trucewatch.clean.Article article = SundayStory.cleaned(html, ContentType.HTML);
    assertThat(article.body()).contains("Martuni and two nearby villages");
    List<Event> events = SundayStory.attacksOf(article);
    assertThat(daysAt(events, "Martuni")).containsExactly(SUNDAY);
  }
}
