package org.trucewatch.resolve.geo;

import java.nio.file.Path;

/**
 * Where the imported gazetteer index lives: {@code $TRUCEWATCH_HOME/gazetteer/geonames.db}, where the home is the
 * system property {@code trucewatch.home}, else the environment variable {@code TRUCEWATCH_HOME}, else
 * {@code ~/.trucewatch}. Reads only those settings.
 */
public final class GazetteerHome {

  private GazetteerHome() {}

  /** The TruceWatch home directory. */
  public static Path home() {
    String p = System.getProperty("trucewatch.home");
    if (p == null || p.isBlank()) {
      p = System.getenv("TRUCEWATCH_HOME");
    }
    if (p == null || p.isBlank()) {
      return Path.of(System.getProperty("user.home"), ".trucewatch");
    }
    return Path.of(p);
  }

  /** The index file (it may not exist). */
  public static Path indexFile() {
    return home().resolve("gazetteer").resolve("geonames.db");
  }
}
