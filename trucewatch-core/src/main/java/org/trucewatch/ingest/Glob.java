package org.trucewatch.ingest;

import java.util.regex.Pattern;

/**
 * A shell-style file pattern ({@code data/**}{@code /*.html}, {@code news-2020-1?-*.txt}, {@code *.{html,htm}},
 * {@code [0-9]*.jsonl}) split into the literal directory it starts from and a matcher for paths below it, so that a
 * pattern the shell did not expand (a quoted one) reads as it would have. As in bash with {@code globstar}: {@code *}
 * and {@code ?} stay within one path segment, {@code **} as a whole segment spans any number of directories (none
 * included), and a wildcard never matches a leading dot. Immutable.
 */
final class Glob {

  private static final String SPECIAL = ".^$|()+[]{}\\*?";

  private final String base;
  private final String rest;
  private final Pattern regex;

  private Glob(String base, String rest) {
    this.base = base;
    this.rest = rest;
    this.regex = Pattern.compile(translate(rest));
  }

  /** Whether {@code arg} holds an unescaped wildcard. */
  static boolean isPattern(String arg) {
    for (int i = 0; i < arg.length(); i++) {
      char c = arg.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '*' || c == '?' || c == '[' || c == '{') {
        return true;
      }
    }
    return false;
  }

  /** Splits {@code pattern} at its first segment with a wildcard. */
  static Glob compile(String pattern) {
    String[] segments = pattern.split("/", -1);
    int first = 0;
    while (first < segments.length - 1 && !isPattern(segments[first])) {
      first++;
    }
    String base = String.join("/", java.util.Arrays.copyOfRange(segments, 0, first));
    if (base.isEmpty() && pattern.startsWith("/")) {
      base = "/";
    }
    String rest = String.join("/", java.util.Arrays.copyOfRange(segments, first, segments.length));
    return new Glob(base, rest);
  }

  /** The literal directory the pattern starts from, as written ({@code ""} for the working directory). */
  String base() {
    return base;
  }

  /** Whether {@code relative}, a {@code /}-separated path below {@link #base()}, matches. */
  boolean matches(String relative) {
    return regex.matcher(relative).matches();
  }

  /** How many directory levels below the base a match can lie; {@link Integer#MAX_VALUE} with {@code **}. */
  int maxDepth() {
    if (rest.contains("**") || rest.contains("{") && rest.contains("/")) {
      return Integer.MAX_VALUE;
    }
    return (int) rest.chars().filter(c -> c == '/').count();
  }

  /** Whether the pattern names hidden entries itself (a segment starting with a dot), so walks must enter them. */
  boolean namesHidden() {
    return rest.startsWith(".") || rest.contains("/.");
  }

  private static String translate(String glob) {
    StringBuilder re = new StringBuilder();
    int braces = 0;
    boolean segmentStart = true;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      boolean nextStartsSegment = false;
      switch (c) {
        case '*' -> {
          boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
          boolean wholeSegment = segmentStart && doubleStar && (i + 2 == glob.length() || glob.charAt(i + 2) == '/');
          if (wholeSegment && i + 2 < glob.length()) {
            re.append("(?:(?!\\.)[^/]*/)*");
            i += 2;
            nextStartsSegment = true;
          } else if (wholeSegment) {
            re.append("(?:(?!\\.)[^/]*/)*(?!\\.)[^/]*");
            i += 1;
          } else {
            re.append(segmentStart ? "(?!\\.)[^/]*" : "[^/]*");
            while (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
              i++;
            }
          }
        }
        case '?' -> re.append(segmentStart ? "(?!\\.)[^/]" : "[^/]");
        case '[' -> {
          int close = glob.indexOf(']', i + 2);
          if (close < 0) {
            re.append("\\[");
          } else {
            String body = glob.substring(i + 1, close);
            boolean negated = body.startsWith("!") || body.startsWith("^");
            String set = (negated ? body.substring(1) : body).replace("\\", "\\\\").replace("[", "\\[");
            re.append(negated ? "[^/" : "[").append(set).append(']');
            i = close;
          }
        }
        case '{' -> {
          braces++;
          re.append("(?:");
        }
        case '}' -> {
          if (braces > 0) {
            braces--;
            re.append(')');
          } else {
            re.append("\\}");
          }
        }
        case ',' -> re.append(braces > 0 ? "|" : ",");
        case '\\' -> {
          if (i + 1 < glob.length()) {
            appendLiteral(re, glob.charAt(++i));
          }
        }
        case '/' -> {
          re.append('/');
          nextStartsSegment = true;
        }
        default -> appendLiteral(re, c);
      }
      segmentStart = nextStartsSegment;
    }
    re.append(")".repeat(braces));
    return re.toString();
  }

  private static void appendLiteral(StringBuilder re, char c) {
    if (SPECIAL.indexOf(c) >= 0) {
      re.append('\\');
    }
    re.append(c);
  }
}
