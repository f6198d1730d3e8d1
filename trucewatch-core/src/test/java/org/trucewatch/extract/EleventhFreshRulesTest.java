package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.pipeline.Articles;
import org.trucewatch.pipeline.Pipeline;

/**
 * The rules fresh11's dev reports (Karabakh, Yemen, Sudan, Lebanon) showed missing, on sentences written for this
 * test, dated against Saturday 26 March 2022: a side's pause of set length, an agreed extension, a truce due to
 * expire, hostilities agreed to end, what a pause includes, and the day before a "day after" clause.
 */
class EleventhFreshRulesTest {

  private static final Pipeline PIPELINE = new Pipeline(TrucewatchConfig.defaults(),
      Clock.fixed(Instant.parse("2022-04-01T00:00:00Z"), ZoneOffset.UTC));
  private static final LocalDate SATURDAY = LocalDate.of(2022, 3, 26);

  private static List<Event> events(String... paragraphs) {
    return PIPELINE.extractor().extract(Articles.of("t", SATURDAY.toString(), paragraphs), SATURDAY,
        DateBasis.PUBLICATION).events();
  }

  private static List<Event> of(EventType type, String... paragraphs) {
    return events(paragraphs).stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void aSidesPauseOfSetLengthIsATruceAnnounced() {
    assertThat(of(EventType.CEASEFIRE, "The rebels will stop missile and drone attacks on the kingdom for three days, "
        + "their political leader said on Saturday.")).anySatisfy(e -> {
          assertThat(e.subtype()).isEqualTo("agreed");
          assertThat(e.date()).isEqualTo(SATURDAY);
        });
    // a pause refused is none
    assertThat(of(EventType.CEASEFIRE, "The rebels refused to halt attacks for a day, the army said on Saturday."))
        .isEmpty();
  }

  @Test
  void whatAPauseIncludesIsNoAttack() {
    assertThat(of(EventType.ATTACK, "The group said on Saturday it would halt all military actions, including ground "
        + "offensives in Marib.")).isEmpty();
  }

  @Test
  void anAgreementToExtendIsTheExtension() {
    List<Event> found = of(EventType.CEASEFIRE, "The army and the paramilitaries agreed on Saturday to extend by five "
        + "days the ceasefire they signed in Jeddah, the mediators said.");
    assertThat(found).anySatisfy(e -> {
      assertThat(e.subtype()).isEqualTo("extended");
      assertThat(e.date()).isEqualTo(SATURDAY);
    });
    assertThat(found).noneMatch(e -> e.subtype().equals("agreed") && SATURDAY.equals(e.date()));
  }

  @Test
  void aTruceDueToExpireHasNotExpired() {
    assertThat(of(EventType.CEASEFIRE, "The seven-day truce had been due to expire at 9:45 pm on Saturday."))
        .noneMatch(e -> e.subtype().equals("ended"));
  }

  @Test
  void hostilitiesAgreedToEndAreATruce() {
    assertThat(of(EventType.CEASEFIRE, "The president said the two sides have agreed to end hostilities from 4 am on "
        + "Sunday.")).anySatisfy(e -> assertThat(e.date()).isEqualTo(SATURDAY.plusDays(1)));
  }

  @Test
  void whatCameADayBeforeAnUndatedSentenceTakesTheDayBefore() {
    List<Event> found = of(EventType.ATTACK, "Coalition jets struck the port of Hodeidah on Saturday.",
        "The raids came a day after rebel drones struck an oil depot in Jeddah.");
    assertThat(found).anySatisfy(e -> {
      assertThat(e.location().name()).contains("Jeddah");
      assertThat(e.date()).isEqualTo(SATURDAY.minusDays(1));
    });
  }
}
