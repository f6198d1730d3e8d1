package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerCommandTest {

  @TempDir Path home;
  private String saved;

  @BeforeEach
  void pointHome() {
    saved = System.getProperty("trucewatch.home");
    System.setProperty("trucewatch.home", home.toString());
  }

  @AfterEach
  void restore() {
    if (saved == null) {
      System.clearProperty("trucewatch.home");
    } else {
      System.setProperty("trucewatch.home", saved);
    }
  }

  private Path fixture(String name) throws Exception {
    Path f = home.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/org/trucewatch/gazetteer/" + name)) {
      Files.copy(in, f);
    }
    return f;
  }

  @Test
  void importListRemove() throws Exception {
    Path places = fixture("geonames-villages.txt");
    Path admin = fixture("admin1CodesASCII.txt");
    // admin1 names are given first but imported after the places
    CliHarness.Run r = CliHarness.run("gazetteer", "import", admin.toString(), places.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("geonames-villages.txt: 14 rows read, 14 kept, 0 rejected")
        .contains("admin1CodesASCII.txt: 6 rows read, 6 kept");
    assertThat(r.out().indexOf("geonames-villages")).isLessThan(r.out().indexOf("admin1CodesASCII"));
    assertThat(home.resolve("gazetteer/geonames.db")).exists();

    CliHarness.Run list = CliHarness.run("gazetteer", "list");
    assertThat(list.exit()).isEqualTo(Main.OK);
    assertThat(list.out()).contains("geonames-villages").contains("admin1CodesASCII").contains("14 rows");

    assertThat(CliHarness.run("gazetteer", "remove", "geonames-villages").exit()).isEqualTo(Main.OK);
    assertThat(CliHarness.run("gazetteer", "list").out()).doesNotContain("geonames-villages");
    CliHarness.Run again = CliHarness.run("gazetteer", "remove", "geonames-villages");
    assertThat(again.exit()).isEqualTo(Main.NOTHING_READ);
    assertThat(again.err()).contains("geonames-villages: no such gazetteer source");
  }

  @Test
  void extractPlacesAnUnknownVillageAtItsProvinceThenAtTheImportedVillage() throws Exception {
    Path article = home.resolve("koti.jsonl");
    Files.writeString(article, "{\"id\":\"koti1\",\"published\":\"2021-05-12\",\"text\":\"YEREVAN, May 12 - The "
        + "Armenian Defence Ministry said Azerbaijani forces shelled positions near Koti, Tavush, on Tuesday.\"}\n");
    CliHarness.Run before = CliHarness.run("extract", "--json", article.toString());
    assertThat(before.out()).contains("\"name\":\"Tavush Province\"").contains("\"precision\":\"region\"")
        .contains("\"as_written\":\"Koti\"");
    assertThat(CliHarness.run("gazetteer", "import", fixture("geonames-villages.txt").toString()).exit())
        .isEqualTo(Main.OK);
    CliHarness.Run after = CliHarness.run("extract", "--json", article.toString());
    assertThat(after.out()).contains("\"name\":\"Koti\"").contains("\"precision\":\"place\"")
        .contains("\"as_written\":\"Koti\"").contains("\"lat\":41.1047");
  }

  @Test
  void errorsNameTheirInput() {
    CliHarness.Run r = CliHarness.run("gazetteer", "import", home.resolve("XX.zip").toString());
    assertThat(r.exit()).isEqualTo(Main.NOTHING_READ);
    assertThat(r.err()).contains("XX.zip: no such file");
    assertThat(CliHarness.run("gazetteer", "import").exit()).isEqualTo(Main.USAGE);
    assertThat(CliHarness.run("gazetteer", "list").out()).contains("no gazetteer import yet");
  }
}
