package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One victim told without a number (figs24): "another" after a figure ("killing one soldier and wounding another",
 * "a woman was killed and another was hurt"), a victim with a rough age after the noun ("a man in his 40s died"), and
 * "shot dead a soldier". Stories written for this test, each shape worded several ways.
 */
class CasualtyAnotherTest {

  private static String attackToll(String story) {
    return SundayStory.attackToll(story);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "A sniper fired on army positions near Avdiivka on Sunday, killing one soldier and wounding another, the army "
          + "said.|1/1",
      "One soldier was killed and another wounded when shells hit positions near Marinka on Sunday.|1/1",
      "A 60-year-old woman was killed and another woman critically injured when mortars hit Marinka on Sunday.|1/1",
      "A woman was killed and another was seriously injured when a mortar round hit Avdiivka on Sunday.|1/1",
      "A shell hit a bus stop in Marinka on Sunday, killing a man and injuring another.|1/1",
      "Shells hit Avdiivka on Sunday. One civilian died and another was hurt, police said.|1/1"
  })
  void anotherIsOneMoreVictim(String story, String toll) {
    assertThat(attackToll(story)).isEqualTo(toll);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "A man in his 40s died when a drone hit his car near Avdiivka on Sunday, police said.|1/null",
      "A woman in her 30s was wounded when a shell hit her house in Marinka on Sunday.|null/1",
      "A drone struck a car in Avdiivka on Sunday. A man in his 60s died at the scene, police said.|1/null",
      "Separatist snipers shot dead a soldier near Marinka on Sunday, the army said.|1/null",
      "Gunmen shot dead a farmer in his field near Avdiivka on Sunday.|1/null"
  })
  void oneVictimWithAnAgeOrShotDead(String story, String toll) {
    assertThat(attackToll(story)).isEqualTo(toll);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Shells hit Avdiivka on Sunday, killing three people. Another attack was repelled near Marinka.|3/null",
      "Separatists shelled Marinka on Sunday, killing two soldiers; the sides blamed one another.|2/null",
      "Drones hit army positions near Avdiivka on Sunday, killing two soldiers and wounding another 14.|2/14"
  })
  void anotherOfNoVictimIsNoFigure(String story, String toll) {
    List<Event> attacks = SundayStory.attacks(story);
    assertThat(attacks).isNotEmpty();
    Casualties c = attacks.get(0).casualties();
    assertThat(c == null ? "none" : c.killed() + "/" + c.wounded()).isEqualTo(toll);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Shells hit Avdiivka on Sunday, killing two civilians, police said. Separately, a sniper fired at army "
          + "positions near Marinka, wounding a soldier, the army said.",
      "Rockets hit Avdiivka on Sunday, killing two civilians, officials said. In Marinka, shells hit a house and a "
          + "woman was slightly hurt, police said."
  })
  void oneWoundedOfALaterAttackIsItsFigureNotAReport(String story) {
    assertThat(SundayStory.at(SundayStory.attacks(story), "Marinka").casualties().wounded()).isEqualTo(1);
    assertThat(SundayStory.of(EventType.CASUALTY_REPORT, story).stream()
        .map(e -> e.casualties().killed() + "/" + e.casualties().wounded()).toList()).containsExactly("2/null");
  }
}
