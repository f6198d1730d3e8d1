package org.trucewatch.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.junit.jupiter.api.Test;

/** The name scan finds what an Aho-Corasick trie with whole words only finds, overlaps included. */
class NameScanTest {

  private static final Map<String, String> NAMES = Map.of("Hamas", "a", "Gaza", "b", "Gaza Strip", "c",
      "Strip Club", "d", "DPR", "e", "Houthi", "f", "Hezbollah", "g", "Nagorno-Karabakh", "h", "Karabakh", "i");

  @Test
  void findsWholeWordsAsWrittenOverlapsIncluded() {
    assertThat(hits("Gaza Strip Club; Hamas2 and xHamas, HAMAS, hamas; (DPR) Nagorno-Karabakh Karabakh"))
        .containsExactlyInAnyOrder("0-4 b", "0-10 c", "5-15 d", "17-22 a", "51-54 e", "56-72 h", "64-72 i", "73-81 i");
    assertThat(hits("")).isEmpty();
    assertThat(hits("Ga")).isEmpty();
  }

  @Test
  void agreesWithAnAhoCorasickTrieOnTheSamples() throws IOException {
    PayloadTrie.PayloadTrieBuilder<String> b = PayloadTrie.<String>builder().onlyWholeWords();
    NAMES.forEach(b::addKeyword);
    PayloadTrie<String> trie = b.build();
    int checked = 0;
    for (String dir : List.of("../data/samples", "src/test/resources/extract/written")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String text = Files.readString(f);
          List<String> reference = new ArrayList<>();
          for (PayloadEmit<String> e : trie.parseText(text)) {
            reference.add(e.getStart() + "-" + (e.getEnd() + 1) + " " + e.getPayload());
          }
          List<String> ours = hits(text);
          reference.sort(null);
          ours.sort(null);
          assertThat(ours).as(f.toString()).isEqualTo(reference);
          checked += reference.size();
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
  }

  private static List<String> hits(String text) {
    List<String> out = new ArrayList<>();
    new NameScan<>(NAMES).scan(text, (s, e, p) -> out.add(s + "-" + e + " " + p));
    return out;
  }
}
