package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An attack with no attacker in its own sentence takes the side a later sentence blames for it ("Officials blamed the
 * shelling on X", "He attributed the attack to X", "The government held X responsible"); not where the blame is
 * negated, and not over the attacker of a nearer attack. Sentences written for this test (blame23b).
 */
class BlamedAttackerTest {

  private static List<Event> attacks(String day, String... paragraphs) {
    return SundayStory.attacksOn(day, paragraphs);
  }

  private static List<Event> at(List<Event> events, String surface) {
    return events.stream().filter(e -> e.location() != null && e.location().surface().equals(surface)).toList();
  }

  @Test
  void attributedTheAttackToASideInTheNextParagraph() {
    List<Event> a = attacks("2019-02-09",
        "A car bomb exploded at a checkpoint in Aden on Tuesday, killing five soldiers, security officials said.",
        "The government attributed the attack to the Houthis.");
    assertThat(at(a, "Aden")).isNotEmpty().allMatch(e -> "HOUTHIS".equals(e.perpetratorSide()));
  }

  @Test
  void heldASideResponsibleInTheNextSentence() {
    List<Event> a = attacks("2019-02-09",
        "Mortar rounds landed in a residential district of Taiz on Friday, wounding six children, a doctor said."
            + " The government held the Houthis responsible for the bombardment.");
    assertThat(at(a, "Taiz")).isNotEmpty().allMatch(e -> "HOUTHIS".equals(e.perpetratorSide()));
  }

  @Test
  void blamingInARelativeClauseOfTheSameSentence() {
    List<Event> a = attacks("2024-06-10",
        "At least twelve people were killed when shells hit a camp for the displaced in El Fasher on Sunday,"
            + " according to a local aid group, which blamed the paramilitary Rapid Support Forces.");
    assertThat(at(a, "El Fasher")).isNotEmpty().allMatch(e -> "RSF".equals(e.perpetratorSide()));
  }

  @Test
  void blamedTheBombingOnASide() {
    List<Event> a = attacks("2019-02-09",
        "A car bomb exploded at a checkpoint in Aden on Tuesday, killing five soldiers, security officials said.",
        "Officials blamed the bombing on the Houthis, who did not comment.");
    assertThat(at(a, "Aden")).isNotEmpty().allMatch(e -> "HOUTHIS".equals(e.perpetratorSide()));
  }

  @Test
  void notWhereTheBlameIsNegated() {
    List<Event> a = attacks("2019-02-09",
        "A car bomb exploded at a checkpoint in Aden on Tuesday, killing five soldiers, security officials said.",
        "The government did not blame the Houthis, saying the investigation had only begun.");
    // (another reading names the Houthis from the negated sentence itself; this blame lends no side of its own)
    assertThat(at(a, "Aden")).isNotEmpty().allMatch(e -> !e.perpetratorInferred());
  }

  @Test
  void pointedTheFingerAtASide() {
    List<Event> a = attacks("2019-02-09",
        "A rocket struck a fuel depot on the edge of Aden on Thursday, setting it ablaze, port workers said.",
        "The governor pointed the finger at the Houthis.");
    assertThat(at(a, "Aden")).isNotEmpty().allMatch(e -> "HOUTHIS".equals(e.perpetratorSide()));
    List<Event> b = attacks("2024-06-10",
        "Shells fell on a market in El Fasher on Sunday, killing seven traders, a volunteer group said."
            + " Residents pointed an accusing finger at the Rapid Support Forces.");
    assertThat(at(b, "El Fasher")).isNotEmpty().allMatch(e -> "RSF".equals(e.perpetratorSide()));
  }
}
