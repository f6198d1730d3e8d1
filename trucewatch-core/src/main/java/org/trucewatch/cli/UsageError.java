package org.trucewatch.cli;

/**
 * A bad value given on the command line, found after parsing (a date that does not exist, an unknown type): one line
 * on standard error and exit code 2, never a stack trace.
 */
public final class UsageError extends RuntimeException {

  public UsageError(String message) {
    super(message);
  }

  /** The constant of {@code type} that {@code value} names, case aside, or a usage error listing the allowed ones. */
  public static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
    if (value == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.strip())) {
        return e;
      }
    }
    throw new UsageError(option + ": no such value '" + value + "' (one of: " + String.join(", ",
        java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(java.util.Locale.ROOT))
            .toList()) + ")");
  }
}
