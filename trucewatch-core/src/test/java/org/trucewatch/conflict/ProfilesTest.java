package org.trucewatch.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.extract.Location;
import org.trucewatch.extract.Sides;

/** The shipped profiles and how they place events. */
class ProfilesTest {

  private static final Profiles SHIPPED = Profiles.shipped();

  @Test
  void atLeastFiveConflictsShipAndEveryTruceHasASource() {
    assertThat(SHIPPED.all()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(SHIPPED.all()).extracting(ConflictProfile::id)
        .contains("karabakh", "donbas", "kashmir-loc", "israel-gaza", "israel-lebanon");
    for (ConflictProfile p : SHIPPED.all()) {
      assertThat(p.truces()).as(p.id()).isNotEmpty();
      assertThat(p.truces()).allSatisfy(t -> assertThat(t.sources()).isNotEmpty()
          .allSatisfy(s -> assertThat(s.url()).startsWith("http")));
    }
  }

  @Test
  void sidesComeFromTheProfile() {
    Sides donbas = SHIPPED.sides("donbas");
    assertThat(donbas.isBelligerent("DPR")).isTrue();
    assertThat(donbas.sameCamp("DPR", "LPR")).isTrue();
    assertThat(donbas.opponentOf("UA")).isEqualTo("DPR");
    assertThat(donbas.opponentOf("LPR")).isEqualTo("UA");
    assertThat(SHIPPED.sides("karabakh").opponentOf("AZ")).isEqualTo("AM");
    assertThat(SHIPPED.sides(null).isBelligerent("AM")).isFalse();
    assertThat(donbas.name("DPR")).isEqualTo("Donetsk People's Republic");
    assertThat(donbas.code("Donetsk People's Republic")).isEqualTo("DPR");
  }

  @Test
  void anEventBelongsToTheConflictWhoseScopeHoldsItsPlace() {
    Location avdiivka = new Location("Avdiivka", 48.139, 37.743, "UA", "Donetsk", "place", "Avdiivka");
    Location kabul = new Location("Kabul", 34.528, 69.172, "AF", "Kabul", "place", "Kabul");
    Location ganja = new Location("Ganja", 40.683, 46.361, "AZ", "Ganja", "place", "Ganja");
    Location lviv = new Location("Lviv", 49.839, 24.023, "UA", "Lviv", "place", "Lviv");
    assertThat(SHIPPED.conflictOf(avdiivka, Set.of(), null)).isEqualTo("donbas");
    assertThat(SHIPPED.conflictOf(ganja, Set.of("UA"), "donbas")).isEqualTo("karabakh");
    assertThat(SHIPPED.conflictOf(kabul, Set.of(), "karabakh")).isNull();
    assertThat(SHIPPED.conflictOf(lviv, Set.of("UA"), "donbas")).isNull(); // far from the Donbas
    assertThat(SHIPPED.conflictOf(null, Set.of("HAMAS"), null)).isEqualTo("israel-gaza");
    assertThat(SHIPPED.conflictOf(null, Set.of("IL"), null)).isNull(); // Israel fights on two fronts
    assertThat(SHIPPED.conflictOfParties(Set.of("AM", "AZ"), null)).isEqualTo("karabakh");
  }

  @Test
  void aUsersProfileIsReadFromTheirFolderAndReplacesAShippedOne(@TempDir Path home) throws Exception {
    Path dir = home.resolve("conflicts");
    Path karabakh = dir.resolve("karabakh");
    Files.createDirectories(karabakh);
    String shipped = new String(ProfilesTest.class.getResourceAsStream(
        "/org/trucewatch/conflicts/karabakh/profile.json").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    Files.writeString(karabakh.resolve("profile.json"), shipped.replace("\"Nagorno-Karabakh conflict",
        "\"My Karabakh"));
    Profiles p = Profiles.load(List.of(dir));
    assertThat(p.get("karabakh").orElseThrow().name()).startsWith("My Karabakh");
    assertThat(p.get("karabakh").orElseThrow().origin()).isEqualTo(karabakh.toString());
    Files.writeString(karabakh.resolve("profile.json"), shipped.replace("\"kind\": \"group\"", "\"kind\": \"gang\""));
    assertThatThrownBy(() -> Profiles.load(List.of(dir))).isInstanceOf(ProfileException.class)
        .hasMessageStartingWith(karabakh.resolve("profile.json") + ":");
  }
}
