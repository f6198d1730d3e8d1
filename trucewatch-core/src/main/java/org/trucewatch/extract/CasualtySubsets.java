package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.nlp.Token;

/**
 * Tells which casualty figures are parts of a figure before them ("including 67 civilians", "among them six women",
 * "80 dead, six women and six children among them"), so that CasualtyFinder counts them as no toll of their own.
 */
final class CasualtySubsets {

  private final Lexicon lexicon;
  private final CasualtyNumbers numbers; // what counts as a number in a list

  CasualtySubsets(Lexicon lexicon, CasualtyNumbers numbers) {
    this.lexicon = lexicon;
    this.numbers = numbers;
  }

  /**
   * Whether the figure over {@code [from, end)} is part of the figure before it; {@code after} is the token after
   * its victims. "13 people, four of them children, were killed": the second figure is part of the first.
   */
  boolean subset(List<Token> tokens, int from, int end, int after) {
    return subsetMarker(tokens, from) || postposedSubset(tokens, after) || subsetListed(tokens, from)
        || end + 1 < tokens.size() && Lexicon.lower(tokens.get(end)).equals("of")
        && Set.of("them", "whom").contains(Lexicon.lower(tokens.get(end + 1)));
  }

  /**
   * Whether a figure over {@code [from, to)} that no marker makes a subset still goes on the list of the subset that
   * ends at {@code subsetEnd}: "among them six women and a Lebanese soldier". A figure of another kind than the
   * last main figure ({@code otherKind}), with its own verb, ends the list: "11 dead, among them three children, and
   * 31 wounded".
   */
  boolean goesOn(List<Token> tokens, int subsetEnd, int from, int to, boolean otherKind) {
    return listed(tokens, subsetEnd, from) && !(otherKind && ownVerb(tokens, to))
        && !(otherKind && verbBetween(tokens, subsetEnd, from));
  }

  /**
   * "killed four, among them a girl, and wounded nine": a casualty word of the other kind between the subset and the
   * figure is the figure's own verb, whatever the tagger calls it ("wounded" read as an adjective), so the list closed.
   */
  private boolean verbBetween(List<Token> tokens, int from, int to) {
    return lexicon.startsIn(tokens, from, to, "casualty");
  }

  // "a woman and her two children": a possessive before the next figure of a list
  private static final Set<String> OWNERS = Set.of("his", "her", "their", "its");

  private static final Set<String> SUBSET_AFTER = Set.of("them", "whom", "those", "the", "these");

  // "the 14 dead included three children": a verb of inclusion before a figure makes it part of a toll told before
  private static final Set<String> INCLUDED = Set.of("included", "include", "includes");

  /** "Among those killed were 64 children", "among the dead are two medics": a part of a toll told before. */
  private static boolean amongTheDead(List<Token> tokens, int from) {
    String verb = Lexicon.lower(tokens.get(from - 1));
    if (!Set.of("were", "was", "are", "is").contains(verb)) {
      return false;
    }
    for (int k = from - 2; k >= Math.max(0, from - 5); k--) {
      if (tokens.get(k).isNumber() || tokens.get(k).text().equals(",")) {
        return false;
      }
      if (Lexicon.lower(tokens.get(k)).equals("among")) {
        return true;
      }
    }
    return false;
  }

  /** "including 67 civilians", "among them six women", "of whom 12 were children": part of the figure before. */
  private static boolean subsetMarker(List<Token> tokens, int from) {
    if (from == 0) {
      return false;
    }
    String w = Lexicon.lower(tokens.get(from - 1));
    if (w.equals("including") || w.equals("incl.") || INCLUDED.contains(w) || amongTheDead(tokens, from)) {
      return true;
    }
    if (from < 2 || !SUBSET_AFTER.contains(w)) {
      return false;
    }
    String v = Lexicon.lower(tokens.get(from - 2));
    return v.equals("among") || v.equals("of") && !w.equals("the");
  }

  /** Whether a casualty word follows the figure ending at {@code at} at once: "31 wounded", "20 were hurt". */
  private boolean ownVerb(List<Token> tokens, int at) {
    int j = at;
    while (j < tokens.size() && (lexicon.at(tokens, j, "victim") != null
        || CasualtyFinder.PASSIVE.contains(Lexicon.lower(tokens.get(j))) || "ADJ".equals(tokens.get(j).tag()))) {
      j++;
    }
    return j < tokens.size() && lexicon.at(tokens, j, "casualty") != null;
  }

  /**
   * "80 dead, six women and six children among them": a list that "among them" closes is part of the figure before
   * ({@code at} is the token after the figure's victims); the list ends at a comma.
   */
  private boolean postposedSubset(List<Token> tokens, int at) {
    for (int j = at; j + 1 < Math.min(tokens.size(), at + 9); j++) {
      String w = Lexicon.lower(tokens.get(j));
      if (w.equals("among") && SUBSET_AFTER.contains(Lexicon.lower(tokens.get(j + 1)))) {
        return true;
      }
      if (!w.equals("and") && numbers.number(tokens, j) == null && lexicon.at(tokens, j, "victim") == null
          && !"ADJ".equals(tokens.get(j).tag())) {
        return false;
      }
    }
    return false;
  }

  // what a list of victims after "among them" holds besides victims: "a woman and her two children"
  private static final Set<String> LIST_WORDS = Set.of("and", ",", "a", "an", "his", "her", "their", "its", "one",
      "elderly", "young", "pregnant");

  /**
   * "killed four civilians, among them a woman and her two children": a figure inside the list that a subset marker
   * opens is part of the figure before, even when the list does not begin with a number.
   */
  private boolean subsetListed(List<Token> tokens, int from) {
    for (int j = from - 1; j >= Math.max(1, from - 8); j--) {
      String w = Lexicon.lower(tokens.get(j));
      if (subsetMarker(tokens, j + 1) && j + 1 < from) {
        return true;
      }
      boolean noun = "NOUN".equals(tokens.get(j).tag()) && lexicon.at(tokens, j, "casualty") == null;
      if (!LIST_WORDS.contains(w) && lexicon.at(tokens, j, "victim") == null && !noun
          || w.equals("and") && tokens.get(j - 1).text().equals(",")) {
        return false; // ", and eight others were injured": the aside has closed
      }
    }
    return false;
  }

  /**
   * Whether only the first figure's victims and list glue stand between two figures: "six women and a Lebanese
   * soldier", "two children, a paramedic", "two five-year-old boys, six women".
   */
  boolean listed(List<Token> tokens, int from, int to) {
    if (to - from > 6) {
      return false;
    }
    boolean glue = false;
    for (int j = from; j < to; j++) {
      String w = Lexicon.lower(tokens.get(j));
      if (w.equals("and") || w.equals(",")) {
        glue = true;
      } else if (lexicon.at(tokens, j, "victim") == null && !"ADJ".equals(tokens.get(j).tag()) && !OWNERS.contains(w)
          && !tokens.get(j).isCapitalised() && !CasualtyNumbers.AGE_WORD.matcher(w).matches()) {
        // "two five-year-old boys, six women": an age word is the victims' modifier, whatever its tag
        return false;
      }
    }
    return glue;
  }
}
