package org.trucewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing locations: dialect, file, URL and credentials, and a display that never holds a password. */
class StoreLocationTest {

  @Test
  void pathsAndSqliteUrlsAreSqliteFiles() {
    StoreLocation plain = StoreLocation.parse("data/x.db", Map.of());
    assertThat(plain.dialect()).isEqualTo(Dialect.SQLITE);
    assertThat(plain.file()).isEqualTo(Path.of("data/x.db"));
    assertThat(plain.display()).isEqualTo("sqlite:data/x.db");

    StoreLocation url = StoreLocation.parse("jdbc:sqlite:/var/lib/tw/trucewatch.db", Map.of());
    assertThat(url.file()).isEqualTo(Path.of("/var/lib/tw/trucewatch.db"));
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:sqlite:/var/lib/tw/trucewatch.db");
    assertThat(StoreLocation.parse("jdbc:sqlite:file:a.db?cache=private", Map.of()).file()).isEqualTo(
        Path.of("a.db"));
  }

  @Test
  void postgresCredentialsLeaveTheUrlAndTheDisplay() {
    StoreLocation pg = StoreLocation.parse(
        "jdbc:postgresql://db.example:6543/tw?user=analyst&password=pw1&sslmode=require", Map.of());
    assertThat(pg.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(pg.user()).isEqualTo("analyst");
    assertThat(pg.password()).isEqualTo("pw1");
    assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/tw?sslmode=require");
    assertThat(pg.display()).isEqualTo("postgresql://db.example:6543/tw");
    assertThat(pg.toString()).doesNotContain("pw1");
    assertThat(pg.scrub("failed with pw1 given")).isEqualTo("failed with *** given");
  }

  @Test
  void credentialsWrittenBeforeTheHostAreNeverShown() {
    assertThatThrownBy(() -> StoreLocation.parse("jdbc:postgresql://analyst:hunter2@db.example/tw", Map.of()))
        .isInstanceOf(StoreException.class).hasMessageContaining("db.example").hasMessageContaining("?user=")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void theEnvironmentFillsMissingCredentialsOnly() {
    Map<String, String> env = Map.of(StoreLocation.USER_VARIABLE, "env-user", StoreLocation.PASSWORD_VARIABLE,
        "env-pw");
    StoreLocation bare = StoreLocation.parse("jdbc:postgresql://localhost/tw", env);
    assertThat(bare.user()).isEqualTo("env-user");
    assertThat(bare.password()).isEqualTo("env-pw");
    assertThat(bare.display()).isEqualTo("postgresql://localhost:5432/tw");

    StoreLocation own = StoreLocation.parse("jdbc:postgresql://localhost/tw?user=me&password=mine", env);
    assertThat(own.user()).isEqualTo("me");
    assertThat(own.password()).isEqualTo("mine");
    assertThat(own.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/tw");
  }
}
