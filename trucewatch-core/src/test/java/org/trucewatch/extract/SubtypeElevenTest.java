package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules read from the eleventh fresh batch of snippets: an ambush opened with a grenade and pressed with gunfire is
 * a clash; an explosive vest set off makes a suicide bombing, whatever was fired first; gunmen who kill villagers
 * commit violence against civilians; a town that falls to fighters, or that troops leave to spare it street fighting,
 * is taken; "assault units" make no assault; bombing that "would stop", the families of those killed and "the October
 * 7 Hamas attack" tell no new attack; talks "after three days of talks" were held; a text "to be signed" later is not
 * signed, and one "committing them to a ceasefire" agrees it.
 * Sentences written for this test, dated against Sunday 25 October 2020.
 */
class SubtypeElevenTest {

  private static final LocalDate SATURDAY = LocalDate.of(2020, 10, 24);

  private static List<Event> of(EventType type, String... paragraphs) {
    return SundayStory.of(type, paragraphs);
  }

  private static List<String> kinds(String paragraph) {
    return of(EventType.ATTACK, paragraph).stream().map(Event::subtype).toList();
  }

  @Test
  void aGrenadeThenGunfireOnAPatrolIsAClash() {
    assertThat(kinds("Militants threw a grenade at an army vehicle on patrol near Poonch on Saturday and then opened "
        + "fire on it, wounding three soldiers, police said.")).containsExactly("armed_clash");
  }

  @Test
  void anExplosiveVestSetOffIsASuicideBombing() {
    assertThat(kinds("A man set off an explosive vest at a police checkpoint in Mosul on Saturday, killing four "
        + "policemen.")).containsExactly("suicide_bomb");
  }

  @Test
  void anAttackerWhoFiredAndThenDetonatedHisVestMadeASuicideBombing() {
    assertThat(kinds("A gunman opened fire on worshippers at a mosque in Kabul on Saturday and then detonated an "
        + "explosive vest, killing 12 people.")).containsExactly("suicide_bomb");
  }

  @Test
  void gunmenWhoKillVillagersCommitViolenceAgainstCivilians() {
    assertThat(kinds("Gunmen killed 40 villagers near Maiduguri on Saturday, local officials said."))
        .containsExactly("attack_on_civilians");
  }

  @Test
  void aTownThatFellToFightersIsTaken() {
    assertThat(kinds("Kidal fell to rebel fighters on Saturday after three days of fighting, residents said."))
        .containsExactly("territory_taken");
  }

  @Test
  void troopsThatPullOutToAvoidStreetFightingGiveTheTownUp() {
    assertThat(kinds("Rebels were in the centre of Goma on Saturday after government troops pulled out to avoid "
        + "urban warfare, the governor said.")).containsExactly("territory_taken");
  }

  @Test
  void assaultUnitsMakeNoAssault() {
    assertThat(kinds("The defence minister told the president on Saturday that assault units had liberated "
        + "Marinka.")).containsExactly("territory_taken");
  }

  @Test
  void bombingThatWouldStopIsATermOfTheTruce() {
    assertThat(of(EventType.ATTACK, "Oman said on Saturday it had brokered a ceasefire between the two sides, hours "
        + "after the president said US bombing of the group would stop.")).isEmpty();
  }

  @Test
  void theFamiliesOfThoseKilledTellNoNewAttack() {
    assertThat(of(EventType.ATTACK, "Israel marked the day on Saturday at the festival site near Kibbutz Re'im, where "
        + "the president joined the families of the 364 people killed there.")).isEmpty();
  }

  @Test
  void aDatedAttackNamedWithItsAuthorIsAKnownOne() {
    assertThat(of(EventType.ATTACK, "Israel marked one year since the October 7 Hamas attack on Saturday with a "
        + "ceremony near Kibbutz Re'im.")).isEmpty();
  }

  @Test
  void talksAfterWhichAPlanWasSignedWereHeld() {
    assertThat(of(EventType.TALKS, "Israel and Hamas signed off on the first phase of the plan after three days of "
        + "indirect talks in Cairo, which also drew envoys from Qatar and Turkey, mediators said on Saturday."))
        .isNotEmpty();
  }

  private static final String DOHA = "The government and the rebels signed a declaration in Doha on Saturday "
      + "committing them to a permanent ceasefire and to talks on a peace agreement, to be signed by November 18.";

  @Test
  void aSigningToComeDatesNoTruce() {
    assertThat(of(EventType.CEASEFIRE, DOHA)).extracting(Event::date).doesNotContain(LocalDate.of(2020, 11, 18));
  }

  @Test
  void aDeclarationCommittingTheSidesToACeasefireAgreesIt() {
    assertThat(of(EventType.CEASEFIRE, DOHA)).extracting(Event::date).containsExactly(SATURDAY);
  }
}
