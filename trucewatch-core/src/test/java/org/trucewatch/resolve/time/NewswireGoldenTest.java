package org.trucewatch.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Golden-file test: a hand-written wire story ({@code newswire.txt}) tagged against the anchor named in
 * {@code newswire.expected.tsv}, whose every line was checked by hand (see the README of this folder).
 */
class NewswireGoldenTest {

  static String line(TimeMention m) {
    return String.join("\t", Integer.toString(m.start()), Integer.toString(m.end()), m.text(), m.type().name(),
        s(m.value()), s(m.date()), s(m.rangeStart()), s(m.rangeEnd()), s(m.time()), s(m.offset()),
        Boolean.toString(m.since()), s(m.partOfDay()));
  }

  private static String s(Object o) {
    return Objects.toString(o, "-");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = NewswireGoldenTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void taggingTheStoryGivesTheCheckedMentions() throws IOException {
    String text = resource("newswire.txt");
    List<String> expected = Arrays.stream(resource("newswire.expected.tsv").split("\n"))
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    String anchorLine = Arrays.stream(resource("newswire.expected.tsv").split("\n"))
        .filter(l -> l.startsWith("# anchor: ")).findFirst().orElseThrow();
    TemporalAnchor anchor = TemporalAnchor.parse(anchorLine.substring("# anchor: ".length()).strip());
    List<String> actual = Tagging.TAGGER.tag(text, anchor).stream().map(NewswireGoldenTest::line).toList();
    assertThat(actual).containsExactlyElementsOf(expected);
  }
}
