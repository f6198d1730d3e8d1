package org.trucewatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The plain search syntax as FTS5 strings: every word quoted, operators only where the syntax has them. */
class SearchSyntaxTest {

  @Test
  void wordsBecomeQuotedStringsThatAllMustMatch() {
    assertThat(SearchSyntax.toFts5("drone strike")).isEqualTo("\"drone\" \"strike\"");
    assertThat(SearchSyntax.toFts5("  drone\tstrike  ")).isEqualTo("\"drone\" \"strike\"");
  }

  @Test
  void phrasesStayPhrasesAndAnUnclosedOneRunsToTheEnd() {
    assertThat(SearchSyntax.toFts5("\"fuel depot\" fire")).isEqualTo("\"fuel depot\" \"fire\"");
    assertThat(SearchSyntax.toFts5("fire \"fuel depot")).isEqualTo("\"fire\" \"fuel depot\"");
  }

  @Test
  void orJoinsAlternativesAndAMinusExcludes() {
    assertThat(SearchSyntax.toFts5("drone or missile")).isEqualTo("\"drone\" OR \"missile\"");
    assertThat(SearchSyntax.toFts5("strike -drone")).isEqualTo("\"strike\" NOT \"drone\"");
    assertThat(SearchSyntax.toFts5("strike -\"fuel depot\"")).isEqualTo("\"strike\" NOT \"fuel depot\"");
  }

  @Test
  void operatorsWithNothingToJoinAreDropped() {
    assertThat(SearchSyntax.toFts5("or drone or")).isEqualTo("\"drone\"");
    assertThat(SearchSyntax.toFts5("-drone")).isEmpty();
    assertThat(SearchSyntax.toFts5("- drone")).isEqualTo("\"drone\"");
  }

  @Test
  void fts5SyntaxInTheInputIsOnlyText() {
    assertThat(SearchSyntax.toFts5("AND NOT")).isEqualTo("\"AND\" \"NOT\"");
    assertThat(SearchSyntax.toFts5("NEAR(a b)")).isEqualTo("\"NEAR(a\" \"b)\"");
    assertThat(SearchSyntax.toFts5("title:grain*")).isEqualTo("\"title:grain*\"");
    assertThat(SearchSyntax.toFts5("a\"\"b")).isEqualTo("\"a\" \"b\"");
  }

  @Test
  void termsWithoutLettersOrDigitsAreDropped() {
    assertThat(SearchSyntax.toFts5("*** !! \"\" -")).isEmpty();
    assertThat(SearchSyntax.toFts5("")).isEmpty();
  }

  @Test
  void hyphenatedAndClosedSpellingsFindEachOther() {
    assertThat(SearchSyntax.toFts5("ceasefire")).isEqualTo("(\"ceasefire\" OR \"cease-fire\")");
    assertThat(SearchSyntax.toFts5("Cease-fire broken")).isEqualTo("(\"Cease-fire\" OR \"ceasefire\") AND \"broken\"");
    assertThat(SearchSyntax.toFts5("shelling -ceasefire")).isEqualTo("\"shelling\" NOT (\"ceasefire\" OR \"cease-fire\")");
  }
}
