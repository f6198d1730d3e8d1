package org.trucewatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.RemovedBlock;
import org.trucewatch.pipeline.CleanRun;
import org.trucewatch.report.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code trucewatch clean}: reads articles, removes page furniture, finds dates and syndication clusters. */
@Command(mixinStandardHelpOptions = true, name = "clean", description = "Read articles, strip page boilerplate, date them and group syndicated copies.")
final class CleanCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Files, directories (read recursively), glob patterns, or - for standard input.")
  List<String> inputs;

  @Option(names = "--json", description = "One JSON object a line per article.")
  boolean json;

  @Option(names = "--explain", description = "Also list what was removed from each page, and why.")
  boolean explain;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    CleanRun.Result result = new CleanRun(main.pipeline()).run(inputs,
        r -> err.println("trucewatch: " + r.oneLine()), w -> err.println("trucewatch: " + w));
    ObjectMapper mapper = new ObjectMapper();
    for (CleanRun.ClusteredArticle ca : result.articles()) {
      if (json) {
        out.println(mapper.writeValueAsString(ArticleJson.toJson(mapper, ca)));
      } else {
        printReadable(out, ca);
      }
    }
    out.flush();
    long clusters = result.articles().stream().map(CleanRun.ClusteredArticle::cluster).distinct().count();
    double secs = (System.nanoTime() - t0) / 1e9;
    err.printf("trucewatch: %d article(s) in %d cluster(s), %d rejected, %.1f s%n",
        result.articles().size(), clusters, result.rejected(), secs);
    return result.articles().isEmpty() ? Main.NOTHING_READ : Main.OK;
  }

  private void printReadable(PrintWriter out, CleanRun.ClusteredArticle ca) {
    Article a = ca.article();
    out.println(a.id() + (a.id().equals(ca.cluster()) ? "" : "   (copy of the story in " + ca.cluster() + ")"));
    out.println("  title:     " + orDash(a.title()));
    String date = a.published() == null ? "unknown"
        : a.published().value() + (a.published().inferred() ? "  (inferred from its cluster)"
            : "  (from " + a.published().origin().name().toLowerCase(java.util.Locale.ROOT) + ": \""
                + a.published().evidence() + "\")");
    out.println("  published: " + date);
    out.println("  outlet:    " + orDash(a.outlet()) + "   language: " + orDash(a.language())
        + "   byline: " + orDash(a.byline()) + "   dateline: " + orDash(a.dateline()));
    out.println("  body:      " + a.paragraphs().size() + " paragraphs, " + a.body().length() + " characters"
        + (ca.shared().isEmpty() ? "" : ", " + ca.shared().stream().mapToInt(s -> s.paragraph()).distinct().count()
            + " shared with other copies"));
    String first = a.paragraphs().isEmpty() ? "" : a.paragraphText(0);
    out.println("  | " + (first.length() > 150 ? first.substring(0, 150) + "…" : first));
    if (explain) {
      for (RemovedBlock r : a.removed()) {
        String t = r.text().length() > 100 ? r.text().substring(0, 100) + "…" : r.text();
        out.println("  - removed (" + r.reason() + "): " + t);
      }
    }
    out.println();
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
