package org.trucewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.pipeline.Pipeline;

/**
 * The quality gate of {@code mvn verify}: scores {@code data/corpus/test} (from the project root, found above the
 * module folder) with the default pipeline, as {@code ./trucewatch score data/corpus/test} does, and fails when a
 * figure falls below its threshold in {@code quality-gate.properties}. It fails too when the test split is missing.
 * {@code -Dtrucewatch.gate.corpus=DIR} scores another folder (relative to the project root) instead.
 */
class QualityGateIT {

  @Test
  void theTestSplitMeetsTheThresholds() throws Exception {
    Path root = projectRoot(Path.of(""));
    String dirName = System.getProperty("trucewatch.gate.corpus", "data/corpus/test");
    Path corpus = root.resolve(dirName);
    assertThat(Files.isDirectory(corpus))
        .withFailMessage("quality gate: %s does not exist: the test split of the corpus (data/corpus/GUIDELINES.md) "
            + "must be in the tree for `mvn verify` to pass", corpus)
        .isTrue();
    QualityGate gate;
    try (InputStream in = QualityGateIT.class.getResourceAsStream("/quality-gate.properties")) {
      assertThat(in).withFailMessage("quality gate: no quality-gate.properties on the test class path").isNotNull();
      gate = QualityGate.read(in, "quality-gate.properties");
    }
    Pipeline pipeline = new Pipeline(TrucewatchConfig.load(null), Clock.systemUTC());
    Scores.Result result = new CorpusRun(pipeline, w -> System.err.println("quality gate: " + w))
        .score(List.of(corpus));
    System.out.println(ScoreReport.summary(result));
    List<String> failures = gate.failures(Figures.of(result, gate.minConflictEvents()));
    assertThat(failures)
        .withFailMessage("quality gate on %s (%s):%n  %s", dirName, ScoreReport.summary(result),
            String.join(System.lineSeparator() + "  ", failures))
        .isEmpty();
  }

  /** The first folder at or above {@code from} that holds this module (the project root). */
  private static Path projectRoot(Path from) {
    for (Path p = from.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("trucewatch-bench"))) {
        return p;
      }
    }
    throw new IllegalStateException("quality gate: no project root above " + from.toAbsolutePath());
  }
}
