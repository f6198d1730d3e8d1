package org.trucewatch.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.nlp.Abbreviations;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.Tokenizer;

/**
 * The actor trie's filter of first words (a bit per shape of the words phrases start with): a word it turns away
 * starts no phrase, so every phrase is still found.
 */
class LexiconFirstWordsTest {

  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.ENGLISH_NEWS);

  private static List<Tsv.Row> rows(String name, int columns, String text) {
    return Tsv.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), columns);
  }

  private static List<String> found(Lexicon x, String text) {
    Sentence s = new Sentence(0, 0, 0, text.length(), text, TOKENIZER.tokenize(text, 0));
    List<String> out = new ArrayList<>();
    for (List<Lexicon.Match> at : x.match(s, null)) {
      at.forEach(m -> out.add(s.span(m.start(), m.end())));
    }
    return out;
  }

  @Test
  void everyFirstWordOfTheShippedTablesPassesTheFilter() {
    Lexicon x = Lexicon.load(org.trucewatch.conflict.Profiles.shipped().all());
    assertThat(x.root.next).hasSizeGreaterThan(500);
    for (String w : x.root.next.keySet()) {
      assertThat(x.mayStartPhrase(w)).as(w).isTrue();
    }
    assertThat(x.mayStartPhrase("zzqxj")).isFalse();
  }

  @Test
  void phrasesAddedOneByOneAreFoundAtTheirFirstWord() {
    Lexicon x = new Lexicon();
    x.loadKeys(rows("keys.tsv", 7, "BODY\tMOD\tGOVERNMENT\tMinistry of Defence\tMinister of Defence\tGOVMIL\tministry\n"
        + "PERSON\tSPOKESPERSON\tOFFICIAL\tspokeswoman\t-\tGOV\tofficial\n"));
    // before any phrase starting "quartermaster" is added, the word is turned away; after, it is found
    assertThat(found(x, "The quartermaster-general spoke.")).isEmpty();
    x.loadAgents(rows("agents.tsv", 3, "quartermaster-general\tMOD\t-\n"));
    assertThat(found(x, "The quartermaster-general spoke.")).contains("quartermaster-general");
    x.loadAgents(rows("agents.tsv", 3, "spokeswoman\t-\tSPOKESPERSON\nDefence Ministry\tMOD\t-\n"));
    assertThat(found(x, "A spokeswoman for the Defence Ministry denied it."))
        .contains("spokeswoman", "Defence Ministry");
    assertThat(found(x, "A spokesman for the Defence Ministries denied it.")).isEmpty();
  }
}
