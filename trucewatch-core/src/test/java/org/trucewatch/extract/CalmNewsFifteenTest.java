package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import org.junit.jupiter.api.Test;

/**
 * What batch 16 of the snippets (calm news of war zones: verdicts, parades, released ships, accidents, history, and
 * politics in war words) showed, and what calm sentences of the same genres written after it showed (attacks foiled
 * or feared, the dead exhumed, hostages held, crime): contexts in which an attack word tells no attack; on sentences
 * written for this test, dated against Sunday 25 October 2020, each beside one that still tells an attack.
 */
class CalmNewsFifteenTest {

  @Test
  void aVerdictOnAKillingReportsNoNewAttack() {
    assertThat(attacks("A Kyiv court convicted a Russian tank commander on Saturday of murdering a civilian who was "
        + "shot dead in his yard near Chernihiv.")).isEmpty();
    assertThat(attacks("A Kyiv court found a Russian tank commander guilty on Saturday of 12 counts of war crimes, "
        + "including attacks on homes near Chernihiv.")).isEmpty();
    assertThat(attacks("A court in Kharkiv found a Russian gunner guilty on Saturday of war crimes, including the "
        + "shelling of homes in Izium.")).isEmpty();
    assertThat(attacks("Gunmen attacked a courthouse in Khartoum on Saturday as judges convicted a militia leader."))
        .isNotEmpty();
  }

  @Test
  void weaponsAndShipsCapturedAreTrophiesNotGround() {
    assertThat(attacks("Azerbaijani troops marched through Baku on Saturday beside captured Armenian artillery."))
        .isEmpty();
    assertThat(attacks("The Houthis on Saturday freed the Romanian sailors of a freighter they captured off "
        + "Hodeidah.")).isEmpty();
    assertThat(attacks("The Houthis released the tanker on Saturday, a year after seizing the vessel off Hodeidah."))
        .isEmpty();
    assertThat(attacks("Azerbaijani forces captured the town of Hadrut on Saturday, the defence ministry said."))
        .isNotEmpty();
  }

  @Test
  void aBlastLaidOnNegligenceIsAnAccident() {
    assertThat(attacks("An explosion at an army depot near Ganja killed nine soldiers on Saturday; the ministry "
        + "blamed negligence in handling old shells.")).isEmpty();
    assertThat(attacks("A blast tore through a fuel store in Aden on Saturday, killing three; officials said a "
        + "faulty valve was to blame.")).isEmpty();
    assertThat(attacks("An explosion at an army depot near Ganja killed nine soldiers on Saturday after an "
        + "Armenian missile struck it.")).isNotEmpty();
  }

  @Test
  void historyToldByHowLongAgoIsNoNews() {
    assertThat(attacks("Thirty years ago today, Armenian forces stormed Shusha and drove out its defenders.")).isEmpty();
    assertThat(attacks("Forty years ago today, Iraqi troops stormed across the border into Iran's Khuzestan "
        + "province.")).isEmpty();
    assertThat(attacks("Azerbaijani forces stormed Shusha on Saturday, the defence ministry said.")).isNotEmpty();
  }

  @Test
  void anOpeningShotWithAMotionIsPolitics() {
    assertThat(attacks("The opposition fired the opening shot with a motion of no confidence in Yerevan on "
        + "Saturday.")).isEmpty();
    assertThat(attacks("Ankara fired the opening salvo in a tariff war with Moscow on Saturday, raising duties on "
        + "grain.")).isEmpty();
    assertThat(attacks("Azerbaijani troops fired the first shots at Armenian positions near Lachin on Saturday."))
        .isNotEmpty();
  }

  @Test
  void attacksFoiledFearedOrMassedForAreNotMade() {
    assertThat(attacks("Azerbaijan's security service said on Saturday it had thwarted a planned bombing of a metro "
        + "station in Baku.")).isEmpty();
    assertThat(attacks("Police in Kabul foiled an attack on a wedding hall on Saturday and arrested three men."))
        .isEmpty();
    assertThat(attacks("Armenia's defence minister warned on Saturday that any Azerbaijani strike on Yerevan would "
        + "draw a response.")).isEmpty();
    assertThat(attacks("Western officials said on Saturday that Russia was massing troops near Kharkiv for a fresh "
        + "offensive.")).isEmpty();
    assertThat(attacks("Russian troops massed near Kharkiv launched a fresh offensive on Saturday.")).isNotEmpty();
  }

  @Test
  void theDeadExhumedAndHostagesHeldWereTakenBefore() {
    assertThat(attacks("Investigators in Izium exhumed the remains of 17 soldiers who were killed in the spring, "
        + "officials said on Saturday.")).isEmpty();
    assertThat(attacks("Two of the hostages abducted in the raid on Kfar Aza were freed in Gaza on Saturday."))
        .isEmpty();
    assertThat(attacks("Voters in Raqqa went to the polls on Saturday, three years after Kurdish-led forces "
        + "captured the city from Islamic State.")).isEmpty();
    assertThat(attacks("Hamas fighters abducted two soldiers in a raid near Kerem Shalom on Saturday.")).isNotEmpty();
    assertThat(attacks("Azerbaijani forces captured the town of Jabrayil on Saturday, two weeks after the war "
        + "began.")).isNotEmpty();
  }

  @Test
  void robberiesAndFamilyShootingsAreCrime() {
    assertThat(attacks("Armed robbers opened fire on a cash van in Kharkiv on Saturday and escaped with two million "
        + "hryvnias, police said.")).isEmpty();
    assertThat(attacks("A man shot his wife and her mother at their flat in Ashdod on Saturday before turning the "
        + "gun on himself, police said.")).isEmpty();
    assertThat(attacks("A court in Lod convicted a man on Saturday of throwing a grenade into a cafe in Jaffa that "
        + "wounded four people.")).isEmpty();
    assertThat(attacks("Gunmen shot dead two shopkeepers in a raid on a market in Kharkiv on Saturday.")).isNotEmpty();
  }
}
