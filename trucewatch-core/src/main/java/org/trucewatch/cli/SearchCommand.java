package org.trucewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.trucewatch.report.SearchRows;
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

  @Option(names = "--offset", defaultValue = "0", description = "Skip this many hits first, to page (default "
      + "${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--json", description = "One JSON object a line: article, event, events, title, snippet, score, "
      + "also_in.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 0) {
      throw new UsageError("--limit must be 0 or more, not " + limit);
    }
    if (offset < 0) {
      throw new UsageError("--offset must be 0 or more, not " + offset);
    }
    try (Store store = db.openExisting(main.pipeline().config())) {
      // One sentence carried by copies of one story is one hit naming the other copies.
      SearchRows.Page page = limit == 0 ? new SearchRows.Page(List.of(), false)
          : SearchRows.page(store, String.join(" ", words), offset, limit);
      com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
      for (SearchRows.Row r : page.rows()) {
        SearchHit h = r.hit();
        if (json) {
          var o = mapper.createObjectNode();
          o.put("article", h.articleId());
          o.put("event", h.eventId());
          r.events().forEach(o.putArray("events")::add);
          o.put("title", h.title());
          o.put("snippet", h.snippet());
          o.put("score", h.score());
          r.alsoIn().forEach(o.putArray("also_in")::add);
          out.println(mapper.writeValueAsString(o));
          continue;
        }
        out.println(h.articleId() + (h.eventId() == null ? "" : "  " + h.eventId())
            + (h.title() == null ? "" : "  \"" + h.title() + "\""));
        out.println("    " + h.snippet());
        if (!r.alsoIn().isEmpty()) {
          out.println("    also in " + String.join(", ", r.alsoIn()));
        }
      }
      if (!json) {
        out.println(page.rows().size() + " hit(s)" + (page.more() ? "; more with --offset " + (offset
            + page.rows().size()) : ""));
      }
      out.flush();
      return page.rows().isEmpty() ? Main.NOTHING_READ : Main.OK;
    }
  }
}
