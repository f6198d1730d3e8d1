package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.PlaceSpan;
import org.trucewatch.nlp.Token;

/**
 * Place attachment for an attack trigger: reads the sentence's tokens, place and actor spans, the trigger's frame,
 * clause and perpetrator, the lexicon's {@code attack} and {@code talks} words and the article's country lookup;
 * writes nothing, answers where the attack happened (one event per place). A place counts when it lies in the clause
 * and is not part of a name, an actor, the speaker or perpetrator, the attribution around what is said, where fire
 * came "from", the topic ("fighting over X") or the place of talks; when towns or districts are named, the country or
 * region they lie in is dropped.
 * Stateless and thread-safe.
 */
final class AttackPlaces {

  private static final Set<String> LOCATIVE = Set.of("in", "near", "at", "on", "into", "towards", "toward",
      "outside", "around", "across", "inside", "from", "to", "against");
  // "of" makes a place only after a word for a place: "the city of Ganja", "the areas of Martuni" (not "part of").
  static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "region", "district", "province",
      "area", "areas", "outskirts", "suburbs", "capital", "territory", "regions", "districts", "villages", "towns",
      "settlements", "settlement", "centre", "center");

  private final Lexicon lexicon;
  private final PlaceContainers containers;
  private final TollClauses tolls;
  private final SpeechPlaces speechPlaces;
  private final UnknownSectors sectors;
  private final UnknownTowns towns;
  private final SeaPlaces seas;
  private final CarePlaces carePlaces;

  AttackPlaces(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.containers = new PlaceContainers(lexicon);
    this.tolls = new TollClauses(lexicon);
    this.speechPlaces = new SpeechPlaces(lexicon);
    this.sectors = new UnknownSectors(lexicon);
    this.towns = new UnknownTowns(lexicon);
    this.carePlaces = new CarePlaces(lexicon);
    this.seas = new SeaPlaces(lexicon);
  }

  /** The places a pattern captured: those inside the capture, whatever their words around. */
  static List<Location> captured(AnnotatedSentence s, int[] span) {
    List<Location> out = new ArrayList<>();
    for (PlaceSpan p : s.places()) {
      if (!p.inName() && p.from() >= span[0] && p.to() <= span[1] && !out.contains(p.location())) {
        out.add(p.location());
      }
    }
    return out;
  }

  /** Where the attack of the trigger at {@code t} happened, most precise first; empty when the clause names none. */
  List<Location> of(AnnotatedSentence s, int[] clause, int t, Frame frame, ActorSpan perp, ArticleContext ctx) {
    List<Token> tokens = s.sentence().tokens();
    List<Location> specific = new ArrayList<>();
    List<Location> broad = new ArrayList<>();
    List<Location> clock = new ArrayList<>();
    List<Location> care = new ArrayList<>();
    for (PlaceSpan p : seas.read(s, t)) {
      if (p.inName() && !facility(tokens, p) && !areaNamed(tokens, p) || p.from() < clause[0] || p.to() > clause[1] || insideActor(s, p)
          || perp != null && p.from() >= perp.from() && p.to() <= perp.to()
          || namesAnActor(s, p) && !locative(tokens, p.from())) {
        continue;
      }
      if (topic(tokens, p.from())) {
        continue; // "fighting over Nagorno-Karabakh": what it is about, not where
      }
      if (dateline(tokens, p)) {
        continue; // "MUZAFFARABAD: Two civilians were killed...": where the story was filed, not where it happened
      }
      if (frame != null && frame.speaker() != null && p.from() >= frame.speaker().from()
          && p.to() <= frame.speaker().to()) {
        continue;
      }
      if (frame != null && frame.contains(t) && !(frame.contains(p.from()) && p.to() <= frame.to())) {
        continue; // "..., officials in Kyiv said": a place outside what is said belongs to who says it
      }
      if (speechPlaces.clock(tokens, p)) {
        if (!clock.contains(p.location())) {
          clock.add(p.location());
        }
        continue; // "at 10:15 Yerevan time": a time zone, the place only when the clause names no other
      }
      if (speechPlaces.venue(tokens, p, ctx)) {
        continue; // "told reporters in Baku", "a Kyiv radio station": where the news was told
      }
      if (inTrailingSpeaker(tokens, t, p)) {
        continue; // "..., the governor of Turkey's southern Hatay province said": the speaker's office
      }
      if (capitalSpeaks(tokens, p, ctx)) {
        continue; // "militias that Ankara considers terrorists", "Moscow said": the government, not a place hit
      }
      if (answered(tokens, t, p.from())) {
        continue; // "fired rockets in response to strikes on Beirut": where the act answered fell
      }
      if (launchSite(tokens, p.from())) {
        continue; // "rockets launched from inside the Gaza Strip": where fire came from, not where it hit
      }
      if (careDestination(tokens, p.from())) {
        if (!care.contains(p.location())) {
          care.add(p.location());
        }
        continue; // "the wounded were taken to a hospital in X": where they were brought, unless no other is named
      }
      if (destination(tokens, p.from()) || SeaPlaces.ashore(tokens, p.from())) {
        continue; // "fighters preparing to deploy to Khartoum": where someone goes, not where it was hit
      }
      if (fledFrom(tokens, p.from())) {
        continue; // "families who fled the fighting in Khartoum": where people left, not where this blow fell
      }
      if (aboutTalks(tokens, p.from()) || namesAccord(tokens, p)) {
        continue;
      }
      boolean possessive = p.to() < tokens.size() && Lexicon.possessive(tokens.get(p.to()));
      if (secondEndOfStretch(s, p) || secondEndOfRoad(tokens, p)) {
        continue; // "on the road between Marwahin and Dhayra": one stretch, told at its first end
      }
      if (tolls.counted(tokens, p.from())) {
        continue; // "..., the sixth soldier to die in X since June": where earlier victims fell
      }
      // a port far off a ship hit at sea is where it was hit ("a tanker hit 90 km east of X"), not a town's locator
      if (containers.containerOfPrevious(s, p) && !(farReference(tokens, p.from()) && seas.atSea(s, clause))
          || containers.areaOfPrevious(s, p)
          || containers.neighbourAcrossBorder(s, p)) {
        continue; // "the line of contact in Nagorno-Karabakh", "Goris in Armenia": the second names where the first is
      }
      String precision = p.location().precision();
      if (precision.equals("country") || precision.equals("region") || possessive) {
        broad.add(p.location());
      } else if (!specific.contains(p.location())) {
        specific.add(p.location());
      }
    }
    UnknownSectors.Found found = sectors.of(s, clause, broad, specific, ctx.lastTown);
    specific.removeAll(found.namesakes()); // "in the A and Madurai sectors": not the far-off Madurai
    if (!found.sectors().isEmpty()) {
      specific.removeAll(found.holders()); // "the Nakyal and Dhalwan sectors of Kotli district": Kotli holds them
      for (Location l : found.sectors()) {
        if (!specific.contains(l)) {
          specific.add(l); // "across the LoC in the Dhalwan sector": the sector, finer than the line
        }
      }
    }
    UnknownTowns.Found named = towns.of(s, clause, broad, specific, ctx.lastTown);
    List<Location> others = new ArrayList<>(specific);
    others.removeAll(named.holders());
    // only where the clause names no other point: beside a known town the unknown one is more often the same blow
    // told closer ("in a village outside X ... the village of Y, east of X") than an attack of its own
    for (int i = 0; others.isEmpty() && i < named.towns().size(); i++) {
      int k = named.nouns().get(i);
      if (frame != null && frame.contains(t) && !frame.contains(k) || launchSite(tokens, k)
          || destination(tokens, k) || careDestination(tokens, k) || answered(tokens, t, k) || topic(tokens, k)
          || aboutTalks(tokens, k)) {
        continue; // as for a known place: where fire came from, went to, or what it answered is not where it hit
      }
      specific.removeAll(named.holders()); // "the village of Kalaa in Tyre district": Tyre holds it
      if (!specific.contains(named.towns().get(i))) {
        specific.add(named.towns().get(i)); // "strikes on the town of Kafr Sajna": the town the gazetteer lacks
      }
    }
    // "near Pyshchevyk, Krasnohorivka and Hnutove": the names of a list with a known town are towns alike
    UnknownTowns.Found listed = towns.listed(s, clause, specific);
    for (int i = 0; i < listed.towns().size(); i++) {
      int k = listed.nouns().get(i);
      if (frame != null && frame.contains(t) && !frame.contains(k) || launchSite(tokens, k)
          || destination(tokens, k) || careDestination(tokens, k) || answered(tokens, t, k) || topic(tokens, k)
          || aboutTalks(tokens, k)) {
        continue;
      }
      if (!specific.contains(listed.towns().get(i))) {
        specific.add(listed.towns().get(i));
      }
    }
    if (!specific.isEmpty()) {
      return specific;
    }
    // "on Armenian territory", "Azerbaijani soil": the country of the demonym
    for (ActorSpan a : s.actors()) {
      if (a.demonym() && a.to() < tokens.size() && a.from() >= clause[0] && a.to() <= clause[1]
          && Set.of("territory", "soil").contains(Lexicon.lower(tokens.get(a.to()))) && a.country() != null) {
        ctx.countries.apply(a.country()).ifPresent(broad::add);
      }
    }
    List<Location> out = new ArrayList<>();
    boolean region = broad.stream().anyMatch(l -> l.precision().equals("region"));
    for (Location l : broad) {
      if (!out.contains(l) && !(region && l.precision().equals("country"))) {
        out.add(l);
      }
    }
    if (out.isEmpty()) {
      out.addAll(speakersPlace(s, frame, ctx, toldBefore(tokens, clause, ctx)));
    }
    if (out.isEmpty()) {
      capitalNamed(s, clause, ctx).ifPresent(out::add); // "in the south of the Afghan capital", "Sudan's capital"
    }
    if (out.isEmpty() && ctx.lastTown != null && townAnaphor(tokens, clause)) {
      out.add(ctx.lastTown); // "in the centre of the city": the town the article last named
    }
    int sinceHeading = s.sentence().index() - ctx.headingSentence;
    if (out.isEmpty() && ctx.headingSentence >= 0 && sinceHeading >= 1 && sinceHeading <= 2) {
      out.addAll(ctx.heading); // "c. Kotli. Masjid Abbas was hit.": the place its list item opens with
    }
    if (out.isEmpty()) {
      out.addAll(clock); // "shelling began at 04:00 Kyiv time": the zone's city, lacking any other
    }
    if (out.isEmpty()) {
      out.addAll(care); // "70 killed, counting those brought to one hospital in X": the hospital's town, lacking any other
    }
    return out;
  }

  // what may stand beside the places of a line that only names them: "c. Kotli.", "Sialkot and Shakargarh:"
  private static final Set<String> HEADING_GLUE = Set.of(",", "and", ".", ":", "-", "–", "—", "•", "*", "(", ")");
  // "a.", "3)", "iv": a list item's marker (compiled once: heading reads every sentence)
  private static final java.util.regex.Pattern LIST_MARKER = java.util.regex.Pattern.compile("[A-Za-z0-9]{1,2}[.)]?");

  /**
   * The places of a line that names only places, past a list marker ("a.", "3)", "-") and with those in brackets
   * kept only when no other is named ("Ahmedpur East (Bahawalpur)."): the heading of a list item, whose next lines
   * tell what happened there; empty for any other sentence.
   */
  static List<Location> heading(AnnotatedSentence s) {
    if (s.places().isEmpty()) {
      return List.of(); // read at every sentence: most name no place
    }
    List<Token> tokens = s.sentence().tokens();
    List<Location> out = new ArrayList<>();
    List<Location> bracketed = new ArrayList<>();
    int depth = 0;
    int k = 0;
    while (k < tokens.size()) {
      String w = tokens.get(k).text();
      PlaceSpan at = null;
      for (PlaceSpan p : s.places()) {
        if (p.from() == k && !p.inName()) {
          at = p;
        }
      }
      if (at != null) {
        List<Location> into = depth > 0 ? bracketed : out;
        if (!into.contains(at.location())) {
          into.add(at.location());
        }
        k = at.to();
        continue;
      }
      boolean marker = k == 0 && tokens.size() > 1 && LIST_MARKER.matcher(w).matches();
      if (!marker && !HEADING_GLUE.contains(Lexicon.lower(tokens.get(k)))) {
        return List.of();
      }
      depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
      k++;
    }
    return out.isEmpty() ? bracketed : out;
  }

  /**
   * "Eight more were wounded in the shelling, officials in Kupwara said": an attack the article already told (a
   * definite attack noun in the clause), at the town it named, is not moved to where the officials speak from
   * (residents still speak from where it hit).
   */
  private boolean toldBefore(List<Token> tokens, int[] clause, ArticleContext ctx) {
    if (ctx.lastTown == null) {
      return false;
    }
    for (int k = Math.max(1, clause[0]); k < Math.min(tokens.size(), clause[1]); k++) {
      if (Set.of("the", "this", "that").contains(Lexicon.lower(tokens.get(k - 1)))
          && lexicon.at(tokens, k, "attack") != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A place in the speaker's words after the attack's clause, right before the speech verb, set off from the attack by
   * a comma and from the verb by at most a place noun ("..., the governor of Hatay province said").
   */
  private boolean inTrailingSpeaker(List<Token> tokens, int t, PlaceSpan p) {
    int v = p.to() < tokens.size() && PLACE_NOUNS.contains(Lexicon.lower(tokens.get(p.to()))) ? p.to() + 1 : p.to();
    if (p.from() < t || v >= tokens.size() || lexicon.at(tokens, v, "speech") == null) {
      return false;
    }
    for (int k = p.from() - 1; k > t; k--) {
      if (tokens.get(k).text().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** The place after "and" in "between X and Y" where X is a place or a capitalised name: the two ends of one stretch. */
  private static boolean secondEndOfStretch(AnnotatedSentence s, PlaceSpan p) {
    List<Token> tokens = s.sentence().tokens();
    if (p.from() < 1 || !Lexicon.lower(tokens.get(p.from() - 1)).equals("and")) {
      return false;
    }
    for (PlaceSpan q : s.places()) {
      if (q.to() == p.from() - 1 && q.from() >= 1 && Lexicon.lower(tokens.get(q.from() - 1)).equals("between")) {
        return true;
      }
    }
    // the first end a name the gazetteer lacks: "between Kfar Tebnit and Arnoun"
    for (int k = p.from() - 2; k >= Math.max(0, p.from() - 5); k--) {
      String w = tokens.get(k).text();
      if (Lexicon.lower(tokens.get(k)).equals("between")) {
        return k < p.from() - 2;
      }
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> ORIGIN_FILLERS = Set.of("the", "inside", "within", "deep");
  // right after "from" only: "fire from across the LoC", "missiles fired from over the Golan Heights" (the side or
  // airspace fire left; not "launched from X over Y", where Y is what it flew at)
  private static final Set<String> ORIGIN_SIDES = Set.of("across", "over", "beyond");
  // The ground fire left, named before the place: "fired from rebel-held territory near Horlivka"
  private static final Set<String> ORIGIN_GROUND = Set.of("territory", "positions", "position", "area", "areas",
      "direction", "near", "around", "of",
      // "launched rockets from the north of the Gaza Strip", "from the outskirts of Idlib"
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "outskirts", "edge");

  /**
   * A place right after "from" (past "the", "inside": "from inside the Gaza Strip"), or after the ground it left
   * ("from rebel-held territory near Horlivka", "from the direction of X").
   */
  static boolean origin(List<Token> tokens, int from) {
    return backToFrom(tokens, from, 6, false);
  }

  // past these too for where an attack hit (not for who fired: Perpetrators reads origin): a town named by its kind,
  // an article, a list, and an unknown name before a comma and a bearing
  private static final Set<String> LAUNCH_MORE = Set.of("town", "village", "city", "a", "an", ",", "and");

  /**
   * Where fire left, named further from "from" than {@link #origin} looks: "launched from the village of X", "fired
   * from an area north of the village of X", "artillery from Salha, south of X", "launched from X and Y".
   */
  static boolean launchSite(List<Token> tokens, int from) {
    return backToFrom(tokens, from, 9, true);
  }

  /**
   * Whether "from" stands within {@code reach} tokens before {@code from} with only the ground fire left between
   * ({@link #ORIGIN_FILLERS}, {@link #ORIGIN_GROUND}, "-held", "-controlled"; {@link #ORIGIN_SIDES} right after
   * "from"); {@code further} also passes
   * {@link #LAUNCH_MORE} and capitalised words.
   */
  private static boolean backToFrom(List<Token> tokens, int from, int reach, boolean further) {
    for (int k = from - 1; k >= 0 && k >= from - reach; k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("from")) {
        return true;
      }
      if (ORIGIN_SIDES.contains(w) && k > 0 && Lexicon.lower(tokens.get(k - 1)).equals("from")) {
        return true;
      }
      if (!ORIGIN_FILLERS.contains(w) && !ORIGIN_GROUND.contains(w) && !w.endsWith("-held")
          && !w.endsWith("-controlled")
          && !(further && (LAUNCH_MORE.contains(w) || tokens.get(k).isCapitalised()))) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> DATELINE_ENDS = Set.of("-", "--", "—", "–", ":");

  /**
   * A place opening a sentence as a dateline: only capitalised words, a district word, commas, a date and an agency in
   * brackets stand between it and a dash or colon ("TAIZ -", "MARIB, Yemen, Oct. 29 (Xinhua) --", "Bint Jbeil
   * district —"), or an agency in brackets ends it ("JAMMU, Sept 1 (PTI) An Army jawan").
   */
  static boolean dateline(List<Token> tokens, PlaceSpan p) {
    if (p.from() > 1 && !afterSlashedCities(tokens, p.from())) {
      return p.from() <= 8 && datedBracket(tokens, p); // "October 5, 2024 (EL FASHER) -"
    }
    boolean bracket = false;
    for (int k = p.to(); k < Math.min(tokens.size(), p.to() + 10); k++) {
      Token t = tokens.get(k);
      String w = t.text();
      if (DATELINE_ENDS.contains(w)) {
        return true;
      }
      if (w.equals("(")) {
        bracket = true;
      } else if (w.equals(")")) {
        bracket = false;
        if (k + 1 < tokens.size() && tokens.get(k + 1).isCapitalised()) {
          return true; // "JAMMU, Sept 1 (PTI) An Army jawan was killed": the agency closes the dateline
        }
      } else if (!bracket && !w.equals(",") && !w.equals(".") && !w.equals("/") && !t.isNumber()
          && !t.isCapitalised() && !Set.of("district", "province", "region", "governorate").contains(Lexicon.lower(t))) {
        return false;
      }
    }
    return false;
  }

  /** Whether only capitalised words, each pair set apart by a slash, open the sentence before {@code at}: "BEIRUT/". */
  private static boolean afterSlashedCities(List<Token> tokens, int at) {
    if (at > 6 || !tokens.get(at - 1).text().equals("/")) {
      return false; // "WASHINGTON/DAMASCUS, Dec 13 -": a story filed from two cities names each first
    }
    for (int k = 0; k < at; k++) {
      if (!tokens.get(k).text().equals("/") && !tokens.get(k).isCapitalised()) {
        return false;
      }
    }
    return true;
  }

  /** A place in brackets after a sentence-opening date, a dash right after them: "October 5, 2024 (EL FASHER) -". */
  private static boolean datedBracket(List<Token> tokens, PlaceSpan p) {
    int open = p.from() - 1;
    if (!tokens.get(open).text().equals("(") || !Dating.bracketedPlaceThenDash(tokens, open)) {
      return false;
    }
    for (int k = 0; k < open; k++) {
      Token t = tokens.get(k);
      if (!t.isNumber() && !t.isCapitalised() && !t.text().equals(",") && !t.text().equals(".")) {
        return false;
      }
    }
    return open > 0;
  }

  /** "the Afghan capital", "Sudan's capital": the capital of the country named right before "capital". */
  private static java.util.Optional<Location> capitalNamed(AnnotatedSentence s, int[] clause, ArticleContext ctx) {
    List<Token> tokens = s.sentence().tokens();
    for (ActorSpan a : s.actors()) {
      if (a.from() < clause[0] || a.to() >= Math.min(tokens.size(), clause[1]) || a.country() == null
          || !"STATE".equals(a.role())) {
        continue;
      }
      int k = a.to();
      if (Lexicon.possessive(tokens.get(k)) && k + 1 < tokens.size()) {
        k++;
      }
      if (Lexicon.lower(tokens.get(k)).equals("capital")) {
        return ctx.capitals.apply(a.country());
      }
    }
    // "around the capital": a capital the sentence named before it ("north of Khartoum ... south of the capital"),
    // else the capital of the country the article's last town lies in
    for (int k = Math.max(1, clause[0]); k < Math.min(tokens.size(), clause[1]); k++) {
      if (Lexicon.lower(tokens.get(k)).equals("capital") && Lexicon.lower(tokens.get(k - 1)).equals("the")) {
        for (PlaceSpan p : s.places()) {
          if (p.to() < k && !p.inName() && capital(p.location(), ctx) && located(tokens, p)) {
            return java.util.Optional.of(p.location());
          }
        }
        if (ctx.lastTown != null && ctx.lastTown.country() != null) {
          return ctx.capitals.apply(ctx.lastTown.country());
        }
      }
    }
    return java.util.Optional.empty();
  }

  static final Set<String> FACILITIES = Set.of("airport", "base", "port", "harbour", "harbor", "hospital",
      "market", "camp", "station", "bridge", "dam", "refinery", "barracks", "checkpoint", "crossing");

  /** "Abha International Airport", "Nyala airport": a town named inside a facility's name is where the facility is. */
  // "in southern Al Jazirah State", "Kotli District": a place read as part of a capitalised name with its area noun
  // is that area
  private boolean areaNamed(List<Token> tokens, PlaceSpan p) {
    return p.to() < tokens.size() && tokens.get(p.to()).isCapitalised()
        && lexicon.at(tokens, p.to(), "areanoun") != null
        && (p.to() + 1 >= tokens.size() || !tokens.get(p.to() + 1).isCapitalised());
  }

  private static boolean facility(List<Token> tokens, PlaceSpan p) {
    for (int k = p.to(); k < Math.min(tokens.size(), p.to() + 3); k++) {
      String w = Lexicon.lower(tokens.get(k));
      if (FACILITIES.contains(w)) {
        return true;
      }
      if (!tokens.get(k).isCapitalised()) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> TOWN_NOUNS = Set.of("city", "town", "village");

  /**
   * "in the centre of the city", "in the western part of the town": a place phrase of the clause that refers back to
   * the town the article last named. Not "shelled the town" (the object of the attack verb: that sentence is about an
   * attack already told, and joins it) nor "outside the city" (where fire came from).
   */
  private static boolean townAnaphor(List<Token> tokens, int[] clause) {
    for (int k = Math.max(2, clause[0]); k < Math.min(tokens.size(), clause[1]); k++) {
      String d = Lexicon.lower(tokens.get(k - 1));
      String prep = Lexicon.lower(tokens.get(k - 2));
      if (TOWN_NOUNS.contains(Lexicon.lower(tokens.get(k))) && (d.equals("the") || d.equals("this"))
          && Set.of("in", "of", "through", "across", "inside").contains(prep)
          && !(k + 1 < tokens.size() && Lexicon.lower(tokens.get(k + 1)).equals("of"))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> LOCALS = Set.of("residents", "officials", "people", "sources", "witnesses",
      "authorities", "medics", "doctors", "villagers", "inhabitants", "locals", "official", "source", "resident");
  // who speaks from a capital speaks for the country: "officials in Kyiv said" says nothing of where it happened
  static final Set<String> GOVERNMENT = Set.of("officials", "official", "authorities", "sources", "source");

  /**
   * "Residents of Taiz blamed the rebels for shelling overnight": with no place of its own, an attack told by the
   * people of a place happened there (not one told by officials in a country's capital).
   */
  private static List<Location> speakersPlace(AnnotatedSentence s, Frame frame, ArticleContext ctx, boolean told) {
    if (frame == null || frame.verb() < 0) {
      return List.of();
    }
    List<Token> tokens = s.sentence().tokens();
    for (PlaceSpan p : s.places()) {
      if (p.inName() || p.to() > frame.verb() || p.from() < 2) {
        continue;
      }
      String prep = Lexicon.lower(tokens.get(p.from() - 1));
      String who = Lexicon.lower(tokens.get(p.from() - 2));
      if ((prep.equals("of") || prep.equals("in")) && LOCALS.contains(who)
          && !(GOVERNMENT.contains(who) && (told || capital(p.location(), ctx)))) {
        return List.of(p.location());
      }
    }
    return List.of();
  }

  /** Whether a place is named as one, after a word of location ("north of Khartoum"), not for its government. */
  private static boolean located(List<Token> tokens, PlaceSpan p) {
    String before = p.from() > 0 ? Lexicon.lower(tokens.get(p.from() - 1)) : "";
    return LOCATIVE.contains(before) || before.equals("of");
  }


  static boolean capital(Location l, ArticleContext ctx) {
    return l.country() != null && ctx.capitals.apply(l.country()).map(c -> c.name().equals(l.name())).orElse(false);
  }

  /** Where the news was told, not where it happened: "told reporters in Baku", "a Kyiv radio station". */
  boolean speechVenue(List<Token> tokens, PlaceSpan p, ArticleContext ctx) {
    return speechPlaces.venue(tokens, p, ctx);
  }

  // "talks in Moscow", "a meeting in Geneva": the place of a meeting, not of an attack.
  boolean aboutTalks(List<Token> tokens, int place) {
    for (int k = place - 1; k >= Math.max(0, place - 3); k--) {
      if (lexicon.at(tokens, k, "talks") != null || AGREEING.contains(tokens.get(k).lemma() != null
          ? tokens.get(k).lemma().toLowerCase(java.util.Locale.ROOT) : Lexicon.lower(tokens.get(k)))) {
        return true;
      }
    }
    return talksNamedBefore(tokens, place);
  }

  /**
   * "the meeting of the Trilateral Contact Group in Minsk": the place ends a talks noun's phrase whose other words
   * are "of", "the" and a capitalised name.
   */
  private boolean talksNamedBefore(List<Token> tokens, int place) {
    if (place < 2 || !Set.of("in", "at").contains(Lexicon.lower(tokens.get(place - 1)))) {
      return false;
    }
    for (int k = place - 2; k >= Math.max(0, place - 9); k--) {
      if (lexicon.at(tokens, k, "talks") != null) {
        return true;
      }
      String w = Lexicon.lower(tokens.get(k));
      if (!(w.equals("of") || w.equals("the") || tokens.get(k).isCapitalised()
          || TALKS_UNDER_WAY.contains(w))) {
        return false;
      }
    }
    return false;
  }

  // "the truce talks under way in Doha", "talks being held in X": the words between talks and their venue
  private static final Set<String> TALKS_UNDER_WAY = Set.of("under", "way", "underway", "being", "held", "now");

  /** "weapons banned by the Minsk agreements", "the Jeddah talks": a place that names a deal or talks, not a place hit. */
  private boolean namesAccord(List<Token> tokens, PlaceSpan p) {
    return p.to() < tokens.size()
        && (lexicon.at(tokens, p.to(), "accord") != null || lexicon.at(tokens, p.to(), "talks") != null
            || lexicon.at(tokens, p.to(), "dealname") != null);
  }

  // "army chiefs agreed in Moscow to stop shooting", "the truce signed in Bishkek": where the deal was made.
  private static final Set<String> AGREEING = Set.of("agree", "agreed", "sign", "signed", "broker", "brokered",
      "mediate", "mediated", "negotiate", "negotiated", "meet", "met", "host", "hosted", "convene", "convened");

  /** A place named inside a longer actor ("Azerbaijan's Defense Ministry"); a bare country or region is a place. */
  private static boolean insideActor(AnnotatedSentence s, PlaceSpan p) {
    for (ActorSpan a : s.actors()) {
      if (p.from() >= a.from() && p.to() <= a.to() && a.to() - a.from() > p.to() - p.from()) {
        return true;
      }
    }
    return false;
  }

  /** A country, region or capital the actor dictionary also knows ("Baku said", "between Baku and Yerevan"). */
  private static boolean namesAnActor(AnnotatedSentence s, PlaceSpan p) {
    for (ActorSpan a : s.actors()) {
      if (a.from() == p.from() && a.to() == p.to()) {
        return true;
      }
    }
    return false;
  }

  // Such a name is a place when a locative preposition or an attack verb governs it ("in Armenia", "capture
  // Nagorno-Karabakh"), allowing a determiner and adjectives between; or a part of it ("in the east of Aleppo", not
  // "a village west of Aleppo", where it only says where another place lies).
  private boolean locative(List<Token> tokens, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 4); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (LOCATIVE.contains(w) || lexicon.at(tokens, k, "attack") != null || w.equals("of") && k > 0
          && (PLACE_NOUNS.contains(Lexicon.lower(tokens.get(k - 1))) || k > 1
              && lexicon.at(tokens, k - 1, "bearing") != null && Lexicon.lower(tokens.get(k - 2)).equals("the"))) {
        return true;
      }
      String tag = tokens.get(k).tag();
      if (!(w.equals("the") || tag != null && (tag.equals("ADJ") || tag.equals("DET")))) {
        return false;
      }
    }
    return false;
  }

  /**
   * A place after "to" that a verb of going governs ("deploy to", "fled to", "returned to the town of"), or the next
   * of a list of such places ("deploy to Khartoum and North Darfur").
   */
  boolean destination(List<Token> tokens, int at) {
    int k = at - 1;
    while (k > 0 && k > at - 8 && (Set.of("the", "town", "city", "village", "of", "and", ",")
        .contains(Lexicon.lower(tokens.get(k))) || "PROPN".equals(tokens.get(k).tag()))) {
      k--;
    }
    if (k <= 0) {
      return false;
    }
    Lexicon.Entry verb = lexicon.at(tokens, k - 1, "motion");
    String w = Lexicon.lower(tokens.get(k));
    // "militants waiting to infiltrate into the valley": where they meant to get, not where they were hit
    return verb != null && (w.equals("to") || w.equals("into") && verb.value().equals("entry"));
  }

  private static final Set<String> FLED_PLACE_WORDS = Set.of("the", "town", "city", "village", "of", "in", "from",
      "and", ",");

  /**
   * A place that a verb of flight (lexicon: flight) leaves, itself or through the violence fled:
   * "residents fled Kadugli", "families who fled the fighting in Khartoum", "displaced from the city of X".
   */
  boolean fledFrom(List<Token> tokens, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 7); k--) {
      Lexicon.Entry flight = lexicon.at(tokens, k, "flight");
      if (flight != null) {
        return !AttackClauses.namedPeople(tokens, k); // "a camp for the displaced in El Fasher" is no leaving
      }
      String w = Lexicon.lower(tokens.get(k));
      String tag = tokens.get(k).tag();
      boolean violence = lexicon.at(tokens, k, "attack") != null && !"VERB".equals(tag);
      if (!(FLED_PLACE_WORDS.contains(w) || violence || "PROPN".equals(tag) || "ADJ".equals(tag))) {
        return false;
      }
    }
    return false;
  }

  /**
   * A capital that is the subject of a verb of saying or judging (lexicon: speech, stanceverb) right after it, not
   * after a preposition: the government it stands for ("which Ankara regards as", "Baku says"; a verb in -s the
   * tagger calls a plural noun counts).
   */
  private boolean capitalSpeaks(List<Token> tokens, PlaceSpan p, ArticleContext ctx) {
    if (p.to() >= tokens.size() || "NOUN".equals(tokens.get(p.to()).tag()) && !tokens.get(p.to()).text().endsWith("s")
        || !capital(p.location(), ctx)
        || p.from() > 0 && Set.of("ADP", "DET").contains(tokens.get(p.from() - 1).tag())) {
      return false;
    }
    return lexicon.at(tokens, p.to(), "speech") != null || lexicon.at(tokens, p.to(), "stanceverb") != null;
  }

  private static final Set<String> ANSWER_EDGES = Set.of(".", ";", ":", "(", ")");

  /**
   * Whether the place at {@code at} lies in a phrase naming the earlier act the trigger at {@code t} answers (lexicon:
   * answerfor): "in response to Israel's strikes on Beirut", "in retaliation for the Jenin raid", "... aggression
   * against villages, Naqoura among them". Not when the trigger is inside the phrase, nor past a comma that opens a
   * new clause (", hitting Marib"), nor past any comma when the trigger follows the place (its subject may come next).
   */
  boolean answered(List<Token> tokens, int t, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 16); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (k == t || ANSWER_EDGES.contains(w)) {
        return false;
      }
      if (w.equals(",") && (t > at || k + 1 < tokens.size() && clauseOpener(tokens.get(k + 1)))) {
        return false;
      }
      if (lexicon.at(tokens, k, "answerfor") != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean clauseOpener(Token next) {
    return Set.of("VERB", "AUX", "PRON", "SCONJ").contains(next.tag())
        || Set.of("which", "who", "while", "and", "but").contains(Lexicon.lower(next));
  }

  private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");

  /**
   * Whether {@code p} is the second end of a road or front named by its two ends: "the X-Y highway", "the X–Y
   * section of the front" (lexicon: roadway). The first end tells where on it the attack fell.
   */
  private boolean secondEndOfRoad(List<Token> tokens, PlaceSpan p) {
    if (p.to() >= tokens.size() || lexicon.at(tokens, p.to(), "roadway") == null) {
      return false;
    }
    String word = tokens.get(p.to() - 1).text();
    String surface = p.location().surface();
    if (surface != null && word.length() > surface.length() && word.endsWith(surface)
        && DASHES.contains(word.substring(word.length() - surface.length() - 1, word.length() - surface.length()))) {
      return true; // "Kramatorsk-Sloviansk" as one token: the place written after its dash
    }
    int dash = p.from() - 1;
    return dash >= 1 && DASHES.contains(tokens.get(dash).text()) && tokens.get(dash - 1).isCapitalised();
  }

  /** Whether the place at {@code at} is where the wounded or dead were brought or lie, not where they were hit. */
  boolean careDestination(List<Token> tokens, int at) {
    return carePlaces.destination(tokens, at);
  }

  private static boolean topic(List<Token> tokens, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 4); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("over") || w.equals("about") || w.equals("regarding")) {
        return true;
      }
      String tag = tokens.get(k).tag();
      if (!(w.equals("the") || tag != null && (tag.equals("ADJ") || tag.equals("DET") || tag.equals("PROPN")))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the place at {@code from} is only the far reference of a bearing ("Roza (89km south of Donetsk)"): no
   * place of the attack, nor the town "the village" later refers back to.
   */
  boolean farReference(List<Token> tokens, int from) {
    int of = from - 1;
    return of >= 2 && Lexicon.lower(tokens.get(of)).equals("of") && lexicon.at(tokens, of - 1, "bearing") != null
        && farBearing(tokens, of - 1);
  }

  /** The distance a bearing word is said to lie ("30 km south-west"), at or beyond which its reference is no place. */
  private static final double FAR_KM = 20;
  private static final java.util.regex.Pattern FAR =
      java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(km|kms|miles)?");

  /** Whether the bearing at {@code b} follows a distance of {@link #FAR_KM} or more: "30 km", "30km", "20 miles". */
  static boolean farBearing(List<Token> tokens, int b) {
    java.util.regex.Matcher one = b >= 1 ? FAR.matcher(Lexicon.lower(tokens.get(b - 1))) : null;
    if (one != null && one.matches() && one.group(2) != null) {
      return km(one.group(1), one.group(2)) >= FAR_KM; // "30km"
    }
    if (b < 2 || !DistancedTowns.UNITS.contains(Lexicon.lower(tokens.get(b - 1)))) {
      return false;
    }
    java.util.regex.Matcher n = FAR.matcher(Lexicon.lower(tokens.get(b - 2)));
    return n.matches() && n.group(2) == null && km(n.group(1), Lexicon.lower(tokens.get(b - 1))) >= FAR_KM;
  }

  /** A figure and its unit in kilometres. */
  private static double km(String figure, String unit) {
    return Double.parseDouble(figure) * (unit.startsWith("mi") ? 1.609 : 1);
  }
}
