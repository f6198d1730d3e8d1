package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.extract.pattern.PatternSyntaxException;
import org.trucewatch.extract.pattern.RuleParser;
import org.trucewatch.pipeline.Articles;
import org.trucewatch.pipeline.Pipeline;

/**
 * The attack rules that are data (patterns/*.rules) and the ACLED subtypes, on sentences written for this test (none
 * from the sample articles), dated against Sunday 25 October 2020.
 */
class AttackPatternsTest {

  private static final Pipeline PIPELINE = pipeline();
  private static final LocalDate SUNDAY = LocalDate.of(2020, 10, 25);

  private static Pipeline pipeline() {
    return new Pipeline(TrucewatchConfig.defaults(), Clock.fixed(Instant.parse("2020-11-01T00:00:00Z"),
        ZoneOffset.UTC));
  }

  private static List<Event> attacks(Pipeline p, String... paragraphs) {
    return p.extractor().extract(Articles.of("t", SUNDAY.toString(), paragraphs), SUNDAY, DateBasis.PUBLICATION).events()
        .stream().filter(e -> e.type() == EventType.ATTACK).toList();
  }

  private static List<Event> attacks(String... paragraphs) {
    return attacks(PIPELINE, paragraphs);
  }

  private static void subtype(String sentence, String expected) {
    assertThat(attacks(sentence)).as(sentence).isNotEmpty()
        .allSatisfy(e -> assertThat(e.subtype()).as(sentence).isEqualTo(expected));
  }

  @Test
  void phrasingsOfFireThatArePatterns() {
    subtype("Separatist units resorted to unprovoked mortar shelling of the village of Sotk on Tuesday.", "shelling");
    subtype("Azerbaijani troops resorted to unprovoked firing at Armenian posts near Martuni on Tuesday.",
        "armed_clash");
    subtype("Villagers said the town of Goris came under heavy rocket fire on Thursday.", "shelling");
    subtype("Two border posts near Tovuz were subjected to intense artillery fire on Friday, Baku said.", "shelling");
    subtype("Armenian soldiers exchanged fire with Azerbaijani units near Martakert on Saturday.", "armed_clash");
  }

  @Test
  void fireOpenedWithAnAdjectiveIsStillFireOpened() {
    subtype("Azerbaijani units opened intensive fire in the direction of Jermuk on Tuesday, Yerevan said.",
        "armed_clash");
    subtype("Armenian troops opened heavy fire on the village of Tovuz on Friday.", "armed_clash");
    subtype("Azerbaijani units opened intensive fire from artillery in the direction of Goris on Tuesday.", "shelling");
  }

  @Test
  void explosivesGrenadesAndSmallArmsHaveTheirAcledSubtypes() {
    subtype("On Wednesday two suicide bombers detonated their vests at a checkpoint near Tovuz, officials said.",
        "suicide_bomb");
    subtype("A roadside bomb tore through an army lorry outside Goris on Monday, the ministry said.",
        "remote_explosive");
    subtype("An armoured vehicle hit a landmine near Martakert on Friday, killing its driver.", "remote_explosive");
    subtype("Azerbaijani soldiers threw a grenade at Armenian positions near Martuni on Thursday.", "grenade");
    subtype("Armenian snipers fired on Azerbaijani positions near Tovuz on Saturday, Baku said.", "armed_clash");
  }

  @Test
  void anUnqualifiedAttackBetweenArmedSidesIsAClashAndAnUnknownOneStaysAnAttack() {
    subtype("Azerbaijani forces attacked Armenian posts near Martuni on Friday.", "armed_clash");
    subtype("Azerbaijani forces attacked villagers near Martuni on Friday.", "attack_on_civilians");
    subtype("Azerbaijani jets attacked Armenian posts near Martuni on Friday.", "air_drone_strike");
  }

  @Test
  void contextsThatTellNoAttack() {
    assertThat(attacks("Hackers launched a cyber attack on ministry servers in Baku on Monday.")).isEmpty();
    assertThat(attacks("Armenia test-fired a ballistic missile near Goris on Friday.")).isEmpty();
    assertThat(attacks("Troops massed near Martuni on Friday, waiting for the order to launch the assault."))
        .isEmpty();
    assertThat(attacks("Baku plans an offensive near Martakert on Friday, a source said.")).isEmpty();
    assertThat(attacks("Armenia strikes back at Azerbaijan on Monday, expels two diplomats from Yerevan."))
        .isEmpty();
  }

  @Test
  void aPatternFileAddedWithoutJavaChangesExtraction() {
    String sentence = "Azerbaijani soldiers peppered the outskirts of Goris with bullets on Friday.";
    assertThat(attacks(sentence)).isEmpty();
    String dir = "src/test/resources/extract/patterns";
    System.setProperty("trucewatch.patterns", dir);
    try {
      assertThat(attacks(pipeline(), sentence)).singleElement().satisfies(e -> {
        assertThat(e.subtype()).isEqualTo("armed_clash");
        assertThat(e.perpetrator()).isEqualTo("Azerbaijan");
        assertThat(e.location().name()).contains("Goris");
        assertThat(String.valueOf(e.date())).isEqualTo("2020-10-23");
      });
    } finally {
      System.clearProperty("trucewatch.patterns");
    }
  }

  @Test
  void theBuiltInFilesLoadAndABadActionIsNamedByItsPlace() {
    assertThat(AttackPatterns.load().rules().rules()).hasSizeGreaterThan(20);
    assertThatThrownBy(() -> AttackPatterns.of(RuleParser.parse("x.rules", "rule r fire => attack missile")))
        .isInstanceOf(PatternSyntaxException.class).hasMessageStartingWith("x.rules:1:13: unknown subtype 'missile'");
    assertThatThrownBy(() -> AttackPatterns.of(RuleParser.parse("x.rules", "\nrule r fire => attack attack place=p")))
        .hasMessage("x.rules:2:13: place=p names no capture of rule 'r'");
    assertThatThrownBy(() -> AttackPatterns.of(RuleParser.parse("x.rules", "rule r fire => explode")))
        .hasMessage("x.rules:1:13: unknown action 'explode': one of attack, not_attack, subtype");
  }

  @Test
  void everySubtypeMapsToOneAcledSubEventType() {
    assertThat(AttackSubtype.of("missile")).isEqualTo(AttackSubtype.SHELLING);
    assertThat(AttackSubtype.of("offensive")).isEqualTo(AttackSubtype.ARMED_CLASH);
    assertThat(AttackSubtype.SUICIDE_BOMB.acledSubEventType()).isEqualTo("Suicide bomb");
    assertThat(AttackSubtype.TERRITORY_TAKEN.acledSubEventType(true)).isEqualTo("Government regains territory");
    assertThat(java.util.Arrays.stream(AttackSubtype.values()).filter(s -> s != AttackSubtype.ATTACK)
        .map(AttackSubtype::acledSubEventType).distinct().count()).isEqualTo(AttackSubtype.values().length - 1);
  }
}
