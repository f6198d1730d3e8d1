package org.trucewatch.resolve.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.trucewatch.internal.Validate;
import org.trucewatch.resolve.geo.Place.Precision;

/**
 * Chooses each mention's reading using the whole document: a qualifier beside the name ("Terter district", "the city
 * of Yevlax"), a place that contains it ("Martuni in Armenia's Gegharkunik province"), nearness to the other places of
 * the sentence and of the document, the countries the document is about, then the gazetteer's prior (population,
 * feature class). Reads the text and the mentions {@link Gazetteer#find} gave for it, and asks the imported
 * {@link PlaceIndex} (if any) about names the gazetteer cannot place ({@link IndexReadings}); writes new mentions.
 * Immutable and thread-safe.
 *
 * <p>Order of preference: a qualifier that contains the name ("Koti, Tavush", "X in Y province") restricts its
 * readings to those inside; then the caller's {@link ScopeHint}; then nearness to the document's other places; then
 * feature class and population.
 *
 * <p>A mention of an entry that only makes sense in a document about its country ("the frontline") is dropped when no
 * other mention places the document in that country.
 */
public final class PlaceResolver {

  /** How far from a district's point (three times for a region's) a place it holds may lie when codes do not say. */
  private static final double NEAR_HOLDER_KM = 100;

  private static final java.util.regex.Pattern IN_OR_OF = java.util.regex.Pattern.compile("(?is).*\\b(in|of)\\b.*");

