package org.trucewatch.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.SentenceSplitter;

/** Coreference within an article. The texts are written for the tests, in the style of wire copy. */
class ActorContextTest {

  /** All mentions of an article whose paragraphs are the lines of {@code text}, resolved in order. */
  static List<ActorMention> resolve(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    int p = 0;
    for (String line : text.split("\n", -1)) {
      SentenceSplitter.english().split(text, start, start + line.length(), p++, sentences);
      start += line.length() + 1;
    }
    ActorContext context = new ActorContext(ActorDictionary.load());
    List<ActorMention> out = new ArrayList<>();
    for (Sentence s : ActorDictionaryTest.TAGGER.tagAll(sentences)) {
      out.addAll(context.resolve(s));
    }
    return out;
  }

  /** The resolved mention with text {@code surface} (the n-th such, from 0). */
  static ActorMention coref(List<ActorMention> all, String surface, int nth) {
    List<ActorMention> hits = all.stream().filter(m -> m.text().equals(surface) && m.isCoreferent()).toList();
    assertThat(hits).as("resolved mentions '%s' in %s", surface, all).hasSizeGreaterThan(nth);
    return hits.get(nth);
  }

  static boolean resolved(List<ActorMention> all, String surface) {
    return all.stream().anyMatch(m -> m.text().equals(surface) && m.isCoreferent());
  }

  @Test
  void itIsTheOrganisationThatWasTheSubject() {
    List<ActorMention> all = resolve("The Armenian Ministry of Defense said Azerbaijani forces had hit two sites. "
        + "It said Armenia reserved the right to respond.");
    ActorMention it = coref(all, "It", 0);
    assertThat(it.actor().id()).isEqualTo("AM/MOD");
    assertThat(it.antecedent().text()).isEqualTo("Armenian Ministry of Defense");
  }

  @Test
  void itInTheSameSentenceIsItsSubject() {
    List<ActorMention> all = resolve("Azerbaijan had claimed earlier that it had hit two launch sites.");
    assertThat(coref(all, "it", 0).actor().id()).isEqualTo("AZ");
  }

  @Test
  void anExpletiveItIsNoActor() {
    List<ActorMention> all = resolve("Azerbaijan rejected the claim. It was difficult to say more. "
        + "It took minutes for new attacks to begin.");
    assertThat(resolved(all, "It")).isFalse();
  }

  @Test
  void theMinistryIsTheLatestMinistryOutsideTheQuote() {
    List<ActorMention> all = resolve("The Armenian Defense Ministry rejected the claim.\n"
        + "\"The claims by the Ministry of Defense of Azerbaijan are groundless. The leadership of that country "
        + "acted on assumptions,\" the ministry said.");
    assertThat(coref(all, "ministry", 0).actor().id()).isEqualTo("AM/MOD");
    assertThat(coref(all, "that country", 0).actor().id()).isEqualTo("AZ");
  }

  @Test
  void theDefenceMinistryAndTheSpokeswomansMinistry() {
    List<ActorMention> all = resolve("Armenian defense ministry spokeswoman Shushan Stepanyan said the attack "
        + "failed. Azerbaijan's Foreign Ministry disagreed. The defence ministry later added details. "
        + "The spokeswoman said two soldiers died.");
    assertThat(coref(all, "defence ministry", 0).actor().id()).isEqualTo("AM/MOD");
    assertThat(coref(all, "spokeswoman", 0).actor().id()).isEqualTo("AM/Shushan_Stepanyan");
  }

  @Test
  void theArmyIsNotResolved() {
    // a president the tables do not know (a made-up name), learnt from his title
    List<ActorMention> all = resolve("Ukrainian President Mykola Hrytsenko said Russian forces shelled Kharkiv. "
        + "Hrytsenko added that the army held.");
    assertThat(coref(all, "Hrytsenko", 0).actor().id()).isEqualTo("UA/Mykola_Hrytsenko");
    assertThat(resolved(all, "army")).isFalse();
  }

