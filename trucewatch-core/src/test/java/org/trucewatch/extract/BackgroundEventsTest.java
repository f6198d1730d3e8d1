package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;
import static org.trucewatch.extract.SundayStory.events;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Earlier events told inside a report are not the day's attacks, nor are their places and tolls the day's (calm.rules
 * {@code scope=event}); an accident kills with no attacker; a headline sums up the body's attack; a live blog's
 * entries are of its day. Sentences written for this test, dated against Sunday 25 October 2020.
 */
class BackgroundEventsTest {

  private static List<String> places(List<Event> events) {
    return events.stream().filter(e -> e.location() != null).map(e -> e.location().surface()).toList();
  }

  @Test
  void whatFireIsCountedSinceIsAnEarlierEventWithItsPlaceAndToll() {
    List<Event> a = attacks("Pakistani troops fired on Indian posts in Kupwara overnight, the fifth night of shooting "
        + "since the killing of 12 pilgrims in Reasi last month.");
    assertThat(places(a)).contains("Kupwara").noneMatch(p -> p.contains("Reasi"));
    assertThat(a).allMatch(e -> e.casualties() == null || e.casualties().killed() == null);
    assertThat(events("Israeli jets struck Khan Younis on Saturday, the first raid on the city since the bombing of "
        + "the market in Rafah in March.")).noneMatch(e -> e.location() != null
        && e.location().surface().contains("Rafah"));
  }

  @Test
  void anAttackNamedByItsPlaceIsAKnownEvent() {
    assertThat(places(attacks("Troops traded fire in Kupwara on Saturday, days after India suspended a water treaty "
        + "in response to the Uri attack."))).contains("Kupwara").noneMatch(p -> p.contains("Uri"));
    assertThat(places(attacks("Russian missiles hit Kharkiv on Saturday, the heaviest barrage since the Kramatorsk "
        + "station bombing."))).contains("Kharkiv").noneMatch(p -> p.contains("Kramatorsk"));
  }

  @Test
  void aClauseDatedDaysOrWeeksBeforeIsHistory() {
    List<Event> a = attacks("Indian jets struck a camp in Balakot on Saturday, twelve days after a suicide bomber "
        + "killed 40 troopers in Pulwama.");
    assertThat(places(a)).noneMatch(p -> p.contains("Pulwama"));
    assertThat(places(attacks("Azerbaijani drones hit Stepanakert on Saturday, two weeks after rockets killed 13 "
        + "people in Ganja."))).noneMatch(p -> p.contains("Ganja"));
    assertThat(attacks("Rockets hit Ganja on Saturday, two days after shells killed 13 people in Tartar."))
        .isNotEmpty();
  }

  @Test
  void whatAPlaceSufferedOverTheWarIsDescription() {
    assertThat(attacks("Officials in Rajouri and Poonch, the districts that suffered the heaviest shelling, say the "
        + "border has been quiet for a year.")).isEmpty();
    assertThat(attacks("Farmers went back on Saturday to the villages near Tartar which bore the brunt of the "
        + "bombardment.")).isEmpty();
  }

  @Test
  void anExplodingDepotOrTankerKillsWithNoAttacker() {
    assertThat(attacks("At least 20 people were killed when a fuel depot exploded outside Stepanakert on Saturday "
        + "evening.")).isEmpty();
    assertThat(attacks("Nine people were killed in Tartar on Saturday when a tanker exploded on the highway."))
        .isEmpty();
    assertThat(attacks("Azerbaijani drones struck a fuel depot in Stepanakert on Saturday, killing two people."))
        .isNotEmpty();
  }

  @Test
  void aHeadlineSumsUpTheBodysAttack() {
    List<Event> a = attacks("Soldier killed in rocket strike on Metula",
        "A rocket fired from Lebanon killed an Israeli soldier in Metula on Friday, the army said.");
    assertThat(a).hasSize(1);
    assertThat(a.get(0).date()).isEqualTo(LocalDate.of(2020, 10, 23));
    List<Event> b = attacks("Drone strike on Beit Lahia kills five aid workers",
        "An Israeli drone struck a group of aid workers in Beit Lahia on Saturday, killing five, medics said.");
    assertThat(b).hasSize(1);
    assertThat(b.get(0).date()).isEqualTo(LocalDate.of(2020, 10, 24));
  }

  @Test
  void aLiveBlogsStampedEntriesAreOfItsDay() {
    String page = String.join("\n\n", "LIVE | Shelling along the Line of Control",
        "22:45 IST", "Jammu: The district magistrate has ordered schools near the LoC shut on Wednesday.",
        "21:50 IST", "Army sources say firing is still going on in several sectors.",
        "20:55 IST", "A defence spokesperson says five soldiers were hurt when Pakistani troops shelled forward posts "
            + "in the Akhnoor sector.");
    List<Event> a = SundayStory.pageAttacks(page);
    assertThat(a).isNotEmpty().allMatch(e -> e.date().equals(SundayStory.SUNDAY));
  }

  @Test
  void anAttackThatCameAsSomethingTakesNoPlaceFromIt() {
    assertThat(attacks("The strike came as a Hamas delegation held talks with Egyptian mediators in Cairo on "
        + "Saturday.")).isEmpty();
    assertThat(attacks("The shelling came hours after the two sides met in Minsk on Saturday.")).isEmpty();
  }

  @Test
  void aDailyHabitToldInThePresentIsNoAttack() {
    assertThat(attacks("Israel still holds five positions in south Lebanon and carries out near-daily strikes."))
        .isEmpty();
    assertThat(attacks("Russia launches nightly drone attacks on Kharkiv.")).isEmpty();
  }

  @Test
  void aMonthOfTheTriggersOwnClauseBeatsADayElsewhere() {
    assertThat(attacks("On Saturday, the UN rights chief warned of a repeat of the atrocities reported in El Fasher, "
        + "which the RSF captured in early September after a long siege.")).isEmpty();
    assertThat(attacks("On Saturday, aid workers returned to Wad Madani, which the army retook in late August."))
        .isEmpty();
  }

  @Test
  void aHeadlineMayEndOnAQuotedWord() {
    List<Event> a = attacks("Governor seized and killed in El Geneina hours after accusing RSF of 'genocide'",
        "The governor was abducted and killed in El Geneina on Friday by gunmen, his aides said.");
    assertThat(a).hasSize(1);
    assertThat(a.get(0).date()).isEqualTo(LocalDate.of(2020, 10, 23));
  }
}
