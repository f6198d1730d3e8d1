package org.trucewatch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrucewatchConfigTest {

  @TempDir Path dir;

  @Test
  void defaultsLoad() {
    TrucewatchConfig c = TrucewatchConfig.defaults();
    assertThat(c.ingest().maxDocumentBytes()).isEqualTo(16L << 20);
    assertThat(c.dedup().hashes() % c.dedup().bands()).isZero();
  }

  @Test
  void aUserFileOverridesSomeKeys() throws IOException {
    Path f = dir.resolve("c.json");
    Files.writeString(f, "{\"ingest\": {\"maxDocumentBytes\": 1000}}");
    TrucewatchConfig c = TrucewatchConfig.load(f);
    assertThat(c.ingest().maxDocumentBytes()).isEqualTo(1000);
    assertThat(c.ingest().maxDirectoryDepth()).isEqualTo(TrucewatchConfig.defaults().ingest().maxDirectoryDepth());
  }

  @Test
  void theReportTimeZoneIsUtcByDefaultAndABadOneIsNamedWhenLoading() throws IOException {
    assertThat(TrucewatchConfig.defaults().report().timeZone()).isEqualTo("UTC");
    Path f = dir.resolve("tz.json");
    Files.writeString(f, "{\"report\": {\"timeZone\": \"Asia/Baku\"}}");
    assertThat(TrucewatchConfig.load(f).report().zone()).isEqualTo(java.time.ZoneId.of("Asia/Baku"));
    Files.writeString(f, "{\"report\": {\"timeZone\": \"Mars/Olympus_Mons\"}}");
    assertThatThrownBy(() -> TrucewatchConfig.load(f))
        .isInstanceOf(TrucewatchConfig.ConfigException.class)
        .hasMessageContaining("report.timeZone").hasMessageContaining("Mars/Olympus_Mons");
  }

  @Test
  void unknownKeysAreErrorsNamingTheKey() throws IOException {
    Path f = dir.resolve("c.json");
    Files.writeString(f, "{\"ingest\": {\"maxDocumentByte\": 1000}}");
    assertThatThrownBy(() -> TrucewatchConfig.load(f))
        .isInstanceOf(TrucewatchConfig.ConfigException.class)
        .hasMessageContaining("ingest.").hasMessageContaining("maxDocumentByte");
  }

  @Test
  void malformedFilesAreErrorsNamingTheFile() throws IOException {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{ingest: ");
    assertThatThrownBy(() -> TrucewatchConfig.load(f)).hasMessageContaining("bad.json");
    Files.writeString(f, "[1, 2]");
    assertThatThrownBy(() -> TrucewatchConfig.load(f)).hasMessageContaining("JSON object");
  }

  @Test
  void wrongTypesAreErrors() throws IOException {
    Path f = dir.resolve("c.json");
    Files.writeString(f, "{\"ingest\": 5}");
    assertThatThrownBy(() -> TrucewatchConfig.load(f)).hasMessageContaining("must be an object");
    Files.writeString(f, "{\"dedup\": {\"bands\": \"many\"}}");
    assertThatThrownBy(() -> TrucewatchConfig.load(f)).isInstanceOf(TrucewatchConfig.ConfigException.class);
  }

  @Test
  void alertRulesLoadWithTheirFilters() throws IOException {
    Path f = dir.resolve("c.json");
    Files.writeString(f, "{\"alerts\": {\"rules\": [{\"name\": \"karabakh\", \"conflict\": \"nagorno-karabakh\", "
        + "\"place\": \"Tartar\", \"party\": \"AM\", \"type\": \"attack\", \"subtype\": \"shelling\", "
        + "\"standing\": \"disputed\", \"minCasualties\": 2, \"webhooks\": [\"http://127.0.0.1:9/hook\"]}]}}");
    TrucewatchConfig.Alerts.Rule r = TrucewatchConfig.load(f).alerts().rules().get(0);
    assertThat(r).isEqualTo(new TrucewatchConfig.Alerts.Rule("karabakh", "nagorno-karabakh", "Tartar", "AM", "attack",
        "shelling", "disputed", 2, java.util.List.of("http://127.0.0.1:9/hook")));
    assertThat(TrucewatchConfig.defaults().alerts().rules()).isEmpty();
  }

  @Test
  void badAlertRulesAreErrorsNamingTheRuleAndKey() throws IOException {
    Path f = dir.resolve("c.json");
    Files.writeString(f, "{\"alerts\": {\"rules\": [{\"name\": \"r\", \"plase\": \"x\", \"webhooks\": [\"http://h/\"]}]}}");
    assertThatThrownBy(() -> TrucewatchConfig.load(f)).isInstanceOf(TrucewatchConfig.ConfigException.class)
        .hasMessage("unknown configuration key 'alerts.rules[0].plase'");
    Files.writeString(f, "{\"alerts\": {\"rules\": [{\"name\": \"r\", \"webhooks\": [\"ftp://h/\"]}]}}");
    assertThatThrownBy(() -> TrucewatchConfig.load(f)).hasMessageContaining("ftp://h/");
    Files.writeString(f, "{\"alerts\": {\"rules\": [{\"name\": \"r\", \"webhooks\": []}]}}");
    assertThatThrownBy(() -> TrucewatchConfig.load(f)).hasMessageContaining("at least one");
  }
}
