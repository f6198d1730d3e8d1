package org.trucewatch.resolve.actor;

import org.trucewatch.internal.Validate;

/**
 * Someone who speaks, fights, mediates or reports: a state, an institution, a person or a group. Two mentions name
 * the same actor exactly when their ids are equal, so "Azerbaijan's Defense Ministry" and "the Ministry of Defense of
 * Azerbaijan" both give {@code AZ/MOD}.
 *
 * @param id stable key: {@code AZ} (a state), {@code AZ/MOD} (its Ministry of Defense), {@code TR/MOD/OFFICIAL} (an
 *     unnamed official of it), {@code AM/Nikol_Pashinyan} (a person), {@code OSCE/MINSK_GROUP} (a body)
 * @param name readable canonical name with its country: "Azerbaijan Ministry of Defense", "Nikol Pashinyan (Armenia,
 *     Prime Minister)"
 * @param country ISO 3166-1 alpha-2 code of the state it belongs to, or null (international bodies, the
 *     Nagorno-Karabakh authorities)
 * @param side the party it speaks or fights for: "AM", "AZ", "NK" (the Nagorno-Karabakh authorities and forces),
 *     another ISO code for other states, or null for neutral bodies, media and monitors
 * @param role what kind of actor it is
 * @param cameo its CAMEO actor code (AZEMIL, ARMGOV), or null where CAMEO has none
 */
public record Actor(String id, String name, String country, String side, Role role, String cameo) {

  public Actor {
    Validate.notBlank(id, "actor id");
    Validate.notBlank(name, "actor name");
    Validate.notNull(role, "actor role");
  }
}
