package org.trucewatch.cli;

import java.util.List;

/**
 * Adds subcommands to {@code trucewatch} from another module (the server adds {@code serve} and {@code report}),
 * found with {@link java.util.ServiceLoader}: a module lists its implementation in
 * {@code META-INF/services/org.trucewatch.cli.CommandProvider}. The commands may use {@link Main#pipeline()} through a
 * {@code @ParentCommand Main} field.
 */
public interface CommandProvider {

  /** Instances of picocli {@code @Command} classes. */
  List<Object> commands();
}
