package org.trucewatch.resolve.time;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A regular expression for a set of phrases that matches as their plain alternation longest first ({@code
 * (?:a\s+couple\s+of|hundred|dozen|a)}) would, written as a tree of shared prefixes behind a look-ahead on the first
 * characters: {@code java.util.regex} tries the branches of an alternation one after the other, and the temporal rules
 * try the number words at every word of a 70-character window, so a word that starts no phrase costs one character
 * test instead of a test per phrase.
 *
 * <p>The same matches, groups and backtracking order: two phrases can both match at one position only if one is a
 * prefix of the other, word for word; the tree tries a prefix's longer continuations before it ends there, as the
 * longest-first order does, and the branches of one node start with different characters, so at most one applies.
 * Phrases are lower case; a space in a phrase matches any run of white space. A set this form cannot keep exact
 * (upper-case letters, which {@code (?i)} would fold onto a lower-case branch; empty words) is written as before.
 */
final class Alternation {

  private Alternation() {}

  /** The plain form: each phrase quoted, longest first, spaces as {@code \s+}. */
  static String plain(Collection<String> phrases) {
    return phrases.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(Alternation::quoteWords)
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  /** The prefix-tree form of {@link #plain}, or the plain form where the tree could differ. */
  static String of(Collection<String> phrases) {
    Node root = new Node();
    for (String p : phrases) {
      if (p.isEmpty() || p.startsWith(" ") || p.endsWith(" ") || p.contains("  ")) {
        return plain(phrases); // an empty word: \Q\E, not worth a tree
      }
      Node n = root;
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        if (c >= 'A' && c <= 'Z' || Character.isSurrogate(c)) {
          return plain(phrases);
        }
        n = n.children.computeIfAbsent(c, k -> new Node());
      }
      n.end = true;
    }
    if (root.children.isEmpty()) {
      return plain(phrases);
    }
    StringBuilder first = new StringBuilder("(?=[");
    for (char c : root.children.keySet()) {
      first.append(c == ' ' ? "\\s" : escape(c));
    }
    StringBuilder out = new StringBuilder("(?:").append(first).append("])");
    branches(root, out);
    return out.append(')').toString();
  }

  /** The alternatives below {@code n}, each a character and what follows it; an end here is tried last. */
  private static void branches(Node n, StringBuilder out) {
    boolean firstBranch = true;
    for (Map.Entry<Character, Node> e : n.children.entrySet()) {
      if (!firstBranch) {
        out.append('|');
      }
      firstBranch = false;
      char c = e.getKey();
      out.append(c == ' ' ? "\\s+" : escape(c));
      Node child = e.getValue();
      if (child.children.isEmpty()) {
        continue;
      }
      if (child.children.size() == 1 && !child.end) {
        branches(child, out); // a single way on: no group needed
        continue;
      }
      out.append("(?:");
      branches(child, out);
      out.append(child.end ? ")?" : ")");
    }
  }

  /** A character as a literal in a pattern and in a character class. */
  private static String escape(char c) {
    if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
      return String.valueOf(c);
    }
    return String.format("\\x{%x}", (int) c);
  }

  private static String quoteWords(String phrase) {
    return List.of(phrase.split(" ")).stream().map(Pattern::quote).collect(Collectors.joining("\\s+"));
  }

  private static final class Node {
    final Map<Character, Node> children = new TreeMap<>();
    boolean end;
  }
}
