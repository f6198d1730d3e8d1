package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A letterhead written in capitals ("MINISTRY OF DEFENCE OF THE REPUBLIC OF ..."), a kind-of-document line carrying
 * its number ("Press Release No. 57/2020 | 24 October 2020"), and a heading block that runs past the first three
 * paragraphs under a headline. A newsroom's section name in capitals, or "statement" inside a news sentence, issues
 * nothing. Headings written for this test, dated against Sunday 25 October 2020.
 */
class IssuerCapitalsTest {

  private static final Issuer ISSUER = new Issuer(Lexicon.load());

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = ';', value = {
      "MINISTRY OF DEFENCE OF THE REPUBLIC OF SERBIA;Press release | 12.04.2019;MINISTRY OF DEFENCE OF THE REPUBLIC OF SERBIA",
      "GENERAL STAFF OF THE ARMED FORCES;Statement | 4 May 2019;GENERAL STAFF OF THE ARMED FORCES",
      "PRESS OFFICE OF THE COAST GUARD;Tuesday, 3 March 2015;PRESS OFFICE OF THE COAST GUARD",
      "MINISTRY FOR HOME AND BORDER AFFAIRS;Communique | 8 May 2016;MINISTRY FOR HOME AND BORDER AFFAIRS",
      "DEFENCE AND SECURITY;Tuesday, 3 March 2015;",
      "WORLD | EUROPE;Statement | 4 May 2019;",
      "MINISTRY OF DEFENCE OF THE REPUBLIC OF SERBIA;SOLDIERS WERE WOUNDED OVERNIGHT, OFFICIALS SAY;",
  })
  void anAllCapitalsLetterheadIssuesThePage(String title, String line, String issuer) {
    assertThat(ISSUER.of(title, List.of(line))).isEqualTo(issuer);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = ';', value = {
      "Ministry of Defence of the Republic of Serbia;Press Release No. 45/2019 | 12 April 2019;Ministry of Defence of the Republic of Serbia",
      "General Staff of the Armed Forces;Statement No. 12 - 4 May 2019;General Staff of the Armed Forces",
      "Army Command - Press Office;Communique No 7;Army Command - Press Office",
      "Ministry of Defence of the Republic of Serbia;Press Release No. 2019/88;Ministry of Defence of the Republic of Serbia",
      "Ministry of Defence of the Republic of Serbia;Statement No. 4 said two soldiers were wounded;",
      "Ministry of Defence of the Republic of Serbia;Statement from the ministry on Friday denied the report;",
      "Rebels Say Army Shelled Two Villages;Press Release No. 45/2019 | 12 April 2019;",
  })
  void aNumberedKindOfDocumentHeadsThePage(String title, String line, String issuer) {
    assertThat(ISSUER.of(title, List.of(line))).isEqualTo(issuer);
  }

  @Test
  void aLetterheadRunningPastTheThirdParagraphIssuesThePage() {
    List<Event> fourth = SundayStory.pageAttacks(String.join("\n\n",
        "Artillery strikes hit border posts overnight",
        "REPUBLIC OF ARMENIA",
        "MINISTRY OF DEFENCE",
        "Press Release No. 2020/57 | 24 October 2020",
        "On the morning of 24 October, enemy artillery shelled the village of Martuni, damaging several houses."));
    assertThat(fourth).isNotEmpty().allMatch(e -> e.claimedBy().stream()
        .anyMatch(c -> c.toLowerCase(Locale.ROOT).contains("ministry of defence")));
    List<Event> fifth = SundayStory.pageAttacks(String.join("\n\n",
        "Drones strike positions near Tartar as fighting flares",
        "Armed Forces",
        "General Staff",
        "Press Service of the Army Command",
        "Statement | 24 October 2020",
        "On Saturday afternoon, enemy drones attacked our positions near Tartar. The attack was repelled."));
    // (the letterhead's first organisation line speaks for the page)
    assertThat(fifth).isNotEmpty().allMatch(e -> e.claimedBy().contains("Armed Forces"));
  }

  @Test
  void aNewsPageWhoseFourthParagraphSaysStatementIssuesNothing() {
    // a headline, a section in capitals and a byline over a sentence quoting a statement: no letterhead
    List<Event> news = SundayStory.pageAttacks(String.join("\n\n",
        "Villages shelled overnight near the border",
        "DEFENCE AND SECURITY",
        "By our correspondent",
        "Saturday, 24 October 2020",
        "Statement from the army said enemy artillery shelled the village of Martuni on Saturday morning."));
    assertThat(news).allMatch(e -> e.claimedBy().stream().noneMatch(c -> c.contains("DEFENCE AND SECURITY")));
  }
}
