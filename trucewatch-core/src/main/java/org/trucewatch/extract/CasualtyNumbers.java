package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.nlp.Token;

/**
 * Which numbers in a sentence count people, for {@link CasualtyFinder} and {@link CasualtySubsets}: digits and
 * number words (lexicon: number) with their value, "a soldier was killed" as one; not years, clock times, ordinals
 * or "several hundred", and (asked of a number before its victims are read) not a day of a month, an age or a rate.
 * Reads a sentence's tokens and tags; writes the value and the token after the number. Thread-safe.
 */
final class CasualtyNumbers {

  // compiled once: number() is asked of every token of a tagged sentence
  private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th|s)");
  // one token of an age: "five-year-old", "3-month-old", "ten-years-old"
  static final java.util.regex.Pattern AGE_WORD = java.util.regex.Pattern.compile("[a-z0-9]+-(year|month)s?-old");
  private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("\\d{1,7}");

  static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr",
      "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov",
      "nov.", "dec", "dec.");

  private static final Set<String> EVERY = Set.of("each", "every", "per");

  private static final Set<String> PERIODS = Set.of("day", "week", "month", "year", "night");

  private static final Set<String> OWNERS = Set.of("its", "their", "our", "his", "her");

  private static final Set<String> VAGUE_MANY = Set.of("several", "few", "many", "some");

  private final Lexicon lexicon;
  // (lexicon: bothvictim) plural victim nouns without the plural ending, and the plural nouns that are no victims
  private final Set<String> pluralNouns = new java.util.HashSet<>();
  private final Set<String> notVictims = new java.util.HashSet<>();
  // one-word number words and their values (lexicon: number), to read "twenty-three" and "two hundred"
  private final java.util.Map<String, Integer> words = new java.util.HashMap<>();

  CasualtyNumbers(Lexicon lexicon) {
    this.lexicon = lexicon;
    for (Lexicon.Entry e : lexicon.entries("number")) {
      if (e.words().length == 1) {
        words.put(e.words()[0], Integer.valueOf(e.value()));
      }
    }
    for (Lexicon.Entry e : lexicon.entries("bothvictim")) {
      (e.value().equals("not") ? notVictims : pluralNouns).add(String.join(" ", e.words()));
    }
  }

  /** The value of a number at token {@code i} and the token after it, or null; years and clock times are not. */
  int[] number(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String s = t.text();
    if (t.isNumber()) {
      if (s.contains(":") || ORDINAL.matcher(s).matches()) {
        return null;
      }
      String digits = s.replace(",", "");
      if (!COUNT.matcher(digits).matches()) {
        return null;
      }
      int v = Integer.parseInt(digits);
      if (v >= 1900 && v <= 2100 && !s.contains(",")) {
        return null;
      }
      return new int[] {v, i + 1};
    }
    Lexicon.Entry n = lexicon.at(tokens, i, "number");
    if (n == null) {
      int[] hyphened = hyphened(tokens, i);
      int[] another = hyphened != null ? null : bareAnother(tokens, i);
      int[] both = hyphened != null || another != null ? null : both(tokens, i);
      int[] one = hyphened != null ? hyphened : another != null ? another : both != null ? both : singular(tokens, i);
      return one != null ? one : namedAged(tokens, i);
    }
    String before = i > 0 ? Lexicon.lower(tokens.get(i - 1)) : "";
    if (VAGUE_MANY.contains(before) && (n.value().equals("100") || n.value().equals("12"))) {
      return null; // "several hundred soldiers", "a few dozen": no count
    }
    if (n.words().length == 1 && n.words()[0].equals("one") && i + 1 < tokens.size()
        && Set.of("of", "another", "side", "day").contains(Lexicon.lower(tokens.get(i + 1)))
        && !oneOfOwn(tokens, i + 1)) {
      return null;
    }
    return scaled(tokens, Integer.parseInt(n.value()), i + n.words().length);
  }

  /**
   * "Both soldiers were killed", "both civilians were badly hurt": two, when a plural victim noun follows "both"
   * (a word of kind in between); the victims and their verb are read by the finder as after any number.
   */
  private int[] both(List<Token> tokens, int i) {
    if (!Lexicon.lower(tokens.get(i)).equals("both") || i + 1 >= tokens.size()
        || i > 0 && !tokens.get(i - 1).isWord()) {
      return null; // "two minors, both girls": after a comma it tells who the victims counted before were
    }
    int k = i + 1;
    if ("ADJ".equals(tokens.get(k).tag()) && k + 1 < tokens.size()) {
      k++; // "both Ukrainian soldiers"
    }
    Lexicon.Entry v = lexicon.at(tokens, k, "victim");
    String noun = Lexicon.lower(tokens.get(k));
    // "both sides", "both men and women": only a plural victim noun (the plural ending, or lexicon: bothvictim) that
    // no "and" joins to another
    boolean plural = v != null && v.words().length == 1 && (noun.endsWith("s") || noun.endsWith("men")
        || pluralNouns.contains(noun));
    boolean joined = k + 1 < tokens.size() && Lexicon.lower(tokens.get(k + 1)).equals("and");
    return plural && !joined && !notVictims.contains(noun) ? new int[] {2, i + 1} : null;
  }

  /**
   * "62-year-old Ghulam Nabi died", "Ghulam Nabi, 62, was killed": one, when a name given with its age is the subject
   * of a death or wound verb (the age says a person, the name one person); {@code i} is the name's first word. The
   * figure ends at the verb, which the finder reads as after any number.
   */
  private int[] namedAged(List<Token> tokens, int i) {
    if (!nameWord(tokens.get(i)) || i > 0 && nameWord(tokens.get(i - 1))) {
      return null;
    }
    int j = i;
    while (j < tokens.size() && j < i + 4 && nameWord(tokens.get(j))) {
      j++;
    }
    if (j == i + 4 || j >= tokens.size()) {
      return null; // a name too long to be one person's
    }
    boolean agedBefore = i > 0 && (AGE_WORD.matcher(Lexicon.lower(tokens.get(i - 1))).matches()
        || i > 2 && tokens.get(i - 3).isNumber() && age(tokens, i - 2));
    int verb = j;
    if (!agedBefore) {
      // "Ghulam Nabi, 62, died": the age between commas right after the name
      if (j + 3 >= tokens.size() || !tokens.get(j).text().equals(",") || !tokens.get(j + 1).isNumber()
          || !tokens.get(j + 2).text().equals(",")) {
        return null;
      }
      int[] n = number(tokens, j + 1);
      if (n == null || n[0] < 1 || n[0] > 110) {
        return null;
      }
      verb = j + 3;
    }
    return hitVerb(tokens, verb) ? new int[] {1, verb} : null;
  }

  /** "died", "was [seriously] killed/wounded" at {@code k}: a death or wound verb of one subject. */
  private boolean hitVerb(List<Token> tokens, int k) {
    int c = k;
    if (c < tokens.size() && Lexicon.lower(tokens.get(c)).equals("was")) {
      c = c + 1 < tokens.size() && "ADV".equals(tokens.get(c + 1).tag()) ? c + 2 : c + 1;
    } else if (c >= tokens.size() || !Lexicon.lower(tokens.get(c)).equals("died")) {
      return false; // only "died" stands without "was": "Ghulam Nabi killed" is the killer
    }
    Lexicon.Entry e = c < tokens.size() ? lexicon.at(tokens, c, "casualty") : null;
    return e != null && !Lexicon.lower(tokens.get(c)).equals("dead")
        && (e.value().equals("killed") || e.value().equals("wounded"));
  }

  /** A capitalised word of a person's name: a proper noun (or an untagged or foreign capitalised word). */
  private static boolean nameWord(Token t) {
    String tag = t.tag();
    return t.isWord() && t.isCapitalised() && (tag == null || tag.equals("PROPN") || tag.equals("X"));
  }

  /** "twenty-three", "Forty-one": a tens word and a unit word joined by a hyphen, as one token; or null. */
  private int[] hyphened(List<Token> tokens, int i) {
    String w = Lexicon.lower(tokens.get(i));
    int dash = w.indexOf('-');
    if (dash <= 0) {
      return null;
    }
    Integer tens = words.get(w.substring(0, dash));
    Integer unit = words.get(w.substring(dash + 1));
    if (tens == null || unit == null || tens < 20 || tens > 90 || tens % 10 != 0 || unit < 1 || unit > 9) {
      return null;
    }
    return scaled(tokens, tens + unit, i + 1);
  }

  /** "two hundred", "three thousand", "twenty-five thousand": a number word times the scale words after it. */
  private int[] scaled(List<Token> tokens, int value, int after) {
    int v = value;
    int at = after;
    while (at < tokens.size() && v < 1000) {
      Integer scale = words.get(Lexicon.lower(tokens.get(at)));
      if (scale == null || scale != 100 && scale != 1000 || scale <= v) {
        break; // "hundred" after "two" scales it; "hundred" alone (v 100) stays as read
      }
      v *= scale;
      at++;
    }
    return new int[] {v, at};
  }

  // "An Armenian soldier was killed", "a civilian was wounded": one, when a singular victim and its verb follow.
  private int[] singular(List<Token> tokens, int i) {
    String w = Lexicon.lower(tokens.get(i));
    if (!w.equals("a") && !w.equals("an") && !w.equals("another")) {
      return null; // "another soldier was wounded" is one more, as "a soldier" is one
    }
    String before = i > 0 ? Lexicon.lower(tokens.get(i - 1)) : "";
    if (before.equals("not") || before.equals("without") || before.equals("one")) {
      return null; // "not a single civilian death", "without a soldier hurt": nobody; "one another" is no victim
    }
    int first = i + 1;
    for (int k = i + 1; k < Math.min(tokens.size(), i + 6); k++) {
      if (k + 2 < tokens.size() && tokens.get(k).isNumber() && age(tokens, k + 1)) {
        k += Lexicon.lower(tokens.get(k + 1)).equals("-") ? 2 : 1; // "a 60-year-old woman": the age is a modifier
        first = k + 1;
        continue;
      }
      Lexicon.Entry v = lexicon.at(tokens, k, "victim");
      String noun = Lexicon.lower(tokens.get(k));
      if (v == null && wasHit(tokens, k)) {
        // "an Army havaldar was killed", "a police constable was wounded": one; the figure ends at "was"
        return new int[] {1, wasAfterNoun(tokens, k)};
      }
      // "a man was killed" as "a soldier was": only the plural and vague "people", "persons" are no single one
      if (v != null && !noun.endsWith("s") && !noun.equals("person")) {
        int aged = ageAfter(tokens, k + v.words().length);
        int after = aged > 0 ? aged : k + v.words().length; // "a man in his 40s died": the age stands before the verb
        int named = nameAside(tokens, after);
        after = named > 0 ? named : after; // "a soldier, Ruslan Kovalenko, was killed": his name stands between
        boolean ofSome = after < tokens.size() && Lexicon.lower(tokens.get(after)).equals("of");
        if (objectOfVerb(tokens, i) && !ofSome) { // "killing a family of five" counts five, not one
          return new int[] {1, first}; // "killing a shepherd who was grazing his flock": the verb's one victim
        }
        for (int j = after; j < Math.min(tokens.size(), after + 3); j++) {
          Lexicon.Entry c = lexicon.at(tokens, j, "casualty");
          if (c != null && !c.value().equals("toll") && !c.value().equals("casualties")) {
            if (j == after && j + 1 < tokens.size() && number(tokens, j + 1) != null) {
              return null; // "a sniper killed two soldiers": the one who killed, not one killed
            }
            return new int[] {1, first};
          }
        }
        // "a woman and a child were killed", "a soldier and two children died": one on a list under one verb
        return listedBeforeVerb(tokens, after, false) ? new int[] {1, first} : null;
      }
      String tag = tokens.get(k).tag(); // untagged text is read as tagged nouns
      if (v == null && (tag == null || tag.equals("NOUN")) && !noun.endsWith("s")
          && listedBeforeVerb(tokens, k + 1, true)) {
        return new int[] {1, k + 1}; // "a captain and three soldiers were killed": a rank listed with victims
      }
      boolean compound = "NOUN".equals(tokens.get(k).tag()) && k + 1 < tokens.size()
          && "NOUN".equals(tokens.get(k + 1).tag()); // "a police constable": a noun before the noun
      if (tokens.get(k).tag() != null && !tokens.get(k).tag().equals("ADJ") && !tokens.get(k).tag().equals("PROPN")
          && !compound) {
        return null;
      }
    }
    return null;
  }

  /**
   * "killing one soldier and wounding another", "a woman was killed and another (was) hurt": a bare "another" as the
   * object of a casualty verb, or the subject of one right after it, is one victim more; or null.
   */
  private int[] bareAnother(List<Token> tokens, int i) {
    if (!Lexicon.lower(tokens.get(i)).equals("another") || i > 0 && Lexicon.lower(tokens.get(i - 1)).equals("one")) {
      return null;
    }
    int j = i + 1;
    // "wounding another 14" is fourteen, read at the number
    boolean last = j >= tokens.size() || !tokens.get(j).isWord() && !tokens.get(j).isNumber()
        || Lexicon.lower(tokens.get(j)).equals("and")
        // "wounded another near the post", "injuring another when": a preposition or clause after it ends the object
        || "ADP".equals(tokens.get(j).tag()) || "SCONJ".equals(tokens.get(j).tag())
        || Lexicon.lower(tokens.get(j)).equals("near"); // the tagger reads this preposition as an adjective
    if (last) {
      return objectOfVerb(tokens, i) ? new int[] {1, j} : null;
    }
    if (CasualtyFinder.PASSIVE.contains(Lexicon.lower(tokens.get(j)))) {
      j++;
    }
    if (j < tokens.size() && ("ADV".equals(tokens.get(j).tag()) || Lexicon.lower(tokens.get(j)).endsWith("ly"))) {
      j++; // "another critically injured"
    }
    Lexicon.Entry c = j < tokens.size() ? lexicon.at(tokens, j, "casualty") : null;
    return c != null && (c.value().equals("killed") || c.value().equals("wounded")) ? new int[] {1, i + 1} : null;
  }

  /** "in his 40s", "in her early 30s" at {@code at}, a rough age after a victim: the index after it, or -1. */
  static int ageAfter(List<Token> tokens, int at) {
    if (at + 2 >= tokens.size() || !Lexicon.lower(tokens.get(at)).equals("in")
        || !OWNERS.contains(Lexicon.lower(tokens.get(at + 1)))) {
      return -1;
    }
    int n = at + 2;
    if (ROUGH_AGE.contains(Lexicon.lower(tokens.get(n))) && n + 1 < tokens.size()) {
      n++;
    }
    String decade = Lexicon.lower(tokens.get(n));
    return DECADE.matcher(decade).matches() || DECADE_WORDS.contains(decade) ? n + 1 : -1;
  }

  private static final Set<String> ROUGH_AGE = Set.of("early", "mid", "late", "mid-");
  // "two women in their thirties were hurt": a decade in words is as rough an age as "in their 30s"
  private static final Set<String> DECADE_WORDS = Set.of("teens", "twenties", "thirties", "forties", "fifties",
      "sixties", "seventies", "eighties", "nineties");
  private static final java.util.regex.Pattern DECADE = java.util.regex.Pattern.compile("'?\\d0s");

  /** "killing a man", "wounded a soldier": whether a casualty verb in -ing or -ed stands right before {@code a}. */
  private boolean objectOfVerb(List<Token> tokens, int a) {
    if (a == 0) {
      return false;
    }
    String w = Lexicon.lower(tokens.get(a - 1));
    if (w.equals("dead") && a >= 2 && CasualtyFinder.KILLED_DEAD.contains(Lexicon.lower(tokens.get(a - 2)))) {
      return true; // "shot dead a soldier"
    }
    Lexicon.Entry c = lexicon.at(tokens, a - 1, "casualty");
    return c != null && c.words().length == 1 && (w.endsWith("ing") || w.endsWith("ed"))
        && (c.value().equals("killed") || c.value().equals("wounded"));
  }

  /**
   * "a woman and a child were killed", "a man and his two sons died": whether the victim ending at {@code after}
   * is coordinated with a figure that a casualty word follows ({@code victimsAfter}: whose victim noun follows it).
   */
  private boolean listedBeforeVerb(List<Token> tokens, int after, boolean victimsAfter) {
    int at = after + 1;
    if (after >= tokens.size() || !Lexicon.lower(tokens.get(after)).equals("and") || at >= tokens.size()) {
      return false;
    }
    if (OWNERS.contains(Lexicon.lower(tokens.get(at)))) {
      at++; // "and her three children"
    }
    int[] next = at < tokens.size() ? number(tokens, at) : null;
    if (next == null) {
      return false;
    }
    if (victimsAfter && (next[0] < 2 || next[1] >= tokens.size() || lexicon.at(tokens, next[1], "victim") == null)) {
      // "a car bomb and two rockets killed", "hit a house and a woman was hurt": a noun of no victim kind needs
      // victims counted after it, as one subject of a plural verb
      return false;
    }
    for (int j = next[1]; j < Math.min(tokens.size(), next[1] + 6); j++) {
      Lexicon.Entry c = lexicon.at(tokens, j, "casualty");
      if (c != null) {
        return !c.value().equals("toll") && !c.value().equals("casualties");
      }
      if (isBreak(tokens.get(j)) || tokens.get(j).text().equals(",")) {
        return false;
      }
    }
    return false;
  }

  /** A singular noun {@code k} of no victim kind right before "was [adverb] killed/wounded". */
  private boolean wasHit(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    int was = wasAfterNoun(tokens, k);
    if (!"NOUN".equals(t.tag()) || Lexicon.lower(t).endsWith("s") || was < 0 || was + 1 >= tokens.size()) {
      return false;
    }
    int c = "ADV".equals(tokens.get(was + 1).tag()) && was + 2 < tokens.size() ? was + 2 : was + 1;
    Lexicon.Entry e = lexicon.at(tokens, c, "casualty");
    // "a deal was dead" is no victim
    return e != null && !Lexicon.lower(tokens.get(c)).equals("dead")
        && (e.value().equals("killed") || e.value().equals("wounded"));
  }

  /**
   * The "was" after the singular noun {@code k}: right after it, after a name between commas ("a sergeant, Emin
   * Guliyev, was killed") or after a short "of" phrase that says whose ("a member of the border guard was killed"); -1
   * when none.
   */
  private int wasAfterNoun(List<Token> tokens, int k) {
    int at = k + 1;
    int named = nameAside(tokens, at);
    if (named > 0) {
      at = named;
    } else if (at < tokens.size() && Lexicon.lower(tokens.get(at)).equals("of")) {
      int j = at + 1;
      // only the words of a noun phrase, within five: "of the local police", "of the 53rd brigade"
      while (j < Math.min(tokens.size(), at + 6) && !Lexicon.lower(tokens.get(j)).equals("was")
          && tokens.get(j).isWord() && (tokens.get(j).tag() == null || OF_PHRASE_TAGS.contains(tokens.get(j).tag()))
          && lexicon.at(tokens, j, "casualty") == null) {
        j++;
      }
      at = j > at + 1 ? j : at;
    }
    return at < tokens.size() && Lexicon.lower(tokens.get(at)).equals("was") ? at : -1;
  }

  private static final Set<String> OF_PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");

  /**
   * The token after a person's name told between commas from {@code comma} on (", Oleh Marchenko,", ", Anna
   * Shevchuk, 34,"): capitalised words, an age after them; -1 when the comma opens no such name.
   */
  static int nameAside(List<Token> tokens, int comma) {
    if (comma >= tokens.size() || !tokens.get(comma).text().equals(",")) {
      return -1;
    }
    int j = comma + 1;
    int names = 0;
    while (j < tokens.size() && j < comma + 6 && tokens.get(j).isWord() && tokens.get(j).isCapitalised()) {
      j++;
      names++;
    }
    if (names == 0 || j >= tokens.size() || !tokens.get(j).text().equals(",")) {
      return -1;
    }
    if (j + 2 < tokens.size() && tokens.get(j + 1).isNumber() && tokens.get(j + 2).text().equals(",")) {
      j += 2; // ", 34,": the age after the name
    }
    return j + 1;
  }

  /** "one of its soldiers", "one of our fighters": one victim of a side's own, not a part of a figure before. */
  private boolean oneOfOwn(List<Token> tokens, int of) {
    return Lexicon.lower(tokens.get(of)).equals("of") && of + 2 < tokens.size()
        && OWNERS.contains(Lexicon.lower(tokens.get(of + 1))) && lexicon.at(tokens, of + 2, "victim") != null;
  }

  /** A month's name after a number makes it a day ("may" is left: "five may have died"). */
  static boolean dayOfMonth(Token next) {
    String w = Lexicon.lower(next);
    return MONTHS.contains(w) && !w.equals("may") && next.isCapitalised();
  }

  /** "aged 10", "aged between 10 and 16", "ages 8 to 15": ages named before the number. */
  static boolean agedBefore(List<Token> tokens, int from) {
    for (int k = from - 1; k >= Math.max(0, from - 4); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("aged") || w.equals("ages") || w.equals("age")) {
        return true;
      }
      // "under the age of 15" too
      if (!(w.equals("between") || w.equals("and") || w.equals("to") || w.equals("from") || w.equals("-")
          || w.equals("–") || w.equals("of") || w.equals("the") || tokens.get(k).isNumber())) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Guliyeva, 65, was wounded", "Yousef Daoud (52) was shot dead": a number set off by commas or brackets
   * right after a name is the named person's age, not a count.
   */
  static boolean appositiveAge(List<Token> tokens, int from, int end, int value) {
    if (value > 120 || from < 2 || end >= tokens.size()) {
      return false;
    }
    String open = tokens.get(from - 1).text();
    String close = tokens.get(end).text();
    boolean set = open.equals(",") && close.equals(",") || open.equals("(") && close.equals(")");
    Token name = tokens.get(from - 2);
    return set && name.isCapitalised() && !name.isNumber();
  }

  /** "42-year-old", "42 years old", "9-year" after a number: an age, not a count. */
  static boolean age(List<Token> tokens, int after) {
    String w = Lexicon.lower(tokens.get(after));
    if ((w.equals("-") || w.equals("–")) && after + 1 < tokens.size()) {
      w = "-" + Lexicon.lower(tokens.get(after + 1));
    }
    if (w.startsWith("-year") || w.startsWith("year-old") || w.startsWith("-month")) {
      return true;
    }
    return (w.equals("year") || w.equals("years")) && after + 1 < tokens.size()
        && Lexicon.lower(tokens.get(after + 1)).startsWith("old");
  }

  /** "ten soldiers were dying each month": a rate, not a toll ({@code at} is the token after the number). */
  static boolean rate(List<Token> tokens, int at) {
    for (int j = at; j + 1 < Math.min(tokens.size(), at + 10); j++) {
      if (isBreak(tokens.get(j))) {
        return false;
      }
      if (EVERY.contains(Lexicon.lower(tokens.get(j))) && PERIODS.contains(Lexicon.lower(tokens.get(j + 1)))) {
        return true;
      }
    }
    return false;
  }

  static boolean isBreak(Token t) {
    return t.text().equals(";") || t.text().equals(".") || t.text().equals(":");
  }
}
