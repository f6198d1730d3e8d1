package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * What batch 12 of the snippets (calm news in attack words: sport, markets, politics, disasters, health, courts,
 * arms industry, defused bombs) showed: contexts in which an attack word tells no attack; on sentences written for
 * this test, dated against Sunday 25 October 2020, each beside one that still tells an attack.
 */
class CalmNewsTwelveTest {

  @Test
  void goalsFiredAndMatchesWonAreSport() {
    assertThat(attacks("Ruslan Malinovsky fired in a late winner for the visitors in Lviv on Saturday.")).isEmpty();
    assertThat(attacks("Armenia stunned Georgia 2-0 in Yerevan on Saturday, firing from all angles.")).isEmpty();
    assertThat(attacks("Dynamo's strikers fired 15 shots at goal in Kyiv on Saturday but could not break down "
        + "Shakhtar.")).isEmpty();
    assertThat(attacks("Armenian troops fired on Azerbaijani positions near Lachin on Saturday.")).isNotEmpty();
  }

  @Test
  void aFilmThatBombsAndAShellFactoryAreBusiness() {
    assertThat(attacks("The war drama bombed at the box office in Moscow on Saturday, taking barely $1 million."))
        .isEmpty();
    assertThat(attacks("Ukraine opened an artillery shell plant in Lviv on Saturday, the defence ministry said."))
        .isEmpty();
    assertThat(attacks("Oil giant Shell launched a hostile takeover bid for a rival in London on Saturday."))
        .isEmpty();
    assertThat(attacks("Azerbaijan agreed in Baku on Saturday to buy 12 attack helicopters from Turkey.")).isEmpty();
    assertThat(attacks("Russian artillery shelled Lviv on Saturday, the regional governor said.")).isNotEmpty();
  }

  @Test
  void aHeartAttackAndAGeneralsCareerAreNoAttacks() {
    assertThat(attacks("The former mayor of Stepanakert died of a heart attack on Saturday, his family said."))
        .isEmpty();
    assertThat(attacks("Zelensky named General Ivan Petrenko, who led the Kherson counteroffensive, as army chief "
        + "on Saturday.")).isEmpty();
    assertThat(attacks("Ukrainian troops launched a counteroffensive near Kherson on Saturday.")).isNotEmpty();
  }

  @Test
  void attacksOfPastYearsAreHistoryTold() {
    assertThat(attacks("A man charged over the 2015 Ankara bombing, in which two suicide bombers killed 109 people, "
        + "was extradited to Turkey on Saturday.")).isEmpty();
    assertThat(attacks("Voters in Mosul went to the polls on Saturday for the first time since the city was "
        + "recaptured from Islamic State in 2017.")).isEmpty();
    assertThat(attacks("A man accused of making the bomb that destroyed the US embassy in Beirut in 1983 was "
        + "arrested in Paris on Saturday.")).isEmpty();
    assertThat(attacks("Crowds gathered in Beirut on Saturday to remember the 200 people killed when a blast tore "
        + "through the port.")).isEmpty();
    assertThat(attacks("Islamic State fighters recaptured the town of Hit in Anbar on Saturday.")).isNotEmpty();
  }

  @Test
  void criticsFireAndPoliticiansAttacksAreWords() {
    assertThat(attacks("Armenia's defence minister came under fire from opposition lawmakers in Yerevan on Saturday "
        + "over the army's losses.")).isEmpty();
    assertThat(attacks("Nikol Pashinyan attacked the opposition in a speech in Yerevan on Saturday.")).isEmpty();
    assertThat(attacks("Armenian positions near Shusha came under fire on Saturday.")).isNotEmpty();
  }

  @Test
  void explosivesClearedOrFoundAreNoBlasts() {
    assertThat(attacks("Sappers defused a Second World War bomb found at a building site in Kyiv on Saturday."))
        .isEmpty();
    assertThat(attacks("Deminers cleared more than 200 landmines from fields near Izium on Saturday.")).isEmpty();
    assertThat(attacks("Two deminers were killed when a landmine exploded near Izium on Saturday.")).isNotEmpty();
  }

  @Test
  void natureLandsAndDealsStruckAreNoBlows() {
    assertThat(attacks("A magnitude 6.4 earthquake struck Armenia's north late on Saturday, flattening villages "
        + "around Spitak and killing more than 200 people, officials said.")).isEmpty();
    assertThat(attacks("The novel follows a family across Aleppo, a city torn apart by fighting, on Saturday."))
        .isEmpty();
    assertThat(attacks("Prisoners were flown out of Sanaa on Saturday under a deal struck in Geneva last month."))
        .isEmpty();
    assertThat(attacks("Saudi-led jets struck Sanaa on Saturday, Houthi media said.")).isNotEmpty();
  }

  @Test
  void yearsSinceAnAttackAndAPoliticianOnTheAttackAreNoNews() {
    assertThat(attacks("Spain marked 16 years since the Madrid train bombings on Saturday with a minute of silence "
        + "at Atocha station.")).isEmpty();
    assertThat(attacks("The opposition leader went on the attack against the prime minister in a television "
        + "interview in Yerevan on Saturday.")).isEmpty();
    assertThat(attacks("Russian missiles struck Kharkiv on Saturday, six years after the war began, killing three "
        + "people.")).isNotEmpty();
  }
}
