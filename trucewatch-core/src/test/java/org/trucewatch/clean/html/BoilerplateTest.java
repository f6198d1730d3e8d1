package org.trucewatch.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateTest {

  @Test
  void standingLinesAreBoilerplate() {
    assertThat(Boilerplate.isBoilerplate("Advertisement")).isTrue();
    assertThat(Boilerplate.isBoilerplate("ADVERTISEMENT")).isTrue();
    assertThat(Boilerplate.isBoilerplate("Story continues below advertisement")).isTrue();
    assertThat(Boilerplate.isBoilerplate("Read more »")).isTrue();
    assertThat(Boilerplate.isBoilerplate("Share this article")).isTrue();
    assertThat(Boilerplate.isBoilerplate("12 comments")).isTrue();
    assertThat(Boilerplate.isBoilerplate("Photo: Reuters")).isTrue();
    assertThat(Boilerplate.isBoilerplate("© 2020 Some Paper Ltd")).isTrue();
    assertThat(Boilerplate.isBoilerplate("Реклама")).isTrue();
    assertThat(Boilerplate.isBoilerplate("Читайте также:")).isTrue();
  }

  @Test
  void sentencesOfTheStoryAreNot() {
    assertThat(Boilerplate.isBoilerplate("Watchers said the shelling stopped at dawn.")).isFalse();
    assertThat(Boilerplate.isBoilerplate("Advertising revenue fell by a third in the war's first month.")).isFalse();
    assertThat(Boilerplate.isBoilerplate("Talks in Moscow")).isFalse();
    assertThat(Boilerplate.isBoilerplate("Advertisement ".repeat(20))).isFalse();
  }

  @Test
  void appealsAndContactLines() {
    assertThat(Boilerplate.isAppeal("Get the latest updates in your inbox. Subscribe to our newsletters.")).isTrue();
    assertThat(Boilerplate.isAppeal("Follow her on Twitter at @someone.")).isTrue();
    assertThat(Boilerplate.isAppeal("The reporter can be reached at desk@example.org.")).isTrue();
    assertThat(Boilerplate.isAppeal("The ministry said it would follow the talks closely.")).isFalse();
  }

  @Test
  void captionsEndWithACredit() {
    assertThat(Boilerplate.isCaption("Smoke over the town on Saturday (Image: GETTY)")).isTrue();
    assertThat(Boilerplate.isCaption("Residents queue for water [Photo: Reuters]")).isTrue();
    assertThat(Boilerplate.isCaption("Smoke rises over the town. Photo: Local press service")).isTrue();
    assertThat(Boilerplate.isCaption("Soldiers at a checkpoint near the town. / Getty Images")).isTrue();
    assertThat(Boilerplate.isCaption("The photo showed soldiers at a checkpoint near the town.")).isFalse();
    assertThat(Boilerplate.isCaption("x".repeat(400) + " (Image: GETTY)")).isFalse();
  }

  @Test
  void linesThatAnnounceOtherPages() {
    assertThat(Boilerplate.isListHeader("More great stories")).isTrue();
    assertThat(Boilerplate.isListHeader("You may also like")).isTrue();
    assertThat(Boilerplate.isListHeader("Related coverage")).isTrue();
    assertThat(Boilerplate.isListHeader("Don't miss")).isTrue();
    assertThat(Boilerplate.isListHeader("Читайте также")).isTrue();
    // A bare "Read more" is usually a button that unfolds the rest of the story.
    assertThat(Boilerplate.isListHeader("Read more")).isFalse();
    assertThat(Boilerplate.isListHeader("More than 40 people were killed")).isFalse();
  }
}
