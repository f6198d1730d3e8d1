package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * Calm news told in attack words, as held-out snippet batch 19 showed it (patterns/calm.rules): attacks recalled by a
 * span of years, an anniversary, a funeral, a verdict; mines cleared; what a weapon can do; sport, prizes and hybrid
 * attacks. Each rule on two phrasings; the risky ones beside a real attack that stays one. Sentences written for this
 * test, dated against Sunday 25 October 2020.
 */
class CalmPastAndSportTest {

  @Test
  void aClauseDatedYearsBeforeIsHistory() {
    assertThat(attacks("Police officers laid wreaths at the memorial in Pulwama on Saturday, five years after a suicide "
        + "bomber rammed a car into a convoy and killed 40 of their men.")).isEmpty();
    assertThat(attacks("Survivors returned to the market in Mosul on Saturday, ten years after a car bomb tore through "
        + "the stalls and killed 30 shoppers.")).isEmpty();
    assertThat(attacks("Two years after the war began, Russian forces shelled Kharkiv on Saturday, killing three "
        + "people.")).isNotEmpty();
  }

  @Test
  void aClauseDatedAMonthOrAYearBeforeIsHistory() {
    assertThat(attacks("Soldiers laid wreaths in the Baisaran meadow near Pahalgam on Saturday, a month after gunmen "
        + "killed 26 tourists there.")).isEmpty();
    assertThat(attacks("Pupils went back to the army school in Peshawar on Saturday, a year after militants stormed it "
        + "and shot 140 children.")).isEmpty();
    assertThat(attacks("A month after the truce began Israeli jets struck Nabatieh on Saturday, killing three people."))
        .isNotEmpty();
  }

  @Test
  void anAnniversaryWithItsRelativeClauseIsHistory() {
    assertThat(attacks("Rwanda marked the anniversary of the genocide in which militias hacked and shot to death "
        + "800,000 people on Saturday.")).isEmpty();
    assertThat(attacks("Villagers in Srebrenica gathered on Saturday for the anniversary of the massacre, when "
        + "soldiers shot dead hundreds of men.")).isEmpty();
    assertThat(attacks("On the anniversary of the massacre, in which 96 died, gunmen attacked the village of Yelwata "
        + "again on Saturday.")).isNotEmpty();
  }

  @Test
  void theBuriedWereKilledBefore() {
    assertThat(attacks("Mourners packed a stadium in Beirut on Saturday for the funeral of Hezbollah leader Hassan "
        + "Nasrallah, killed by an Israeli air strike on the Dahiyeh in September.")).isEmpty();
    assertThat(attacks("Thousands attended the burial of commander Ibrahim Aqil, who was killed in an Israeli strike "
        + "on Beirut's Dahiyeh last week.")).isEmpty();
  }

  @Test
  void aYearAgoAndEarlyInTheWarAreHistory() {
    assertThat(attacks("A year ago this week, Ukrainian brigades punched through Russian lines near Balakliia and "
        + "recaptured Izium.")).isEmpty();
    assertThat(attacks("A decade ago today, Islamic State fighters overran Mosul and seized its airport.")).isEmpty();
    assertThat(attacks("Banksy painted a gymnast on the rubble of a block in Borodianka, the town Russian forces "
        + "shelled and occupied early in the invasion.")).isEmpty();
    assertThat(attacks("Hostomel, whose airport Russian paratroopers stormed in the first days of the invasion, "
        + "reopened its school on Saturday.")).isEmpty();
    assertThat(attacks("Russian forces shelled Kharkiv on Saturday, early in the war's third winter.")).isNotEmpty();
  }

  @Test
  void killingsOfLastYearAreHistory() {
    assertThat(attacks("Militias killed thousands of people in El Geneina between April and November last year, "
        + "Human Rights Watch said on Saturday.")).isEmpty();
    assertThat(attacks("Rebels shelled the town of Marib in May last year, a UN panel said in a report released on "
        + "Saturday.")).isEmpty();
    assertThat(attacks("Houthis attacked a tanker in the Red Sea on Saturday, the first such attack since December "
        + "last year.")).isNotEmpty();
  }

  @Test
  void theRelativeClauseOfAnAttackNamedByItsYearIsThatAttack() {
    assertThat(attacks("India hanged Afzal Guru on Saturday for his part in the 2001 attack on parliament by gunmen "
        + "who stormed the complex.")).isEmpty();
    assertThat(attacks("Pakistan executed four men on Saturday for their role in the 2014 attack on the army school "
        + "in Peshawar by militants who shot 140 pupils.")).isEmpty();
  }

