package org.trucewatch.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trucewatch.cli.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code trucewatch score-snippets}: extracts each labelled snippet of a file on its own (one batch each, so that no
 * snippet dates or clusters another) and prints attack recall, subtype, false attacks on calm snippets, agreements
 * giving a ceasefire or talks, and dates. Reads the file; writes figures to standard output. Exit 0 when scored, 2
 * for a malformed file (the message names the line).
 */
@Command(mixinStandardHelpOptions = true, name = "score-snippets",
    description = "Score extraction on labelled snippets (data/snippets/dev.jsonl) by what each snippet gives.")
final class SnippetScoreCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "FILE", description = "A snippets file (JSON Lines: id, label, dates, "
      + "published, text).")
  Path file;

  @Option(names = "--verbose", description = "List each snippet whose outcome is wrong (a miss, a wrong subtype, "
      + "a false attack, an agreement with no ceasefire or talks).")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Snippets.Snippet> snippets;
    try {
      snippets = Snippets.read(file);
    } catch (GoldException e) {
      err.println("trucewatch: " + e.getMessage());
      return Main.USAGE;
    }
    CorpusRun run = new CorpusRun(main.pipeline(), w -> err.println("trucewatch: " + w));
    List<Snippets.Outcome> outcomes = new ArrayList<>();
    for (Snippets.Snippet s : snippets) {
      // One batch each, so that no snippet dates or clusters another; the temporary file's name says which it was.
      String prefix = "trucewatch-snippet-" + s.id().replaceAll("[^A-Za-z0-9_.-]", "_") + "-";
      CorpusRun.Extracted x = run.extract(file.toString(), prefix, List.of(new CorpusRun.Text(s.id(), s.published(), s.text())));
      Snippets.Outcome outcome = new Snippets.Outcome(s, x.events().getOrDefault(s.id(), List.of()));
      outcomes.add(outcome);
      if (verbose) {
        describe(out, outcome);
      }
    }
    StringBuilder line = new StringBuilder("snippets: ");
    for (Map.Entry<String, int[]> f : Snippets.figures(outcomes).entrySet()) {
      int[] v = f.getValue();
      out.printf("  %-16s %4d/%-4d %5.2f%n", f.getKey(), v[0], v[1], v[1] == 0 ? 0.0 : (double) v[0] / v[1]);
      line.append(f.getKey()).append(' ').append(v[0]).append('/').append(v[1]).append(", ");
    }
    out.println(line.substring(0, line.length() - 2) + " (" + snippets.size() + " snippets)");
    return Main.OK;
  }

  private static void describe(PrintWriter out, Snippets.Outcome o) {
    String label = o.snippet().label();
    String what = null;
    if (Snippets.ATTACK_LABELS.contains(label)) {
      what = !o.gave("attack") ? "miss" : o.subtypeRight() ? null : "subtype";
    } else if (o.gave("attack")) {
      what = "false attack";
    } else if (label.equals("agreement") && !o.gave("ceasefire") && !o.gave("talks")) {
      what = "no truce";
    }
    int[] d = o.dates();
    if (what == null && d[0] == d[1]) {
      return;
    }
    out.printf("%s %s [%s] %s%n", o.snippet().id(), label, what == null ? "date" : what,
        o.snippet().text().length() > 110 ? o.snippet().text().substring(0, 110) + "..." : o.snippet().text());
    for (Predicted p : o.events()) {
      out.println("    " + p.describe());
    }
  }
}
