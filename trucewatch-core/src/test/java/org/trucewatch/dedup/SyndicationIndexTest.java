package org.trucewatch.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trucewatch.config.TrucewatchConfig;

class SyndicationIndexTest {

  private static final TrucewatchConfig.Dedup CONFIG = TrucewatchConfig.defaults().dedup();

  // A synthetic wire story and reworked copies of it: generated sentences, not taken from any article.
  private static List<String> story(String topic, int n, long seed) {
    Random r = new Random(seed);
    String[] subjects = {"The ministry", "Officials", "The army", "Witnesses", "Local authorities", "The mission"};
    String[] verbs = {"said", "reported", "confirmed", "told reporters", "announced", "stated"};
    String[] objects = {"that shelling had resumed", "that several houses were destroyed", "that talks had stalled",
        "that the truce was violated", "that casualties were rising", "that aid convoys were blocked"};
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(subjects[r.nextInt(subjects.length)] + " in " + topic + " " + verbs[r.nextInt(verbs.length)] + " on day "
          + (i + 1) + " " + objects[r.nextInt(objects.length)] + ", adding that " + topic + " paragraph " + i
          + " carried details number " + r.nextInt(100000) + " about the situation near the front line.");
    }
    return out;
  }

  @Test
  void exactAndPartialCopiesShareACluster() {
    List<String> wire = story("Alpha", 12, 1);
    List<String> partial = new ArrayList<>(wire.subList(0, 6));
    partial.addAll(story("Beta", 5, 2));
    SyndicationIndex index = new SyndicationIndex(CONFIG);
    index.add("b-partial", partial);
    index.add("a-wire", wire);
    index.add("c-other", story("Gamma", 10, 3));
    assertThat(index.clusterOf("b-partial")).isEqualTo("a-wire");
    assertThat(index.clusterOf("a-wire")).isEqualTo("a-wire");
    assertThat(index.clusterOf("c-other")).isEqualTo("c-other");
    assertThat(index.shared("b-partial")).extracting(SharedParagraph::paragraph).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(index.shared("a-wire")).allSatisfy(s -> assertThat(s.otherArticle()).isEqualTo("b-partial"));
  }

  @Test
  void oneSharedBackgroundParagraphDoesNotMakeTwoStoriesOne() {
    String background = "The two neighbours have been locked in a conflict over the breakaway region for decades, "
        + "and a ceasefire agreed in the nineties failed to end the dispute between them.";
    List<String> a = new ArrayList<>(story("Alpha", 10, 4));
    List<String> b = new ArrayList<>(story("Delta", 10, 5));
    a.add(background);
    b.add(background);
    SyndicationIndex index = new SyndicationIndex(CONFIG);
    index.add("a", a);
    index.add("b", b);
    assertThat(index.clusterOf("a")).isNotEqualTo(index.clusterOf("b"));
    assertThat(index.shared("a")).isEmpty();
  }

  @Test
  void lightlyEditedCopiesStillMatch() {
    List<String> wire = story("Alpha", 8, 6);
    List<String> edited = new ArrayList<>();
    for (String p : wire) {
      edited.add(p.replace("said", "says").replace("near the front line", "near the frontline"));
    }
    SyndicationIndex index = new SyndicationIndex(CONFIG);
    index.add("x", wire);
    index.add("y", edited);
    assertThat(index.clusterOf("y")).isEqualTo("x");
  }

  @Test
  void copiesJoinTransitively() {
    List<String> wire = story("Alpha", 12, 7);
    List<String> first = new ArrayList<>(wire.subList(0, 7));
    first.addAll(story("Epsilon", 3, 8));
    List<String> second = new ArrayList<>(first.subList(7, 10));
    second.addAll(story("Zeta", 2, 9));
    SyndicationIndex index = new SyndicationIndex(CONFIG);
    index.add("m", first);
    index.add("n", second);
    index.add("k", wire);
    assertThat(List.of(index.clusterOf("m"), index.clusterOf("n"), index.clusterOf("k"))).containsOnly("k");
  }

  @Test
  void addingTheSameIdTwiceChangesNothing() {
    SyndicationIndex index = new SyndicationIndex(CONFIG);
    index.add("a", story("Alpha", 5, 10));
    index.add("a", story("Omega", 5, 11));
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.shared("a")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void clustersDoNotDependOnTheOrderOfArrival(long seed) {
    Map<String, List<String>> docs = new HashMap<>();
    for (int s = 0; s < 6; s++) {
      List<String> wire = story("Story" + s, 10, 100 + s);
      docs.put("s" + s + "-wire", wire);
      List<String> copy = new ArrayList<>(wire.subList(0, 5));
      copy.addAll(story("Local" + s, 4, 200 + s));
      docs.put("s" + s + "-copy", copy);
    }
    List<String> ids = new ArrayList<>(docs.keySet());
    Collections.sort(ids);
    Map<String, String> reference = clusters(docs, ids);
    Collections.shuffle(ids, new Random(seed));
    assertThat(clusters(docs, ids)).isEqualTo(reference);
    assertThat(reference.values().stream().distinct().count()).isEqualTo(6);
  }

  private static Map<String, String> clusters(Map<String, List<String>> docs, List<String> order) {
    SyndicationIndex index = new SyndicationIndex(CONFIG);
    order.forEach(id -> index.add(id, docs.get(id)));
    Map<String, String> out = new HashMap<>();
    order.forEach(id -> out.put(id, index.clusterOf(id)));
    return out;
  }

  @Test
  void shortParagraphsAndEmptyArticlesAreHandled() {
    SyndicationIndex index = new SyndicationIndex(CONFIG);
    index.add("empty", List.of());
    index.add("short", List.of("Ceasefire holds.", "No news."));
    index.add("short2", List.of("Ceasefire holds.", "No news."));
    assertThat(index.clusterOf("empty")).isEqualTo("empty");
    assertThat(index.clusterOf("short2")).isEqualTo("short2");
  }
}
