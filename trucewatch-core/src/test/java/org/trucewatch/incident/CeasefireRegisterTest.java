package org.trucewatch.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trucewatch.conflict.ConflictProfile;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.conflict.Scope;
import org.trucewatch.extract.Location;

/** A truce binds its own conflict, inside its scope, from its start instant until its end. */
class CeasefireRegisterTest {

  private static final CeasefireRegister SHIPPED = CeasefireRegister.of(Profiles.shipped());
  private static final Location STEPANAKERT = new Location("Stepanakert", 39.8153, 46.752, "AZ", "Xankandi",
      "place", "Stepanakert");
  private static final LocalDate OCT_10 = LocalDate.of(2020, 10, 10);

  private static String truce(String conflict, Location place, LocalDate day, String time) {
    return SHIPPED.inForce(conflict, place, day, time).filter(l -> !l.timeUnknownOnStartDay())
        .map(l -> l.truce().id()).orElse(null);
  }

  @Test
  void anAttackBeforeTheHourATruceTookEffectBreaksNothing() {
    assertThat(truce("karabakh", STEPANAKERT, OCT_10, "11:40")).isNull();
    assertThat(truce("karabakh", STEPANAKERT, OCT_10, "12:05")).isEqualTo("moscow-2020-10-10");
    // 08:05 GMT is 12:05 in Baku, after the noon start
    assertThat(truce("karabakh", STEPANAKERT, OCT_10, "08:05Z")).isEqualTo("moscow-2020-10-10");
    assertThat(truce("karabakh", STEPANAKERT, OCT_10, "07:30+00:00")).isNull();
  }

  @Test
  void anAttackOnTheFirstDayAtAnUnknownHourIsMarkedNotCounted() {
    var link = SHIPPED.inForce("karabakh", STEPANAKERT, OCT_10, null).orElseThrow();
    assertThat(link.truce().id()).isEqualTo("moscow-2020-10-10");
    assertThat(link.timeUnknownOnStartDay()).isTrue();
    assertThat(truce("karabakh", STEPANAKERT, OCT_10.plusDays(1), null)).isEqualTo("moscow-2020-10-10");
  }

  @Test
  void aTruceEndsWhereItEndedOrWasSuperseded() {
    assertThat(truce("karabakh", STEPANAKERT, LocalDate.of(2020, 10, 19), null)).isEqualTo("humanitarian-2020-10-18");
    assertThat(truce("karabakh", STEPANAKERT, LocalDate.of(2020, 9, 28), null)).isNull(); // the 2020 war
    assertThat(truce("karabakh", STEPANAKERT, LocalDate.of(2018, 5, 1), null)).isEqualTo("moscow-2016-04-05");
  }

  @Test
  void aTruceBindsOnlyItsOwnConflict() {
    Location kabul = new Location("Kabul", 34.528, 69.172, "AF", "Kabul", "place", "Kabul");
    assertThat(SHIPPED.inForce(null, kabul, LocalDate.of(2020, 10, 20), null)).isEmpty();
    assertThat(truce("donbas", new Location("Avdiivka", 48.139, 37.743, "UA", "Donetsk", "place", "Avdiivka"),
        LocalDate.of(2017, 1, 31), null)).isEqualTo("christmas-2016-12-24");
  }

  @Test
  void aLocalTruceHoldsOnlyInsideItsScope() {
    Scope north = new Scope(Set.of(), Set.of("XX.01"), Set.of("XX/north"), List.of(), 0);
    Ceasefire local = new Ceasefire("local", "Local truce", "2019-01-01", null, List.of(), null, null, "agreed",
        "register", List.of(), "test", List.of(new ConflictProfile.Source("https://example.org", "t")));
    CeasefireRegister r = new CeasefireRegister(List.of(local), Map.of("local", north));
    Location in = new Location("A", 1, 1, "XX", "North", "place", "A");
    Location out = new Location("B", 1, 1, "XX", "South", "place", "B");
    assertThat(r.inForce("test", in, LocalDate.of(2019, 2, 1), null)).isPresent();
    assertThat(r.inForce("test", out, LocalDate.of(2019, 2, 1), null)).isEmpty();
    assertThat(r.inForce("other", in, LocalDate.of(2019, 2, 1), null)).isEmpty();
  }
}
