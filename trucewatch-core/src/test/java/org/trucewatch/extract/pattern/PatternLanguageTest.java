package org.trucewatch.extract.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pattern language on hand-made sentences: each construct, the anchoring, and the parser's errors. */
class PatternLanguageTest {

  /** A sentence written "word/TAG word/TAG ...", with spans given as class -> {from, to} pairs. */
  private record Input(String[] words, String[] tags, Map<SpanClass, int[][]> spans) implements PatternInput {

    static Input of(String tagged, Map<SpanClass, int[][]> spans) {
      String[] parts = tagged.split(" ");
      String[] w = new String[parts.length];
      String[] t = new String[parts.length];
      for (int i = 0; i < parts.length; i++) {
        int slash = parts[i].lastIndexOf('/');
        w[i] = parts[i].substring(0, slash).toLowerCase(Locale.ROOT);
        t[i] = parts[i].substring(slash + 1);
      }
      return new Input(w, t, spans);
    }

    static Input of(String tagged) {
      return of(tagged, Map.of());
    }

    @Override
    public int size() {
      return words.length;
    }

    @Override
    public String word(int i) {
      return words[i];
    }

    @Override
    public String lemma(int i) {
      return switch (words[i]) {
        case "came" -> "come";
        case "struck" -> "strike";
        case "threw" -> "throw";
        default -> words[i];
      };
    }

    @Override
    public String tag(int i) {
      return tags[i];
    }

    @Override
    public int[] spans(SpanClass cls, int i) {
      List<Integer> ends = new ArrayList<>();
      for (int[] s : spans.getOrDefault(cls, new int[0][])) {
        if (s[0] == i) {
          ends.add(s[1]);
        }
      }
      return ends.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public int lexicon(String category, int i) {
      return category.equals("weapon") && words[i].equals("mortar") ? i + 1 : -1;
    }
  }

  private static List<Rule.Match> find(String rules, Input in) {
    return RuleSet.of(RuleParser.parse("test.rules", rules)).find(in);
  }

  private static List<String> spans(String rules, Input in) {
    return find(rules, in).stream().map(m -> m.rule().name() + "@" + m.from() + "-" + m.to()).toList();
  }

  private static final Input OPENED = Input.of("Troops/NOUN opened/VERB heavy/ADJ fire/NOUN on/ADP the/DET "
      + "village/NOUN of/ADP Lor/PROPN on/ADP Monday/PROPN ./PUNCT",
      Map.of(SpanClass.PLACE, new int[][] {{8, 9}}, SpanClass.DATE, new int[][] {{9, 11}},
          SpanClass.ACTOR, new int[][] {{0, 1}}, SpanClass.NUMBER, new int[0][]));

  @Test
  void aBareWordMatchesItsInflectionsAndLemma() {
    assertThat(spans("rule r [lemma=open] [tag=ADJ]? fire => attack", OPENED)).containsExactly("r@1-4");
    assertThat(spans("rule r open => attack", OPENED)).containsExactly("r@1-2");
    assertThat(spans("rule r come under fire => attack", Input.of("It/PRON came/VERB under/ADP fire/NOUN")))
        .containsExactly("r@1-4");
  }

  @Test
  void exactWordsRegexesTagsNegationAndConjunction() {
    assertThat(spans("rule r \"opened\" [tag=ADJ] [word=fire] => attack", OPENED)).containsExactly("r@1-4");
    assertThat(spans("rule r \"open\" fire => attack", OPENED)).isEmpty();
    assertThat(spans("rule r fire /on|at|upon/ => attack", OPENED)).containsExactly("r@3-5");
    assertThat(spans("rule r [lemma=open & tag=VERB] [tag!=VERB]+ => attack", OPENED))
        .containsExactly("r@1-12");
    assertThat(spans("rule r [lemma=open & tag=NOUN] => attack", OPENED)).isEmpty();
    assertThat(spans("rule r [!word=heavy] fire => attack", OPENED)).isEmpty();
    assertThat(spans("rule r [] fire => attack", OPENED)).containsExactly("r@2-4");
  }

  @Test
  void repetitionsAndAlternationsTakeTheLongestMatch() {
    assertThat(spans("rule r opened [tag=/ADJ|NOUN/]* => attack", OPENED)).containsExactly("r@1-4");
    assertThat(spans("rule r opened [tag=ADJ]{0,1} fire => attack", OPENED)).containsExactly("r@1-4");
    assertThat(spans("rule r opened [tag=ADJ]{2,3} fire => attack", OPENED)).isEmpty();
    assertThat(spans("rule r opened (heavy | light) fire => attack", OPENED)).containsExactly("r@1-4");
    assertThat(spans("rule r opened heavy (fire on the | fire) => attack", OPENED)).containsExactly("r@1-6");
  }

  @Test
  void classesMatchWholeSpansAndCapturesNameThem() {
    List<Rule.Match> m = find("rule r [lemma=open] []{0,2} fire on the village of (?<place> @PLACE) "
        + "(?<when> @DATE)? => attack armed_clash place=place", OPENED);
    assertThat(m).singleElement().satisfies(x -> {
      assertThat(x.capture("place")).containsExactly(8, 9);
      assertThat(x.capture("when")).containsExactly(9, 11);
      assertThat(x.capture("nope")).isNull();
      assertThat(x.rule().action().kind()).isEqualTo("attack");
      assertThat(x.rule().action().value()).isEqualTo("armed_clash");
      assertThat(x.rule().action().arg("place")).isEqualTo("place");
    });
    assertThat(spans("rule r @ACTOR opened => attack", OPENED)).containsExactly("r@0-2");
    assertThat(spans("rule r @SIDE opened => attack", OPENED)).isEmpty();
    assertThat(spans("rule r opened @NUMBER => attack", OPENED)).isEmpty();
    assertThat(spans("rule r fired %weapon => subtype shelling", Input.of("They/PRON fired/VERB mortar/NOUN")))
        .containsExactly("r@1-3");
  }

