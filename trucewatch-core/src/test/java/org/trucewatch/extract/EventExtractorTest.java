package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.pipeline.Articles;

/**
 * The extraction rules on hand-written news sentences (none taken from the sample articles), dated against a
 * publication day of Sunday 25 October 2020.
 */
class EventExtractorTest {

  private static final LocalDate SUNDAY = SundayStory.SUNDAY;

  private static List<Event> events(String... paragraphs) {
    return SundayStory.events(paragraphs);
  }

  private static List<Event> of(List<Event> events, EventType type) {
    return events.stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void anAccusationNamesClaimantPerpetratorPlacesAndDay() {
    List<Event> attacks = of(events("Armenia's Defense Ministry accused Azerbaijani forces of shelling the town of "
        + "Goris and the village of Sotk on Friday night."), EventType.ATTACK);
    assertThat(attacks).hasSize(2);
    assertThat(attacks).allSatisfy(e -> {
      assertThat(e.perpetrator()).isEqualTo("Azerbaijan");
      assertThat(String.valueOf(e.date())).isEqualTo("2020-10-23");
      assertThat(e.claimedBy()).singleElement().asString().contains("Armenia");
      assertThat(e.subtype()).isEqualTo("shelling");
      assertThat(e.evidence().get(0).text()).startsWith("Armenia's Defense Ministry accused");
    });
    assertThat(attacks).extracting(e -> e.location().country()).containsOnly("AM");
  }

  @Test
  void aSpeakerAfterTheClauseIsTheClaimant() {
    List<Event> attacks = of(events("Azerbaijani troops fired on positions near Martakert on Saturday, the "
        + "Nagorno-Karabakh defence army said."), EventType.ATTACK);
    assertThat(attacks).singleElement().satisfies(e -> {
      assertThat(e.perpetrator()).isEqualTo("Azerbaijan");
      assertThat(e.claimedBy()).singleElement().asString().contains("Nagorno-Karabakh");
      assertThat(String.valueOf(e.date())).isEqualTo("2020-10-24");
    });
  }

  @Test
  void anUnnamedAttackerIsTheOtherSideOfTheClaimantAndIsMarkedInferred() {
    List<Event> attacks = of(events("Azerbaijan's Defense Ministry said the city of Barda came under rocket fire "
        + "on Tuesday."), EventType.ATTACK);
    assertThat(attacks).singleElement().satisfies(e -> {
      assertThat(e.perpetrator()).isEqualTo("Armenia");
      assertThat(e.perpetratorInferred()).isTrue();
      assertThat(e.location().name()).contains("Barda");
      assertThat(String.valueOf(e.date())).isEqualTo("2020-10-20");
    });
  }

  @Test
  void threatsPurposesAndNegationsAreNotAttacks() {
    List<Event> events = events("Armenia reserved the right to strike military targets in Ganja, the ministry said "
            + "on Saturday.",
        "Officials said the drones were bought to target positions near Tovuz on Friday.",
        "The army did not shell Stepanakert on Saturday, a spokesman said.");
    assertThat(of(events, EventType.ATTACK)).isEmpty();
  }

  @Test
  void aWeaponNamedWithoutAnActionIsNoAttack() {
    assertThat(of(events("Sales of drones and rockets to Azerbaijan rose sharply in Baku on Friday, "
        + "the exporters' assembly said."), EventType.ATTACK)).isEmpty();
  }

  @Test
  void generalFightingNeedsItsOwnPlaceAndDay() {
    assertThat(of(events("Fighting has continued for weeks despite calls for calm, officials said on Friday."),
        EventType.ATTACK)).isEmpty();
    assertThat(of(events("Heavy clashes broke out near Fizuli on Saturday morning, witnesses said."),
        EventType.ATTACK)).singleElement().satisfies(e -> assertThat(String.valueOf(e.date())).isEqualTo("2020-10-24"));
  }

  @Test
  void oneEventPerPlaceDayAndPerpetratorWhateverTheMentions() {
    List<Event> attacks = of(events("Armenian forces shelled Tartar on Saturday, Azerbaijan's Defense Ministry said.",
        "The ministry said Armenian artillery also hit Tartar on Saturday evening."), EventType.ATTACK);
    assertThat(attacks).singleElement().satisfies(e -> assertThat(e.evidence()).hasSize(2));
  }

  @Test
  void aDenialAttachesToTheAllegationItAnswers() {
    List<Event> attacks = of(events(
        "Azerbaijani forces shelled Stepanakert on Saturday, the Artsakh Interior Ministry said.",
        "Baku rejected the accusations as completely false."), EventType.ATTACK);
    assertThat(attacks).singleElement().satisfies(e -> {
      assertThat(e.claimedBy()).isNotEmpty();
      assertThat(e.deniedBy()).singleElement().asString().contains("Azerbaijan");
    });
  }

  @Test
  void aSelfClaimIsAnAcknowledgement() {
    List<Event> attacks = of(events("Azerbaijan's Defense Ministry said on Saturday that it had destroyed an "
        + "Armenian air defence system near Hadrut with a drone strike."), EventType.ATTACK);
    assertThat(attacks).singleElement().satisfies(e -> {
      assertThat(e.perpetrator()).isEqualTo("Azerbaijan");
      assertThat(e.acknowledgedBy()).isNotEmpty();
      assertThat(e.subtype()).isEqualTo("air_drone_strike");
    });
  }

  @Test
  void ceasefiresNeedADateAndAStatus() {
    List<Event> cf = of(events("The two sides agreed to a humanitarian ceasefire that took effect at midnight on "
            + "Sunday after talks in Washington.",
        "Fighting continued despite the truce.", "Calls for a ceasefire grew louder."), EventType.CEASEFIRE);
    assertThat(cf).singleElement().satisfies(e -> assertThat(String.valueOf(e.date())).isEqualTo("2020-10-25"));
  }

  @Test
  void casualtyFiguresCarryTheirClaimantAndQualifier() {
    List<Event> reports = of(events("According to the Armenian Health Ministry, at least 12 civilians were killed "
        + "and 40 wounded in the shelling of Stepanakert on Saturday."), EventType.CASUALTY_REPORT);
    assertThat(reports).singleElement().satisfies(e -> {
      assertThat(e.casualties().killed()).isEqualTo(12);
      assertThat(e.casualties().wounded()).isEqualTo(40);
      assertThat(e.casualties().qualifier()).isEqualTo("at least");
      assertThat(e.claimedBy()).singleElement().asString().contains("Armenia");
    });
  }

  @Test
  void withoutADateToReadAgainstRelativeDatesStayUnresolvedAndEventsAreNotLogged() {
    Extraction x = SundayStory.PIPELINE.extractor().extract(Articles.of("u", null,
        "Azerbaijani forces shelled Martuni on Saturday, officials said."), null, null);
    assertThat(x.events()).isEmpty();
    assertThat(x.undated()).isNotEmpty();
  }

  @Test
  void everyEventPointsBackToItsSentenceInTheBody() {
    String[] paras = {"Heavy shelling hit Ganja on Saturday, the Azerbaijani Foreign Ministry said.",
        "Armenia denied the claim."};
    var article = Articles.of("p", SUNDAY.toString(), paras);
    for (Event e : SundayStory.PIPELINE.extractor().extract(article, SUNDAY, DateBasis.PUBLICATION).events()) {
      for (Evidence ev : e.evidence()) {
        assertThat(article.body().substring(ev.start(), ev.end())).isEqualTo(ev.text());
      }
      for (Claim c : e.claims()) {
        assertThat(article.body().substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
      }
    }
  }

  @Test
  void aSpeakerFollowedByAParticipleClauseStillClaimsWhatCameBefore() {
    List<Event> attacks = of(events("Armenian forces shelled the Terter district overnight, Azerbaijan's Defence "
        + "Ministry said on Sunday, adding that two civilians were wounded."), EventType.ATTACK);
    assertThat(attacks).singleElement().satisfies(e -> {
      assertThat(e.claimedBy()).singleElement().asString().contains("Azerbaijan");
      assertThat(e.casualties().wounded()).isEqualTo(2);
    });
  }
}