  @Test
  void theOfficialAndTheOmbudsman() {
    List<ActorMention> all = resolve("A Turkish defence ministry official said Turkey played no direct role. "
        + "The official added that training continued. Karabakh's ombudsman Artak Beglaryan said missiles hit. "
        + "The ombudsman called for help.");
    assertThat(coref(all, "official", 0).actor().id()).isEqualTo("TR/MOD/OFFICIAL");
    assertThat(coref(all, "ombudsman", 0).actor().id()).isEqualTo("NK/Artak_Beglaryan");
  }

  @Test
  void heAndSheFollowGenderAndSubject() {
    List<ActorMention> all = resolve("Russian President Vladimir Putin urged Aliyev to ensure security. "
        + "He said the talks would continue. Anna Naghdalyan said the claim was false. She added nothing.");
    assertThat(coref(all, "He", 0).actor().id()).isEqualTo("RU/Vladimir_Putin");
    assertThat(coref(all, "She", 0).actor().id()).isEqualTo("AM/Anna_Naghdalyan");
  }

  @Test
  void anAmbiguousPronounStaysUnresolved() {
    List<ActorMention> all = resolve("Talks between Zohrab Mnatsakanyan and Jeyhun Bayramov ended. "
        + "He left early.");
    assertThat(resolved(all, "He")).isFalse();
  }

  @Test
  void aPronounWithNothingBeforeItStaysUnresolved() {
    List<ActorMention> all = resolve("He said the ministry would reply. It said nothing.");
    assertThat(all).isEmpty();
  }

  @Test
  void bothSidesAreTheTwoLatestBelligerentCamps() {
    List<ActorMention> all = resolve("Fighting between Azeri and Armenian forces over the disputed "
        + "Nagorno-Karabakh territory continued, with the two sides accusing each other.");
    ActorMention group = coref(all, "two sides", 0);
    assertThat(group.members()).extracting(Actor::id).containsExactly("AM", "AZ");
    assertThat(group.actor().id()).isEqualTo("AM+AZ");
    assertThat(group.actor().role()).isEqualTo(Role.OTHER);
  }

  @Test
  void bothSidesNeedTwoCamps() {
    List<ActorMention> all = resolve("Armenian forces said Karabakh's ombudsman was right. Both sides agreed.");
    assertThat(resolved(all, "Both sides")).isFalse();
  }

  @Test
  void aNameIntroducedWithATitleIsKnownByItsSurname() {
    List<ActorMention> all = resolve("Georgian Foreign Minister Ilia Darchiashvili called for calm. "
        + "Darchiashvili said Tbilisi was ready to host talks.");
    ActorMention again = coref(all, "Darchiashvili", 0);
    assertThat(again.actor().id()).isEqualTo("GE/Ilia_Darchiashvili");
    assertThat(again.antecedent().text()).isEqualTo("Georgian Foreign Minister Ilia Darchiashvili");
  }

  @Test
  void anaphorsLookBackOnlyAFewSentences() {
    StringBuilder b = new StringBuilder("The Azerbaijani defense ministry said the truce held. ");
    for (int i = 0; i < 8; i++) {
      b.append("Shelling continued in the morning. ");
    }
    b.append("The ministry said more.");
    assertThat(resolved(resolve(b.toString()), "ministry")).isFalse();
  }

  @Test
  void sentencesMustComeInOrder() {
    List<Sentence> s = new ArrayList<>();
    String text = "Azerbaijan said so. Armenia denied it.";
    SentenceSplitter.english().split(text, 0, text.length(), 0, s);
    ActorContext context = new ActorContext(ActorDictionary.load());
    context.resolve(s.get(1));
    assertThatThrownBy(() -> context.resolve(s.get(0))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("in order");
    assertThatThrownBy(() -> context.resolve(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ActorContext(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
