package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers, ages, durations and names that must not become dates or clock times. */
class NegativeRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "The ceasefire followed 11 hours of talks.",
      "He spent 30 years in exile.",
      "Officials said 974 of their troops have been killed.",
      "A 24-hour curfew was imposed.",
      "He lives at No. 10 Downing Street.",
      "A 30-year-old man was wounded.",
      "The man, 30 years old, was wounded.",
      "Children ages 6 months and older can be vaccinated.",
      "Some 2000 people fled.",
      "About 1500 soldiers were deployed.",
      "The state paid $2020 per family.",
      "See page 1994 of the report.",
      "The vote was 1,994 to 12.",
      "He finished in 3:07:35.",
      "Theresa May said the talks may march on.",
      "USA Today reported the claim.",
      "A second attack followed.",
      "The fall of the region stoked protests.",
      "Daily Sabah reported the attack.",
      "The People's Daily said so.",
      "They fought for the 2000 km border.",
      "The screen is 1080 pixels by 1920 pixels.",
      "The image measures 1920 x 1080.",
  })
  void noDateOrTime(String text) {
    List<TimeMention> found = Tagging.tag(text);
    assertThat(found).as(text).noneMatch(m -> m.type() == TimeMention.Type.DATE || m.type() == TimeMention.Type.TIME);
  }

  @ParameterizedTest
  @ValueSource(strings = {"974 troops", "No. 10", "1,000 people", "between 2 and 3", "Article 2020 of the code"})
  void nothingAtAll(String text) {
    assertThat(Tagging.tag(text)).as(text).isEmpty();
  }
}
