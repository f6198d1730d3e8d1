package org.trucewatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The little JDBC the store needs: prepared statements only, with values bound by position through {@link Params} and
 * rows read through {@link RowMapper}s, nulls kept as nulls (JDBC's getInt would turn them into 0).
 */
final class Sql {

  /** The most values one {@code IN (...)} list binds; both databases take far more, this keeps statements small. */
  static final int IN_CHUNK = 500;

  private Sql() {}

  /** Binds a statement's parameters. */
  @FunctionalInterface
  interface Binder {
    void bind(Params p) throws SQLException;
  }

  /** Reads one row. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  static final Binder NONE = p -> {};

  static <T> List<T> list(Connection c, String sql, Binder binder, RowMapper<T> mapper) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(new Params(ps));
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
        return out;
      }
    }
  }

  static int update(Connection c, String sql, Binder binder) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(new Params(ps));
      return ps.executeUpdate();
    }
  }

  static boolean exists(Connection c, String sql, Binder binder) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(new Params(ps));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** {@code ?, ?, ?} for an {@code IN} list of {@code n} values: built from a count, never from input. */
  static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  /** Positional parameter binding with typed nulls (PostgreSQL wants to know a null's type). */
  static final class Params {
    private final PreparedStatement ps;
    private int i;

    Params(PreparedStatement ps) {
      this.ps = ps;
    }

    /** Starts again at the first parameter, for the next row of a batch. */
    Params reset() {
      i = 0;
      return this;
    }

    Params text(String v) throws SQLException {
      if (v == null) {
        ps.setNull(++i, Types.VARCHAR);
      } else {
        ps.setString(++i, v);
      }
      return this;
    }

    Params integer(Integer v) throws SQLException {
      if (v == null) {
        ps.setNull(++i, Types.INTEGER);
      } else {
        ps.setInt(++i, v);
      }
      return this;
    }

    Params real(Double v) throws SQLException {
      if (v == null) {
        ps.setNull(++i, Types.DOUBLE);
      } else {
        ps.setDouble(++i, v);
      }
      return this;
    }

    Params bool(Boolean v) throws SQLException {
      if (v == null) {
        ps.setNull(++i, Types.BOOLEAN);
      } else {
        ps.setBoolean(++i, v);
      }
      return this;
    }

    Params name(Enum<?> v) throws SQLException {
      return text(v == null ? null : v.name());
    }

    Params texts(List<String> values) throws SQLException {
      for (String v : values) {
        text(v);
      }
      return this;
    }
  }

  /** Reads a nullable integer column. */
  static Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  /** Reads a nullable floating-point column. */
  static Double real(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  /** Reads a nullable boolean column. */
  static Boolean bool(ResultSet rs, String column) throws SQLException {
    boolean v = rs.getBoolean(column);
    return rs.wasNull() ? null : v;
  }

  /** Reads a nullable ISO day column ("2020-10-14"). */
  static java.time.LocalDate day(ResultSet rs, String column) throws SQLException {
    String v = rs.getString(column);
    return v == null ? null : java.time.LocalDate.parse(v);
  }

  static <E extends Enum<E>> E name(ResultSet rs, String column, Class<E> type) throws SQLException {
    String v = rs.getString(column);
    return v == null ? null : Enum.valueOf(type, v);
  }

  /** Splits ids into chunks for {@code IN} lists. */
  static <T> List<List<T>> chunks(List<T> values) {
    List<List<T>> out = new ArrayList<>();
    for (int from = 0; from < values.size(); from += IN_CHUNK) {
      out.add(values.subList(from, Math.min(values.size(), from + IN_CHUNK)));
    }
    return out;
  }
}
