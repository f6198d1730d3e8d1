package org.trucewatch.extract.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trucewatch.extract.AttackPatterns;
import org.trucewatch.nlp.Vocabulary;

/**
 * A rule's literal words, bare, quoted, [word=x] and [lemma=x], are told by vocabulary ids ({@link WordIds}) where the
 * token has one: replayed on the shipped attack rules with seeded sentences of the rules' own words, each found by
 * strings alone and by ids; the matches must be alike.
 */
class WordIdsTest {

  @Test
  void literalsAreReadByIdWhereTheTokenHasOne() {
    // a token whose id says "hypothetical" while its string says otherwise: only a test by id takes it for the word
    WordsInput plain = new WordsInput(new String[] {"nothing"}, new String[] {"nothing"}, new String[] {"NOUN"});
    PatternInput honest = new IdReplay.IdInput(plain, true);
    WordIds ids = WordIds.of(Set.of("hypothetical", "hypotheticals"));
    PatternInput byId = new Lying(plain, Vocabulary.id("hypothetical"));
    assertThat(ids.word(honest, 0)).isFalse();
    assertThat(ids.word(byId, 0)).isTrue();
    assertThat(WordIds.of(Set.of("hypothetical")).lemma(byId, 0)).isTrue();
    assertThat(WordIds.of(Set.of("hypothetical")).lemma(plain, 0)).isFalse(); // no ids: the strings decide
  }

  @Test
  void sentencesOfTheRulesWordsMatchAlikeByStringsAndByIds() throws IOException {
    RuleSet set = AttackPatterns.load().rules();
    List<String> words = rulesWords();
    List<String> anchors = IdReplay.anchors(set);
    Random random = new Random(3434);
    int matched = 0;
    for (int k = 0; k < 3_000; k++) {
      int n = 2 + random.nextInt(16);
      String[] ws = new String[n];
      String[] lemmas = new String[n];
      String[] tags = new String[n];
      for (int i = 0; i < n; i++) {
        ws[i] = random.nextInt(3) == 0 ? IdReplay.word(random, anchors) : words.get(random.nextInt(words.size()));
        lemmas[i] = random.nextInt(3) == 0 ? new String(ws[i]) : words.get(random.nextInt(words.size()));
        tags[i] = IdReplay.TAGS[random.nextInt(IdReplay.TAGS.length)];
      }
      WordsInput plain = new WordsInput(ws, lemmas, tags); // no ids: every literal compares strings
      String expected = IdReplay.show(set.find(plain));
      assertThat(IdReplay.show(set.find(new IdReplay.IdInput(plain, true)))).as(Arrays.toString(ws))
          .isEqualTo(expected);
      assertThat(IdReplay.show(set.find(new IdReplay.IdInput(plain, false)))).as(Arrays.toString(ws) + " word ids")
          .isEqualTo(expected);
      matched += expected.isEmpty() ? 0 : 1;
    }
    assertThat(matched).isGreaterThan(300);
  }

  /** Every lower-case word written in the shipped attack rules, sorted (a seed always draws the same). */
  private static List<String> rulesWords() throws IOException {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("[a-z][a-z'-]*").matcher("");
    for (String f : List.of("attacks", "contexts", "weapons", "calm")) {
      try (InputStream s = AttackPatterns.class.getResourceAsStream("patterns/" + f + ".rules")) {
        if (s == null) {
          continue;
        }
        m.reset(new String(s.readAllBytes(), StandardCharsets.UTF_8));
        while (m.find()) {
          out.add(m.group());
        }
      }
    }
    assertThat(out).hasSizeGreaterThan(200);
    return new ArrayList<>(out);
  }

  /** A sentence whose every token claims the word id {@code id}, whatever its string. */
  private record Lying(WordsInput in, int id) implements ForwardingInput {
    @Override
    public int wordId(int i) {
      return id;
    }

    @Override
    public int lemmaId(int i) {
      return id;
    }
  }
}
