package org.trucewatch.resolve.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trucewatch.internal.Texts;
import org.trucewatch.internal.Validate;
import org.trucewatch.resolve.geo.Place.Precision;

/**
 * The gazetteer: GeoNames places of the countries of the shipped conflict profiles (all of {@code cities500}: Azerbaijan,
 * Armenia, Ukraine, Russia near Ukraine, India, Pakistan, the Levant, Yemen, southern Saudi Arabia, Sudan) and of the
 * world (capitals and larger cities), first-level divisions, the districts and provinces of Azerbaijan and Armenia, the
 * regions of the conflict, countries, and the names each side uses for them. Reads only its own classpath resources,
 * once ({@link #load}), plus area rows a caller gives ({@link #load(List)}); immutable and thread-safe. Villages beyond
 * these come from an imported index, asked by {@link PlaceResolver}, never loaded here.
 *
 * <p>{@link #find} scans a text for every name at once (a trie of folded names walked from each word start, longest
 * match on word boundaries) and keeps a match only where the text writes it as a proper noun; each mention carries its readings
 * ordered by prior likelihood and its {@linkplain PlaceMention.Role role} in the sentence. Choosing among readings by
 * context is the job of {@link PlaceResolver}.
 */
public final class Gazetteer {

  /**
   * The readings of one folded name: entry indexes, and each reading's traits (its flags and case) as {@link
   * #traitsOf} numbers them, with the set of those present as bits: whether the text writes the name as a proper
   * noun depends on the traits only, so a name of many readings asks once per trait present, not per reading.
   */
  private record Candidates(int[] entries, byte[] traits, int present) {

    static Candidates of(int[] entries, byte[] flags, List<GazetteerEntry> all) {
      byte[] traits = new byte[entries.length];
      int present = 0;
      for (int i = 0; i < entries.length; i++) {
        traits[i] = (byte) traitsOf(all.get(entries[i]).lowerCase(), (flags[i] & ACRONYM) != 0,
            (flags[i] & COMMON_WORD) != 0);
        present |= 1 << traits[i];
      }
      return new Candidates(entries, traits, present); // the flags are read into the traits: not kept
    }
  }

  private static int traitsOf(boolean lower, boolean acronym, boolean common) {
    return (lower ? 4 : 0) | (acronym ? 2 : 0) | (common ? 1 : 0);
  }

  static final byte ACRONYM = 1; // written in capitals in the table ("US"): matches only capitals
  static final byte COMMON_WORD = 2; // also an English word ("Split"): needs proof of a proper noun

  private static final long BIG_CITY = 1_000_000; // too well known to be taken for the English word

  private final List<GazetteerEntry> entries;
  private final Map<String, Integer> indexById;
  private final Map<String, Candidates> byKey;
  private final Map<String, Place> capitals;
  private final NameTrie<Candidates> trie;
  // The keys with a reading that may be written in lower case: all a word start in lower case can match (MentionRules)
  private final NameTrie<Candidates> lowerCaseTrie;
  // the traits of readings with lowerCase set, as bits of Candidates.present (traitsOf: 4 | ...)
  private static final int LOWER_CASE_TRAITS = 0xF0;
  private final Map<String, String> admin1Names;
  private final Map<String, int[]> bySpelling; // Spellings.key of every name: the readings of a name none matches

  private static final class Holder {
    static final Gazetteer INSTANCE = build(GazetteerLoader.loadResources(areasOf(
        org.trucewatch.conflict.Profiles.shipped().all())));
  }

  /** The named areas of conflict profiles, as sources of area rows. */
  public static List<AreaSource> areasOf(List<org.trucewatch.conflict.ConflictProfile> profiles) {
    List<AreaSource> out = new ArrayList<>();
    for (var p : profiles) {
      if (!p.areasTsv().isBlank()) {
        out.add(new AreaSource(p.origin() + "/areas.tsv", new java.io.StringReader(p.areasTsv())));
      }
    }
    return out;
  }

