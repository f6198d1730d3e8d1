package org.trucewatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.extract.Budget;
import org.trucewatch.ingest.Rejection;
import org.trucewatch.store.JdbcStore;
import org.trucewatch.store.Store;

/** A document's failure, or its running over budget, is that document's rejection; the batch goes on. */
class DocumentGuardTest {

  @TempDir Path dir;

  private static final String VALID = "BAKU, Oct 10 (Reuters) - Armenian forces shelled the Azerbaijani city of Ganja "
      + "on Saturday, the Azerbaijani Defence Ministry said.\n\nThe ministry said two civilians were killed.\n";

  @Test
  void errorsBecomeRejectionsExceptTheMachinesOwn() {
    Rejection soe = DocumentGuard.reject("a.txt", null, "extraction", new StackOverflowError());
    assertEquals(Rejection.Reason.TOO_COSTLY, soe.reason());
    assertTrue(soe.oneLine().startsWith("a.txt: too costly: "), soe.oneLine());
    Rejection bug = DocumentGuard.reject("b.jsonl", "line 3", "cleaning", new IllegalStateException("x\ny"));
    assertEquals("b.jsonl (line 3): failed: the cleaning failed on this document (java.lang.IllegalStateException: x y);"
        + " the rest of the batch goes on", bug.oneLine());
    assertEquals(Rejection.Reason.FAILED, DocumentGuard.reject("c", null, "x", new AssertionError()).reason());
    assertThrows(OutOfMemoryError.class, () -> DocumentGuard.reject("d", null, "x", new OutOfMemoryError()));
    assertThrows(InternalError.class, () -> DocumentGuard.reject("d", null, "x", new InternalError()));
  }

  @Test
  void theDeadlineSaysWhereItStopped() {
    AtomicLong now = new AtomicLong();
    Budget budget = new Budget(30, 0, 0, () -> now.get());
    Budget.Deadline d = budget.start();
    now.set(29_000_000_000L);
    d.check(6);
    now.set(31_000_000_000L);
    Budget.TooCostly e = assertThrows(Budget.TooCostly.class, () -> d.check(6));
    assertEquals("stopped after 30 s at sentence 7", e.getMessage());
  }

  /** A ticker that moves one second each time it is read: a long document runs out, a short one does not. */
  private static Pipeline steppedPipeline() throws IOException {
    Path config = Files.createTempFile("trucewatch-budget", ".json");
    Files.writeString(config, "{\"extract\": {\"maxSecondsPerDocument\": 40}}");
    AtomicLong now = new AtomicLong();
    return new Pipeline(TrucewatchConfig.load(config), Clock.systemUTC(), () -> now.addAndGet(1_000_000_000L));
  }

  private List<String> batch() throws IOException {
    StringBuilder longDoc = new StringBuilder("Shelling in Tartar\n\n");
    for (int i = 0; i < 60; i++) {
      longDoc.append("Armenian forces shelled the Azerbaijani town of Tartar on Saturday, the ministry said. ");
    }
    Path slow = Files.writeString(dir.resolve("slow.txt"), longDoc.append('\n').toString());
    Path ok = Files.writeString(dir.resolve("ok.txt"), "Ganja shelled\n\n" + VALID);
    return List.of(slow.toString(), ok.toString());
  }

  @Test
  void extractRejectsTheCostlyDocumentAndGoesOn() throws IOException {
    List<Rejection> rejections = new ArrayList<>();
    ExtractRun.Result r = new ExtractRun(steppedPipeline()).run(batch(), rejections::add, w -> { });
    assertEquals(1, r.rejected());
    assertEquals(1, rejections.size());
    assertTrue(rejections.get(0).oneLine().matches(".*slow\\.txt: too costly: stopped after 40 s at sentence \\d+"),
        rejections.get(0).oneLine());
    assertEquals(1, r.articles().size());
    assertTrue(r.articles().get(0).article().article().sourceFile().endsWith("ok.txt"));
  }

  @Test
  void ingestRejectsTheCostlyDocumentStoresTheRest() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Store store = JdbcStore.open(dir.resolve("t.db").toString())) {
      IngestRun.Counts c = new IngestRun(steppedPipeline(), store, Clock.systemUTC()).run(batch(), p -> { },
          problems::add);
      assertEquals(1, c.rejected(), problems.toString());
      assertEquals(1, c.stored());
      assertTrue(problems.get(0).contains("slow.txt: too costly: stopped after 40 s at sentence"), problems.get(0));
      assertFalse(store.rejections(10).isEmpty());
    }
  }
}
