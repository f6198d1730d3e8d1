package org.trucewatch.extract;

import java.time.LocalDate;

/**
 * Who held which ground on a day (a profile's {@code held} areas: the Armenian-held Karabakh of 1994-2020 and of
 * 2020-2023), so that fire on a place held by one side is alleged to be the other's whatever its de-jure country.
 */
public interface HeldGround {

  /** No held ground declared. */
  HeldGround NONE = new HeldGround() {
    @Override
    public boolean covers(LocalDate day) {
      return false;
    }

    @Override
    public String holder(double lat, double lon, LocalDate day) {
      return null;
    }
  };

  /** Whether the profile says who held the ground on that day (outside its areas: the de-jure country). */
  boolean covers(LocalDate day);

  /** The side whose held area holds the point on that day, or null. */
  String holder(double lat, double lon, LocalDate day);
}
