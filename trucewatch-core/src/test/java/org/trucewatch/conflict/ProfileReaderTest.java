package org.trucewatch.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A profile file is validated with the file and line of each problem. */
class ProfileReaderTest {

  private static final ProfileReader READER = new ProfileReader(Map.of("XX.01", "North", "XX.02", "South")::get);

  private static final String VALID = """
      {
        "id": "test",
        "name": "Test war",
        "period": {"start": "2014-04-06", "end": null},
        "countries": ["XX"],
        "scope": {"admin1": ["XX.01"], "bufferKm": 10},
        "acledRegion": "Europe",
        "map": {"center": [48.0, 38.0], "zoom": 7},
        "sides": [
          {"id": "XX", "name": "Country", "camp": "gov", "colour": "#1f77b4", "kind": "state", "names": []},
          {"id": "REB", "name": "Rebels", "camp": "reb", "colour": "#d62728", "kind": "group",
           "names": ["REB", "the rebels"], "territory": ["North Town"]}
        ],
        "truces": [
          {"id": "t-2015", "name": "Truce", "start": "2015-02-15T00:00+02:00", "end": null, "scope": null,
           "parties": ["XX", "REB"], "mediator": "M",
           "sources": [{"url": "https://example.org/a", "title": "A"}]}
        ]
      }
      """;

  private static ConflictProfile read(String json) {
    return READER.read("test", "conflicts/test", json, f -> null, "", "");
  }

  @Test
  void aValidProfileIsReadWhole() {
    ConflictProfile p = read(VALID);
    assertThat(p.id()).isEqualTo("test");
    assertThat(p.sides()).extracting(ConflictProfile.Side::id).containsExactly("XX", "REB");
    assertThat(p.side("REB").territory()).containsExactly("North Town");
    assertThat(p.truces()).singleElement().satisfies(t -> {
      assertThat(t.start()).isEqualTo("2015-02-15T00:00+02:00");
      assertThat(t.sources()).extracting(ConflictProfile.Source::url).containsExactly("https://example.org/a");
    });
    assertThat(p.scope().contains("XX", "North", 0, 0, "place")).isTrue();
    assertThat(p.scope().contains("XX", "South", 0, 0, "place")).isFalse();
    assertThat(p.map().zoom()).isEqualTo(7);
  }

  @Test
  void anUnknownKeyIsNamedWithItsLine() {
    assertThatThrownBy(() -> read(VALID.replace("\"acledRegion\"", "\"acledRegoin\"")))
        .isInstanceOf(ProfileException.class)
        .hasMessageStartingWith("conflicts/test/profile.json:7: unknown key \"acledRegoin\"")
        .satisfies(e -> assertThat(((ProfileException) e).line()).isEqualTo(7));
  }

  @Test
  void aSidesUsualAttackIsReadAndMustBeASubtype() {
    String air = VALID.replace("\"kind\": \"state\", \"names\": []}",
        "\"kind\": \"state\", \"names\": [], \"usualAttack\": \"air_drone_strike\"}");
    assertThat(read(air).side("XX").usualAttack()).isEqualTo("air_drone_strike");
    assertThat(read(VALID).side("REB").usualAttack()).isNull();
    assertThatThrownBy(() -> read(air.replace("air_drone_strike", "bombing")))
        .isInstanceOf(ProfileException.class).hasMessageContaining("usualAttack must be an attack subtype");
  }

  @Test
  void aSidesSoleAirForceIsReadAndMustBeABoolean() {
    String air = VALID.replace("\"kind\": \"state\", \"names\": []}",
        "\"kind\": \"state\", \"names\": [], \"soleAirForce\": true}");
    assertThat(read(air).side("XX").soleAirForce()).isTrue();
    assertThat(read(VALID).side("XX").soleAirForce()).isFalse();
    assertThatThrownBy(() -> read(air.replace("\"soleAirForce\": true", "\"soleAirForce\": \"yes\"")))
        .isInstanceOf(ProfileException.class).hasMessageContaining("soleAirForce must be true or false");
  }

