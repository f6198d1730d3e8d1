package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.at;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attribution in the wordings of news in general (tenth round): an armed group named again by a description ("the
 * Iran-backed group said", "the paramilitary force rejected the allegations"), an agency's report that cites its
 * source ("..., the agency reported, citing the health ministry"), and a statement that the attacker belonged to a
 * group ("the ministry said the attacker belonged to the Islamic State group"). Sentences written for this test,
 * published Sunday 25 October 2020.
 */
class NewsAttributionTenTest {

  @Test
  void aDescriptionOfTheArmedGroupSpeaksForIt() {
    List<Event> all = attacks("Hezbollah issued two statements on Saturday evening.",
        "\"Our fighters targeted an enemy post in Metula with guided missiles on Saturday,\" the Iran-backed group "
            + "said.");
    assertThat(at(all, "Metula").claimedBy()).anySatisfy(c -> assertThat(c).contains("Hezbollah"));
  }

  @Test
  void theParamilitaryForceRejectingTheAllegationsIsTheGroupNamedBefore() {
    List<Event> all = attacks("Rapid Support Forces fighters shelled a market in El Fasher on Saturday, killing six "
        + "people, a local rights group said.", "The paramilitary force rejected the allegations.");
    assertThat(at(all, "Fasher").deniedBy()).anySatisfy(d -> assertThat(d).contains("Rapid Support Forces"));
  }

  @Test
  void anAgencyCitingItsSourceRelaysTheSource() {
    List<Event> all = attacks("Ukrainian artillery shelled a market in Donetsk on Saturday, killing three people, the "
        + "RIA Novosti news agency reported, citing the city's mayor.");
    assertThat(at(all, "Donetsk").claimedBy()).anySatisfy(c -> assertThat(c).contains("mayor"));
  }

  @Test
  void aStateAgencyCitingASecuritySourceRelaysIt() {
    List<Event> all = attacks("Israeli drones struck a car near Tyre on Saturday, killing two men, Lebanon's National "
        + "News Agency reported, citing a security source.");
    assertThat(at(all, "Tyre").claimedBy()).containsExactly("a security source");
  }

  @Test
  void theGroupTheAttackerBelongedToIsAccusedOfTheAttack() {
    List<Event> all = attacks("A suicide bomber blew himself up in a market in Homs on Saturday, killing five people, "
        + "the state news agency said.",
        "The interior ministry said the attacker belonged to the Islamic State group.");
    Event homs = at(all, "Homs");
    assertThat(homs.perpetratorSide()).isEqualTo("ISIS");
    assertThat(homs.claimedBy()).anySatisfy(c -> assertThat(c).containsIgnoringCase("interior ministry"));
  }
}
