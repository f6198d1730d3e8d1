package org.trucewatch.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where a store lives, parsed from what the user wrote: a file path or {@code jdbc:sqlite:PATH} for SQLite, or
 * {@code jdbc:postgresql://host:port/db?user=..&password=..} for PostgreSQL, with the credentials taken out of the URL
 * (or from {@code TRUCEWATCH_DB_USER} and {@code TRUCEWATCH_DB_PASSWORD} when the URL has none) so that no message
 * and no {@link #display} ever shows the password.
 *
 * @param dialect which database
 * @param jdbcUrl the URL to connect with, without user and password
 * @param file the database file, for SQLite; null for PostgreSQL
 * @param user the PostgreSQL user, or null
 * @param password the PostgreSQL password, or null
 * @param display how messages name it: {@code sqlite:data/x.db}, {@code postgresql://host:5432/db}
 */
record StoreLocation(Dialect dialect, String jdbcUrl, Path file, String user, String password, String display) {

  static final String USER_VARIABLE = "TRUCEWATCH_DB_USER";
  static final String PASSWORD_VARIABLE = "TRUCEWATCH_DB_PASSWORD";

  private static final String SQLITE_PREFIX = "jdbc:sqlite:";
  private static final String POSTGRES_PREFIX = "jdbc:postgresql:";

  @Override
  public String toString() {
    return display;
  }

  /** Parses a location; {@code env} supplies the credential variables. */
  static StoreLocation parse(String location, Map<String, String> env) {
    if (location == null || location.isBlank()) {
      throw new StoreException("no store location given: name a database file or a jdbc:postgresql:// URL");
    }
    String s = location.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith(SQLITE_PREFIX)) {
      return sqlite(s.substring(SQLITE_PREFIX.length()), s);
    }
    if (lower.startsWith(POSTGRES_PREFIX)) {
      return postgres(s, env);
    }
    if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
      throw new StoreException("store location '" + redactUserInfo(s) + "': write a PostgreSQL location as "
          + "jdbc:postgresql://host:port/database?user=NAME (the password in " + PASSWORD_VARIABLE + ")");
    }
    if (lower.startsWith("jdbc:")) {
      int colon = s.indexOf(':', 5);
      String scheme = colon < 0 ? s : s.substring(0, colon);
      throw new StoreException("store location '" + scheme + ":...': unsupported database; TruceWatch stores to "
          + "SQLite (a file path or jdbc:sqlite:PATH) or PostgreSQL (jdbc:postgresql://host:port/database)");
    }
    return sqlite(s, s);
  }

  private static StoreLocation sqlite(String rest, String given) {
    String path = rest.startsWith("file:") ? rest.substring(5) : rest;
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    if (path.isBlank() || path.equals(":memory:") || path.startsWith(":resource:")) {
      throw new StoreException("store location '" + given + "': SQLite needs a database file path");
    }
    Path file;
    try {
      file = Path.of(path);
    } catch (InvalidPathException e) {
      throw new StoreException("store location '" + given + "' is not a valid file path: " + e.getReason());
    }
    return new StoreLocation(Dialect.SQLITE, SQLITE_PREFIX + file, file, null, null, "sqlite:" + path);
  }

  private static StoreLocation postgres(String url, Map<String, String> env) {
    // The driver reads no user@host; handed one, it would log the password as a bad port number.
    String query = stripQuery(url);
    int authority = query.indexOf("//");
    int path = authority < 0 ? -1 : query.indexOf('/', authority + 2);
    if (authority >= 0 && query.substring(authority + 2, path < 0 ? query.length() : path).contains("@")) {
      throw new StoreException("store location '" + redactUserInfo(url) + "': give the user and password as "
          + "parameters (?user=NAME, the password in " + PASSWORD_VARIABLE + "), not before the host");
    }
    Properties parsed = org.postgresql.Driver.parseURL(url, new Properties());
    if (parsed == null) {
      throw new StoreException("store location '" + redactUserInfo(url) + "' is not a valid PostgreSQL URL "
          + "(jdbc:postgresql://host:port/database?user=NAME)");
    }
    String user = parsed.getProperty("user");
    String password = parsed.getProperty("password");
    if (user == null || user.isEmpty()) {
      user = env.get(USER_VARIABLE);
    }
    if (password == null || password.isEmpty()) {
      password = env.get(PASSWORD_VARIABLE);
    }
    String host = parsed.getProperty("PGHOST", "localhost");
    String port = parsed.getProperty("PGPORT", "5432");
    String db = parsed.getProperty("PGDBNAME", "");
    String display = redactUserInfo("postgresql://" + host + ":" + port + "/" + db);
    return new StoreLocation(Dialect.POSTGRESQL, withoutCredentials(url), null, blankToNull(user),
        blankToNull(password), display);
  }

  /** The URL with its {@code user} and {@code password} parameters removed; the pool passes them separately. */
  private static String withoutCredentials(String url) {
    int q = url.indexOf('?');
    if (q < 0) {
      return url;
    }
    StringBuilder kept = new StringBuilder();
    for (String param : url.substring(q + 1).split("&")) {
      String name = param.contains("=") ? param.substring(0, param.indexOf('=')) : param;
      if (param.isEmpty() || name.equalsIgnoreCase("user") || name.equalsIgnoreCase("password")) {
        continue;
      }
      kept.append(kept.length() == 0 ? "" : "&").append(param);
    }
    return kept.length() == 0 ? url.substring(0, q) : url.substring(0, q + 1) + kept;
  }

  private static String stripQuery(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  private static String redactUserInfo(String url) {
    String s = stripQuery(url);
    int scheme = s.indexOf("://");
    int at = s.indexOf('@');
    return scheme >= 0 && at > scheme ? s.substring(0, scheme + 3) + s.substring(at + 1) : s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** A message with the password, if any, masked: drivers sometimes echo what they were given. */
  String scrub(String message) {
    if (message == null) {
      return "";
    }
    return password == null || password.isEmpty() ? message : message.replace(password, "***");
  }
}
