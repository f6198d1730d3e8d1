package org.trucewatch.resolve.actor;

/** What kind of actor an {@link Actor} is. */
public enum Role {
  /** A state as a whole: "Azerbaijan", "Armenia" (and the de facto Nagorno-Karabakh republic). */
  STATE,
  /** A government or one of its institutions: a ministry, the authorities, a security service. */
  GOVERNMENT,
  /** Armed forces: "Armenian forces", the Defense Army, peacekeepers. */
  MILITARY,
  /** One person who speaks or acts in office: a president, a minister, a spokesperson, an unnamed official. */
  OFFICIAL,
  /** A news agency, a broadcaster, a journalist. */
  MEDIA,
  /** A body that observes the ceasefire: OSCE monitors, the EU mission, a monitoring centre. */
  MONITOR,
  /** A mediator of the conflict: the OSCE Minsk Group and its co-chairs. */
  MEDIATOR,
  /** Another international body: the UN, the ICRC, the EU, an international NGO. */
  INTERNATIONAL,
  /** Armed groups outside a state's forces: rebels, militias, mercenaries. */
  NON_STATE_ARMED,
  /** Civilians or a people: "Armenians living in Stepanakert", "ethnic Armenians", residents. */
  CIVILIAN,
  /** Anything else, and groups of actors ("both sides"). */
  OTHER
}
