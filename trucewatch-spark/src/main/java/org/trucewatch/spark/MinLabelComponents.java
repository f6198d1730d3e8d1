package org.trucewatch.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of an undirected graph by iterative min-label propagation: every vertex starts with its own
 * label and takes the least label among itself and its neighbours until no label changes, so each vertex ends with the
 * least vertex of its component (the name the single-JVM index gives a cluster). Rounds grow with the components'
 * diameter, small for syndication clusters; lineage is cut every few rounds. Stateless.
 */
final class MinLabelComponents {

  private static final int CHECKPOINT_EVERY = 5;

  private MinLabelComponents() {}

  /**
   * The component label of every vertex that has an edge.
   *
   * @param edges undirected edges, in either or both directions, repeats allowed
   */
  static JavaPairRDD<String, String> labels(JavaPairRDD<String, String> edges, int partitions) {
    JavaPairRDD<String, String> neighbours = edges
        .flatMapToPair(e -> java.util.List.of(e, e.swap()).iterator())
        .filter(e -> !e._1().equals(e._2()))
        .distinct(partitions)
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> labels = neighbours.keys().distinct(partitions)
        .mapToPair(v -> new Tuple2<>(v, v))
        .persist(StorageLevel.MEMORY_AND_DISK());
    for (int round = 1; ; round++) {
      JavaPairRDD<String, String> offers = neighbours.join(labels, partitions)
          .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
      JavaPairRDD<String, String> next = labels.union(offers)
          .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b, partitions)
          .persist(StorageLevel.MEMORY_AND_DISK());
      if (round % CHECKPOINT_EVERY == 0) {
        next.rdd().localCheckpoint();
      }
      long changed = next.join(labels, partitions).filter(t -> !t._2()._1().equals(t._2()._2())).count();
      labels.unpersist(false);
      labels = next;
      if (changed == 0) {
        neighbours.unpersist(false);
        return labels;
      }
    }
  }
}
