package org.trucewatch.extract;

import java.util.Locale;

/** The event types of the extract contract, with the ACLED event type each maps to. */
public enum EventType {
  ATTACK("Battles / Explosions/Remote violence"),
  CEASEFIRE("Strategic developments: Agreement"),
  CASUALTY_REPORT("(casualty figures; no ACLED event)"),
  TALKS("Strategic developments: Agreement"),
  APPEAL("Strategic developments: Other"),
  THREAT("Strategic developments: Other"),
  SUPPORT("Strategic developments: Other");

  private final String acled;

  EventType(String acled) {
    this.acled = acled;
  }

  public String acled() {
    return acled;
  }

  /** The contract's name: {@code attack}, {@code casualty_report}... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
