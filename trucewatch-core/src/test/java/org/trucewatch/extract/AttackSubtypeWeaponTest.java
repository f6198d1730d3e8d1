package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which kinds name a weapon: the one table the merges and the retold acts read (ACLED's explosions). */
class AttackSubtypeWeaponTest {

  @Test
  void explosionsNameAWeapon() {
    assertThat(AttackSubtype.namesWeapon("shelling")).isTrue();
    assertThat(AttackSubtype.namesWeapon("air_drone_strike")).isTrue();
    assertThat(AttackSubtype.namesWeapon("remote_explosive")).isTrue();
    assertThat(AttackSubtype.namesWeapon("suicide_bomb")).isTrue();
    assertThat(AttackSubtype.namesWeapon("grenade")).isTrue();
  }

  @Test
  void battlesRaidsAndTheUnknownKindNameNone() {
    assertThat(AttackSubtype.namesWeapon("armed_clash")).isFalse();
    assertThat(AttackSubtype.namesWeapon("territory_taken")).isFalse();
    assertThat(AttackSubtype.namesWeapon("attack_on_civilians")).isFalse();
    assertThat(AttackSubtype.namesWeapon("abduction")).isFalse();
    assertThat(AttackSubtype.namesWeapon("attack")).isFalse();
    assertThat(AttackSubtype.namesWeapon(null)).isFalse();
  }

  @Test
  void aFormerLabelIsTakenAsItStands() {
    assertThat(AttackSubtype.namesWeapon("missile")).isFalse();
  }
}
