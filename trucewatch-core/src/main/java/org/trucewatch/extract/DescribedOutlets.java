package org.trucewatch.extract;

import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "The Sudan Tribune reported ... According to the Paris-based outlet, ...": a speaker written as a definite
 * description of an outlet (the article, up to two modifiers, a noun of the lexicon's {@code outlet} category) is
 * the outlet the article named a few sentences before, as a reader takes it: the latest speaker written by a name
 * of its own outside the dictionary. Unresolved is better than
 * wrong: no such speaker in reach leaves the description. Stateless.
 */
final class DescribedOutlets {

  // "the Paris-based outlet", "the state-run daily", "the newspaper": its modifiers, then its noun
  private static final Pattern DESCRIBED = Pattern.compile("(?i)^(?:the|this)\\s+((?:[\\p{L}-]+\\s+){0,2})(\\p{L}+)$");
  // a capitalised modifier is a place the outlet sits in or a body it serves ("the Abu Dhabi-based daily"), not a
  // name's word ("the Al Jazeera channel" is named)
  private static final Pattern SITED = Pattern.compile("(?i).*-(?:based|run|owned|funded|backed|affiliated)\\s*");
  // an outlet's own name: two capitalised words or more ("the Sudan Tribune"), or one joined or in capitals
  // ("Al-Mayadeen", "RIA"); not a plural said at a sentence's start ("Witnesses")
  private static final Pattern NAME = Pattern.compile(
      "(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)+"
      + "|\\p{Lu}[\\p{L}]*-\\p{Lu}[\\p{L}-]*|\\p{Lu}{2,})");

  private DescribedOutlets() {}

  /**
   * The outlet a description written {@code written} at sentence {@code here} points back to, within {@code window}
   * sentences, or null when it is no outlet's description or none is in reach.
   */
  static Frame antecedent(String written, int here, int window, ArticleContext ctx, Lexicon lexicon) {
    var m = DESCRIBED.matcher(written.strip());
    if (!m.matches() || !lexicon.phrases("outlet").contains(m.group(2).toLowerCase(Locale.ROOT))
        || !m.group(1).equals(m.group(1).toLowerCase(Locale.ROOT)) && !SITED.matcher(m.group(1)).matches()) {
      return null;
    }
    Iterator<Integer> at = ctx.recentWrittenSentence.iterator();
    for (Frame earlier : ctx.recentWritten) { // newest first
      int s = at.next();
      if (here - s > window) {
        break;
      }
      String w = earlier.speakerText().strip();
      if (NAME.matcher(w).matches()) {
        return earlier;
      }
    }
    return null;
  }
}
