package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.PlaceSpan;
import org.trucewatch.nlp.Token;

/**
 * Whether a place of an attack sentence only says where another place of it lies ("Kfar Kila near Marjayoun", "the
 * Sunderbani sector of Rajouri district", "Deir al-Balah in central Gaza", "Alkhanli, a frontline village in Fuzuli
 * district", "Shumy, a village outside Toretsk"): reads the sentence's tokens and place spans and the lexicon's
 * {@code bearing}, {@code areabearing}, {@code areanoun} and {@code nearby} words; writes nothing. {@link AttackPlaces} drops such a container, so one strike gives one attack at the finer place.
 * Stateless and thread-safe.
 */
final class PlaceContainers {

  private final Lexicon lexicon;

  PlaceContainers(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether {@code p} is the town, district or region that a place named right before it lies in. */
  boolean containerOfPrevious(AnnotatedSentence s, PlaceSpan p) {
    List<Token> tokens = s.sentence().tokens();
    if (p.from() < 2) {
      return false;
    }
    int locator = locatorBefore(tokens, p.from());
    if (locator >= 0) {
      for (PlaceSpan q : s.places()) {
        if (q != p && !q.inName() && q.to() < locator && appositivePart(tokens, q.to(), locator)
            && !finer(p.location(), q.location())) {
          return true; // "Shumy, a village outside Toretsk": the town only says where the village lies
        }
      }
    }
    String before = Lexicon.lower(tokens.get(p.from() - 1));
    if (before.equals("near")) {
      // "Kfar Kila near Marjayoun", "between Srifa and Jwaya near Tyre": the second only says where the first is
      for (PlaceSpan q : s.places()) {
        if (q != p && !q.inName() && q.to() == p.from() - 1 && !finer(p.location(), q.location())) {
          return true;
        }
      }
      return false;
    }
    if (before.equals(",") && !p.location().precision().equals("place")) {
      // "over Nyala, South Darfur": a region or country set off by a comma right after a town names where it lies
      for (PlaceSpan q : s.places()) {
        if (q != p && q.to() == p.from() - 1 && !q.inName() && q.location().precision().equals("place")
            && !listItem(s, q)) {
          return true;
        }
      }
      if (!namedArea(tokens, p)) {
        return false;
      }
    }
    if ((before.equals(",") || before.equals("(")) && namedArea(tokens, p)) {
      // "in Mohra village of Nakyal sector, Kotli district", "Zolote (Luhansk region)": a town the text calls an area,
      // right after a finer place (and the part noun it was called by, not another area's: "Poonch district, Rajouri")
      for (PlaceSpan q : s.places()) {
        if (q != p && !q.inName() && !q.location().equals(p.location()) && (q.to() == p.from() - 1
            || q.to() == p.from() - 2 && partNoun(tokens, q.to()))) {
          return true;
        }
      }
      return false;
    }
    int past = p.from() - 1; // "the Keran and Machil areas of neighbouring Kupwara district": past words of nearness
    while (past > 1 && lexicon.at(tokens, past, "areabearing") != null) {
      past--;
    }
    String held = Lexicon.lower(tokens.get(past));
    if (held.equals("of") || held.equals("the") && past >= 2 && Lexicon.lower(tokens.get(past - 1)).equals("of")) {
      // "the Sunderbani sector of Rajouri district", "Gondria village of the Shahpur sector": the second holds the first
      int of = held.equals("of") ? past : past - 1;
      String noun = Lexicon.lower(tokens.get(of - 1));
      if (lexicon.at(tokens, of - 1, "bearing") != null) {
        // "Abu Shouk camp north of El Fasher", "a village 20 km south of Goris": the second only says where the first is
        if (AttackPlaces.farBearing(tokens, of - 1)) {
          // "Yasne (30km south-west of Donetsk)": a place that far off is no reading of the first, named or not
          return true;
        }
        for (PlaceSpan q : s.places()) {
          if (q != p && !q.inName() && q.to() <= of - 1 && q.to() >= of - 6) {
            return true;
          }
        }
        return false;
      }
      if (!AttackPlaces.PLACE_NOUNS.contains(noun) && !noun.equals("sector") && !noun.equals("sectors")) {
        return false;
      }
      for (PlaceSpan q : s.places()) {
        // not "the North Darfur town of Kutum": a town named after its region's name is the finer of the two
        if (q != p && !q.inName() && (q.to() == of - 1 || q.to() == of) && !(finer(p.location(), q.location())
            && COARSENESS.indexOf(q.location().precision()) >= COARSENESS.indexOf("region"))) {
          return true;
        }
      }
      return false;
    }
    // "in the Fuzuli district" as "in Fuzuli district" (not "in the Syunik direction"), and "along the line in the
    // Kashmir Valley": an area named with "the" and no noun after it
    int in = before.equals("the") && Lexicon.lower(tokens.get(p.from() - 2)).equals("in") && (p.to() < tokens.size()
        && AREA_WORDS.contains(Lexicon.lower(tokens.get(p.to()))) || area(tokens, p)) ? p.from() - 2 : p.from() - 1;
    if (!Lexicon.lower(tokens.get(in)).equals("in")) {
      return false;
    }
    for (PlaceSpan q : s.places()) {
      if (q == p || q.inName() || finer(p.location(), q.location())) {
        continue; // "the front line in the Tartar district": the district says where on the line
      }
      if (q.to() <= in && q.to() >= in - 2 && !conjoined(tokens, q.to(), in)) {
        return true; // not "two houses in Gaza City and one in Rafah": a second place of the act, no container
      }
      if (q.to() < in && appositivePart(tokens, q.to(), in)) {
        return true; // "Alkhanli, a frontline village in Fuzuli district": the village's district
      }
      if (q != p && q.to() < p.from() && q.to() >= p.from() - 8 && facilityBetween(tokens, q.to(), p.from() - 1)) {
        return true; // "the Abu Shouk camp for displaced people in El-Fasher": the town the camp lies in
      }
    }
    return false;
  }

  /**
   * "Deir al-Balah in central Gaza", "Beit Lahia, northern Gaza", "Kfar Kila, near Marjayoun": the place after a town,
   * past a compass word of the area (lexicon: areabearing) or a comma and "near", only says where the town lies.
   */
  boolean areaOfPrevious(AnnotatedSentence s, PlaceSpan p) {
    List<Token> tokens = s.sentence().tokens();
    int k = p.from() - 1;
    if (k < 2) {
      return false; // no town before it
    }
    boolean compass = false;
    while (k > 1 && lexicon.at(tokens, k, "areabearing") != null) {
      k--;
      compass = true;
    }
    if (compass && k > 1 && Lexicon.lower(tokens.get(k)).equals("the")) {
      k--; // "in the southern Gaza Strip"
    }
    String w = Lexicon.lower(tokens.get(k));
    int end; // where the town before must end
    if (compass && w.equals(",")) {
      end = k;
    } else if (compass && w.equals("in") || w.equals("near") && tokens.get(k - 1).text().equals(",")) {
      end = tokens.get(k - 1).text().equals(",") ? k - 1 : k;
    } else {
      return false;
    }
    for (PlaceSpan q : s.places()) {
      // not "a U.S. base in north-eastern Jordan": a country before is no town
      if (q != p && !q.inName() && q.to() <= end && q.to() >= end - (w.equals("in") ? 2 : 0)
          && !q.location().precision().equals("country") && !finer(p.location(), q.location())
          && !conjoined(tokens, q.to(), end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code p} is the neighbour across a line from where the attack fell: "Sotk, on the border with Kalbajar",
   * "close to the frontier with Russia's Shebekino" (lexicon: borderline), past a possessive place and "the". Fire
   * sent "across the border with" a land reaches it, so that reading keeps the place.
   */
  boolean neighbourAcrossBorder(AnnotatedSentence s, PlaceSpan p) {
    List<Token> tokens = s.sentence().tokens();
    int k = p.from() - 1;
    if (k >= 1 && Lexicon.possessive(tokens.get(k))) {
      for (PlaceSpan q : s.places()) {
        if (q != p && q.to() == k) {
          k = q.from() - 1; // "the border with Russia's Shebekino": the country owning the neighbour
          break;
        }
      }
    }
    if (k >= 0 && Lexicon.lower(tokens.get(k)).equals("the")) {
      k--;
    }
    if (k < 2 || !Lexicon.lower(tokens.get(k)).equals("with") || lexicon.at(tokens, k - 1, "borderline") == null) {
      return false;
    }
    int line = k - 1;
    while (line > 0 && lexicon.at(tokens, line - 1, "areabearing") != null) {
      line--; // "the southern border with"
    }
    String before = line >= 2 && Lexicon.lower(tokens.get(line - 1)).equals("the") ? Lexicon.lower(tokens.get(line - 2))
        : "";
    return !before.equals("across") && !before.equals("over");
  }

  /**
   * Whether {@code q} is itself an item of a list of places ("Goris, Kapan, Artanish and ..."): a comma after it then
   * parts two items of the list, not a town from the area that holds it ("over Nyala, South Darfur").
   */
  private static boolean listItem(AnnotatedSentence s, PlaceSpan q) {
    List<Token> tokens = s.sentence().tokens();
    if (q.from() < 2 || !tokens.get(q.from() - 1).text().equals(",")) {
      return false;
    }
    PlaceSpan before = s.placeAt(q.from() - 2);
    return before != null && !before.inName() && before.location().precision().equals("place");
  }

  /** Where a locating word or phrase (lexicon: nearby) that ends right before {@code at} starts; -1 if none. */
  private int locatorBefore(List<Token> tokens, int at) {
    for (int k = Math.max(0, at - 4); k < at; k++) {
      Lexicon.Entry e = lexicon.at(tokens, k, "nearby");
      if (e != null && k + e.words().length == at) {
        return k;
      }
    }
    return -1;
  }

  /** Whether {@code p} is a district or region not followed by a noun it qualifies ("in the Syunik direction"). */
  private static boolean area(List<Token> tokens, PlaceSpan p) {
    String precision = p.location().precision();
    return (precision.equals("region") || precision.equals("district"))
        && (p.to() >= tokens.size() || !"NOUN".equals(tokens.get(p.to()).tag()));
  }

  /** Whether the text calls {@code p} an area right after it ("Kotli district"): one, so no list of them. */
  private boolean namedArea(List<Token> tokens, PlaceSpan p) {
    return p.to() < tokens.size() && lexicon.at(tokens, p.to(), "areanoun") != null;
  }

  /** Whether the word at {@code k} names a part a finer place is called by ("sector", "village"), not an area. */
  private boolean partNoun(List<Token> tokens, int k) {
    String w = Lexicon.lower(tokens.get(k));
    return (AttackPlaces.PLACE_NOUNS.contains(w) || w.equals("sector")) && lexicon.at(tokens, k, "areanoun") == null;
  }

  private static final Set<String> AREA_WORDS = Set.of("district", "region", "province", "governorate", "oblast",
      "rayon", "raion", "county", "sector", "municipality");
  private static final List<String> COARSENESS = List.of("place", "district", "region", "country");

  /** Whether {@code a} is a finer place than {@code b} (a district against a region, a town against a district). */
  private static boolean finer(Location a, Location b) {
    return COARSENESS.indexOf(a.precision()) >= 0 && COARSENESS.indexOf(a.precision()) < COARSENESS.indexOf(b.precision());
  }

  /** Whether {@code [from, to)} is ", a village", ", the border town", ", a small frontline village": a part noun. */
  private static boolean appositivePart(List<Token> tokens, int from, int to) {
    if (to - from < 3 || to - from > 5 || !tokens.get(from).text().equals(",")
        || !Set.of("a", "an", "the").contains(Lexicon.lower(tokens.get(from + 1)))) {
      return false;
    }
    for (int k = from + 2; k < to - 1; k++) {
      if (!tokens.get(k).text().chars().allMatch(c -> Character.isLowerCase(c) || c == '-')) {
        return false;
      }
    }
    String noun = Lexicon.lower(tokens.get(to - 1));
    return AttackPlaces.PLACE_NOUNS.contains(noun) || Set.of("sector", "hamlet", "neighbourhood", "neighborhood", "suburb")
        .contains(noun);
  }

  private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "&", "nor");

  /** Whether a conjunction stands in {@code [from, to)}: "in X and in Y" lists two places, neither holds the other. */
  private static boolean conjoined(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (CONJUNCTIONS.contains(Lexicon.lower(tokens.get(k)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a facility noun ("camp", "hospital") stands in {@code [from, to)} with no comma or "and" before it. */
  private static boolean facilityBetween(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = Lexicon.lower(tokens.get(k));
      if (AttackPlaces.FACILITIES.contains(w)) {
        return true;
      }
      if (w.equals(",") || w.equals("and")) {
        return false;
      }
    }
    return false;
  }
}
