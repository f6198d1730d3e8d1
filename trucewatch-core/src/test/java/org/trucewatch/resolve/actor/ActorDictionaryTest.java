package org.trucewatch.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trucewatch.nlp.OpenNlpPosTagger;
import org.trucewatch.nlp.PosTagger;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.SentenceSplitter;

class ActorDictionaryTest {

  static final ActorDictionary DICT = ActorDictionary.load();
  static final PosTagger TAGGER = OpenNlpPosTagger.english();

  /** The first sentence of {@code text}, tagged. */
  static Sentence sentence(String text) {
    List<Sentence> out = new ArrayList<>();
    SentenceSplitter.english().split(text, 0, text.length(), 0, out);
    return TAGGER.tag(out.get(0));
  }

  /** The mentions of a sentence of Karabakh news (the conflict these sentences are about). */
  static List<ActorMention> find(String text) {
    return DICT.find(sentence(text), "karabakh");
  }

  /** The one mention whose text is {@code surface}. */
  static ActorMention mention(String text, String surface) {
    List<ActorMention> found = find(text);
    return found.stream().filter(m -> m.text().equals(surface)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + found));
  }

  @Test
  void aConflictsOwnWordsNameItsPartiesOnlyInItsNews() {
    Sentence s = sentence("Separatist forces said they repelled an attack.");
    assertThat(DICT.find(s, "karabakh")).singleElement().satisfies(m -> assertThat(m.actor().side()).isEqualTo("NK"));
    assertThat(DICT.find(s, "donbas")).singleElement().satisfies(m -> assertThat(m.actor().side()).isEqualTo("DPR"));
    assertThat(DICT.find(s, null)).noneMatch(m -> m.actor().side() != null);
    // a name only one conflict uses reads the same in news of none
    assertThat(DICT.find(sentence("Hamas said it fired rockets."), null)).singleElement()
        .satisfies(m -> assertThat(m.actor().side()).isEqualTo("HAMAS"));
  }

  @Test
  void theSyrianOppositionsNamedFactionsAreItsSide() {
    // factions of the rebel side named on their own (syria profile rows), written for this test
    for (String text : List.of("Jaish al-Islam said its fighters repelled the assault.",
        "Fighters of Ahrar al-Sham shelled the town on Friday.", "Faylaq al-Rahman denied the report.")) {
      assertThat(DICT.find(sentence(text), "syria")).singleElement()
          .satisfies(m -> assertThat(m.actor().side()).isEqualTo("OPPOSITION"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The Armenian Ministry of Defense said the attack failed.|Armenian Ministry of Defense|AM/MOD|GOVERNMENT|AM",
      "Azerbaijan's Foreign Ministry said nine people died.|Azerbaijan's Foreign Ministry|AZ/MFA|GOVERNMENT|AZ",
      "Officials said Azerbaijani forces had hit two sites.|Azerbaijani forces|AZ/MIL|MILITARY|AZ",
      "Nagorno-Karabakh's military accused Baku of shelling.|Nagorno-Karabakh's military|NK/MIL|MILITARY|NK",
      "Karabakh's ombudsman Artak Beglaryan said missiles hit.|Karabakh's ombudsman Artak Beglaryan"
          + "|NK/Artak_Beglaryan|OFFICIAL|NK",
      "Soldiers fired, the Interior Ministry of the unrecognised Republic of Artsakh said."
          + "|Interior Ministry of the unrecognised Republic of Artsakh|NK/MOI|GOVERNMENT|NK",
      "Azerbaijan rejected it, with Baku officials saying the reports were false.|Baku officials|AZ/GOV|GOVERNMENT|AZ",
      "Russia's RIA news agency quoted him.|Russia's RIA news agency|RIA|MEDIA|",
      "Azerbaijani authorities have not disclosed their losses.|Azerbaijani authorities|AZ/GOV|GOVERNMENT|AZ",
      "According to Nagorno-Karabakh officials, 974 troops died.|Nagorno-Karabakh officials|NK/GOV|GOVERNMENT|NK",
      "Russian President Vladimir Putin said the toll neared 5,000.|Russian President Vladimir Putin"
          + "|RU/Vladimir_Putin|OFFICIAL|RU",
      "The Kremlin said in a statement that he apologised.|Kremlin|RU/KREMLIN|GOVERNMENT|RU",
      "It played no direct role, a Turkish defence ministry official said.|Turkish defence ministry official"
          + "|TR/MOD/OFFICIAL|OFFICIAL|TR",
      "But Armenian defense ministry spokeswoman Shushan Stepanyan said forces attacked."
          + "|Armenian defense ministry spokeswoman Shushan Stepanyan|AM/Shushan_Stepanyan|OFFICIAL|AM",
      "Azeri officials denied the report.|Azeri officials|AZ/GOV|GOVERNMENT|AZ",
      "The region is held by ethnic Armenian forces backed by Armenia.|ethnic Armenian forces|NK/MIL|MILITARY|NK",
      "Separatist forces said they repelled an attack.|Separatist forces|NK/MIL|MILITARY|NK",
      "The talks would be mediated by the Minsk Group of negotiators.|Minsk Group|OSCE/MINSK_GROUP|MEDIATOR|",
      "The truce was mediated by the International Committee of the Red Cross."
          + "|International Committee of the Red Cross|ICRC|INTERNATIONAL|",
      "OSCE monitors reported no shooting.|OSCE monitors|OSCE/MONITORS|MONITOR|",
  })
  void recognisesTheActorsOfWarNews(String text, String surface, String id, Role role, String side) {
    ActorMention m = mention(text, surface);
    assertThat(m.actor().id()).isEqualTo(id);
    assertThat(m.actor().role()).isEqualTo(role);
    assertThat(m.actor().side()).isEqualTo(side);
  }

  @Test
  void composedMinistriesAreOneActorHoweverPhrased() {
    Actor a = mention("Azerbaijan's Defense Ministry said so.", "Azerbaijan's Defense Ministry").actor();
    Actor b = mention("The Azerbaijani defense ministry said so.", "Azerbaijani defense ministry").actor();
    Actor c = mention("The Ministry of Defense of Azerbaijan said so.", "Ministry of Defense of Azerbaijan").actor();
    Actor d = mention("The Azerbaijani Ministry of Defence said so.", "Azerbaijani Ministry of Defence").actor();
    assertThat(List.of(b, c, d)).containsOnly(a);
    assertThat(a).isEqualTo(new Actor("AZ/MOD", "Azerbaijan Ministry of Defense", "AZ", "AZ", Role.GOVERNMENT,
        "AZEGOVMIL"));
    assertThat(DICT.actor("AZ/MOD")).isEqualTo(a);
  }

  @Test
  void forcesOfEachSide() {
    assertThat(mention("Armenian forces shelled Terter.", "Armenian forces").actor().id()).isEqualTo("AM/MIL");
    assertThat(mention("Armenian armed forces shelled Terter.", "Armenian armed forces").actor().id())
        .isEqualTo("AM/MIL");
    Actor nk = mention("Ethnic Armenian forces shelled Terter.", "Ethnic Armenian forces").actor();
    assertThat(nk.id()).isEqualTo("NK/MIL");
    assertThat(nk.side()).isEqualTo("NK");
    assertThat(nk.country()).isNull();
    assertThat(mention("Karabakh forces shelled Terter.", "Karabakh forces").actor()).isEqualTo(nk);
    assertThat(mention("The Armenian side rejected it.", "Armenian side").actor().id()).isEqualTo("AM");
  }

  @Test
  void possessivesAndDemonymsAreFlagged() {
    ActorMention poss = mention("Azerbaijan's Foreign Ministry said so.", "Azerbaijan's Foreign Ministry");
    assertThat(poss.possessive()).isTrue();
    assertThat(poss.demonym()).isFalse();
    assertThat(poss.agentHead()).isTrue();
    ActorMention dem = mention("Azeri officials said so.", "Azeri officials");
    assertThat(dem.demonym()).isTrue();
    assertThat(dem.possessive()).isFalse();
    ActorMention bare = mention("It lies in Azerbaijan's second city.", "Azerbaijan");
    assertThat(bare.possessive()).isTrue();
    assertThat(bare.actor().role()).isEqualTo(Role.STATE);
    assertThat(bare.agentHead()).isFalse();
  }

  @Test
  void aDemonymModifyingANounIsTheStateNotAnAgent() {
    List<ActorMention> found = find("Forces hit two Armenian military sites.");
    assertThat(found).extracting(m -> m.actor().id()).containsExactly("AM");
    assertThat(found.get(0).text()).isEqualTo("Armenian");
    assertThat(found.get(0).demonym()).isTrue();
    assertThat(found.get(0).agentHead()).isFalse();
  }

  @Test
  void aCountryAloneIsTheStateAndACapitalItsGovernment() {
    assertThat(mention("Azerbaijan rejected the accusations.", "Azerbaijan").actor().role()).isEqualTo(Role.STATE);
    assertThat(mention("Baku said the reports were false.", "Baku").actor().id()).isEqualTo("AZ/GOV");
    assertThat(mention("Yerevan rejected the claim.", "Yerevan").actor().id()).isEqualTo("AM/GOV");
    ActorMention moscow = mention("According to Moscow's information, the toll rose.", "Moscow");
    assertThat(moscow.actor().id()).isEqualTo("RU/GOV");
    assertThat(moscow.possessive()).isTrue();
    assertThat(find("Talks were held in Moscow on Friday.")).isEmpty();
    assertThat(find("They landed at Baku airport.")).isEmpty();
  }

  @Test
  void aDatelineCapitalIsNoSpeaker() {
    assertThat(find("BAKU (Reuters) - Fighting continued.")).extracting(m -> m.actor().id())
        .containsExactly("REUTERS");
  }

  @Test
  void peopleNamedByDemonymsAreCivilians() {
    Actor a = mention("Armenians living in Stepanakert were told to stay home.", "Armenians").actor();
    assertThat(a.id()).isEqualTo("AM/CIVILIANS");
    assertThat(a.role()).isEqualTo(Role.CIVILIAN);
    assertThat(a.side()).isEqualTo("AM");
    Actor nk = mention("No agreement was reached with ethnic Armenians.", "ethnic Armenians").actor();
    assertThat(nk.role()).isEqualTo(Role.CIVILIAN);
    assertThat(nk.side()).isEqualTo("NK");
  }

  @Test
  void personsWithAndWithoutTitlesAndAliases() {
    String id = "AM/Nikol_Pashinyan";
    assertThat(mention("Prime Minister Nikol Pashinyan said so.", "Prime Minister Nikol Pashinyan").actor().id())
        .isEqualTo(id);
    assertThat(mention("Pashinyan said so.", "Pashinyan").actor().id()).isEqualTo(id);
    assertThat(mention("Armenian Prime Minister Nikol Pashinian said so.",
        "Armenian Prime Minister Nikol Pashinian").actor().id()).isEqualTo(id);
    assertThat(mention("Talks with Pashinian went well.", "Pashinian").actor().id()).isEqualTo(id);
    assertThat(mention("Mevlüt Çavuşoğlu spoke.", "Mevlüt Çavuşoğlu").actor().id())
        .isEqualTo("TR/Mevlut_Cavusoglu");
    assertThat(DICT.actor(id).name()).isEqualTo("Nikol Pashinyan (Armenia, Prime Minister)");
  }

  @Test
  void aSurnameAfterAnotherFirstNameIsSomeoneElse() {
    assertThat(find("Davit Harutyunyan said so.")).isEmpty();
    assertThat(mention("Harutyunyan said so.", "Harutyunyan").actor().id()).isEqualTo("NK/Arayik_Harutyunyan");
  }

  @Test
  void anUnlistedNameAfterATitleIsThatPerson() {
    Actor a = mention("Georgian Foreign Minister Ilia Darchiashvili called for calm.",
        "Georgian Foreign Minister Ilia Darchiashvili").actor();
    assertThat(a.id()).isEqualTo("GE/Ilia_Darchiashvili");
    assertThat(a.name()).isEqualTo("Ilia Darchiashvili (Georgia, Minister of Foreign Affairs)");
    assertThat(a.role()).isEqualTo(Role.OFFICIAL);
    assertThat(a.country()).isEqualTo("GE");
  }

  @Test
  void aRankMakesAnotherOffice() {
    Actor a = mention("Armenia's Deputy Foreign Minister said so.", "Armenia's Deputy Foreign Minister").actor();
    assertThat(a.id()).isEqualTo("AM/MFA/DEPUTY_MINISTER");
    assertThat(a.name()).isEqualTo("Armenia Deputy Minister of Foreign Affairs");
  }

  @Test
  void adjectivesMayStandBetweenOwnerAndAgent() {
    assertThat(mention("Nagorno-Karabakh's de facto foreign minister Davit Babayan said so.",
        "Nagorno-Karabakh's de facto foreign minister Davit Babayan").actor().id()).isEqualTo("NK/Davit_Babayan");
    assertThat(mention("Azerbaijan's senior officials said so.", "Azerbaijan's senior officials").actor().id())
        .isEqualTo("AZ/GOV");
  }

  @Test
  void theMinskGroupIsAMediatorAndMinskAloneTheBelarusGovernment() {
    Actor mg = mention("The OSCE Minsk Group co-chairs met.", "OSCE Minsk Group co-chairs").actor();
    assertThat(mg.role()).isEqualTo(Role.MEDIATOR);
    assertThat(mention("The Minsk Group failed.", "Minsk Group").actor().role()).isEqualTo(Role.MEDIATOR);
    assertThat(find("They met in Minsk.")).isEmpty();
    assertThat(mention("Minsk said it was neutral.", "Minsk").actor().id()).isEqualTo("BY/GOV");
  }

  @Test
  void coordinatedDemonymsShareTheirAgent() {
    List<ActorMention> found = find("Fighting between Azeri and Armenian forces continued.");
    assertThat(found).extracting(m -> m.actor().id()).containsExactly("AZ/MIL", "AM/MIL");
    assertThat(found).extracting(ActorMention::text).containsExactly("Azeri", "Armenian forces");
  }

  @Test
  void caseMatters() {
    assertThat(find("They told us to leave.")).isEmpty();
    assertThat(mention("US officials urged restraint.", "US officials").actor().id()).isEqualTo("US/GOV");
  }

  @Test
  void offsetsAreBodyOffsets() {
    String text = "Heavy fighting. Later, Azerbaijan's Defense Ministry said Armenian forces fired.";
    List<Sentence> out = new ArrayList<>();
    SentenceSplitter.english().split(text, 0, text.length(), 0, out);
    Sentence second = TAGGER.tag(out.get(1));
    for (ActorMention m : DICT.find(second)) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      assertThat(m.sentence()).isEqualTo(1);
      assertThat(second.span(m.tokenStart(), m.tokenEnd())).isEqualTo(m.text());
    }
    assertThat(DICT.find(second)).hasSize(2);
  }

  @Test
  void locativeUseIsFlagged() {
    assertThat(mention("Shells fell in Azerbaijan overnight.", "Azerbaijan").locative()).isTrue();
    assertThat(mention("Azerbaijan denied it.", "Azerbaijan").locative()).isFalse();
  }

  @Test
  void worksOnUntaggedSentences() {
    List<Sentence> out = new ArrayList<>();
    String text = "Armenian forces shelled Terter, Azerbaijan's Defense Ministry said.";
    SentenceSplitter.english().split(text, 0, text.length(), 0, out);
    assertThat(DICT.find(out.get(0))).extracting(m -> m.actor().id()).containsExactly("AM/MIL", "AZ/MOD");
  }

  @Test
  void aSentenceWithoutActorsGivesNone() {
    assertThat(find("The shelling continued through the night and houses burned.")).isEmpty();
  }

  @Test
  void badInputIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> DICT.find(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sentence");
    assertThatThrownBy(() -> DICT.actor(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(DICT.actor("XX/NOPE")).isNull();
    assertThat(DICT.actor("AZ/NOPE")).isNull();
    assertThat(DICT.find(new Sentence(0, 0, 0, 0, "", List.of()))).isEmpty();
  }
}
