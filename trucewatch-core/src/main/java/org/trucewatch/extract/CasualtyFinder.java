package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.nlp.Token;

/**
 * Finds casualty figures in a sentence: "at least nine people dead and 33 others wounded", "376 of its military
 * personnel and 22 civilians had been killed", "the death toll neared 5,000", "claimed over 400 lives", "65 civilians
 * were killed and about 300 were wounded". Stateless and thread-safe.
 *
 * <p>A number is a casualty figure when a casualty word ("killed", "dead", "wounded", "toll", "lives") governs it: a
 * victim noun follows the number and a casualty word follows that, or the casualty word comes first ("killing 12",
 * "toll rose to 40"). Years, clock times, money, percentages and measures are never figures. A wounded figure without
 * its own victims ("and 33 others wounded") joins the killed figure before it; "including 67 civilians" is a subset of
 * the figure before it, not a figure of its own; two killed figures for different victims are two figures.
 */
final class CasualtyFinder {

  // compiled once: number() is asked of every token of a tagged sentence
  private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th|s)");
  private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("\\d{1,7}");

  /** One figure, over tokens {@code [from, to)}. */
  record Figure(int from, int to, Casualties casualties) {}

  private static final Set<String> NOT_VICTIM_UNITS = Set.of("hour", "hours", "day", "days", "week", "weeks",
      "month", "months", "year", "years", "minute", "minutes", "km", "kilometres", "kilometers", "miles", "percent",
      "%", "million", "billion", "times", "decades", "am", "pm", "a.m.", "p.m.", "gmt");

  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr",
      "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov",
      "nov.", "dec", "dec.");

  private static final Set<String> BRIDGE = Set.of("and", ",", "had", "have", "has", "been", "were", "was", "are",
      "is", "be", "being", "reportedly", "also", "all", "so", "far", "including", "of", "its", "their", "his", "her",
      "our", "military", "others", "other", "more", "as", "well", "them", "whom",
      // "ten people there were hurt", "seven members of one family were killed"
      "there", "members",
      // "were seriously injured", "was fatally wounded": how gravely stands between the figure and its verb
      "seriously", "critically", "badly", "severely", "gravely", "slightly", "lightly", "fatally", "mortally");

  private final Lexicon lexicon;
  private final CasualtySubsets subsets;

  CasualtyFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.subsets = new CasualtySubsets(lexicon, this);
  }

  List<Figure> find(List<Token> tokens) {
    if (notWar(tokens)) {
      return List.of();
    }
    List<Raw> raws = new ArrayList<>();
    Raw main = null; // the last figure that is no subset: one of another kind, with its own verb, ends its list
    for (int i = 0; i < tokens.size(); i++) {
      int[] num = number(tokens, i);
      if (num == null) {
        continue;
      }
      int end = num[1];
      Raw r = figureAt(tokens, i, end, num[0]);
      if (r != null) {
        Raw before = raws.isEmpty() ? null : raws.get(raws.size() - 1);
        // "11 dead, among them three children, and 31 wounded": a figure of another kind ends the subset's list
        if (!r.subset() && before != null && before.subset() && subsets.goesOn(tokens, before.to(), r.from(),
            r.to(), main != null && !main.kind().equals(r.kind()))) {
          // "among them six women and a Lebanese soldier": the list goes on inside the subset
          r = new Raw(r.from(), r.to(), r.value(), r.kind(), r.victims(), r.qualifier(), true, r.ownVictims(),
              r.verb());
        }
        if (before != null && summed(tokens, before, r)) {
          // "14 women and one man died": victims listed under one verb are one toll
          raws.set(raws.size() - 1, new Raw(before.from(), r.to(), before.value() + r.value(), r.kind(),
              before.victims().equals(r.victims()) ? r.victims() : "people", before.qualifier(), false, true,
              r.verb()));
          main = raws.get(raws.size() - 1);
          i = end - 1;
          continue;
        }
        raws.add(r);
        main = r.subset() ? main : r;
      }
      i = end - 1;
    }
    return combine(tokens, raws);
  }

  /** A sentence about an accident or a disaster with no word of attack in it. */
  private boolean notWar(List<Token> tokens) {
    boolean disaster = false;
    for (Lexicon.Match m : lexicon.find(tokens, "mishap")) {
      disaster |= !m.value().equals("collapse"); // "300 died after the truce collapsed" are war dead
    }
    return disaster && !lexicon.any(tokens, "attack");
  }

  /** A figure before combining; {@code verb} is the casualty word that gave its kind, or -1. */
  private record Raw(int from, int to, int value, String kind, String victims, String qualifier, boolean subset,
      boolean ownVictims, int verb) {}

  // victims that one toll may list together; soldiers and civilians, or two sides' soldiers, are counted apart
  private static final Set<String> SUMMED_VICTIMS = Set.of("civilians", "people");

  /**
   * Whether figure {@code r} goes on the list of figure {@code a} under the same casualty word, both counting
   * civilians or people: "11 women and two men died", "killed six children and four women", "a woman and a child".
   * The word stands after the list or right before it: one further back ("killed 30 people on Monday, eight women
   * and ten children") has its own figure, and the list after it tells who they were.
   */
  private boolean summed(List<Token> tokens, Raw a, Raw r) {
    return !a.subset() && !r.subset() && a.verb() >= 0 && a.verb() == r.verb() && a.kind().equals(r.kind())
        && a.ownVictims() && r.ownVictims() && SUMMED_VICTIMS.contains(a.victims())
        && SUMMED_VICTIMS.contains(r.victims()) && subsets.listed(tokens, a.to(), r.from())
        && (a.verb() >= r.to() || a.verb() < a.from() && a.from() - a.verb() <= 4);
  }

  private Raw figureAt(List<Token> tokens, int from, int end, int value) {
    if (end < tokens.size() && NOT_VICTIM_UNITS.contains(Lexicon.lower(tokens.get(end)))) {
      return null;
    }
    if (end < tokens.size() && dayOfMonth(tokens.get(end))) {
      return null; // "on 5 September, a man was injured": a day, not a count
    }
    String prev = from > 0 ? tokens.get(from - 1).text() : "";
    if (end < tokens.size() && age(tokens, end) || prev.equalsIgnoreCase("no") || agedBefore(tokens, from)
        || appositiveAge(tokens, from, end, value)) {
      return null; // "a 42-year-old woman" is an age; "no one was hurt" is nobody
    }
    if (prev.equals("$") || prev.equals("€") || prev.equals("£") || prev.equalsIgnoreCase("No.")
        || MONTHS.contains(prev.toLowerCase(java.util.Locale.ROOT))) {
      return null; // money, numbering, and the day of "since April 15"
    }
    if (from >= 1 && DEFINITE.contains(Lexicon.lower(tokens.get(from - 1)))
        && (from < 2 || lexicon.at(tokens, from - 2, "casualty") == null)) {
      return null; // "the two deaths bring the toll to 70": victims told before, not a new figure
    }
    if (ofAFigure(tokens, from)) {
      return null; // "seven members of one family": the number of the family, not of the dead
    }
    String victims = null;
    int k = end;
    int scan = Math.min(tokens.size(), end + 6);
    for (; k < scan; k++) {
      Lexicon.Entry v = lexicon.at(tokens, k, "victim");
      if (v != null) {
        victims = v.value();
        k += v.words().length;
        break;
      }
      // "63 wounded when militants stormed": the casualty word closes the figure; the victims after it are others
      if (isBreak(tokens.get(k)) || number(tokens, k) != null || lexicon.at(tokens, k, "casualty") != null) {
        break;
      }
    }
    String kind = "people".equals(victims) && Lexicon.lower(tokens.get(k - 1)).equals("lives") ? "killed" : null;
    int verb = -1;
    if (kind == null) {
      verb = verbBefore(tokens, from); // "killing two civilians and wounding five": each verb its own figure
      kind = verb < 0 ? null : lexicon.at(tokens, verb, "casualty").value();
    }
    for (int j = victims != null ? k : end; kind == null && j < Math.min(tokens.size(), end + 16); j++) {
      Lexicon.Entry c = lexicon.at(tokens, j, "casualty");
      if (c != null && !c.value().equals("toll")) {
        kind = eitherOr(tokens, j + c.words().length, c.value()) ? "casualties" : c.value();
        verb = j;
        break;
      }
      // Between a figure and its verb only auxiliaries and coordinated figures may stand:
      // "376 of its military personnel and 22 civilians had been killed".
      // "Two civilians, one of them a teenager, were killed": an aside between commas stands between them too.
      int aside = tokens.get(j).text().equals(",") ? closingComma(tokens, j) : -1;
      if (aside > 0) {
        j = aside;
        continue;
      }
      if (!BRIDGE.contains(Lexicon.lower(tokens.get(j))) && number(tokens, j) == null
          && lexicon.at(tokens, j, "victim") == null && !tokens.get(j).isCapitalised()) {
        break;
      }
    }
    if (kind == null) {
      // "killing 12", "toll ... neared 5,000", "as well as 37 civilians" after "killed"
      for (int j = from - 1; j >= Math.max(0, from - 12); j--) {
        Lexicon.Entry c = lexicon.at(tokens, j, "casualty");
        if (c != null) {
          kind = c.value().equals("toll") || c.value().equals("casualties") ? "killed" : c.value();
          if (c.value().equals("casualties")) {
            kind = "casualties";
          }
          verb = j;
          break;
        }
        if (tokens.get(j).text().equals(";") || j < from - 4 && victims == null || passiveBefore(tokens, j)) {
          break;
        }
      }
      if (kind == null || victims == null && !adjacentToll(tokens, from)) {
        return null;
      }
      // "in three separate incidents": a describing word may stand before the counted noun
      int noun = end < tokens.size() - 1 && !"NOUN".equals(tokens.get(end).tag())
          && !BRIDGE.contains(Lexicon.lower(tokens.get(end))) ? end + 1 : end;
      if (victims == null && noun < tokens.size() && "NOUN".equals(tokens.get(noun).tag())
          && lexicon.at(tokens, noun, "casualty") == null) {
        return null; // "16 killed in two incidents": a count of other things after the toll
      }
    }
    if (kind.equals("casualties")) {
      return null; // "casualties" mixes killed and wounded: no single figure to record
    }
    if (rate(tokens, end)) {
      return null;
    }
    boolean subset = subsets.subset(tokens, from, end, victims != null ? k : end);
    return new Raw(from, end, value, kind, victims, qualifier(tokens, from), subset, victims != null, verb);
  }

  /**
   * "15 people were killed or wounded", "100 killed and injured": the dead and the wounded counted as one figure,
   * which is neither ({@code at} is the word after the first casualty word).
   */
  private boolean eitherOr(List<Token> tokens, int at, String kind) {
    if (at + 1 >= tokens.size() || !Set.of("or", "and", "/").contains(Lexicon.lower(tokens.get(at)))) {
      return false;
    }
    for (int j = at + 1; j < Math.min(tokens.size(), at + 3); j++) {
      if (GONE.contains(Lexicon.lower(tokens.get(j)))) {
        return true; // "killed or went missing": the dead and the missing in one count
      }
    }
    Lexicon.Entry other = lexicon.at(tokens, at + 1, "casualty");
    return other != null && !other.value().equals(kind) && !other.value().equals("toll");
  }

  // "killed or went missing", "wounded or captured": words of the other half of a joint count
  private static final Set<String> GONE = Set.of("missing", "captured", "disappeared");

  // "the two deaths", "these four dead": victims the story has counted already
  private static final Set<String> DEFINITE = Set.of("the", "these", "those");

  private static final Set<String> EVERY = Set.of("each", "every", "per");

  private static final Set<String> PERIODS = Set.of("day", "week", "month", "year", "night");

  /** "ten soldiers were dying each month": a rate, not a toll ({@code at} is the token after the number). */
  private static boolean rate(List<Token> tokens, int at) {
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

  /** A number right after "of" whose phrase follows another number: "seven members of one family". */
  private boolean ofAFigure(List<Token> tokens, int from) {
    if (from < 2 || !Lexicon.lower(tokens.get(from - 1)).equals("of")) {
      return false;
    }
    for (int j = from - 2; j >= Math.max(0, from - 4); j--) {
      if (number(tokens, j) != null) {
        return true;
      }
    }
    return false;
  }

  /** A month's name after a number makes it a day ("may" is left: "five may have died"). */
  private static boolean dayOfMonth(Token next) {
    String w = Lexicon.lower(next);
    return MONTHS.contains(w) && !w.equals("may") && next.isCapitalised();
  }

  /** The comma closing a short aside opened by the comma at {@code open} (at most six words, no verb), or -1. */
  private int closingComma(List<Token> tokens, int open) {
    for (int j = open + 1; j < Math.min(tokens.size(), open + 8); j++) {
      Token t = tokens.get(j);
      if (t.text().equals(",")) {
        return j > open + 1 ? j : -1;
      }
      if (isBreak(t) || "VERB".equals(t.tag()) || lexicon.at(tokens, j, "casualty") != null) {
        return -1;
      }
    }
    return -1;
  }

  /** "aged 10", "aged between 10 and 16", "ages 8 to 15": ages named before the number. */
  private static boolean agedBefore(List<Token> tokens, int from) {
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
  private static boolean appositiveAge(List<Token> tokens, int from, int end, int value) {
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
  private static boolean age(List<Token> tokens, int after) {
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

  private static final Set<String> BEFORE_FIGURE = Set.of("at", "least", "nearly", "almost", "some", "about",
      "around", "more", "than", "over", "up", "to", "another", "a", "further", "an", "estimated");

  /**
   * The casualty verb standing right before the figure as its object ("killing two", "killed four fighters and
   * injured nine"): its index, or -1.
   */
  private int verbBefore(List<Token> tokens, int from) {
    for (int j = from - 1; j >= Math.max(0, from - 4); j--) {
      String w = Lexicon.lower(tokens.get(j));
      if (w.equals("dead") && j > 0 && KILLED_DEAD.contains(Lexicon.lower(tokens.get(j - 1)))) {
        return j; // "shooting dead four villagers and wounding several others"
      }
      if (w.endsWith("ing") || w.endsWith("ed")) {
        Lexicon.Entry c = lexicon.at(tokens, j, "casualty");
        return c != null && c.words().length == 1 && !c.value().equals("toll") && !c.value().equals("casualties")
            ? j : -1;
      }
      if (!BEFORE_FIGURE.contains(w)) {
        return -1;
      }
    }
    return -1;
  }

  // verbs that put their object to death with "dead" after them: "shot dead", "beating dead" is not English
  private static final Set<String> KILLED_DEAD = Set.of("shooting", "shot", "gunning", "gunned", "stabbing",
      "stabbed");

  static final Set<String> PASSIVE = Set.of("was", "were", "been", "is", "are", "be");

  /**
   * "A journalist was killed and six other reporters wounded": an "and" right after a passive casualty verb opens a
   * new clause, so that verb does not govern the figure after it.
   */
  private boolean passiveBefore(List<Token> tokens, int j) {
    return j >= 2 && Lexicon.lower(tokens.get(j)).equals("and") && lexicon.at(tokens, j - 1, "casualty") != null
        && PASSIVE.contains(Lexicon.lower(tokens.get(j - 2)));
  }

  // "the death toll neared 5,000", "toll rose to 40": a toll word shortly before the number.
  private boolean adjacentToll(List<Token> tokens, int from) {
    for (int j = from - 1; j >= Math.max(0, from - 8); j--) {
      if (passiveBefore(tokens, j)) {
        return false;
      }
      Lexicon.Entry c = lexicon.at(tokens, j, "casualty");
      if (c != null && c.value().equals("toll") || tokens.get(j).text().equalsIgnoreCase("killing")
          || tokens.get(j).text().equalsIgnoreCase("killed")) {
        return true;
      }
    }
    return false;
  }

  private String qualifier(List<Token> tokens, int from) {
    for (int j = Math.max(0, from - 3); j < from; j++) {
      Lexicon.Entry q = lexicon.at(tokens, j, "qualifier");
      if (q != null && j + q.words().length <= from) {
        return q.value();
      }
    }
    return null;
  }

  private static List<Figure> combine(List<Token> tokens, List<Raw> raws) {
    List<Figure> out = new ArrayList<>();
    Raw killed = null;
    Raw wounded = null;
    Integer subsetCivilians = null;
    for (Raw r : raws) {
      if (r.subset()) {
        if ("civilians".equals(r.victims()) && killed != null) {
          subsetCivilians = r.value();
        }
        continue;
      }
      boolean woundedKind = r.kind().equals("wounded");
      if (woundedKind && wounded == null && killed != null && (!r.ownVictims() || "people".equals(r.victims())
          || r.victims().equals(killed.victims()))) {
        wounded = r;
        continue;
      }
      // "Seven civilians were wounded and two killed": the wounded first, then the dead of the same victims.
      if (r.kind().equals("killed") && killed == null && wounded != null && (!r.ownVictims()
          || r.victims().equals(wounded.victims()))) {
        killed = r;
        continue;
      }
      if (killed != null || wounded != null) {
        out.add(figure(killed, wounded, subsetCivilians));
        subsetCivilians = null;
      }
      killed = woundedKind ? null : r;
      wounded = woundedKind ? r : null;
    }
    if (killed != null || wounded != null) {
      out.add(figure(killed, wounded, subsetCivilians));
    }
    return out;
  }

  private static Figure figure(Raw killed, Raw wounded, Integer civilians) {
    Raw main = killed != null ? killed : wounded;
    String victims = killed != null && wounded != null && !killed.ownVictims() ? wounded.victims() : main.victims();
    int from = wounded != null ? Math.min(main.from(), wounded.from()) : main.from();
    int to = wounded != null ? Math.max(main.to(), wounded.to()) : main.to();
    return new Figure(from, to, new Casualties(killed == null ? null : killed.value(),
        wounded == null ? null : wounded.value(), victims, main.qualifier(), civilians, null));
  }

  private static boolean isBreak(Token t) {
    return t.text().equals(";") || t.text().equals(".") || t.text().equals(":");
  }

  // "An Armenian soldier was killed", "a civilian was wounded": one, when a singular victim and its verb follow.
  private int[] singular(List<Token> tokens, int i) {
    String w = Lexicon.lower(tokens.get(i));
    if (!w.equals("a") && !w.equals("an")) {
      return null;
    }
    String before = i > 0 ? Lexicon.lower(tokens.get(i - 1)) : "";
    if (before.equals("not") || before.equals("without")) {
      return null; // "not a single civilian death", "without a soldier hurt": nobody
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
        return new int[] {1, k + 1}; // "an Army havaldar was killed", "a police constable was wounded": one
      }
      // "a man was killed" as "a soldier was": only the plural and vague "people", "persons" are no single one
      if (v != null && !noun.endsWith("s") && !noun.equals("person")) {
        int after = k + v.words().length;
        for (int j = after; j < Math.min(tokens.size(), after + 3); j++) {
          Lexicon.Entry c = lexicon.at(tokens, j, "casualty");
          if (c != null && !c.value().equals("toll") && !c.value().equals("casualties")) {
            return new int[] {1, first};
          }
        }
        // "a woman and a child were killed" (a soldier listed with others is left to the figures after it)
        return SUMMED_VICTIMS.contains(v.value()) && listedBeforeVerb(tokens, after) ? new int[] {1, first} : null;
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
   * "a woman and a child were killed", "a man and his two sons died": whether the victim ending at {@code after}
   * is coordinated with a figure that a casualty word follows.
   */
  private boolean listedBeforeVerb(List<Token> tokens, int after) {
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
    if (!"NOUN".equals(t.tag()) || Lexicon.lower(t).endsWith("s") || k + 2 >= tokens.size()
        || !Lexicon.lower(tokens.get(k + 1)).equals("was")) {
      return false;
    }
    int c = "ADV".equals(tokens.get(k + 2).tag()) && k + 3 < tokens.size() ? k + 3 : k + 2;
    Lexicon.Entry e = lexicon.at(tokens, c, "casualty");
    // "a deal was dead" is no victim
    return e != null && !Lexicon.lower(tokens.get(c)).equals("dead")
        && (e.value().equals("killed") || e.value().equals("wounded"));
  }

  private static final Set<String> OWNERS = Set.of("its", "their", "our", "his", "her");

  /** "one of its soldiers", "one of our fighters": one victim of a side's own, not a part of a figure before. */
  private boolean oneOfOwn(List<Token> tokens, int of) {
    return Lexicon.lower(tokens.get(of)).equals("of") && of + 2 < tokens.size()
        && OWNERS.contains(Lexicon.lower(tokens.get(of + 1))) && lexicon.at(tokens, of + 2, "victim") != null;
  }

  private static final Set<String> VAGUE_MANY = Set.of("several", "few", "many", "some");

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
      return singular(tokens, i);
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
    return new int[] {Integer.parseInt(n.value()), i + n.words().length};
  }
}
