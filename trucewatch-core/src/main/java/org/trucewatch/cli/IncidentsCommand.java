package org.trucewatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trucewatch.extract.AttackSubtype;
import org.trucewatch.extract.EventType;
import org.trucewatch.incident.Incident;
import org.trucewatch.incident.Standing;
import org.trucewatch.report.IncidentJson;
import org.trucewatch.store.IncidentQuery;
import org.trucewatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trucewatch incidents}: the incident log, filtered. */
@Command(mixinStandardHelpOptions = true, name = "incidents", description = "List incidents: one line each, oldest first.")
final class IncidentsCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin StoreOption db;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day.")
  String to;

  @Option(names = "--place", description = "A place, by any of its names (Agdam, Aghdam), or its province.")
  String place;

  @Option(names = "--party", description = "The alleged perpetrator: a side's name or id (Ukraine or UA, Hamas...).")
  String party;

  @Option(names = "--conflict", paramLabel = "ID", description = "Only this conflict (see 'trucewatch conflicts').")
  String conflict;

  @Option(names = "--type", description = "Event type (default: attack).")
  String type;

  @Option(names = "--subtype", paramLabel = "SUBTYPE", description = "Attack subtype: armed_clash, territory_taken, "
      + "shelling, air_drone_strike, suicide_bomb, remote_explosive, grenade, attack_on_civilians, abduction, attack.")
  String subtype;

  @Option(names = "--standing", paramLabel = "STANDING",
      description = "Lowest standing: alleged, disputed, acknowledged, corroborated, observed.")
  String standing;

  // The old name, still read but not shown: the CLI and the API say "standing".
  @Option(names = "--status", hidden = true, paramLabel = "STANDING")
  void oldStatus(String value) {
    standing = value;
  }

  @Option(names = "--limit", defaultValue = "1000", description = "At most this many (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "One JSON object a line.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Dates.check(from, "--from");
    Dates.check(to, "--to");
    EventType t = UsageError.parse(EventType.class, type, "--type");
    Standing s = UsageError.parse(Standing.class, standing, "--standing");
    AttackSubtype sub = UsageError.parse(AttackSubtype.class, subtype, "--subtype");
    if (limit < 0) {
      throw new UsageError("--limit must be 0 or more, not " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    Conflicts.check(main.pipeline(), conflict);
    try (Store store = db.openExisting(main.pipeline().config())) {
      List<Incident> list = store.incidents(main.pipeline().understood(
          new IncidentQuery(from, to, place, party, t, s, 0, limit, conflict).withSubtype(sub)));
      ObjectMapper mapper = new ObjectMapper();
      for (Incident i : list) {
        if (json) {
          out.println(mapper.writeValueAsString(IncidentJson.toJson(mapper, i)));
        } else {
          out.printf("%-16s %-14s %-10s %-18s %-28s %-16s %-12s %-22s %d source%s%s%n", i.id(),
              i.conflict() == null ? "-" : i.conflict(),
              i.date() + (i.dateEnd() == null ? "" : ".."), i.subtype(),
              i.location() == null ? "-" : i.location().name(), i.perpetrator() == null ? "-" : i.perpetrator(),
              i.standing().name().toLowerCase(Locale.ROOT), i.ceasefireId() == null ? "-" : i.ceasefireId(),
              i.independentSources(), i.independentSources() == 1 ? "" : "s",
              i.killed() == null ? "" : ", " + i.killed() + " killed");
        }
      }
      if (!json) {
        out.println(list.size() + " incident(s)");
      }
      out.flush();
      return Main.OK;
    }
  }
}
