package org.trucewatch.cli;

import org.trucewatch.pipeline.Pipeline;

/** Validates a {@code --conflict} option at the boundary. */
final class Conflicts {

  private Conflicts() {}

  static void check(Pipeline pipeline, String id) {
    if (id != null && pipeline.profiles().get(id).isEmpty()) {
      throw new UsageError("--conflict: no conflict profile '"
          + id + "' (known: " + String.join(", ", pipeline.profiles().all().stream().map(p -> p.id()).toList())
          + ")");
    }
  }
}
