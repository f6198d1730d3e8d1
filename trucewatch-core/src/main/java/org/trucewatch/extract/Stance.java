package org.trucewatch.extract;

/** What a speaker does with an event: alleges it, denies it, or acknowledges it as their own side's act. */
public enum Stance {
  ALLEGES,
  DENIES,
  ACKNOWLEDGES
}
