package org.trucewatch.incident;

/**
 * How far an incident is established, lowest first: alleged by one side; disputed (someone denied it);
 * acknowledged (by the accused side, or claimed by both sides); corroborated (by a source that is neither belligerent:
 * an international body, a third state, a monitor quoted by the press); observed (a monitor's own field report).
 */
public enum Standing {
  ALLEGED,
  DISPUTED,
  ACKNOWLEDGED,
  CORROBORATED,
  OBSERVED
}
