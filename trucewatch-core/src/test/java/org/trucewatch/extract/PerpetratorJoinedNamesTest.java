package org.trucewatch.extract;

import org.junit.jupiter.api.Test;

/**
 * "The United States, Britain and France bombed", "by France, the US and Britain": of attackers named as a list, the
 * one that is a side of the war leads the joint blow, wherever the list names it; "government and Russian warplanes"
 * are the host government's. Sentences written for this test.
 */
class PerpetratorJoinedNamesTest {

  @Test
  void sideNamedFirstInTheList() {
    SundayStory.namedAttacker("US", "2020-10-25", "Allies bomb sites in Syria.",
        "The United States, Britain and France bombed an air base near Homs on Saturday, a monitor said.");
  }

  @Test
  void sideNamedInsideTheListAfterBy() {
    SundayStory.namedAttacker("US", "2020-10-25", "Allies bomb sites in Syria.",
        "A depot near Palmyra was struck on Saturday by France, the US and Britain, the monitor said.");
  }

  @Test
  void commasAloneMakeNoList() {
    SundayStory.noNamedAttacker("US", "2020-10-25", "Talks on Syria stall.",
        "In Geneva, the US envoy met allies. On Saturday, France bombed an air base near Homs, a monitor said.");
  }

  @Test
  void hostGovernmentBeforeAnAlly() {
    SundayStory.namedAttacker("SY", "2020-10-25", "Families flee the northwest.",
        "Government and Russian warplanes bombed a bakery in Saraqib on Saturday, rescuers said.");
  }
}
