package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The nouns that make "both" a count of two victims (CasualtyNumbers.both) are lexicon rows (category bothvictim,
 * round 31), not a Java list: plural victim nouns without the plural ending, and plural nouns that are no victims.
 */
class BothVictimTest {

  @Test
  void theNounsAreLexiconRows() {
    Map<String, String> rows = Lexicon.load().entries("bothvictim").stream()
        .collect(Collectors.toMap(e -> String.join(" ", e.words()), Lexicon.Entry::value));
    assertThat(rows).containsEntry("children", "plural").containsEntry("people", "plural")
        .containsEntry("personnel", "plural").containsEntry("others", "not").containsEntry("lives", "not");
  }
}
