package org.trucewatch.resolve.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One extraction rule: a pattern, and a builder that reads the match into a {@link Candidate} or refuses it (null)
 * after looking at the words around it. Immutable; the builder must be stateless.
 *
 * <p>A rule with {@code triggers} is only tried near them: every match must contain one of these lower-case words,
 * and lie within {@code reachBefore} characters before it and {@code reachAfter} after it. This spares the long
 * alternations of number and month words a pass over the whole text; a rule without triggers scans everything.
 *
 * <p>A rule with {@code starts} (null: any) is tried only where the text has one of these characters: every match
 * begins with one of them (a digit for clock times and years), so the pattern is not tried at the other positions.
 *
 * <p>A rule with {@code needs} (null: none) is tried only on a text that holds one of these strings as written: every
 * match contains one ("0s" for a decade, ":" for a clock time), and a text without any is not scanned at all.
 *
 * <p>A triggered rule with {@code alsoWords} (null: none) is tried only in a window that also holds one of these
 * lower-case words: every match contains one besides its trigger ("three days later" holds a unit word).
 */
record Rule(String name, Pattern pattern, Builder builder, Set<String> triggers, int reachBefore, int reachAfter,
    String starts, java.util.List<String> needs, Set<String> alsoWords, Gate gate) {

  /** A cheap test of a trigger window: false only where no match can lie wholly inside {@code [from, to)}. */
  @FunctionalInterface
  interface Gate {
    boolean mayHold(String text, int from, int to);
  }

  /** Reads one match; returns null to refuse it. */
  @FunctionalInterface
  interface Builder {
    Candidate build(Matcher m, String text);
  }

  /** No letter or digit just before. */
  static final String L = "(?<![\\p{L}\\p{N}])";
  /** No letter or digit just after. */
  static final String R = "(?![\\p{L}\\p{N}])";

  static Rule of(String name, String regex, Builder builder) {
    return new Rule(name, Pattern.compile(regex), builder, null, 0, 0, null, null, null, null);
  }

  /** This rule, tried only within the given reach of one of {@code words}. */
  Rule near(java.util.Collection<String> words, int before, int after) {
    return new Rule(name, pattern, builder, Set.copyOf(words), before, after, starts, needs, alsoWords, gate);
  }

  /** This rule, tried only where one of {@code chars} stands: each of its matches must begin with one of them. */
  Rule startingWith(String chars) {
    return new Rule(name, pattern, builder, triggers, reachBefore, reachAfter, chars, needs, alsoWords, gate);
  }

  /** This rule, tried only on a text holding one of {@code literals}: each of its matches must contain one. */
  Rule needing(String... literals) {
    return new Rule(name, pattern, builder, triggers, reachBefore, reachAfter, starts, java.util.List.of(literals),
        alsoWords, gate);
  }

  /** This triggered rule, tried only in a window that also holds one of {@code words}: each match contains one. */
  Rule alsoContaining(java.util.Collection<String> words) {
    return new Rule(name, pattern, builder, triggers, reachBefore, reachAfter, starts, needs, Set.copyOf(words),
        gate);
  }

  /** This triggered rule, tried only in a window that {@code g} lets through. */
  Rule gated(Gate g) {
    return new Rule(name, pattern, builder, triggers, reachBefore, reachAfter, starts, needs, alsoWords, g);
  }

  /** Whether {@code text} may hold a match: it has one of the strings the rule needs, or the rule needs none. */
  boolean mayMatch(String text) {
    if (needs == null) {
      return true;
    }
    for (String n : needs) {
      if (text.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /** Ten ASCII digits ({@code \d} without the Unicode flag). */
  static final String DIGITS = "0123456789";

  /** The whole match as the span. */
  static Candidate span(Matcher m, Expr expr) {
    return expr == null ? null : Candidate.of(m.start(), m.end(), expr);
  }

  /** The lower-cased word just before {@code pos} (skipping spaces and one hyphen), or "" at the start. */
  static String wordBefore(String text, int pos) {
    int i = pos - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '-')) {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && isWordChar(text.charAt(i))) {
      i--;
    }
    return text.substring(i + 1, end).toLowerCase(Locale.ROOT);
  }

  /** The lower-cased word just after {@code pos} (skipping spaces), or "" at the end. */
  static String wordAfter(String text, int pos) {
    int i = pos;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int start = i;
    while (i < text.length() && isWordChar(text.charAt(i))) {
      i++;
    }
    if (i == start && i < text.length()) {
      return text.substring(i, i + 1);
    }
    return text.substring(start, i).toLowerCase(Locale.ROOT);
  }

  /** The character just before {@code pos}, or a space at the start. */
  static char charBefore(String text, int pos) {
    return pos > 0 ? text.charAt(pos - 1) : ' ';
  }

  /** The character at {@code pos}, or a space at the end. */
  static char charAt(String text, int pos) {
    return pos < text.length() ? text.charAt(pos) : ' ';
  }

  /** True when the word before {@code pos} starts a sentence: nothing or sentence punctuation precedes it. */
  static boolean sentenceInitial(String text, int pos) {
    int i = pos - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0 || ".!?:\"“”'‘’(\n".indexOf(text.charAt(i)) >= 0 || text.charAt(i + 1) == '\n';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '’';
  }
}