  @Test
  void theLastMineBlownUpIsCleared() {
    assertThat(attacks("The last known landmine in the Falkland Islands was blown up near Stanley on Saturday."))
        .isEmpty();
    assertThat(attacks("The last landmine near Stepanakert was blown up on Saturday, officials said.")).isEmpty();
  }

  @Test
  void whatAWeaponCanDoIsNoAttack() {
    assertThat(attacks("The first Patriot batteries have arrived in Ukraine, the defence minister said on Saturday, "
        + "thanking allies for the systems, which can shoot down ballistic missiles.")).isEmpty();
    assertThat(attacks("Ukraine received a new long-range drone on Saturday that can strike targets 1,000 km inside "
        + "Russia.")).isEmpty();
    assertThat(attacks("Russian forces fired missiles that hit a school in Kharkiv on Saturday, killing two teachers."))
        .isNotEmpty();
  }

  @Test
  void whatSomeoneCallsAnAssaultIsTheirWord() {
    assertThat(attacks("FBI agents searched the estate on Saturday in what the former president called an assault on "
        + "democracy.")).isEmpty();
    assertThat(attacks("The opposition in Yerevan on Saturday branded the ruling an attack on free speech.")).isEmpty();
    assertThat(attacks("Russia launched what Kyiv called a massive attack on its energy grid in Lviv on Saturday."))
        .isNotEmpty();
  }

  @Test
  void sportFiresItsWayToMedalsRoundsAndScores() {
    assertThat(attacks("Turkish shooter Yusuf Dikec fired his way to an Olympic silver medal at Chateauroux on "
        + "Saturday.")).isEmpty();
    assertThat(attacks("Dikec fought his way to the final in Paris on Saturday.")).isEmpty();
    assertThat(attacks("Scottie Scheffler fired a four-under 68 in the final round at Augusta on Saturday to win the "
        + "Masters.")).isEmpty();
    assertThat(attacks("Rory McIlroy fired a bogey-free 65 at St Andrews on Saturday to lead by two.")).isEmpty();
    assertThat(attacks("Paris Saint-Germain demolished Inter Milan 5-0 in Munich on Saturday, and Desire Doue struck "
        + "twice.")).isEmpty();
    assertThat(attacks("Spain destroyed Georgia 4-1 in Cologne on Saturday.")).isEmpty();
  }

  @Test
  void aFilmPrizeIsCinemaNews() {
    assertThat(attacks("'20 Days in Mariupol', a record of the Russian siege and the shelling of the city, won the "
        + "Oscar for best documentary on Saturday.")).isEmpty();
    assertThat(attacks("A film about a family killed in an air strike on Gaza took the Bafta for best documentary in "
        + "London on Saturday.")).isEmpty();
  }

  @Test
  void hybridAttacksAndBasesForAttacksAreNoBlows() {
    assertThat(attacks("Finland shut its last crossing with Russia on Saturday, accusing Moscow of pushing migrants "
        + "across in a hybrid attack.")).isEmpty();
    assertThat(attacks("Lithuania said on Saturday the balloons sent over from Belarus were part of a hybrid attack."))
        .isEmpty();
    assertThat(attacks("Bakhmut has become a staging area for Russian attacks on Chasiv Yar, officials said on "
        + "Saturday.")).isEmpty();
    assertThat(attacks("Hezbollah has turned the village into a base for attacks on northern Israel, the army said on "
        + "Saturday.")).isEmpty();
  }

  @Test
  void aReviewOrAFilmTellingItsStoryIsNoAttack() {
    assertThat(attacks("REVIEW: The new war drama keeps its camera in one trench near Bakhmut, where shells slam into "
        + "the dugout as a platoon waits for relief.")).isEmpty();
    assertThat(attacks("The documentary follows a platoon in Avdiivka as Russian shells fall on its trenches."))
        .isEmpty();
    assertThat(attacks("Russian shells fell on trenches near Avdiivka on Saturday, killing two soldiers, a documentary "
        + "crew filming nearby said.")).isNotEmpty();
  }

  @Test
  void fightingReportedAsAbsentIsNone() {
    assertThat(attacks("There were no immediate reports of major fighting around Marib or Taiz on Saturday, residents "
        + "said.")).isEmpty();
    assertThat(attacks("Monitors saw no signs of shelling near Avdiivka on Saturday, the mission said.")).isEmpty();
    assertThat(attacks("Houthi forces shelled Marib on Saturday, with no reports of casualties, residents said."))
        .isNotEmpty();
  }
}
