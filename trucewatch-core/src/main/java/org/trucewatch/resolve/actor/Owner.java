package org.trucewatch.resolve.actor;

/**
 * Who an agent belongs to: a country ("Azerbaijan's" Defense Ministry), a non-state party ("Karabakh's" ombudsman)
 * or a body ("OSCE" monitors). {@code self} is the actor the owner names on its own.
 */
record Owner(String code, String name, String country, String side, String cameo, Kind kind, Actor self) {

  enum Kind { COUNTRY, REGION, ORG }
}
