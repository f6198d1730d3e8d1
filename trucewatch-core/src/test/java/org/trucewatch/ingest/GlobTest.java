package org.trucewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {

  @Test
  void findsPatterns() {
    assertThat(Glob.isPattern("data/*.html")).isTrue();
    assertThat(Glob.isPattern("a?.txt")).isTrue();
    assertThat(Glob.isPattern("[0-9].txt")).isTrue();
    assertThat(Glob.isPattern("*.{html,htm}")).isTrue();
    assertThat(Glob.isPattern("plain/file.txt")).isFalse();
    assertThat(Glob.isPattern("escaped\\*.txt")).isFalse();
  }

  @Test
  void splitsTheLiteralBase() {
    assertThat(Glob.compile("data/news/**/*.html").base()).isEqualTo("data/news");
    assertThat(Glob.compile("*.txt").base()).isEmpty();
    assertThat(Glob.compile("/abs/*.txt").base()).isEqualTo("/abs");
    assertThat(Glob.compile("/*.txt").base()).isEqualTo("/");
  }

  @Test
  void starStaysInOneSegment() {
    Glob g = Glob.compile("*.html");
    assertThat(g.matches("a.html")).isTrue();
    assertThat(g.matches("sub/a.html")).isFalse();
    assertThat(g.matches(".hidden.html")).isFalse();
    assertThat(g.maxDepth()).isZero();
  }

  @Test
  void doubleStarSpansZeroOrMoreDirectories() {
    Glob g = Glob.compile("data/**/*.html");
    assertThat(g.matches("a.html")).isTrue();
    assertThat(g.matches("x/y/a.html")).isTrue();
    assertThat(g.matches("x/a.htm")).isFalse();
    assertThat(g.matches(".git/a.html")).isFalse();
    assertThat(g.maxDepth()).isEqualTo(Integer.MAX_VALUE);
    assertThat(Glob.compile("d/**").matches("x/y/z.txt")).isTrue();
  }

  @Test
  void questionMarkClassesAndAlternatives() {
    assertThat(Glob.compile("news-2020-1?.txt").matches("news-2020-10.txt")).isTrue();
    assertThat(Glob.compile("news-2020-1?.txt").matches("news-2020-100.txt")).isFalse();
    assertThat(Glob.compile("[0-9]*.jsonl").matches("7-day.jsonl")).isTrue();
    assertThat(Glob.compile("[!0-9]*.jsonl").matches("7-day.jsonl")).isFalse();
    assertThat(Glob.compile("[!0-9]*.jsonl").matches("day.jsonl")).isTrue();
    assertThat(Glob.compile("*.{html,htm}").matches("a.htm")).isTrue();
    assertThat(Glob.compile("*.{html,htm}").matches("a.txt")).isFalse();
  }

  @Test
  void regexCharactersAreLiteral() {
    assertThat(Glob.compile("a+b(1).*").matches("a+b(1).txt")).isTrue();
    assertThat(Glob.compile("a+b(1).*").matches("aab(1).txt")).isFalse();
    assertThat(Glob.compile("x\\*y*").matches("x*yz")).isTrue();
  }

  @Test
  void hiddenEntriesOnlyWhenNamed() {
    assertThat(Glob.compile("*/.cache/*.txt").namesHidden()).isTrue();
    assertThat(Glob.compile("*/.cache/*.txt").matches("a/.cache/b.txt")).isTrue();
    assertThat(Glob.compile("**/*.txt").namesHidden()).isFalse();
  }
}
