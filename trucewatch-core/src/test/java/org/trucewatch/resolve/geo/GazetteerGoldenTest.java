package org.trucewatch.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files: every place mention of two sample articles, resolved, as reviewed by hand (see the README beside the
 * files). A change in matching or resolution shows up here as a diff; the actual output is written to
 * {@code target/geo-golden/} for review.
 */
class GazetteerGoldenTest {

  private static final Gazetteer G = Gazetteer.load();
  private static final PlaceResolver R = new PlaceResolver(G);

  @ParameterizedTest
  @ValueSource(strings = {"002_1935a116eeee51d1", "004_9ac61c74d985831d"})
  void resolvedMentionsMatchTheGoldenFile(String name) throws IOException {
    String text = resource("golden/" + name + ".txt");
    String actual = R.resolve(text, G.find(text)).stream().map(GazetteerGoldenTest::line)
        .collect(Collectors.joining("\n", "", "\n"));
    Path out = Path.of("target", "geo-golden", name + ".actual.tsv");
    Files.createDirectories(out.getParent());
    Files.writeString(out, actual);
    String expected = resource("golden/" + name + ".expected.tsv");
    assertThat(lines(actual)).as("see " + out.toAbsolutePath()).isEqualTo(lines(expected));
  }

  static String line(PlaceMention m) {
    return String.join("\t", String.valueOf(m.start()), String.valueOf(m.end()), m.surface(), m.role().name(),
        m.place().id(), m.place().name(), m.place().precision().name());
  }

  private static List<String> lines(String s) {
    return s.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = GazetteerGoldenTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
