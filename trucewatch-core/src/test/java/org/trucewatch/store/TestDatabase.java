package org.trucewatch.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/** Somewhere empty for one test to keep a store: a temporary SQLite file, or a PostgreSQL schema of its own. */
public interface TestDatabase extends AutoCloseable {

  /** The environment variable that holds the PostgreSQL test server's JDBC URL. */
  String POSTGRES_VARIABLE = "TRUCEWATCH_TEST_POSTGRES";

  /** A location no store has used yet. */
  String newLocation();

  /** A plain JDBC connection to a location, for looking under the store. */
  Connection connect(String location) throws SQLException;

  @Override
  void close();

  /** Temporary SQLite files, deleted at the end. */
  public final class Sqlite implements TestDatabase {
    private final Path dir;
    private int n;

    public Sqlite() {
      try {
        dir = Files.createTempDirectory("trucewatch-store");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String newLocation() {
      return dir.resolve("db" + (++n) + "/trucewatch.db").toString();
    }

    @Override
    public Connection connect(String location) throws SQLException {
      return DriverManager.getConnection("jdbc:sqlite:" + location);
    }

    @Override
    public void close() {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Fresh schemas in the PostgreSQL database named by {@value #POSTGRES_VARIABLE}, dropped at the end. */
  public final class Postgres implements TestDatabase {
    private final String url = System.getenv(POSTGRES_VARIABLE);
    private final List<String> schemas = new ArrayList<>();

    @Override
    public String newLocation() {
      String schema = "tw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
      try (Connection c = admin(); Statement st = c.createStatement()) {
        st.execute("CREATE SCHEMA " + schema);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot create a test schema in " + POSTGRES_VARIABLE + ": "
            + e.getMessage(), e);
      }
      schemas.add(schema);
      return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public Connection connect(String location) throws SQLException {
      return DriverManager.getConnection(location, credentials());
    }

    private Connection admin() throws SQLException {
      return DriverManager.getConnection(url, credentials());
    }

    private static Properties credentials() {
      Properties p = new Properties();
      String user = System.getenv(StoreLocation.USER_VARIABLE);
      String password = System.getenv(StoreLocation.PASSWORD_VARIABLE);
      if (user != null) {
        p.setProperty("user", user);
      }
      if (password != null) {
        p.setProperty("password", password);
      }
      return p;
    }

    @Override
    public void close() {
      try (Connection c = admin(); Statement st = c.createStatement()) {
        for (String schema : schemas) {
          st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot drop the test schemas: " + e.getMessage(), e);
      }
    }
  }
}
