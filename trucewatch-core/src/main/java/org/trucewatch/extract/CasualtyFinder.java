package org.trucewatch.extract;

import static org.trucewatch.extract.CasualtyNumbers.MONTHS;
import static org.trucewatch.extract.CasualtyNumbers.age;
import static org.trucewatch.extract.CasualtyNumbers.agedBefore;
import static org.trucewatch.extract.CasualtyNumbers.appositiveAge;
import static org.trucewatch.extract.CasualtyNumbers.dayOfMonth;
import static org.trucewatch.extract.CasualtyNumbers.isBreak;
import static org.trucewatch.extract.CasualtyNumbers.rate;

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
 *
 * <p>Which numbers count people is {@link CasualtyNumbers}'; which figures are parts of another, {@link
 * CasualtySubsets}'.
 */
final class CasualtyFinder {

  /** One figure, over tokens {@code [from, to)}. */
  record Figure(int from, int to, Casualties casualties) {}

  private static final Set<String> NOT_VICTIM_UNITS = Set.of("hour", "hours", "day", "days", "week", "weeks",
      "month", "months", "year", "years", "minute", "minutes", "km", "kilometres", "kilometers", "miles", "percent",
      "%", "million", "billion", "times", "decades", "am", "pm", "a.m.", "p.m.", "gmt");

  private static final Set<String> BRIDGE = Set.of("and", ",", "had", "have", "has", "been", "were", "was", "are",
      "is", "be", "being", "reportedly", "also", "all", "so", "far", "including", "of", "its", "their", "his", "her",
      "our", "military", "others", "other", "more", "as", "well", "them", "whom",
      // "ten people there were hurt", "seven members of one family were killed"
      "there", "members",
      // "were seriously injured", "was fatally wounded": how gravely stands between the figure and its verb
      "seriously", "critically", "badly", "severely", "gravely", "slightly", "lightly", "fatally", "mortally");

  private final Lexicon lexicon;
  private final CasualtyNumbers numbers;
  private final CasualtySubsets subsets;
  private final HospitalTolls hospital;

  CasualtyFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.numbers = new CasualtyNumbers(lexicon);
    this.subsets = new CasualtySubsets(lexicon, numbers);
    this.hospital = new HospitalTolls(lexicon);
  }

  List<Figure> find(List<Token> tokens) {
    if (notWar(tokens)) {
      return List.of();
    }
    List<Raw> raws = new ArrayList<>();
    Raw main = null; // the last figure that is no subset: one of another kind, with its own verb, ends its list
    for (int i = 0; i < tokens.size(); i++) {
      int[] num = numbers.number(tokens, i);
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
              r.victims().equals(before.victims()) ? r.victims() : "people", before.qualifier(), false, true,
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
  static final Set<String> SUMMED_VICTIMS = Set.of("civilians", "people");

  /**
   * Whether figure {@code r} goes on the list of figure {@code a} under the same casualty word, both counting
   * civilians or people: "11 women and two men died", "killed six children and four women", "a woman and a child".
   * The word stands after the list or right before it: one further back ("killed 30 people on Monday, eight women
   * and ten children") has its own figure, and the list after it tells who they were. One victim listed with others
   * joins them whoever they are: "an officer and three soldiers were killed" is one toll of four, and so is "three
   * soldiers and one civilian" or "a woman"; "three soldiers and an enemy soldier" may count two sides, and stay apart.
   */
  private boolean summed(List<Token> tokens, Raw a, Raw r) {
    return !a.subset() && !r.subset() && a.verb() >= 0 && a.verb() == r.verb() && a.kind().equals(r.kind())
        && (a.ownVictims() || a.value() == 1) && r.ownVictims() && (a.victims() != null && SUMMED_VICTIMS.contains(a.victims())
        && SUMMED_VICTIMS.contains(r.victims()) || a.value() == 1
        || r.value() == 1 && (Lexicon.lower(tokens.get(r.from())).equals("one") || civilianJoins(r)))
        && subsets.listed(tokens, a.to(), r.from())
        && (a.verb() >= r.to() || a.verb() < a.from() && a.from() - a.verb() <= 4);
  }

  /**
   * One civilian or person listed after others joins them ("two troopers and a woman were wounded" is one toll
   * of three): a civilian is no second side's count, as "and an enemy soldier" may be.
   */
  private static boolean civilianJoins(Raw r) {
    return r.victims() != null && SUMMED_VICTIMS.contains(r.victims());
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
    if (ageOfPerson(tokens, from)) {
      return null; // "a woman of around sixty": her age
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
      if (isBreak(tokens.get(k)) || numbers.number(tokens, k) != null || lexicon.at(tokens, k, "casualty") != null) {
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
      // "two servicemen of the 53rd brigade were killed", "seven people working for a charity were killed": the
      // phrase that tells whose or which victims stands between them and their verb
      int phrase = victims != null ? postModifier(tokens, j) : -1;
      int aged = victims != null ? CasualtyNumbers.ageAfter(tokens, j) : -1;
      phrase = aged > 0 ? aged - 1 : phrase; // "a man in his 40s died": his age stands before the verb
      if (phrase > j) {
        j = phrase;
        continue;
      }
      // Between a figure and its verb only auxiliaries and coordinated figures may stand:
      // "376 of its military personnel and 22 civilians had been killed".
      // "Two civilians, one of them a teenager, were killed": an aside between commas stands between them too.
      int aside = tokens.get(j).text().equals(",") ? closingComma(tokens, j) : -1;
      if (aside > 0) {
        j = aside;
        continue;
      }
      // "have now been killed", "are believed to have been killed", "were subsequently killed": when, how sure
      Lexicon.Entry hedge = lexicon.at(tokens, j, "tollhedge");
      if (hedge != null) {
        j += hedge.words().length - 1;
        continue;
      }
      if (!BRIDGE.contains(Lexicon.lower(tokens.get(j))) && numbers.number(tokens, j) == null
          && lexicon.at(tokens, j, "victim") == null && !tokens.get(j).isCapitalised()) {
        break;
      }
    }
    if (kind == null && victims == null) {
      int rise = tollRisenTo(tokens, from); // "the number of people killed in the raids has risen to 30"
      if (rise >= 0) {
        String v = lexicon.at(tokens, rise, "casualty").value();
        kind = v.equals("toll") ? "killed" : v;
        verb = rise;
      }
    }
    int care = kind == null && victims != null ? hospital.takenAt(tokens, k) : -1;
    if (care >= 0) {
      kind = "wounded"; // "23 people were taken to hospital": those brought in for care are the wounded
      verb = care;
    }
    if (kind == null && victims != null && k < tokens.size() && OWN_VERB.contains(Lexicon.lower(tokens.get(k)))) {
      return null; // "..., and 28 people were evacuated": victims with a verb of their own, no casualty word
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
    if (kind.equals("wounded") && verb >= from && diedLater(tokens, verb + 1)) {
      kind = "killed"; // "a soldier was wounded and later died of his wounds": one dead, not one wounded
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

  // words by which the wounded of a clause die after all: "later died", "succumbed to her injuries"
  private static final Set<String> DIED_LATER = Set.of("died", "succumbed", "dies", "succumbs");

  /**
   * Whether the clause after a wounded verb at {@code at} tells that the same wounded died ("and later died of his
   * wounds", "but succumbed to her injuries"), with no other figure between.
   */
  private boolean diedLater(List<Token> tokens, int at) {
    for (int j = at; j < Math.min(tokens.size(), at + 20); j++) {
      Token t = tokens.get(j);
      if (isBreak(t) || numbers.number(tokens, j) != null) {
        return false;
      }
      if (DIED_LATER.contains(Lexicon.lower(t))) {
        return true;
      }
    }
    return false;
  }

  // "killed or went missing", "wounded or captured": words of the other half of a joint count
  private static final Set<String> GONE = Set.of("missing", "captured", "disappeared");

  // a finite verb right after a figure's victims: they are the subject of their own clause
  private static final Set<String> OWN_VERB = Set.of("was", "were", "are", "is", "had", "have", "has");

  // "the two deaths", "these four dead": victims the story has counted already
  private static final Set<String> DEFINITE = Set.of("the", "these", "those");

  // "a man of about 40": words of an age given roughly
  private static final Set<String> ROUGHLY = Set.of("about", "around", "some", "roughly");

  /** A number after "of" (and "about", "around") right after a singular victim noun: "a man of about 40". */
  private boolean ageOfPerson(List<Token> tokens, int from) {
    int of = from - 1;
    while (of > 0 && ROUGHLY.contains(Lexicon.lower(tokens.get(of)))) {
      of--;
    }
    if (of < 1 || !Lexicon.lower(tokens.get(of)).equals("of")) {
      return false;
    }
    Lexicon.Entry v = lexicon.at(tokens, of - 1, "victim");
    String noun = Lexicon.lower(tokens.get(of - 1));
    return v != null && !noun.endsWith("s") && !noun.equals("family");
  }

  /**
   * A number right after "of" (or "from") whose phrase follows another number: "seven members of one family", "three
   * people from two families" (figs25: the families are not a second figure).
   */
  private boolean ofAFigure(List<Token> tokens, int from) {
    if (from < 2 || !Lexicon.lower(tokens.get(from - 1)).equals("of") && !Lexicon.lower(tokens.get(from - 1))
        .equals("from")) {
      return false;
    }
    for (int j = from - 2; j >= Math.max(0, from - 4); j--) {
      if (numbers.number(tokens, j) != null) {
        return true;
      }
    }
    return false;
  }

  // what a phrase after the victims may hold: "of the Armed Forces of Ukraine", "working for the charity"
  private static final Set<String> PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "ADP", "PART");

  /**
   * The last token of a phrase after the victims that says whose or which they are ("of the town", "from the 72nd
   * brigade", "working off the coast"), starting at {@code at}; -1 when none starts there. It ends before a verb, a
   * casualty word or punctuation, within eight words.
   */
  private int postModifier(List<Token> tokens, int at) {
    String w = Lexicon.lower(tokens.get(at));
    int from;
    if (w.equals("of") || w.equals("from")) {
      from = at + 1;
    } else if (w.endsWith("ing") && "VERB".equals(tokens.get(at).tag()) && lexicon.at(tokens, at, "casualty") == null
        && at + 1 < tokens.size() && "ADP".equals(tokens.get(at + 1).tag())) {
      from = at + 2;
    } else {
      return -1;
    }
    int last = -1;
    for (int j = from; j < Math.min(tokens.size(), from + 8); j++) {
      Token t = tokens.get(j);
      if (lexicon.at(tokens, j, "casualty") != null || t.text().equals(",") || isBreak(t)
          || !(t.tag() != null && PHRASE_TAGS.contains(t.tag()) || t.isCapitalised() || t.isNumber())) {
        break;
      }
      last = j;
    }
    return last >= 0 && !"ADP".equals(tokens.get(last).tag()) ? last : -1;
  }

  // "two others, including an officer, were hurt", "five people, among them two children, died": the aside names
  // some of the victims; the tagger reads "including" as a verb, but it tells no clause of its own (figs25)
  private static final Set<String> SUBSET_ASIDE = Set.of("including", "among");

  /** The comma closing a short aside opened by the comma at {@code open} (at most six words, no verb), or -1. */
  private int closingComma(List<Token> tokens, int open) {
    boolean subsetAside = open + 1 < tokens.size() && SUBSET_ASIDE.contains(Lexicon.lower(tokens.get(open + 1)));
    for (int j = open + 1; j < Math.min(tokens.size(), open + 8); j++) {
      Token t = tokens.get(j);
      if (t.text().equals(",")) {
        return j > open + 1 ? j : -1;
      }
      if (isBreak(t) || "VERB".equals(t.tag()) && !(subsetAside && j == open + 1)
          || lexicon.at(tokens, j, "casualty") != null) {
        return -1;
      }
    }
    return -1;
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
  static final Set<String> KILLED_DEAD = Set.of("shooting", "shot", "gunning", "gunned", "stabbing",
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

  /**
   * "The number of people killed when rockets hit the market has risen to 30", "the death toll from the raids on the
   * city climbed to 16": a number after a verb and "to" whose subject, however long, counts the dead or the wounded
   * (a toll word, or "number of" a few words before a casualty word). The casualty word's index, or -1.
   */
  private int tollRisenTo(List<Token> tokens, int from) {
    // the tagger may read "rose" as the flower: a verb or a noun before "to"
    String verbTag = tokens.get(Math.max(0, from - 2)).tag();
    int verb = from - 2;
    if (from >= 2 && REACHED.contains(Lexicon.lower(tokens.get(from - 1)))) {
      verb = from - 1; // "the number of wounded servicemen has reached four": a count that grew, no "to"
    } else if (from < 3 || !Lexicon.lower(tokens.get(from - 1)).equals("to") || !"VERB".equals(verbTag)
        && !"NOUN".equals(verbTag)) {
      return -1;
    }
    for (int j = verb - 1; j >= 0; j--) {
      Token t = tokens.get(j);
      if (isBreak(t) || t.text().equals(",")) {
        return -1; // the subject ends at a clause's edge
      }
      Lexicon.Entry c = lexicon.at(tokens, j, "casualty");
      if (c != null && (c.value().equals("toll") || numberOf(tokens, j)) && !c.value().equals("casualties")) {
        return j;
      }
    }
    return -1;
  }

  // the verbs by which a count reaches its number with no "to" after them
  private static final Set<String> REACHED = Set.of("reached", "reaches");

  /** "the number of people killed", "the number of dead servicemen": "number of" shortly before a casualty word. */
  private static boolean numberOf(List<Token> tokens, int casualty) {
    for (int k = casualty - 1; k >= Math.max(1, casualty - 5); k--) {
      if (Lexicon.lower(tokens.get(k)).equals("of") && Lexicon.lower(tokens.get(k - 1)).equals("number")) {
        return true;
      }
    }
    return false;
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
}
