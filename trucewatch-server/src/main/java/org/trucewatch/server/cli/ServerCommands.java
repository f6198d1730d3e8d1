package org.trucewatch.server.cli;

import java.util.List;
import org.trucewatch.cli.CommandProvider;

/** Adds {@code serve}, {@code report}, {@code export}, {@code watch}, {@code status} and {@code alerts} to the {@code trucewatch} command (found by ServiceLoader). */
public final class ServerCommands implements CommandProvider {

  @Override
  public List<Object> commands() {
    return List.of(new ServeCommand(), new ReportCommand(), new ExportCommand(),
        new org.trucewatch.watch.WatchCommand(), new org.trucewatch.watch.StatusCommand(),
        new org.trucewatch.alert.AlertsCommand());
  }
}
