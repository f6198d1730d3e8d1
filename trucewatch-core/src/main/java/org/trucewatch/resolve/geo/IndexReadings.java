package org.trucewatch.resolve.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trucewatch.internal.Texts;
import org.trucewatch.resolve.geo.Place.Precision;

/**
 * Readings from the imported index ({@link PlaceIndex}) and from qualifiers, for the names the in-memory gazetteer
 * cannot place: a capitalised name after a locative ("near Koti"), or one qualified by a known area ("Koti, Tavush",
 * "the village of Koti in Tavush province"). A name the index places inside its qualifier gets those readings; a
 * name nobody knows, written after a locative beside a known area, stands for that area, with the name as written kept
 * ("near Koti, Tavush" → Tavush, surface "Koti"). Reads the text and its mentions; at most {@link #MAX_LOOKUPS} index
 * queries per text. One instance per text; not shared between threads.
 */
final class IndexReadings {

  static final int MAX_LOOKUPS = 300;

  // Up to four capitalised words, hyphens and apostrophes inside ("Nova Hrodivka", "Chak Jawara", "Bani-Na'im").
  // Possessive hyphen loops: a greedy group loop recurses once per "-a", and fuzzing found "A-a-a-..." overflowing.
  private static final Pattern NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}'’]*+(?:-\\p{L}[\\p{L}'’]*+)*+(?:[ \\u00A0]+\\p{Lu}[\\p{L}'’]*+(?:-\\p{L}[\\p{L}'’]*+)*+){0,3}");
  static final Pattern LOCATIVE_BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:near|in|at|outside|around|from|into|toward|towards|hit|shelled|struck)"
          + "|\\b(?:village|villages|town|settlement|hamlet|city|outskirts|suburb|area|areas) of(?: the)?)"
          + "[ \\u00A0]+(?:the[ \\u00A0]+)?$");
  static final Pattern COMMA = Pattern.compile("^\\s*,\\s*");
  // The first letters of IN_OF's words after its spaces (case as written: the expression has no flags)
  static final String CONTAINER_LETTERS = "dslantvio";
  // "in Yemen's northern Saada province": a bearing may stand between the country and its area
  private static final Pattern POSSESSIVE_GAP = Pattern.compile(
      "['’]s\\s+(?:(?:far\\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\\s+)?", Pattern.CASE_INSENSITIVE);
  // " in Tavush", " of Donetsk region", " district of Saada province" (the name is a part of the area after it)
  static final Pattern IN_OF = Pattern.compile(
      "^\\s+(?:(?:district|sector|locality|area|neighbou?rhood|town|village)\\s+)?(?:in|of)\\s+(?:the\\s+)?");
  // ", in Saada province", ", a town in North Darfur", ", a small border village in Tavush": a comma, then where it lies
  static final Pattern COMMA_IN = Pattern.compile(
      "^\\s*,\\s*(?:(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?<part>town|village|city|hamlet|settlement|locality)\\s+)?"
          + "in\\s+(?:the\\s+)?");
  // The area named before the name: "the North Darfur town of X", "In Luhansk region, near the village of X"
  private static final Pattern AREA_BEFORE = Pattern.compile(
      "^\\s*(?:(?:province|region|district|oblast|governorate|state|county)\\s*)?(?:,\\s*(?:near|in|at|outside|around)\\s+the\\s+)?"
          + "(?:town|village|city|hamlet|settlement|locality)\\s+of\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern AREA_WORD = Pattern.compile(
      "^[\\s-]*(?:province|region|district|oblast|governorate|marz|rayon|raion|state|division|tehsil|county)\\b",
      Pattern.CASE_INSENSITIVE);
  /** Capitalised words that open a sentence or a clause, never a place. */
  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "he", "she",
      "it", "they", "we", "i", "his", "her", "their", "its", "our", "however", "but", "and", "or", "on", "in", "at",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms");

  private final String text;
  private final Gazetteer gazetteer;
  private final PlaceIndex index;
  private final MentionRules.Scan scan;
  private final Map<String, List<PlaceIndex.IndexedPlace>> cache = new HashMap<>();
  private final Map<String, GazetteerEntry> extra = new HashMap<>();
  private final Map<String, String> admin2 = new HashMap<>();
  // the countries of the text's own mentions; a bare "near X" is read in these and the hint's
  private final Set<String> textCountries = new HashSet<>();
  private final ScopeHint hint; // the story's conflict countries and divisions, where a spelling variant may be read
  private int lookups;
  // Whether the caller's countries were asked about: else augment gives the same mentions under any hint.
  private boolean hintSensitive;
  // Every question augment put to the hint, with the state it was asked in and its answer: replayed under another
  // hint, equal answers mean augment would run the same steps there (see sameUnder).
  private final List<Asked<?>> asked = new ArrayList<>();
  // The starts of the mentions given to augment (sorted), and the furthest end among each prefix of them: mentions
  // added later lie before the scan and never answer these lookups, so binary search replaces a scan per name.
  private int[] starts = new int[0];
  private int[] maxEnd = new int[0];

  /** @param hint countries the caller expects, where a bare "near X" may be looked for besides the text's own */
  IndexReadings(String text, Gazetteer gazetteer, PlaceIndex index, ScopeHint hint) {
    this(gazetteer, index, hint, new TextFacts(text));
  }

  /** A reading of {@code facts}' text that shares what an earlier reading of it under another hint already read. */
  IndexReadings(Gazetteer gazetteer, PlaceIndex index, ScopeHint hint, TextFacts facts) {
    this.text = facts.text;
    this.gazetteer = gazetteer;
    this.index = index;
    this.scan = facts.scan;
    this.hint = hint;
    this.facts = facts;
  }

  private final TextFacts facts;

  /** What this reading read from the text alone, for a reading of the same text under another hint. */
  TextFacts facts() {
    return facts;
  }

  /**
   * What {@link #augment} reads from the text alone, whatever the hint and the mentions: the name the pattern finds
   * from a position, whether a locative stands before a position, the gazetteer's spellings like a name, and the
   * text's {@link MentionRules.Scan}. Each answer is a function of the text (and the gazetteer), kept as first asked,
   * so that the resolver's second reading under the article's conflict asks none of them again. Reads the text;
   * writes nothing outside itself; one per text, not shared between threads.
   */
  static final class TextFacts {
    final String text;
    final MentionRules.Scan scan;
    private final Matcher names;
    private final Map<Integer, Long> nameFrom = new HashMap<>(); // from -> start << 32 | end, or -1 for none
    private final Map<Integer, Boolean> locative = new HashMap<>();
    private final Map<String, List<Place>> spelled = new HashMap<>();
    private int reads; // answers computed, not recalled (for tests)

    TextFacts(String text) {
      this.text = text;
      this.scan = new MentionRules.Scan(text);
      this.names = NAME.matcher(text);
    }

    /** The first match of {@link #NAME} at or after {@code from} as start << 32 | end, or -1 (as find(from)). */
    long nameFrom(int from) {
      Long kept = nameFrom.get(from);
      if (kept != null) {
        return kept;
      }
      reads++;
      long found = names.find(from) ? (long) names.start() << 32 | names.end() : -1L;
      nameFrom.put(from, found);
      return found;
    }

    /** {@link IndexReadings#locativeBefore(String, int)} of the text. */
    boolean locativeBefore(int s) {
      Boolean kept = locative.get(s);
      if (kept != null) {
        return kept;
      }
      reads++;
      boolean found = IndexReadings.locativeBefore(text, s);
      locative.put(s, found);
      return found;
    }

    /** {@link Gazetteer#spelledLike} of a name written in the text (read only: the list is shared). */
    List<Place> spelledLike(Gazetteer gazetteer, String written) {
      List<Place> kept = spelled.get(written);
      if (kept == null) {
        reads++;
        kept = List.copyOf(gazetteer.spelledLike(written));
        spelled.put(written, kept);
      }
      return kept;
    }

    /** How many answers were computed rather than recalled. */
    int reads() {
      return reads;
    }
  }

  /**
   * Whether {@link #augment} asked which countries the caller expects (a bare "near X" the index knows): only then
   * can its mentions differ under another hint. Every other step of it reads the text and the mentions alone.
   */
  boolean hintSensitive() {
    return hintSensitive;
  }

  /** A question to the hint: what depends on the hint, over values read from the text and mentions as they were. */
  private record Asked<T>(java.util.function.Function<ScopeHint, T> question, T answer) {}

  private <T> T ask(java.util.function.Function<ScopeHint, T> question) {
    T answer = question.apply(hint);
    asked.add(new Asked<>(question, answer));
    return answer;
  }

  /**
   * Whether {@link #augment} under {@code other} would give what it gave here: the hint is read only through the
   * questions it was asked, and where each answers alike, each step after it reads the same state, so all do; then
   * the mentions, the added entries and the divisions are the same, and this reading stands for that one.
   */
  boolean sameUnder(ScopeHint other) {
    for (Asked<?> a : asked) {
      if (!java.util.Objects.equals(a.question().apply(other), a.answer())) {
        return false;
      }
    }
    return true;
  }

  /** The entry of a reading this class added (an index place), or null. */
  GazetteerEntry extra(String id) {
    return extra.get(id);
  }

  /** The admin2 code of an index place, or null. */
  String admin2(String id) {
    return admin2.get(id);
  }

  /** The mentions (sorted by start), with index readings added, new mentions for names only the index or a qualifier
   * places, and the qualifier of a name that now stands for it dropped; sorted by start. */
  List<PlaceMention> augment(List<PlaceMention> ms) {
    List<PlaceMention> out = new ArrayList<>(ms);
    Set<Integer> drop = new HashSet<>();
    starts = new int[ms.size()];
    maxEnd = new int[ms.size()];
    for (int i = 0; i < ms.size(); i++) {
      starts[i] = ms.get(i).start();
      maxEnd[i] = Math.max(i > 0 ? maxEnd[i - 1] : Integer.MIN_VALUE, ms.get(i).end());
      if (i > 0 && starts[i] < starts[i - 1]) {
        throw new IllegalArgumentException("mentions not sorted by start");
      }
    }
    for (PlaceMention m : ms) {
      if (m.role() != PlaceMention.Role.NAME_PART) {
        textCountries.add(m.place().country());
      }
    }
    int from = 0;
    long name;
    while (from < text.length() && (name = facts.nameFrom(from)) >= 0) {
      int e = (int) name;
      int s = afterLeadWord((int) (name >>> 32), e); // "In Kheyam, drones struck": the preposition is no part of it
      from = e;
      int at = indexAt(out, s);
      int cut = firstStartInside(out, s, e);
      if (at < 0 && cut > s) {
        e = trimEnd(cut);
      }
      if (at < 0 && cut == s || e <= s) {
        continue;
      }
      if (at >= 0) {
        if (firstWordAbroad(out, at, e)) {
          drop.add(at); // "Abu Hamam Sharqi": a name the gazetteer lacks is no town abroad named like its first word
        }
        e = out.get(at).end();
        from = e;
      }
      Container c = container(out, e);
      if (at >= 0) {
        if (c != null && out.get(at).role() == PlaceMention.Role.PLACE && !anyInside(readings(out.get(at)), c)) {
          List<Place> inside = inside(lookup(out.get(at).surface()), c);
          if (!inside.isEmpty()) { // "Novoselivka, Kharkiv": the index knows the one the gazetteer lacks
            List<Place> all = new ArrayList<>(inside);
            all.addAll(readings(out.get(at)));
            out.set(at, mention(out.get(at), all));
          } else if ((c.explicit || facts.locativeBefore(s)) && onlyVillagesAbroad(readings(out.get(at)), c)) {
            // "near Koti, Tavush" where Koti is only another country's small town: the qualifier is right, not it
            out.set(at, new PlaceMention(s, e, text.substring(s, e), c.area, List.of(), PlaceMention.Role.PLACE));
            if (c.mention >= 0 && out.get(c.mention).role() == PlaceMention.Role.PLACE) {
              drop.add(c.mention);
            }
          }
        }
        continue;
      }
      if (c == null) {
        c = areaBefore(out, s);
      }
      boolean locative = facts.locativeBefore(s); // read only where it decides: most names the gazetteer knows skip it
      if (!locative && c == null || NOT_NAMES.contains(text.substring(s, e).toLowerCase(Locale.ROOT))) {
        continue;
      }
      addUnknown(out, drop, s, e, c, locative);
    }
    List<PlaceMention> kept = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      if (!drop.contains(i)) {
        kept.add(out.get(i));
      }
    }
    kept.sort(Comparator.comparingInt(PlaceMention::start));
    return kept;
  }

  // What may follow the keyword of a locative match: spaces, "the", a line end.
  private static final String LOCATIVE_TAIL = " \u00A0tTheEhH\n\r\u0085\u2028\u2029";
  private static final int LONGEST_LOCATIVE_KEYWORD = "settlement of the".length();

  /**
   * Whether {@link #LOCATIVE_BEFORE} finds a match in the 40 characters before {@code s}. A match ends at their end
   * (or before a final line end), and what follows its keyword is only spaces, "the" and line ends, so it starts at
   * most the longest keyword's length before the run of such characters that ends them: the pattern is tried from
   * there, not from each of the 40 positions (the characters before stay visible to its word boundary).
   */
  static boolean locativeBefore(String text, int s) {
    String before = text.substring(Math.max(0, s - 40), s);
    int t = before.length();
    while (t > 0 && LOCATIVE_TAIL.indexOf(before.charAt(t - 1)) >= 0) {
      t--;
    }
    return LOCATIVE_BEFORE.matcher(before).region(Math.max(0, t - LONGEST_LOCATIVE_KEYWORD), before.length())
        .useTransparentBounds(true).find();
  }

  /** A name the gazetteer lacks: the index's readings (inside the qualifier, if any), else the qualifier itself. */
  private void addUnknown(List<PlaceMention> out, Set<Integer> drop, int s, int e, Container c, boolean locative) {
    for (int end = e; end > s; end = shorter(s, end)) { // "Koti Armenian": the longest prefix the index knows
      PlaceMention.Role role = scan.role(s, end);
      if (role == null || role == PlaceMention.Role.NAME_PART && !locative) {
        continue;
      }
      List<Place> found = lookup(text.substring(s, end));
      if (found.isEmpty() && end == e) {
        found = spelledLike(text.substring(s, end), c);
      }
      if (c != null && end == e) {
        found = inside(found, c);
      } else if (!locative) {
        found = List.of();
      } else {
        // A bare "near X": only in a country the text (or the caller) is about; millions of GeoNames names include
        // many that are also English words.
        hintSensitive |= !found.isEmpty();
        List<Place> all = found;
        found = ask(h -> all.stream()
            .filter(p -> h.countries().contains(p.country()) || textCountries.contains(p.country())).toList());
      }
      if (!found.isEmpty()) {
        PlaceMention fresh = new PlaceMention(s, end, text.substring(s, end), found.get(0), List.of(),
            PlaceMention.Role.PLACE);
        out.add(mention(fresh, found));
        return;
      }
    }
    if (c != null && (locative || c.says)) {
      // Written beside a known area: the report is about that area, at its precision, naming the village as written
      // (the event says "Kalogi", placed at South Kordofan's point, as ACLED codes a village it cannot locate).
      String written = text.substring(s, e);
      Place named = new Place(c.area.id(), written, c.area.lat(), c.area.lon(), c.area.country(), c.area.admin1(),
          c.area.precision(), c.area.featureCode());
      out.add(new PlaceMention(s, e, written, named, List.of(), PlaceMention.Role.PLACE));
      if (c.mention >= 0 && out.get(c.mention).role() == PlaceMention.Role.PLACE) {
        drop.add(c.mention);
      }
    }
  }

  /**
   * The one place of the story's countries (inside the qualifier, if any) that a name no spelling of the gazetteer
   * matches is a transliteration of ("Fassouta" for "Fassuta"); none where the key reads as two places or none: a
   * wrong place is worse than an unknown one.
   */
  private List<Place> spelledLike(String written, Container c) {
    List<Place> all = facts.spelledLike(gazetteer, written);
    hintSensitive |= !all.isEmpty();
    // what the hint is not asked about, read now: not a country, inside the qualifier; and each place's division
    List<Place> candidates = all.stream()
        .filter(p -> p.precision() != Precision.COUNTRY) // a country is written as the gazetteer has it
        .filter(p -> c == null || contains(c.area, p)).toList();
    List<String> codes = candidates.stream().map(p -> entry(p).admin1Code()).toList();
    return ask(h -> {
      List<Place> ours = new ArrayList<>();
      for (int i = 0; i < candidates.size(); i++) {
        if (inScope(h, candidates.get(i), codes.get(i))) {
          ours.add(candidates.get(i));
        }
      }
      return ours.stream().map(Place::id).distinct().count() == 1 ? List.of(ours.get(0)) : List.of();
    });
  }

  /** In the hint's countries, and in its divisions where it names some of that country ("Jammu and Kashmir"). */
  private static boolean inScope(ScopeHint hint, Place p, String code) {
    if (!hint.countries().contains(p.country())) {
      return false;
    }
    boolean divided = hint.admin1Codes().stream().anyMatch(k -> k.startsWith(p.country() + "."));
    return !divided || code != null && hint.admin1Codes().contains(code);
  }

  /** The area that qualifies a name ending at {@code end}: ", Tavush", " in Tavush province", " of Donetsk region". */
  private Container container(List<PlaceMention> ms, int end) {
    if (!RegexGates.mayQualify(text, end, CONTAINER_LETTERS)) {
      return null; // neither a comma nor, after a space, a word IN_OF opens with: none of the three matches
    }
    String rest = text.substring(end, Math.min(text.length(), end + 80));
    Matcher commaIn = COMMA_IN.matcher(rest);
    Matcher comma = COMMA.matcher(rest);
    Matcher inOf = IN_OF.matcher(rest);
    int at;
    final boolean explicit;
    boolean says = false;
    if (commaIn.find()) {
      at = end + commaIn.end();
      explicit = true;
      says = commaIn.group("part") != null; // ", a town in": the name is a settlement, whatever the word before it
    } else if (comma.find()) {
      at = end + comma.end();
      explicit = false;
    } else if (inOf.find()) {
      at = end + inOf.end();
      explicit = true;
    } else {
      return null;
    }
    int k = indexAt(ms, at);
    int first = k;
    // the chain is followed as far as PlaceResolver follows it, so that "X's X's X's ..." costs no square
    while (k >= 0 && k + 1 < ms.size() && k < first + PlaceResolver.MAX_CHAIN
        && ms.get(k).role() == PlaceMention.Role.POSSESSIVE
        && POSSESSIVE_GAP.matcher(text.substring(ms.get(k).end(), Math.max(ms.get(k).end(), ms.get(k + 1).start())))
        .matches()) {
      k++; // "in Armenia's Gegharkunik province": the innermost area
    }
    final int j = k;
    final boolean part = says;
    if (j >= 0) {
      PlaceMention q = ms.get(j);
      boolean word = AREA_WORD.matcher(text.substring(q.end(), Math.min(text.length(), q.end() + 20))).find();
      // After "in" without an area word only a country or region qualifies ("in Armenia"); "in Ganja" does not.
      return readings(q).stream().map(p -> word ? divisionOfSeat(p) : p).filter(Gazetteer::isArea)
          .filter(p -> word || !explicit || p.precision() == Precision.COUNTRY || p.precision() == Precision.REGION)
          .findFirst().map(p -> new Container(p, j, explicit, part)).orElse(null);
    }
    Matcher n = NAME.matcher(text).region(at, Math.min(text.length(), at + 60));
    if (n.lookingAt() && AREA_WORD.matcher(text.substring(n.end(), Math.min(text.length(), n.end() + 20))).find()) {
      // "in Poonch district": an area only the index knows
      for (Place p : lookup(n.group())) {
        if (p.precision() != Precision.PLACE) {
          return new Container(p, -1, explicit);
        }
      }
    }
    return null;
  }

  /**
   * The area named just before a name the sentence calls a settlement: "the North Darfur town of X", "In Luhansk
   * region, near the village of X" (not a bare town: "the Ganja village of X" keeps its own reading).
   */
  private Container areaBefore(List<PlaceMention> ms, int s) {
    int k = lowerBound(s) - 1;
    if (k < 0 || k >= ms.size() || ms.get(k).end() > s || s - ms.get(k).end() > 60) {
      return null;
    }
    PlaceMention q = ms.get(k);
    if (q.role() == PlaceMention.Role.NAME_PART || q.role() == PlaceMention.Role.ACTOR
        || !AREA_BEFORE.matcher(text.substring(q.end(), s)).find()) {
      return null;
    }
    return readings(q).stream().filter(Gazetteer::isArea).filter(p -> p.precision() != Precision.PLACE)
        .findFirst().map(p -> new Container(p, k, true, true)).orElse(null);
  }

  /** "Saada province": the province a provincial seat's name stands for before an area word; else the place itself. */
  private Place divisionOfSeat(Place p) {
    if (p.precision() != Precision.PLACE || !"PPLA".equals(p.featureCode())) {
      return p;
    }
    String code = entry(p).admin1Code();
    return code == null ? p : gazetteer.byId("admin:" + code).orElse(p);
  }

  /** An area that qualifies a name; explicit where "in"/"of" says so, not a bare comma (which may join a list). */
  private record Container(Place area, int mention, boolean explicit, boolean says) {

    Container(Place area, int mention, boolean explicit) {
      this(area, mention, explicit, false);
    }
  }

  private List<Place> inside(List<Place> places, Container c) {
    return places.stream().filter(p -> contains(c.area, p)).toList();
  }

  /**
   * Readings that are all settlements of under 100,000 far from the qualifier (another country, or over 150 km from
   * its point): "Koti, Tavush" read as Kotri in Pakistan. Not "Marhanets, Zaporizhzhia", a list of neighbours.
   */
  private boolean onlyVillagesAbroad(List<Place> places, Container c) {
    return places.stream().allMatch(p -> p.precision() == Precision.PLACE && entry(p).population() < 100_000
        && (!p.country().equals(c.area.country()) || p.kmTo(c.area) > 150));
  }

  private boolean anyInside(List<Place> places, Container c) {
    return places.stream().anyMatch(p -> !p.id().equals(c.area.id()) && contains(c.area, p));
  }

  /** Whether {@code area} holds {@code p}: same country, and same admin1 (and admin2 for an index district). */
  boolean contains(Place area, Place p) {
    if (!area.country().equals(p.country()) || area.id().equals(p.id())) {
      return false;
    }
    if (area.precision() == Precision.COUNTRY) {
      return true;
    }
    GazetteerEntry a = entry(area);
    GazetteerEntry e = entry(p);
    String a2 = admin2(area.id());
    if (a2 != null && area.precision() == Precision.DISTRICT) {
      return a2.equals(admin2(p.id()));
    }
    if (a.admin1Code() != null) {
      return a.admin1Code().equals(e.admin1Code());
    }
    return area.kmTo(p) <= 60;
  }

  GazetteerEntry entry(Place p) {
    GazetteerEntry e = extra.get(p.id());
    return e != null ? e : gazetteer.entry(p);
  }

  /** The index's readings of a name, as gazetteer places where the gazetteer has the same GeoNames row. */
  private List<Place> lookup(String written) {
    String key = Texts.foldKey(written);
    List<PlaceIndex.IndexedPlace> found = cache.get(key);
    if (found == null) {
      if (lookups >= MAX_LOOKUPS) {
        return List.of();
      }
      lookups++;
      found = index.lookup(key);
      cache.put(key, found);
    }
    List<Place> out = new ArrayList<>(found.size());
    for (PlaceIndex.IndexedPlace ip : found) {
      GazetteerEntry own = gazetteer.entryOrNull(ip.place().id());
      if (own != null) {
        out.add(own.place());
        continue;
      }
      Place p = ip.place();
      if (p.admin1() == null && gazetteer.admin1Name(ip.admin1Code()) != null) {
        p = new Place(p.id(), p.name(), p.lat(), p.lon(), p.country(), gazetteer.admin1Name(ip.admin1Code()),
            p.precision(), p.featureCode());
      }
      extra.putIfAbsent(p.id(), new GazetteerEntry(p, ip.population(), false, false, false, ip.admin1Code()));
      if (ip.admin2Code() != null) {
        admin2.putIfAbsent(p.id(), ip.admin2Code());
      }
      out.add(extra.get(p.id()).place());
    }
    return out;
  }

  private PlaceMention mention(PlaceMention m, List<Place> readings) {
    List<Place> ranked = new ArrayList<>(new java.util.LinkedHashSet<>(readings));
    ranked.sort(Comparator.comparingDouble((Place p) -> Gazetteer.prior(entry(p))).reversed());
    return new PlaceMention(m.start(), m.end(), m.surface(), ranked.get(0), ranked.subList(1, ranked.size()),
        m.role());
  }

  static List<Place> readings(PlaceMention m) {
    List<Place> all = new ArrayList<>(1 + m.alternatives().size());
    all.add(m.place());
    all.addAll(m.alternatives());
    return all;
  }

  /** The first of the given mentions that starts at {@code start}, or -1. */
  private int indexAt(List<PlaceMention> ms, int start) {
    int k = lowerBound(start);
    return k < starts.length && starts[k] == start ? k : -1;
  }

  /** {@code s} where a known name runs over it, else the first start of one in {@code [s, e)}, else {@code e}. */
  private int firstStartInside(List<PlaceMention> ms, int s, int e) {
    int k = lowerBound(s);
    if (k > 0 && maxEnd[k - 1] > s) {
      return s; // inside a longer known name
    }
    return k < starts.length && starts[k] < e ? starts[k] : e;
  }

  private int lowerBound(int value) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int trimEnd(int e) {
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /**
   * Whether the known town at mention {@code at} only opens a longer capitalised name ending at {@code nameEnd} (the
   * next word no known name, weekday or month) and lies only outside the story's countries: the longer name is a
   * place the gazetteer lacks, and a same-named town abroad is a wrong place, worse than none.
   */
  private boolean firstWordAbroad(List<PlaceMention> out, int at, int nameEnd) {
    PlaceMention k = out.get(at);
    if (k.role() != PlaceMention.Role.PLACE || nameEnd <= k.end()) {
      return false;
    }
    int next = k.end();
    while (next < nameEnd && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    int wordEnd = next;
    while (wordEnd < nameEnd && !Character.isWhitespace(text.charAt(wordEnd))) {
      wordEnd++;
    }
    hintSensitive |= !hint.countries().isEmpty();
    int after = indexAt(out, next);
    // "Stepanakert Shushi": a row of the story's places; "Kherson Monday": a date after the name
    boolean notAName = next >= nameEnd || NOT_NAMES.contains(text.substring(next, wordEnd).toLowerCase(Locale.ROOT));
    List<Place> afterReadings = after >= 0 ? readings(out.get(after)) : List.of();
    List<Place> own = readings(k);
    return ask(h -> !h.countries().isEmpty() && !notAName
        && afterReadings.stream().noneMatch(p -> h.countries().contains(p.country()))
        && own.stream().allMatch(p -> p.precision() == Precision.PLACE && !h.countries().contains(p.country())));
  }

  /** The start of the word after {@code s}'s first word where that word is a preposition, else {@code s}. */
  private int afterLeadWord(int s, int e) {
    int i = s;
    while (i < e && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= e || !MentionRules.leadsName(text.substring(s, i))) {
      return s;
    }
    while (i < e && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of the name one word shorter, or {@code s}. */
  private int shorter(int s, int end) {
    int i = end - 1;
    while (i > s && !Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i > s ? trimEnd(i) : s;
  }
}