  private static final Pattern LIST_GAP = Pattern.compile("\\s*(,|,?\\s*and|,?\\s*or|&|/)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTAINER_GAP = Pattern.compile("\\s*(,|\\(|,?\\s*in|,?\\s*in the|of)\\s*",
      Pattern.CASE_INSENSITIVE);
  /** "Shahpur sector of Poonch", "Barnala village in Bhimber": the noun says the second holds the first, town or not. */
  private static final Pattern PART_GAP = Pattern.compile(
      "\\s*(,\\s*(a|an|the)\\s+([a-z-]+\\s+){0,2})?"
      + "(sector|village|hamlet|area|neighbourhood|neighborhood|camp|post|posts)\\s*,?\\s*(in|of|in the)\\s*",
      Pattern.CASE_INSENSITIVE);
  /** "Kut, south-east of Baghdad", "Shahkot near Sialkot", "Barda, 40 km east of Ganja": where the second says. */
  private static final Pattern NEAR_GAP = Pattern.compile(
      "(\\s*,?\\s*(about|some|around|roughly)?\\s*(?<km>\\d+(\\.\\d+)?)?\\s*(?<unit>km|kilometres|kilometers|miles)?\\s*"
      + "(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)"
      + "(ern)?\\s+of|\\s+near)\\s+(the\\s+)?((city|town|village)\\s+of\\s+)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern POSSESSIVE_GAP = Pattern.compile("['’]s\\s+");
  private static final Pattern AREA_AFTER = Pattern.compile(
      "^[\\s-]*(district|districts|region|regions|province|provinces|rayon|rayons|raion|marz|oblast|governorate|county)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PLACE_AFTER = Pattern.compile("^\\s*(city|town|village|settlement)\\b",
      Pattern.CASE_INSENSITIVE);
  static final Pattern AREA_BEFORE = Pattern.compile(
      "\\b(district|districts|region|regions|province|provinces|rayon|marz)\\s+of\\s+(the\\s+)?$", Pattern.CASE_INSENSITIVE);
  // the last words AREA_BEFORE and PLACE_BEFORE may end with before their final spaces
  static final String[] AREA_BEFORE_LAST = {"of", "the"};
  static final String[] PLACE_BEFORE_LAST = {"of", "the", "city", "town", "village", "settlement", "capital",
      "cities", "towns", "villages", "settlements"};
  static final Pattern PLACE_BEFORE = Pattern.compile(
      "\\b(city|town|village|settlement|capital|cities|towns|villages|settlements)\\s+(of\\s+)?(the\\s+)?$",
      Pattern.CASE_INSENSITIVE);

  static final int MAX_CHAIN = 4;
  private static final double SCOPE_COUNTRY = 5; // outweighs the prior gap between a village and a big city abroad
  private static final double SCOPE_ADMIN1 = 2;

  private final Gazetteer gazetteer;
  private final PlaceIndex index;

  /** A resolver of the gazetteer alone. */
  public PlaceResolver(Gazetteer gazetteer) {
    this(gazetteer, PlaceIndex.NONE);
  }

  /** A resolver that also asks {@code index} about names the gazetteer cannot place. */
  public PlaceResolver(Gazetteer gazetteer, PlaceIndex index) {
    this.gazetteer = Validate.notNull(gazetteer, "gazetteer");
    this.index = Validate.notNull(index, "index");
  }

  /** {@link #resolve(String, List, ScopeHint)} without a scope. */
  public List<PlaceMention> resolve(String text, List<PlaceMention> mentions) {
    return resolve(text, mentions, ScopeHint.NONE);
  }

  /**
   * The mentions of {@code text} with the reading that fits the document chosen for each, in text order, plus the
   * names only the index or a qualifier places; readings inside {@code hint}'s countries and divisions preferred.
   *
   * @throws IllegalArgumentException if an argument is null or a mention lies outside the text
   */
  public List<PlaceMention> resolve(String text, List<PlaceMention> mentions, ScopeHint hint) {
    Validate.notNull(hint, "hint");
    return resolve(prepare(text, mentions, hint), hint);
  }

  /**
   * The part of {@link #resolve} that reads the text and the mentions (the index's readings, qualifiers, containers,
   * sentences) without a scope, to be resolved under one or more hints by {@link #resolve(Prepared, ScopeHint)}.
   *
   * @throws IllegalArgumentException if an argument is null or a mention lies outside the text
   */
  public Prepared prepare(String text, List<PlaceMention> mentions) {
    return prepare(text, mentions, ScopeHint.NONE);
  }

  private Prepared prepare(String text, List<PlaceMention> mentions, ScopeHint hint) {
    return prepare(text, mentions, hint, null);
  }

  /**
   * {@link #prepare(String, List, ScopeHint)}; given an earlier reading of the same text and mentions under another
   * hint, what the index readings read from the text alone is not read again, and where the mentions come out the
   * same, neither is what the resolver reads from the text and the mentions alone (qualifiers, containers, sentences).
   */
  private Prepared prepare(String text, List<PlaceMention> mentions, ScopeHint hint, Prepared earlier) {
    Validate.notNull(text, "text");
    Validate.notNull(mentions, "mentions");
    List<PlaceMention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(PlaceMention::start));
    for (PlaceMention m : sorted) {
      Validate.isTrue(m.end() <= text.length(), "mention '" + m.surface() + "' [" + m.start() + ", " + m.end()
          + ") lies outside the text of length " + text.length());
    }
    IndexReadings more = earlier == null ? new IndexReadings(text, gazetteer, index, hint)
        : new IndexReadings(gazetteer, index, hint, earlier.more.facts());
    List<PlaceMention> ms = more.augment(sorted);
    if (earlier != null && ms.equals(earlier.ms)) { // each of these is a function of the text and the mentions
      return new Prepared(text, mentions, hint, more, ms, earlier.kinds, earlier.quarters, earlier.containers,
          earlier.holders, earlier.sentence);
    }
    return new Prepared(text, mentions, hint, more, ms, qualifiers(text, ms), quarters(text, ms),
        containers(text, ms), holders(text, ms), sentences(text, ms));
  }

  /** A text's mentions read without regard to a scope ({@link #prepare}); immutable once made. */
  public static final class Prepared {
    private final String text;
    private final List<PlaceMention> mentions;
    private final ScopeHint hint;
    private final IndexReadings more;
    private final List<PlaceMention> ms;
    private final Kind[] kinds;
    private final boolean[] quarters;
    private final List<List<Place>> containers;
    private final List<Holder> holders;
    private final int[] sentence;

    private Prepared(String text, List<PlaceMention> mentions, ScopeHint hint, IndexReadings more,
        List<PlaceMention> ms, Kind[] kinds, boolean[] quarters, List<List<Place>> containers, List<Holder> holders,
        int[] sentence) {
      this.text = text;
      this.mentions = mentions;
      this.hint = hint;
      this.more = more;
      this.ms = ms;
      this.kinds = kinds;
      this.quarters = quarters;
      this.containers = containers;
      this.holders = holders;
      this.sentence = sentence;
    }
  }

  /**
   * {@link #resolve(String, List, ScopeHint)} of a prepared text: the same mentions, without reading the text again
   * unless the hint could change what the index adds.
   */
  public List<PlaceMention> resolve(Prepared prepared, ScopeHint hint) {
    Validate.notNull(prepared, "prepared");
    Validate.notNull(hint, "hint");
    Prepared prep = prepared;
    // read again only where some question augment put to the hint answers otherwise under this one
    if (!hint.equals(prep.hint) && prep.more.hintSensitive() && !prep.more.sameUnder(hint)) {
      prep = prepare(prep.text, prep.mentions, hint, prep);
    }
    IndexReadings more = prep.more;
    List<PlaceMention> ms = prep.ms;
    Kind[] kinds = prep.kinds;
    List<List<Place>> containers = prep.containers;
    int[] sentence = prep.sentence;

    // Pass 1 takes context from unambiguous mentions only; pass 2 from every mention as pass 1 read it.
    Place[] chosen = new Place[ms.size()];
    for (int i = 0; i < ms.size(); i++) {
      chosen[i] = compact(ms.get(i)) ? ms.get(i).place() : null;
    }
    List<PlaceMention> out = null;
    for (int pass = 0; pass < 2; pass++) {
      Map<String, Double> focus = focus(chosen, more);
      Proximity near = new Proximity(chosen, sentence);
      Place[] next = new Place[ms.size()];
      out = new ArrayList<>();
      for (int i = 0; i < ms.size(); i++) {
        PlaceMention m = ms.get(i);
        List<Scored> scored = new ArrayList<>();
        List<Place> candidates = held(restricted(readings(m), containers.get(i), more), prep.holders.get(i), more);
        if (namesakesOutsideArea(candidates, hint, more) || prep.quarters[i] && foreign(candidates, hint)) {
          continue;
        }
        if (prep.quarters[i] && TownQuarters.writtenAsQuarter(prep.text, m.end())
            && TownQuarters.apartFromSentenceTown(i, candidates, chosen, sentence, hint)) {
          continue; // a quarter of the town its sentence names, not a namesake of it far off
        }
        for (Place p : candidates) {
          GazetteerEntry e = more.entry(p);
          if (e.contextual() && focus.getOrDefault(p.country(), 0.0) == 0) {
            continue;
          }
          double s = Gazetteer.prior(e) + qualifierScore(kinds[i], p) + containerScore(containers.get(i), p, more)
              + scope(hint, p, e) + near.score(i, p) + 2 * focus.getOrDefault(p.country(), 0.0);
          scored.add(new Scored(p, s));
        }
        if (scored.isEmpty()) {
          continue;
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        next[i] = kinds[i] == Kind.AREA ? divisionOfSeat(scored.get(0).place(), more) : scored.get(0).place();
        out.add(m.withPlace(next[i], scored.subList(1, scored.size()).stream().map(Scored::place).toList()));
      }
      chosen = next;
      COMPARISONS.add(near.comparisons());
    }
    return List.copyOf(StrayNamesakes.settle(out, more::entry)); // a wrong place is worse than none
  }

  private record Scored(Place place, double score) {}

  /**
   * "Saada governorate" where only the town is known by that spelling: the first-level division the town is the seat
   * of, so that a strike named by its governorate is placed with a region's precision.
   */
  private Place divisionOfSeat(Place p, IndexReadings more) {
    if (p.precision() != Precision.PLACE || !"PPLA".equals(p.featureCode())) {
      return p;
    }
    String code = more.entry(p).admin1Code();
    return code == null ? p : gazetteer.byId("admin:" + code).orElse(p);
  }

  /** What a word beside a name says it is. */
  private enum Kind {
    NONE,
    AREA,
    SETTLEMENT
  }

  private static List<Place> readings(PlaceMention m) {
    List<Place> all = new ArrayList<>(1 + m.alternatives().size());
    all.add(m.place());
    all.addAll(m.alternatives());
    return all;
  }

  /** Qualifiers, a plural one shared along a list: "the Terter, Agdam and Aghjabedi districts". */
  private static Kind[] qualifiers(String text, List<PlaceMention> ms) {
    Kind[] kinds = new Kind[ms.size()];
    for (int i = 0; i < ms.size(); i++) {
      PlaceMention m = ms.get(i);
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 16));
      String before = text.substring(Math.max(0, m.start() - 30), m.start());
      // the expressions before end with a word and spaces: a text that does not is not run through them
      boolean areaBefore = RegexGates.endsWithWordThenSpace(before, AREA_BEFORE_LAST);
      boolean placeBefore = RegexGates.endsWithWordThenSpace(before, PLACE_BEFORE_LAST);
      if (AREA_AFTER.matcher(after).find() || areaBefore && AREA_BEFORE.matcher(before).find()) {
        kinds[i] = Kind.AREA;
      } else if (PLACE_AFTER.matcher(after).find() || placeBefore && PLACE_BEFORE.matcher(before).find()) {
        kinds[i] = Kind.SETTLEMENT;
      } else {
        kinds[i] = Kind.NONE;
      }
    }
    for (int i = ms.size() - 2; i >= 0; i--) {
      if (kinds[i] == Kind.NONE && kinds[i + 1] != Kind.NONE && listed(text, ms.get(i), ms.get(i + 1))) {
        kinds[i] = kinds[i + 1];
      }
    }
    for (int i = 1; i < ms.size(); i++) { // "the districts of Terter and Agdam"
      if (kinds[i] == Kind.NONE && kinds[i - 1] != Kind.NONE && listed(text, ms.get(i - 1), ms.get(i))
          && AREA_BEFORE.matcher(text.substring(Math.max(0, ms.get(i - 1).start() - 30), ms.get(i - 1).start()))
          .find()) {
        kinds[i] = kinds[i - 1];
      }
    }
    return kinds;
  }

  private static boolean listed(String text, PlaceMention a, PlaceMention b) {
    return b.start() >= a.end() && LIST_GAP.matcher(text.substring(a.end(), b.start())).matches();
  }

  private static double qualifierScore(Kind kind, Place p) {
    boolean area = p.precision() == Precision.DISTRICT || p.precision() == Precision.REGION;
    return switch (kind) {
      case AREA -> area ? 6 : 0;
      case SETTLEMENT -> p.precision() == Precision.PLACE ? 6 : 0;
      case NONE -> 0;
    };
  }

  /** Areas that the text says contain each mention: "X in Armenia", "X, Armenia", "Armenia's X", "X (Armenia)". */
  private List<List<Place>> containers(String text, List<PlaceMention> ms) {
    List<List<Place>> out = new ArrayList<>();
    for (int i = 0; i < ms.size(); i++) {
      List<Place> cs = new ArrayList<>();
      PlaceMention m = ms.get(i);
      if (i + 1 < ms.size() && gap(text, m, ms.get(i + 1), CONTAINER_GAP)) {
        // After a bare comma only a country or region: "Armenia, Colombia", but "Ganja, Terter" is a list.
        boolean comma = !IN_OR_OF.matcher(text.substring(m.end(), ms.get(i + 1).start())).matches();
        // "in Armenia's Gegharkunik province": both contain; a chain longer than country, region, district and one
        // more is no containment, and would make "X's X's X's ..." cost its square
        for (int j = i + 1; j < ms.size() && j <= i + MAX_CHAIN; j++) {
          area(ms.get(j)).filter(a -> !comma || a.precision() == Precision.COUNTRY || a.precision() == Precision.REGION)
              .ifPresent(cs::add);
          if (ms.get(j).role() != PlaceMention.Role.POSSESSIVE || j + 1 >= ms.size()
              || !gap(text, ms.get(j), ms.get(j + 1), POSSESSIVE_GAP)) {
            break;
          }
        }
      }
      if (i > 0 && ms.get(i - 1).role() == PlaceMention.Role.POSSESSIVE
          && gap(text, ms.get(i - 1), m, POSSESSIVE_GAP)) {
        area(ms.get(i - 1)).ifPresent(cs::add);
      }
      out.add(cs);
    }
    return out;
  }

  private static boolean partGap(String text, PlaceMention a, PlaceMention b) {
    return b.start() >= a.end() && b.start() - a.end() <= 24
        && PART_GAP.matcher(text.substring(a.end(), b.start())).matches();
  }

  private static boolean gap(String text, PlaceMention a, PlaceMention b, Pattern p) {
    return b.start() >= a.end() && b.start() - a.end() <= 12 && p.matcher(text.substring(a.end(), b.start())).matches();
  }

  private static Optional<Place> area(PlaceMention m) {
    return readings(m).stream().filter(Gazetteer::isArea).findFirst();
  }

  private static double containerScore(List<Place> containers, Place p, IndexReadings more) {
    double s = 0;
    for (Place c : containers) {
      if (c.id().equals(p.id())) {
        continue;
      }
      s += more.contains(c, p) ? 5 : -5;
    }
    return s;
  }

  /** The readings inside every container the text names, where there are some; else all of them. */
  private static List<Place> restricted(List<Place> readings, List<Place> containers, IndexReadings more) {
    if (containers.isEmpty()) {
      return readings;
    }
    List<Place> inside = readings.stream()
        .filter(p -> containers.stream().allMatch(c -> c.id().equals(p.id()) || more.contains(c, p))).toList();
    return inside.isEmpty() ? readings : inside;
  }

  /**
   * Each mention's holder named with a part noun ("X sector of Y", "X village in Y") or a bearing ("X, south-east of
   * Y", "X near Y"), or null; town or area, with how far from it a reading may lie.
   */
  private static List<Holder> holders(String text, List<PlaceMention> ms) {
    List<Holder> out = new ArrayList<>(ms.size());
    for (int i = 0; i < ms.size(); i++) {
      PlaceMention next = i + 1 < ms.size() ? ms.get(i + 1) : null;
      Holder h = null;
      if (next != null && partGap(text, ms.get(i), next)) {
        h = new Holder(area(next).orElse(next.place()), 0, true);
      } else if (next != null && next.start() >= ms.get(i).end() && next.start() - ms.get(i).end() <= 40) {
        java.util.regex.Matcher g = NEAR_GAP.matcher(text.substring(ms.get(i).end(), next.start()));
        if (g.matches()) {
          double km = g.group("km") == null ? 0 : Double.parseDouble(g.group("km"))
              * (g.group("unit") != null && g.group("unit").equalsIgnoreCase("miles") ? 1.609 : 1);
          // a distance told is kept to, with a margin: news gives road distances and rounds them
          boolean bearing = !g.group().trim().toLowerCase(java.util.Locale.ROOT).startsWith("near");
          h = new Holder(area(next).orElse(next.place()), km > 0 ? 2 * km + 30 : bearing ? 2.5 * NEAR_HOLDER_KM : 0,
              false);
        }
      }
      out.add(h);
    }
    return out;
  }

  /**
   * What holds a mention, the most km a reading may lie from it (0: the holder's default reach), and whether a part
   * noun says so (a bearing or "near" says nothing of an area's reading: "the frontline near Bakhmut").
   */
  private record Holder(Place place, double km, boolean part) {}

  /**
   * The readings in or near the holder: "the Shahpur sector of Poonch district" is no Shahpur of Karnataka, "Kut,
   * south-east of Baghdad" no Kut of Ukraine, and no reading is better than one a country away (near, not inside,
   * where the gazetteer's codes fall short).
   */
  private static List<Place> held(List<Place> readings, Holder holder, IndexReadings more) {
    if (holder == null) {
      return readings;
    }
    Place h = holder.place();
    return readings.stream()
        // a town holds no namesake of its whole province: "Shahkot near Sialkot" is within reach of Sialkot or nowhere
        .filter(p -> h.id().equals(p.id()) || Gazetteer.isArea(h) && more.contains(h, p) || near(h, p, holder.km())
            || !holder.part() && Gazetteer.isArea(p))
        .toList();
  }

  private static boolean near(Place holder, Place p, double told) {
    double km = told > 0 ? told : (holder.precision() == Precision.REGION ? 3 : 1) * NEAR_HOLDER_KM;
    return holder.country().equals(p.country()) && (holder.precision() == Precision.COUNTRY || holder.kmTo(p) <= km);
  }

  /**
   * Whether a name's readings are namesakes in the conflict's countries of which none lies in its area (its first-level
   * divisions where it names some of a country, else the whole country): "Shahpur" in a Line of Control story is none of
   * the Shahpurs of Karnataka or Pakistan's Punjab, so it stays unknown rather than a guess among them.
   */
  static boolean namesakesOutsideArea(List<Place> readings, ScopeHint hint, IndexReadings more) {
    if (hint.admin1Codes().isEmpty()) {
      return false;
    }
    List<Place> inCountries = new ArrayList<>();
    for (Place p : readings) {
      if (p.precision() != Precision.PLACE) {
        return false;
      }
      if (!hint.countries().contains(p.country())) {
        continue;
      }
      String code = more.entry(p).admin1Code();
      boolean divided = hint.admin1Codes().stream().anyMatch(c -> c.startsWith(p.country() + "."));
      if (!divided || code != null && hint.admin1Codes().contains(code)) {
        return false;
      }
      inCountries.add(p);
    }
    for (Place a : inCountries) {
      for (Place b : inCountries) {
        if (a.kmTo(b) > 30) {
          return true;
        }
      }
    }
    return false;
  }

  /** Which mentions are written as a town's quarter ("the Riyadh and Al-Masania districts"), read once a text. */
  private static boolean[] quarters(String text, List<PlaceMention> ms) {
    boolean[] out = new boolean[ms.size()];
    for (int i = 0; i < ms.size(); i++) {
      out[i] = TownQuarters.partNoun(text, ms.get(i).end()) != null;
    }
    return out;
  }

  /**
   * Whether all readings of a name written as a town's quarter ("sites in the Riyadh and Al-Masania districts" of a
   * Darfur city) lie outside the conflict's countries: a neighbourhood named after a far city, not that city.
   */
  private static boolean foreign(List<Place> readings, ScopeHint hint) {
    return !hint.isEmpty() && !readings.isEmpty()
        && readings.stream().noneMatch(p -> hint.countries().contains(p.country()));
  }

  private static double scope(ScopeHint hint, Place p, GazetteerEntry e) {
    if (hint.isEmpty()) {
      return 0;
    }
    return (hint.countries().contains(p.country()) ? SCOPE_COUNTRY : 0)
        + (e.admin1Code() != null && hint.admin1Codes().contains(e.admin1Code()) ? SCOPE_ADMIN1 : 0);
  }

  /** Whether all readings of a mention lie close together, so that it places the document whichever is meant. */
  private static boolean compact(PlaceMention m) {
    for (Place a : m.alternatives()) {
      if (!a.country().equals(m.place().country()) || m.place().kmTo(a) > 30) {
        return false;
      }
    }
    return true;
  }

  /** The share of each country among the chosen readings. */
  private static Map<String, Double> focus(Place[] chosen, IndexReadings more) {
    Map<String, Double> count = new HashMap<>();
    int n = 0;
    for (Place p : chosen) {
      if (p != null && !more.entry(p).contextual()) {
        count.merge(p.country(), 1.0, Double::sum);
        n++;
      }
    }
    final int total = n;
    count.replaceAll((k, v) -> v / total);
    return count;
  }

  /**
   * Nearness to the places chosen for the other mentions: of the same sentence, and of the whole document. The
   * nearest one decides, so each is found in a {@link Nearness} of the distinct places (one for the document, one
   * per sentence) instead of by comparing every mention with every other.
   */
  private static final class Proximity {
    private final Place[] chosen;
    private final int[] sentence;
    private final Nearness document;
    private final Map<Integer, Nearness> bySentence = new HashMap<>();

    Proximity(Place[] chosen, int[] sentence) {
      this.chosen = chosen;
      this.sentence = sentence;
      this.document = Nearness.of(java.util.Arrays.asList(chosen));
      Map<Integer, List<Place>> groups = new HashMap<>();
      for (int j = 0; j < chosen.length; j++) {
        groups.computeIfAbsent(sentence[j], k -> new ArrayList<>()).add(chosen[j]);
      }
      groups.forEach((k, v) -> bySentence.put(k, Nearness.of(v)));
    }

    double score(int self, Place p) {
      double inSentence = 0;
      double km = bySentence.get(sentence[self]).nearestKm(p, chosen[self]);
      if (km != Double.POSITIVE_INFINITY) {
        inSentence = 3 * Math.exp(-km / 50);
      }
      double inDocument = 0;
      km = document.nearestKm(p, chosen[self]);
      if (km != Double.POSITIVE_INFINITY) {
        inDocument = 1.5 * Math.exp(-km / 100);
      }
      return inSentence + inDocument;
    }

    long comparisons() {
      long n = document.comparisons();
      for (Nearness s : bySentence.values()) {
        n += s.comparisons();
      }
      return n;
    }
  }

  /** Distances computed by {@link Proximity}, over all resolutions (for the tests that count work). */
  static final java.util.concurrent.atomic.LongAdder COMPARISONS = new java.util.concurrent.atomic.LongAdder();

  /** The sentence number of each mention: a sentence ends at . ! ? before white space, or at a line break. */
  private static int[] sentences(String text, List<PlaceMention> ms) {
    int[] out = new int[ms.size()];
    int sentence = 0;
    int pos = 0;
    for (int i = 0; i < ms.size(); i++) {
      for (; pos < ms.get(i).start(); pos++) {
        char c = text.charAt(pos);
        if (c == '\n' || ((c == '.' || c == '!' || c == '?') && pos + 1 < text.length()
            && Character.isWhitespace(text.charAt(pos + 1)))) {
          sentence++;
        }
      }
      out[i] = sentence;
    }
    return out;
  }
}
