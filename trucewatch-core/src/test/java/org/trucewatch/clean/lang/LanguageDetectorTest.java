package org.trucewatch.clean.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  private static final LanguageDetector DETECTOR = LanguageDetector.load();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|The Armenian Ministry of Defense said in a statement on Wednesday that Azerbaijani forces had hit two "
          + "military sites situated on Armenian territory, and that it reserved the right to respond.",
      "fr|Le ministère arménien de la Défense a déclaré mercredi que les forces azerbaïdjanaises avaient frappé deux "
          + "sites militaires situés sur le territoire de l'Arménie, selon un communiqué publié par le ministère.",
      "de|Das armenische Verteidigungsministerium teilte am Mittwoch mit, dass aserbaidschanische Truppen zwei "
          + "militärische Stellungen auf dem Gebiet Armeniens angegriffen hätten, die nicht an der Front liegen.",
      "es|El Ministerio de Defensa de Armenia dijo el miércoles que las fuerzas de Azerbaiyán atacaron dos sitios "
          + "militares en territorio armenio, según un comunicado que fue publicado por la agencia.",
      "ru|Министерство обороны Армении заявило в среду, что азербайджанские силы нанесли удар по двум военным "
          + "объектам на территории Армении, и что оно оставляет за собой право на ответ при этом.",
      "uk|Міністерство оборони Вірменії заявило в середу, що азербайджанські сили завдали удару по двох військових "
          + "об'єктах на території Вірменії, і що воно залишає за собою право на відповідь.",
      "tr|Ermenistan Savunma Bakanlığı çarşamba günü yaptığı açıklamada Azerbaycan güçlerinin iki askeri noktayı "
          + "vurduğunu ve bu saldırıya karşılık verme hakkını saklı tuttuğunu söyledi, ama daha çok bilgi vermedi.",
      "az|Ermənistan Müdafiə Nazirliyi çərşənbə günü bəyanat yayaraq Azərbaycan qüvvələrinin iki hərbi obyekti "
          + "vurduğunu və buna cavab vermək hüququnu özündə saxladığını bildirib, amma daha çox məlumat verməyib.",
      "hy|Հայաստանի պաշտպանության նախարարությունը չորեքշաբթի հայտարարեց, որ ադրբեջանական ուժերը հարվածել են "
          + "երկու ռազմական օբյեկտի։",
  })
  void tellsLanguagesApart(String lang, String text) {
    assertThat(DETECTOR.detect(text)).isEqualTo(lang);
  }

  @Test
  void tooShortOrTooMixedIsUnknown() {
    assertThat(DETECTOR.detect("Ganja")).isNull();
    assertThat(DETECTOR.detect("")).isNull();
    assertThat(DETECTOR.detect("12345 67890 !!! ??? 2020-10-10 12:05")).isNull();
  }

  @Test
  void stopwordsAreServedPerLanguage() {
    assertThat(DETECTOR.stopwords("en")).contains("the", "of", "said");
    assertThat(DETECTOR.stopwords("xx")).isEmpty();
    assertThat(DETECTOR.stopwords(null)).isEmpty();
  }
}
