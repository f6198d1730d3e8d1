package org.trucewatch.resolve.actor;

import java.util.Locale;
import java.util.Set;
import org.trucewatch.nlp.Token;

/**
 * The closed word classes the recogniser reasons about, and token tests that use part-of-speech tags where a tagger
 * has run and fall back on word lists where not. Stateless.
 */
final class Words {

  /** Prepositions after which a name is most likely a place ("in Azerbaijan"). */
  static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "within", "throughout",
      "across", "around", "into", "toward", "towards", "via", "through", "beyond", "along");

  /** Words that modify an agent's rank and make it another office ("Deputy Foreign Minister"). */
  static final Set<String> RANKS = Set.of("deputy", "vice", "former", "acting", "outgoing", "interim", "ex");

  /** Adjectives that may stand between "of the" and an owner ("of the unrecognised Republic of Artsakh"). */
  static final Set<String> OWNER_ADJECTIVES = Set.of("unrecognised", "unrecognized", "self-proclaimed",
      "self-declared", "breakaway", "so-called", "de", "facto", "disputed", "neighbouring", "neighboring");

  /** Adjectives that may stand between an owner and its agent ("Karabakh's de facto foreign minister"). */
  static final Set<String> AGENT_ADJECTIVES = Set.of("de", "facto", "self-styled", "self-proclaimed", "top",
      "senior", "local", "regional", "new", "current", "then");

  /** Capitalised words that do not begin a personal name after a title. */
  /** A surname behind an Arabic article written lower case: al-Eryani, el-Sisi, ash-Sharaa, ad-Dawla. */
  private static final java.util.regex.Pattern ARTICLE_SURNAME =
      java.util.regex.Pattern.compile("(?:al|el|ad|ash|as|at|az|an|ar|ud)-\\p{Lu}[\\p{L}'-]+");

  static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "on", "in", "at", "the", "a", "an", "and", "but", "said", "says", "told", "also",
      "who", "which", "that", "this", "mr", "mrs", "ms", "dr", "today", "yesterday", "tomorrow", "i", "we", "it");

  private static final Set<String> FUNCTION = Set.of("the", "a", "an", "of", "for", "and", "or", "but", "nor", "to",
      "in", "on", "at", "by", "with", "from", "as", "that", "which", "who", "whom", "whose", "than", "if", "while",
      "when", "after", "before", "since", "until", "because", "also", "not", "no", "had", "has", "have", "was",
      "were", "is", "are", "be", "been", "being", "would", "will", "could", "can", "may", "might", "must", "should",
      "shall", "did", "does", "do", "said", "says", "say", "told", "claimed", "claims", "reported", "reports",
      "denied", "denies", "accused", "accuses", "alleged", "alleges", "added", "noted", "stated", "announced",
      "warned", "urged", "rejected", "confirmed", "insisted", "themselves", "itself", "each", "both", "other",
      "there", "here", "then", "now", "later", "earlier", "again", "still", "already", "reportedly", "allegedly");

  private static final Set<String> VERB_LIKE = Set.of("said", "says", "say", "told", "tells", "claimed", "claims",
      "reported", "reports", "denied", "denies", "accused", "accuses", "alleged", "alleges", "added", "noted",
      "stated", "announced", "announces", "warned", "urged", "urges", "rejected", "rejects", "confirmed",
      "confirms", "insisted", "fired", "shelled", "attacked", "hit", "launched", "struck", "killed", "had", "has",
      "have", "was", "were", "is", "are", "would", "will", "could", "can", "did", "does", "agreed", "continued");

  private Words() {}

  static String lower(Token t) {
    return t.lower(); // asked many times per token: made once, with the token
  }

  static boolean isPossessive(Token t) {
    String x = t.text();
    return x.equals("'s") || x.equals("’s") || x.equals("'S") || x.equals("’S");
  }

  /** A bare apostrophe, the possessive of a plural ("Armenians' representative"). */
  static boolean isPluralPossessive(Token t) {
    return t.text().equals("'") || t.text().equals("’");
  }

  /** A verb or auxiliary: by its tag where tagged, else by a list of the verbs that follow speakers. */
  static boolean isVerb(Token t) {
    if (t.tag() != null) {
      return t.tag().equals("VERB") || t.tag().equals("AUX");
    }
    String w = lower(t);
    return VERB_LIKE.contains(w) || (w.length() > 4 && w.endsWith("ed"));
  }

  /**
   * Whether {@code t} continues a noun compound, so the agent before it is a modifier ("Armenian military sites"):
   * a common noun by its tag, or, untagged, a lower-case content word that is neither a function word nor verb-like.
   */
  static boolean continuesNoun(Token t) {
    if (t.tag() != null) {
      return t.tag().equals("NOUN");
    }
    String w = t.text();
    if (!t.isWord() || t.isCapitalised()) {
      return false;
    }
    String l = w.toLowerCase(Locale.ROOT);
    return !FUNCTION.contains(l) && !VERB_LIKE.contains(l) && !l.endsWith("ed") && !l.endsWith("ing")
        && !l.endsWith("ly");
  }

  /** A word that can be part of a personal name after a title. */
  static boolean nameWord(Token t) {
    if (ARTICLE_SURNAME.matcher(t.text()).matches()) {
      return true; // "al-Eryani", "el-Sisi": the tagger reads such a surname as anything, punctuation included
    }
    if (!t.isWord() || !t.isCapitalised() || NOT_NAMES.contains(lower(t))) {
      return false;
    }
    String x = t.text();
    if (x.length() > 1 && x.equals(x.toUpperCase(Locale.ROOT))) {
      return false; // an acronym, not a name
    }
    if (t.tag() == null) {
      return true;
    }
    return switch (t.tag()) {
      case "PROPN", "NOUN", "ADJ", "X" -> true;
      default -> false;
    };
  }

  static boolean is(Token t, String... words) {
    String l = lower(t);
    for (String w : words) {
      if (l.equals(w)) {
        return true;
      }
    }
    return false;
  }
}
