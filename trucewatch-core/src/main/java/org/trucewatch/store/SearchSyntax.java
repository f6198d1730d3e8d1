package org.trucewatch.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain search syntax, as web search engines and PostgreSQL's {@code websearch_to_tsquery} read it, turned into
 * an FTS5 query so that both databases understand a query alike: words (all must match), {@code "quoted phrases"},
 * {@code or} between alternatives, {@code -word} to exclude. Every word and phrase is written as an FTS5 string, so
 * FTS5 operators, column filters and stray quotes in the input are searched for as text and can never break the
 * query: an unclosed quote runs to the end, as in PostgreSQL.
 */
final class SearchSyntax {

  private SearchSyntax() {}

  /** One word or phrase, possibly excluded, or the {@code OR} operator. */
  private record Term(String text, boolean negated, boolean or) {}

  /** The FTS5 query, or the empty string when nothing in the input can be searched for. */
  static String toFts5(String input) {
    List<Term> terms = terms(input);
    StringBuilder out = new StringBuilder();
    boolean pendingOr = false;
    for (Term t : terms) {
      if (t.or()) {
        pendingOr = out.length() > 0;
        continue;
      }
      String quoted = quoted(t.text());
      if (t.negated()) {
        // FTS5's NOT needs something on its left: an exclusion alone excludes from nothing, so it is dropped.
        if (out.length() > 0) {
          out.append(" NOT ").append(quoted);
        }
      } else {
        // FTS5 reads two phrases side by side as both, but not a bracketed group beside anything: AND is written there.
        boolean group = quoted.startsWith("(") || out.length() > 0 && out.charAt(out.length() - 1) == ')';
        out.append(out.length() == 0 ? "" : pendingOr ? " OR " : group ? " AND " : " ").append(quoted);
      }
      pendingOr = false;
    }
    return out.toString();
  }

  /**
   * The same query for PostgreSQL: a {@code tsquery} expression in which every word or phrase is a
   * {@code phraseto_tsquery('english', ?)} whose text is added to {@code params}, its other spelling too
   * ("ceasefire" or "cease-fire", joined by {@code ||}), words joined by {@code &&}, exclusions by {@code && !!},
   * alternatives by {@code ||}, with FTS5's precedence (exclusion, then all-of, then or); the empty string when
   * nothing in the input can be searched for. Only fixed fragments are written into the SQL.
   */
  static String toTsquery(String input, List<String> params) {
    List<List<String>> groups = new ArrayList<>();
    boolean pendingOr = false;
    for (Term t : terms(input)) {
      if (t.or()) {
        pendingOr = !groups.isEmpty();
        continue;
      }
      String one = spellings(t.text(), params);
      if (t.negated()) {
        if (!groups.isEmpty()) {
          groups.get(groups.size() - 1).add("!!" + one);
        }
      } else {
        if (groups.isEmpty() || pendingOr) {
          groups.add(new ArrayList<>());
        }
        groups.get(groups.size() - 1).add(one);
      }
      pendingOr = false;
    }
    List<String> ors = new ArrayList<>();
    for (List<String> g : groups) {
      ors.add("(" + String.join(" && ", g) + ")");
    }
    return String.join(" || ", ors);
  }

  private static final String PHRASE = "phraseto_tsquery('english', ?)";

  private static String spellings(String text, List<String> params) {
    params.add(text);
    String other = otherSpelling(text);
    if (other == null) {
      return PHRASE;
    }
    params.add(other);
    return "(" + PHRASE + " || " + PHRASE + ")";
  }

  /**
   * Words written both closed and hyphenated in news ("ceasefire", "cease-fire"): a query for either finds both.
   * Any hyphenated word also finds its closed form; these closed forms also find their hyphenated one.
   */
  private static final java.util.Map<String, String> HYPHENATED = java.util.Map.ofEntries(
      java.util.Map.entry("ceasefire", "cease-fire"), java.util.Map.entry("ceasefires", "cease-fires"),
      java.util.Map.entry("frontline", "front-line"), java.util.Map.entry("counterattack", "counter-attack"),
      java.util.Map.entry("counteroffensive", "counter-offensive"), java.util.Map.entry("shellfire", "shell-fire"),
      java.util.Map.entry("crossfire", "cross-fire"), java.util.Map.entry("airstrike", "air-strike"),
      java.util.Map.entry("airstrikes", "air-strikes"));

  /** A term as an FTS5 string, or a group of the spellings it is written in: ("ceasefire" OR "cease-fire"). */
  private static String quoted(String text) {
    String one = '"' + text.replace("\"", "\"\"") + '"';
    String other = otherSpelling(text);
    return other == null ? one : "(" + one + " OR \"" + other + "\")";
  }

  /** The closed form of a hyphenated word, the hyphenated form of a closed one that news writes so, else null. */
  private static String otherSpelling(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (lower.matches("\\p{L}+(-\\p{L}+)+")) {
      return lower.replace("-", "");
    }
    return HYPHENATED.get(lower);
  }

  private static List<Term> terms(String input) {
    List<Term> terms = new ArrayList<>();
    int i = 0;
    int n = input.length();
    while (i < n) {
      char ch = input.charAt(i);
      if (Character.isWhitespace(ch)) {
        i++;
        continue;
      }
      boolean negated = false;
      if (ch == '-' && i + 1 < n && !Character.isWhitespace(input.charAt(i + 1))) {
        negated = true;
        ch = input.charAt(++i);
      }
      String text;
      if (ch == '"') {
        int close = input.indexOf('"', i + 1);
        int end = close < 0 ? n : close;
        text = input.substring(i + 1, end);
        i = close < 0 ? n : close + 1;
      } else {
        int start = i;
        while (i < n && !Character.isWhitespace(input.charAt(i)) && input.charAt(i) != '"') {
          i++;
        }
        text = input.substring(start, i);
        if (!negated && text.equalsIgnoreCase("or")) {
          terms.add(new Term(text, false, true));
          continue;
        }
      }
      if (searchable(text)) {
        terms.add(new Term(text.strip(), negated, false));
      }
    }
    return terms;
  }

  /** Whether a term has a letter or digit: FTS5 would index nothing of a term of punctuation alone. */
  private static boolean searchable(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