  @Test
  void aSoleAirForcesLastDayIsReadAndMustBeADate() {
    String until = VALID.replace("\"kind\": \"state\", \"names\": []}",
        "\"kind\": \"state\", \"names\": [], \"soleAirForce\": true, \"soleAirForceUntil\": \"2019-06-30\"}");
    assertThat(read(until).side("XX").soleAirForceUntil()).isEqualTo(java.time.LocalDate.of(2019, 6, 30));
    assertThat(read(VALID).side("XX").soleAirForceUntil()).isNull();
    assertThatThrownBy(() -> read(until.replace("2019-06-30", "mid-2019")))
        .isInstanceOf(ProfileException.class).hasMessageContaining("soleAirForceUntil must be a date");
  }

  @Test
  void aSidesInferredAttackerFlagIsReadAndMustBeABoolean() {
    String quiet = VALID.replace("\"kind\": \"state\", \"names\": []}",
        "\"kind\": \"state\", \"names\": [], \"inferredAttacker\": false}");
    assertThat(read(quiet).side("XX").inferredAttacker()).isFalse();
    assertThat(read(VALID).side("XX").inferredAttacker()).isTrue();
    assertThatThrownBy(() -> read(quiet.replace("\"inferredAttacker\": false", "\"inferredAttacker\": \"no\"")))
        .isInstanceOf(ProfileException.class).hasMessageContaining("inferredAttacker must be true or false");
  }

  @Test
  void aTruceWithoutASourceIsRefused() {
    String json = VALID.replace("\"sources\": [{\"url\": \"https://example.org/a\", \"title\": \"A\"}]",
        "\"sources\": []");
    assertThatThrownBy(() -> read(json)).isInstanceOf(ProfileException.class)
        .hasMessageContaining("profile.json:17:").hasMessageContaining("needs at least one source");
  }

  @Test
  void aPartyThatIsNoSideIsRefused() {
    assertThatThrownBy(() -> read(VALID.replace("[\"XX\", \"REB\"]", "[\"XX\", \"RBL\"]")))
        .hasMessageContaining("party RBL of truce t-2015 is not one of the profile's sides");
  }

  @Test
  void anHourWithoutItsOffsetIsRefused() {
    assertThatThrownBy(() -> read(VALID.replace("2015-02-15T00:00+02:00", "2015-02-15T00:00")))
        .hasMessageContaining("profile.json:15:").hasMessageContaining("with its offset");
  }

  @Test
  void anUnknownAdmin1CodeIsRefused() {
    assertThatThrownBy(() -> read(VALID.replace("XX.01", "XX.09"))).hasMessageContaining("profile.json:6:")
        .hasMessageContaining("unknown GeoNames admin1 code XX.09");
  }

  @Test
  void theIdMustBeTheFolderAndSidesMustFormTwoCamps() {
    assertThatThrownBy(() -> read(VALID.replace("\"id\": \"test\"", "\"id\": \"other\"")))
        .hasMessageContaining("must equal the folder's name 'test'");
    assertThatThrownBy(() -> read(VALID.replace("\"camp\": \"reb\"", "\"camp\": \"gov\"")))
        .hasMessageContaining("at least two camps");
    assertThatThrownBy(() -> read(VALID.replace("\"kind\": \"group\"", "\"kind\": \"militia\"")))
        .hasMessageContaining("profile.json:11:").hasMessageContaining("kind must be");
  }

  @Test
  void brokenJsonIsNamedWithItsLine() {
    assertThatThrownBy(() -> read(VALID.replace("\"Test war\",", "\"Test war\""))).isInstanceOf(ProfileException.class)
        .hasMessageStartingWith("conflicts/test/profile.json:4: not valid JSON");
  }

  @Test
  void anAreaWithABufferHoldsPlacesNearIt() {
    String json = VALID.replace("\"admin1\": [\"XX.01\"], \"bufferKm\": 10", "\"area\": \"line.geojson\", \"bufferKm\": 10");
    String line = "{\"type\": \"LineString\", \"coordinates\": [[38.0, 48.0], [38.0, 49.0]]}";
    ConflictProfile p = READER.read("test", "conflicts/test", json, f -> f.equals("line.geojson") ? line : null, "",
        "");
    assertThat(p.scope().contains("XX", null, 48.5, 38.1, "place")).isTrue(); // about 7 km east of the line
    assertThat(p.scope().contains("XX", null, 48.5, 38.3, "place")).isFalse(); // about 22 km
    assertThat(p.scope().contains("XX", null, 48.5, 38.0, "country")).isFalse(); // a centroid is not a place
  }
}
