package org.trucewatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.trucewatch.extract.Event;
import org.trucewatch.pipeline.ExtractRun;
import org.trucewatch.report.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trucewatch extract}: the events of each article, with who claims, denies and acknowledges them. */
@Command(mixinStandardHelpOptions = true, name = "extract",
    description = "Read and clean articles, then extract attacks, ceasefires, casualty figures and claims.")
final class ExtractCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Files, directories (read recursively), glob patterns, or - for standard input.")
  List<String> inputs;

  @Option(names = "--json", description = "One JSON object a line per event.")
  boolean json;

  @Option(names = "--undated", description = "Also list mentions whose date or place could not be resolved.")
  boolean undated;

  @Option(names = "--trace", description = "Show how each sentence was read (tags, actors, places, times, speakers).")
  boolean trace;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    ExtractRun.Result result = new ExtractRun(main.pipeline()).run(inputs,
        r -> err.println("trucewatch: " + r.oneLine()), w -> err.println("trucewatch: " + w));
    ObjectMapper mapper = new ObjectMapper();
    int events = 0;
    for (ExtractRun.ArticleEvents ae : result.articles()) {
      if (trace) {
        var p = main.pipeline();
        out.println(p.trace(ae.article().article(), ae.anchor() == null ? null : ae.anchor().date()));
      }
      List<Event> list = ae.extraction().events();
      events += list.size();
      if (json) {
        for (Event e : list) {
          out.println(mapper.writeValueAsString(EventJson.toJson(mapper, e)));
        }
        if (undated) {
          for (Event e : ae.extraction().undated()) {
            out.println(mapper.writeValueAsString(EventJson.toJson(mapper, e)));
          }
        }
      } else {
        EventTable.print(out, ae, undated);
      }
    }
    out.flush();
    err.printf("trucewatch: %d event(s) from %d article(s), %d rejected, %.1f s%n", events,
        result.articles().size(), result.rejected(), (System.nanoTime() - t0) / 1e9);
    return result.articles().isEmpty() ? Main.NOTHING_READ : Main.OK;
  }
}
