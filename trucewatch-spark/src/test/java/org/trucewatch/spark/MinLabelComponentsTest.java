package org.trucewatch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class MinLabelComponentsTest {

  @Test
  void everyVertexGetsTheLeastVertexOfItsComponent() {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());
    // a long chain (labels travel several rounds), given in both directions and repeated, a pair, and a self-loop
    List<Tuple2<String, String>> edges = List.of(new Tuple2<>("e", "f"), new Tuple2<>("d", "e"),
        new Tuple2<>("c", "d"), new Tuple2<>("b", "c"), new Tuple2<>("c", "b"), new Tuple2<>("f", "a"),
        new Tuple2<>("y", "x"), new Tuple2<>("x", "y"), new Tuple2<>("z", "z"));
    Map<String, String> labels =
        MinLabelComponents.labels(jsc.parallelizePairs(edges, 2), 2).collectAsMap();
    assertThat(labels).containsOnly(Map.entry("a", "a"), Map.entry("b", "a"), Map.entry("c", "a"),
        Map.entry("d", "a"), Map.entry("e", "a"), Map.entry("f", "a"), Map.entry("x", "x"), Map.entry("y", "x"));
  }

  @Test
  void noEdgesNoLabels() {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());
    assertThat(MinLabelComponents.labels(jsc.parallelizePairs(List.<Tuple2<String, String>>of(), 1), 1).count())
        .isZero();
  }
}
