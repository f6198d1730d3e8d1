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
  void fireOnGroundASideHeldThatDayIsAllegedToTheOtherSide() {
    Sides k = SHIPPED.sides("karabakh");
    Location aghdam = new Location("Aghdam", 39.991, 46.927, "AZ", "Aghdam", "place", "Aghdam");
    Location shusha = new Location("Shusha", 39.760, 46.750, "AZ", "Shusha", "place", "Shusha");
    Location karmirShuka = new Location("Karmir Shuka", 39.700, 46.970, "AZ", "Khojavend", "place", "Karmir Shuka");
    Location tartar = new Location("Tartar", 40.342, 46.932, "AZ", "Tartar", "place", "Tartar");
    Location goris = new Location("Goris", 39.511, 46.339, "AM", "Syunik", "place", "Goris");
    java.time.LocalDate war = java.time.LocalDate.of(2020, 10, 5);
    java.time.LocalDate after = java.time.LocalDate.of(2021, 6, 1);
    // Aghdam was Armenian-held until November 2020, Azerbaijani after
    assertThat(k.attackerOf(aghdam, war)).isEqualTo("AZ");
    assertThat(k.attackerOf(aghdam, after)).isEqualTo("AM");
    // Shusha's name is Karabakh's territory, but after 8 November 2020 Azerbaijan held it
    assertThat(k.attackerOf(shusha, war)).isEqualTo("AZ");
    assertThat(k.attackerOf(shusha, after)).isEqualTo("AM");
    // a village no name list holds, in the Armenian-held ground of 2020-2023
    assertThat(k.attackerOf(karmirShuka, java.time.LocalDate.of(2022, 8, 3))).isEqualTo("AZ");
    assertThat(k.attackerOf(tartar, war)).isEqualTo("AM");
    assertThat(k.attackerOf(goris, java.time.LocalDate.of(2022, 9, 13))).isEqualTo("AZ");
    // no day, or a day the profile says nothing of: the names and the country as before
    assertThat(k.attackerOf(shusha, null)).isEqualTo("AZ");
    assertThat(k.attackerOf(aghdam, java.time.LocalDate.of(1993, 1, 1))).isEqualTo("AM");
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
    for (String held : List.of("held-1994-2020.geojson", "held-2020-2023.geojson")) { // its areas travel with it
      Files.write(karabakh.resolve(held), ProfilesTest.class.getResourceAsStream(
          "/org/trucewatch/conflicts/karabakh/" + held).readAllBytes());
    }
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
