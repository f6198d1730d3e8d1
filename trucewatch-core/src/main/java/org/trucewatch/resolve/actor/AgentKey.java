package org.trucewatch.resolve.actor;

import java.util.Set;

/**
 * What an agent key of {@code agent-keys.tsv} stands for: a body ({@code MOD}, {@code MIL}) or a person
 * ({@code SPOKESPERSON}), its role, how its name reads and its CAMEO agent code.
 */
record AgentKey(String key, boolean person, Role role, String display, String ministerTitle, String cameo,
    Set<String> flags) {

  /** "The ministry" can refer to it. */
  boolean ministry() {
    return flags.contains("ministry");
  }

  /** A person key whose actor id takes no body: {@code AZ/PRESIDENT}, not {@code AZ/GOV/PRESIDENT}. */
  boolean standalone() {
    return flags.contains("standalone");
  }

  /** "The official" can refer to it. */
  boolean official() {
    return flags.contains("official");
  }

  /** The body that stands for its owner itself ("the Armenian side" is Armenia). */
  boolean self() {
    return flags.contains("self");
  }
}
