package org.trucewatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trucewatch.conflict.ConflictProfile;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.report.ConflictJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code trucewatch conflicts}: the conflict profiles in use; {@code conflicts init ID} writes a skeleton. */
@Command(mixinStandardHelpOptions = true, name = "conflicts", description = "List the conflict profiles in use (shipped and your own).",
    subcommands = {ConflictsCommand.Init.class})
final class ConflictsCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "One JSON object a line.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper mapper = new ObjectMapper();
    for (ConflictProfile p : main.pipeline().profiles().all()) {
      if (json) {
        out.println(mapper.writeValueAsString(ConflictJson.toJson(mapper, p)));
        continue;
      }
      out.println(p.id() + "  " + p.name() + "  " + p.periodStart() + ".." + (p.periodEnd() == null ? ""
          : p.periodEnd()) + "  countries " + String.join(",", p.countries()) + "  (" + p.origin() + ")");
      for (ConflictProfile.Side s : p.sides()) {
        out.println("    side " + s.id() + "  " + s.name() + "  camp " + s.camp());
      }
      for (ConflictProfile.Truce t : p.truces()) {
        out.println("    truce " + t.id() + "  " + t.name() + "  from " + t.start() + (t.end() == null ? ""
            : " to " + t.end()) + "  source: " + t.sources().get(0).url());
      }
    }
    out.flush();
    return Main.OK;
  }

  /** {@code trucewatch conflicts init ID [--dir DIR]}: a commented skeleton to fill in. */
  @Command(mixinStandardHelpOptions = true, name = "init", description = "Write a skeleton profile folder for a new conflict, to fill in.")
  static final class Init implements Callable<Integer> {

    @ParentCommand ConflictsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The new conflict's id: lower-case letters, digits, hyphens.")
    String id;

    @Option(names = "--dir", paramLabel = "DIR",
        description = "Where to create the folder (default: $TRUCEWATCH_HOME/conflicts, ~/.trucewatch/conflicts).")
    Path dir;

    @Override
    public Integer call() throws IOException {
      if (!id.matches("[a-z0-9][a-z0-9-]*")) {
        spec.commandLine().getErr().println("trucewatch: conflicts init: the id must be lower-case letters, digits "
            + "and hyphens, not '" + id + "'");
        return Main.USAGE;
      }
      Path folder = (dir == null ? Profiles.home().resolve("conflicts") : dir).resolve(id);
      if (Files.exists(folder)) {
        spec.commandLine().getErr().println("trucewatch: conflicts init: " + folder + " already exists");
        return Main.USAGE;
      }
      Files.createDirectories(folder);
      for (String f : new String[] {"profile.json.example", "actors.tsv", "areas.tsv", "README.md"}) {
        String text = skeleton(f).replace("example-conflict", id);
        Files.writeString(folder.resolve(f), text, StandardCharsets.UTF_8);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println("wrote " + folder + ": fill in profile.json.example (its comments say what each key means), "
          + "then save it without the comments as profile.json; 'trucewatch conflicts' checks it");
      out.flush();
      return Main.OK;
    }

    private static String skeleton(String name) throws IOException {
      try (InputStream in = ConflictsCommand.class.getResourceAsStream("/org/trucewatch/conflicts/skeleton/" + name)) {
        if (in == null) {
          throw new IllegalStateException("skeleton file " + name + " missing from the classpath");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }
}
