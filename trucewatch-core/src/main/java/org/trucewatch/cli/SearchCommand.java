package org.trucewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.trucewatch.store.SearchHit;
import org.trucewatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trucewatch search QUERY}: full-text search over articles and evidence sentences. */
@Command(mixinStandardHelpOptions = true, name = "search", description = "Search articles and evidence sentences (words, \"quoted phrases\").")
final class SearchCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption db;

  @Parameters(arity = "1..*", paramLabel = "WORD", description = "What to search for.")
  List<String> words;

  @Option(names = "--limit", defaultValue = "20", description = "At most this many hits (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = db.openExisting(main.pipeline().config())) {
      if (limit < 0) {
        throw new UsageError("--limit must be 0 or more, not " + limit);
      }
      List<SearchHit> hits = store.search(String.join(" ", words), limit);
      for (SearchHit h : hits) {
        out.println(h.articleId() + (h.eventId() == null ? "" : "  " + h.eventId())
            + (h.title() == null ? "" : "  \"" + h.title() + "\""));
        out.println("    " + h.snippet());
      }
      out.println(hits.size() + " hit(s)");
      out.flush();
      return hits.isEmpty() ? Main.NOTHING_READ : Main.OK;
    }
  }
}