  private Gazetteer(List<GazetteerEntry> entries, Map<String, Candidates> byKey, Map<String, int[]> bySpelling,
      Map<String, Integer> rowIds) {
    this.entries = entries;
    this.byKey = byKey;
    this.bySpelling = bySpelling;
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      ids.put(entries.get(i).place().id(), i);
    }
    rowIds.forEach(ids::putIfAbsent); // a row that corrects a GeoNames place finds that place by its own id
    this.indexById = Map.copyOf(ids);
    Map<String, Place> caps = new HashMap<>();
    for (GazetteerEntry e : entries) {
      if ("PPLC".equals(e.place().featureCode()) && e.place().country() != null) {
        caps.putIfAbsent(e.place().country(), e.place());
      }
    }
    this.capitals = Map.copyOf(caps);
    Map<String, String> a1 = new HashMap<>();
    for (GazetteerEntry e : entries) {
      if (e.admin1Code() != null && e.place().admin1() != null && e.place().precision() == Precision.PLACE) {
        a1.putIfAbsent(e.admin1Code(), e.place().admin1());
      }
    }
    this.admin1Names = Map.copyOf(a1);
    this.trie = new NameTrie<>(byKey);
    Map<String, Candidates> lowerOk = new HashMap<>();
    byKey.forEach((k, c) -> {
      if ((c.present() & LOWER_CASE_TRAITS) != 0) {
        lowerOk.put(k, c);
      }
    });
    this.lowerCaseTrie = new NameTrie<>(lowerOk);
  }

  /** The gazetteer of the embedded resources and the shipped profiles' named areas, read on first use and shared. */
  public static Gazetteer load() {
    return Holder.INSTANCE;
  }

  /**
   * A gazetteer of the embedded resources plus the area rows of {@code extra} (the named areas of every conflict
   * profile in use, shipped ones included), read now and not shared; each source's reader is read to its end and
   * closed.
   *
   * @throws IllegalStateException naming the source and line of a malformed row, or an id already taken
   */
  public static Gazetteer load(List<AreaSource> extra) {
    Validate.notNull(extra, "extra");
    return build(GazetteerLoader.loadResources(List.copyOf(extra)));
  }

  static Gazetteer build(GazetteerLoader.Loaded loaded) {
    Map<String, Map<Integer, Byte>> keyed = new LinkedHashMap<>();
    for (GazetteerLoader.Name n : loaded.names()) {
      GazetteerEntry e = loaded.entries().get(n.entry());
      for (String key : withArticles(keys(n.written()), e.place().country())) {
        if (key.length() < 2 || key.chars().noneMatch(Character::isLetter)) {
          continue;
        }
        byte flags = 0;
        if (isAcronym(n.written())) {
          flags |= ACRONYM;
        }
        if (!e.curated() && e.population() < BIG_CITY && loaded.commonWords().contains(key)) {
          flags |= COMMON_WORD;
        }
        // The least demanding way a name is written wins: "Georgia" and "GEORGIA" both match the country.
        keyed.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(n.entry(), flags, (a, c) -> (byte) (a & c));
      }
    }
    Map<String, Candidates> byKey = new HashMap<>(keyed.size() * 2);
    keyed.forEach((key, m) -> {
      int[] idx = new int[m.size()];
      byte[] fl = new byte[m.size()];
      int i = 0;
      for (Map.Entry<Integer, Byte> x : m.entrySet()) {
        idx[i] = x.getKey();
        fl[i++] = x.getValue();
      }
      byKey.put(key, Candidates.of(idx, fl, loaded.entries()));
    });
    Map<String, java.util.Set<Integer>> spelled = new HashMap<>();
    for (GazetteerLoader.Name n : loaded.names()) {
      // not GeoNames alternates: they hold old names that are other places now ("Ali-Bayramly" of Shirvan)
      if (!n.alternate() && n.written().chars().anyMatch(c -> c < 0x250 && Character.isLetter(c))) {
        String key = Spellings.key(n.written(), ARABIC.contains(loaded.entries().get(n.entry()).place().country()));
        if (!key.isEmpty()) {
          spelled.computeIfAbsent(key, k -> new java.util.LinkedHashSet<>()).add(n.entry());
        }
      }
    }
    Map<String, int[]> bySpelling = new HashMap<>(spelled.size() * 2);
    spelled.forEach((k, v) -> bySpelling.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return new Gazetteer(loaded.entries(), byKey, bySpelling, loaded.rowIds());
  }

  /**
   * The places one of whose names has the {@linkplain Spellings#key transliteration-tolerant key} of {@code written}
   * ("Fassouta" for GeoNames "Fassuta"); none for a name too short to key. Namesakes anywhere: the caller narrows.
   */
  List<Place> spelledLike(String written) {
    List<Place> out = new ArrayList<>();
    for (boolean arabic : new boolean[] {false, true}) {
      String key = Spellings.key(written, arabic);
      int[] idx = key.isEmpty() ? null : bySpelling.get(key);
      for (int i : idx == null ? new int[0] : idx) {
        if (ARABIC.contains(entries.get(i).place().country()) == arabic) { // each row by its own language's key
          out.add(entries.get(i).place());
        }
      }
    }
    return out;
  }

  /** Countries whose place names news transliterates from Arabic, with whichever article ("ad-", "al-", "el-"). */
  private static final Set<String> ARABIC = Set.of("SY", "YE", "LB", "PS", "SD", "IQ", "SA", "JO", "EG", "LY");
  private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile(
      "^(al|el|ad|ar|as|ash|at|az|an|ed|en|es|et|ez|adh|ath) (?=\\S{4})");
  private static final java.util.regex.Pattern MARKET = java.util.regex.Pattern.compile("^(suq|souq) (?=\\S{4,}$)");

  /**
   * The keys plus, for a name of an Arabic-speaking country, the same name with the article news writes: GeoNames
   * writes "Ad Durayhimi" where news writes "al-Durayhimi" or "el-Durayhimi"; and a market town without its "Suq"
   * ("Suq Sirwah" is Sirwah). A bare name without its article is no key: many are also people's names ("Al Husayn").
   */
  static Set<String> withArticles(Set<String> keys, String country) {
    if (!ARABIC.contains(country)) {
      return keys;
    }
    Set<String> out = new java.util.LinkedHashSet<>(keys);
    for (String k : keys) {
      java.util.regex.Matcher m = ARTICLE.matcher(k);
      if (m.find()) {
        out.add("al " + k.substring(m.end()));
        out.add("el " + k.substring(m.end()));
      }
      java.util.regex.Matcher market = MARKET.matcher(k);
      if (market.find()) {
        out.add(k.substring(market.end()));
      }
    }
    return out;
  }

  /** The folded keys of a written name: without its apostrophes, and with them where it has some. */
  static Set<String> keys(String written) {
    if (written.chars().noneMatch(c -> c < 0x250 && Character.isLetter(c))) {
      return Set.of(); // Cyrillic, Armenian, Arabic... spellings: the texts are English
    }
    String kept = FoldedText.of(written).text().trim();
    // Same key as Texts.foldKey; for ASCII names (most of them) without its regex and Unicode passes.
    String plain = kept.chars().allMatch(c -> c < 128) ? kept.replace("'", "").replace("`", "") : Texts.foldKey(written);
    return plain.equals(kept) ? Set.of(plain) : Set.of(plain, kept);
  }

  private static boolean isAcronym(String written) {
    long letters = written.chars().filter(Character::isLetter).count();
    return letters >= 2 && letters <= 5 && written.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /**
   * Every place name in {@code text}, in text order, none overlapping. A name is found only where it is written as a
   * proper noun; a name that is the head of a larger name ("Minsk Group", "Ganja Street") is not returned, and one
   * that is only possibly part of a name ("Lake Sevan") is returned with role {@link PlaceMention.Role#NAME_PART}.
   *
   * @throws IllegalArgumentException if {@code text} is null
   */
  public List<PlaceMention> find(String text) {
    return find(text, false);
  }

  /** {@link #find(String)}; with {@code everyStart} the whole trie is walked from every word start (for tests). */
  List<PlaceMention> find(String text, boolean everyStart) {
    Validate.notNull(text, "text");
    FoldedText folded = FoldedText.of(text);
    String f = folded.text();
    MentionRules.Scan scan = new MentionRules.Scan(text);
    List<int[]> spans = new ArrayList<>(); // start, end, length in folded chars
    List<int[]> readings = new ArrayList<>();
    // A word start the text writes in lower case, not as "al-Anad", takes only readings that may be (Scan.accepts)
    trie.parse(f, s -> everyStart || MentionRules.mayOpenName(text, folded.start(s)) ? trie : lowerCaseTrie,
        (s, e, payload) -> {
          int start = folded.start(s);
          int end = folded.end(e);
          int[] ok = accepted(payload, scan, start, end);
          if (ok.length > 0) {
            spans.add(new int[] {start, end, e - s + 1, readings.size()});
            readings.add(ok);
          }
        });
    // Longest match first, then leftmost; a shorter name inside a kept longer one is not a second mention.
    spans.sort(Comparator.<int[]>comparingInt(x -> -x[2]).thenComparingInt(x -> x[0]));
    boolean[] taken = new boolean[text.length() + 1];
    List<PlaceMention> out = new ArrayList<>();
    for (int[] sp : spans) {
      if (overlaps(taken, sp[0], sp[1])) {
        continue;
      }
      Arrays.fill(taken, sp[0], sp[1], true);
      PlaceMention.Role role = scan.role(sp[0], sp[1]);
      if (role == null) {
        continue;
      }
      List<Place> ranked = rankByPrior(readings.get(sp[3]));
      out.add(new PlaceMention(sp[0], sp[1], text.substring(sp[0], sp[1]), ranked.get(0),
          ranked.subList(1, ranked.size()), role));
    }
    out.sort(Comparator.comparingInt(PlaceMention::start));
    return List.copyOf(surnames(out, scan));
  }

  /**
   * Town names that are also surnames: a name said to speak is a person unless it is a country or capital ("Richardson
   * wants", but "Baku said"), and a name that follows a first name once ("Sheldon Richardson") is that person all
   * through the document (one sense per discourse). Hand-curated places are exempt: "Lake Sevan" leaves Sevan a town.
   */
  private List<PlaceMention> surnames(List<PlaceMention> mentions, MentionRules.Scan scan) {
    Set<String> people = new java.util.HashSet<>();
    for (PlaceMention m : mentions) {
      if (m.role() == PlaceMention.Role.NAME_PART && !anyCurated(m) && scan.partOfNameBefore(m.start())) {
        people.add(Texts.foldKey(m.surface()));
      }
    }
    List<PlaceMention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      PlaceMention m = mentions.get(i);
      if (m.role() == PlaceMention.Role.NAME_PART && (row(mentions, i - 1, i, scan) || row(mentions, i, i + 1, scan))) {
        m = withRole(m, PlaceMention.Role.PLACE); // "Armenia Azerbaijan": a row of places, not one name
      }
      boolean person = !anyCurated(m) && ((m.role() == PlaceMention.Role.ACTOR && m.place().precision() == Precision.PLACE
          && !m.place().featureCode().equals("PPLC")) || (m.role() == PlaceMention.Role.PLACE
          && people.contains(Texts.foldKey(m.surface()))));
      out.add(person ? withRole(m, PlaceMention.Role.NAME_PART) : m);
    }
    return out;
  }

  private static PlaceMention withRole(PlaceMention m, PlaceMention.Role role) {
    return new PlaceMention(m.start(), m.end(), m.surface(), m.place(), m.alternatives(), role);
  }

  /** Two names side by side that are two places, not one name opened by a word such as "Abu" ("Abu Hamam"). */
  private static boolean row(List<PlaceMention> ms, int a, int b, MentionRules.Scan scan) {
    return adjacent(ms, a, b, scan) && !MentionRules.opensName(ms.get(a).surface());
  }

  /** Whether mentions a and b stand side by side, with only spaces between. */
  private static boolean adjacent(List<PlaceMention> ms, int a, int b, MentionRules.Scan scan) {
    return a >= 0 && b < ms.size() && scan.onlySpaces(ms.get(a).end(), ms.get(b).start());
  }

  private boolean anyCurated(PlaceMention m) {
    if (entry(m.place()).curated()) {
      return true;
    }
    for (Place p : m.alternatives()) {
      if (entry(p).curated()) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  /** The entry indexes of the readings that the way the name is written allows. */
  private int[] accepted(Candidates c, MentionRules.Scan scan, int start, int end) {
    int accepted = 0; // the traits present whose way of writing the text allows
    for (int k = 0; k < 8; k++) {
      if ((c.present() & 1 << k) != 0 && scan.accepts(start, end, (k & 4) != 0, (k & 2) != 0, (k & 1) != 0)) {
        accepted |= 1 << k;
      }
    }
    if (accepted == c.present()) {
      return c.entries().clone(); // every reading (the common case): no pass over them
    }
    if (accepted == 0) {
      return new int[0];
    }
    int[] keep = new int[c.entries().length];
    int n = 0;
    for (int i = 0; i < c.entries().length; i++) {
      if ((accepted & 1 << c.traits()[i]) != 0) {
        keep[n++] = c.entries()[i];
      }
    }
    return Arrays.copyOf(keep, n);
  }

  private List<Place> rankByPrior(int[] idx) {
    List<GazetteerEntry> es = new ArrayList<>(idx.length);
    for (int i : idx) {
      es.add(entries.get(i));
    }
    es.sort(Comparator.comparingDouble(Gazetteer::prior).reversed());
    return es.stream().map(GazetteerEntry::place).toList();
  }

  /**
   * The most likely place of this name out of context (any case, any spelling the gazetteer knows), or empty.
   *
   * @throws IllegalArgumentException if {@code name} is null
   */
  /** The capital of a country by ISO code ("AF" to Kabul), when the gazetteer holds it. */
  public Optional<Place> capitalOf(String country) {
    return Optional.ofNullable(country == null ? null : capitals.get(country));
  }

  public Optional<Place> lookup(String name) {
    Validate.notNull(name, "name");
    Candidates c = byKey.get(Texts.foldKey(name));
    if (c == null) {
      return Optional.empty();
    }
    return Optional.of(rankByPrior(c.entries()).get(0));
  }

  /**
   * How likely an entry is as the reading of a bare name: countries and named regions before towns, towns before the
   * districts named after them (a district needs a qualifier), larger and administrative towns first.
   */
  static double prior(GazetteerEntry e) {
    Place p = e.place();
    double base = switch (p.precision()) {
      case COUNTRY -> 6;
      case REGION -> p.id().startsWith("admin:") ? -0.5 : 3;
      case DISTRICT -> -1;
      case PLACE -> 0;
    };
    double feature = switch (p.featureCode()) {
      case "PPLC" -> 1.5;
      case "PPLA" -> 0.8;
      case "PPLA2" -> 0.3;
      default -> 0;
    };
    return base + feature + 0.4 * Math.log10(e.population() + 10) + (e.curated() ? 0.5 : 0);
  }

  /** The entry of a place of this gazetteer. */
  GazetteerEntry entry(Place place) {
    Integer i = indexById.get(place.id());
    if (i == null) {
      throw new IllegalArgumentException("not a place of this gazetteer: " + place.id());
    }
    return entries.get(i);
  }

  /** The place of an id ({@code geonames:586523}, {@code admin:AZ.57}, {@code country:AM}), or empty. */
  public Optional<Place> byId(String id) {
    Integer i = indexById.get(id);
    return i == null ? Optional.empty() : Optional.of(entries.get(i).place());
  }

  /** The name of a first-level division by GeoNames code ({@code AM.09} → Tavush), or null when unknown. */
  String admin1Name(String code) {
    return code == null ? null : admin1Names.get(code);
  }

  /** The entry of a place of this gazetteer, or null. */
  GazetteerEntry entryOrNull(String id) {
    Integer i = indexById.get(id);
    return i == null ? null : entries.get(i);
  }

  /** Number of places. */
  public int size() {
    return entries.size();
  }

  /** Number of distinct folded names. */
  public int nameCount() {
    return byKey.size();
  }

  static boolean isArea(Place p) {
    return p.precision() != Precision.PLACE;
  }
}