  @Test
  void anOptionalCaptureThatTookNoPartIsNull() {
    List<Rule.Match> m = find("rule r opened heavy? fire (?<how> with @NUMBER)? => attack", OPENED);
    assertThat(m).singleElement().satisfies(x -> assertThat(x.capture("how")).isNull());
  }

  @Test
  void theAnchorIsTheMarkedWordOrTheFirstLiteralAndEveryOccurrenceIsTried() {
    RuleSet set = RuleSet.of(RuleParser.parse("t.rules", "rule r [tag=ADJ]* ^fire => attack\n"
        + "rule s (?<x> the) village => attack\n"));
    assertThat(set.isAnchor("fire")).isTrue();
    assertThat(set.isAnchor("firing")).isTrue();
    assertThat(set.isAnchor("heavy")).isFalse();
    assertThat(set.isAnchor("the")).isTrue();
    Input twice = Input.of("fire/NOUN and/CCONJ heavy/ADJ fire/NOUN");
    assertThat(set.find(twice)).extracting(x -> x.from() + "-" + x.to()).containsExactly("0-1", "2-4");
  }

  @Test
  void topLevelAlternativesAreAnchoredEachOnTheirOwn() {
    assertThat(spans("rule r opened fire | came under fire => attack",
        Input.of("They/PRON came/VERB under/ADP fire/NOUN"))).containsExactly("r@1-4");
  }

  @Test
  void rulesSpanLinesAndCarryComments() {
    List<Rule> rules = RuleParser.parse("t.rules", "# a comment\n\nrule r   # why\n  opened\n  fire\n"
        + "  => attack armed_clash flags=generic  # trailing\nrule s: fire => not_attack scope=sentence\n");
    assertThat(rules).extracting(Rule::name).containsExactly("r", "s");
    assertThat(rules.get(0).where()).isEqualTo("t.rules:3");
    assertThat(rules.get(0).action().args()).containsEntry("flags", "generic").hasSize(1);
    assertThat(rules.get(1).action().arg("scope")).isEqualTo("sentence");
  }

  @Test
  void matchingIsLinearInTheSentenceNotExponential() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      s.append("a/X ");
    }
    s.append("fire/NOUN");
    // A guard against a hang, not a speed figure: exponential matching of 400 tokens would never end.
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2), () ->
        assertThat(spans("rule r ([]* []*)* (a | a a)* ^fire => attack", Input.of(s.toString()))).hasSize(1));
  }

  private static void error(String rules, String expected) {
    assertThatThrownBy(() -> RuleParser.parse("bad.rules", rules)).isInstanceOf(PatternSyntaxException.class)
        .hasMessage(expected);
  }

  @Test
  void errorsNameFileLineAndColumn() {
    error("rule r\n  [lemma=open fire\n  => attack", "bad.rules:2:15: expected '&' or ']' in '[...]', found 'f'");
    error("rule r [lemma=open\n => attack", "bad.rules:1:8: unclosed '['");
    error("rule r [colour=red] => attack", "bad.rules:1:9: unknown field 'colour': one of word, lemma, tag");
    error("rule r @TOWN => attack", "bad.rules:1:8: unknown class '@TOWN': one of @PLACE, @ACTOR, @SIDE, @NUMBER, "
        + "@DATE");
    error("rule r fire /at|(on/ => attack", "bad.rules:1:20: bad regular expression /at|(on/: Unclosed group");
    error("rule r (fire on => attack", "bad.rules:1:8: unclosed '('");
    error("rule r fire\nrule s fire => attack", "bad.rules:1:6: rule 'r' has no action line: expected '=> KIND ...' "
        + "before the next rule");
    error("rule r fire => attack\nrule r fire => attack", "bad.rules:2:6: rule 'r' is defined twice in this file");
    error("rule r [tag=ADJ]* => attack", "bad.rules:1:8: rule 'r': the pattern needs a literal word that every "
        + "match contains (a word, [word=x], [lemma=x] or /a|b/ outside ?, *, +, {} and ( | )), to anchor it");
    error("rule r fire (^on)? => attack", "bad.rules:1:8: rule 'r': the word marked '^' must be one every match "
        + "contains (outside ?, *, +, {} and ( | ))");
    error("rule r ^[tag=NOUN] => attack", "bad.rules:1:8: '^' marks the anchor: only a literal word, [word=x], "
        + "[lemma=x] or /a|b/ can be one");
    error("rule r fire{3,1} => attack", "bad.rules:1:12: bad repetition {3,1}: need m <= n <= 20");
    error("rule r (?<x> fire) (?<x> on) => attack", "bad.rules:1:23: capture 'x' is defined twice in this rule");
    error("rule r fire =>", "bad.rules:1:13: '=>' needs an action: '=> KIND [VALUE] [key=value ...]'");
    error("rule r fire => attack a b", "bad.rules:1:13: an action takes one value; 'a' and 'b' given");
    error("  fire => attack", "bad.rules:1:3: expected 'rule NAME', found 'fire'");
    error("rule r => attack", "bad.rules:1:8: rule 'r' has an empty pattern");
    error("rule r [tag=noun] => attack", "bad.rules:1:13: a tag is upper case (NOUN, VERB, ADP...): 'noun'");
  }
}
