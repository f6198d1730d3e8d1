package org.trucewatch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.Paragraph;
import org.trucewatch.clean.PublishedDate;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.Location;
import org.trucewatch.internal.Hashing;
import org.trucewatch.internal.Validate;

/**
 * Makes a corpus of any size from a few hundred real articles, reproducibly: variant {@code i} depends only on the
 * seed and {@code i}, so a corpus is never held in memory and two runs see the same texts.
 *
 * <p>A variant is either an exact copy of an earlier variant (with probability {@code copyShare}, so that syndication
 * clusters form and their expected number is known) or a new text: a real article, taken round robin, whose content
 * words are each replaced (one replacement per word type within the variant) by a word of the corpus's vocabulary in
 * the article's language with the same ending (-ing, -ed, -ly, -s, other), drawn by the seeded generator, and whose
 * numbers are redrawn with as many digits. Kept as they are: capitalised words (proper nouns and sentence starts),
 * function words, words of one or two letters, and the words of the extraction lexicon and of the actor dictionary's
 * agents, so that a variant still tells who did what where, while variants of one original share too little text to
 * be one story (tables of names and figures, which would otherwise survive whole, differ by their numbers). Each new
 * variant also gets a day shift (uniform within {@code ±shiftDays}) and a seed for its places, which {@link #events}
 * applies to its original's events (with their original figures).
 *
 * <p>Immutable and thread-safe.
 */
public final class Variator {

  /**
   * One variant of the corpus.
   *
   * @param index its place in the corpus
   * @param id its article id ({@code v0000042})
   * @param original the index of the real article it comes from
   * @param copyOf the index of the variant it is an exact copy of (a new text itself), or -1 for a new text
   * @param seed the seed of its text and places (a copy's is its source's)
   * @param dayShift days added to its original's dates
   */
  public record Variant(int index, String id, int original, int copyOf, long seed, int dayShift) {

    /** The id of the cluster a perfect de-duplicator puts it in: its source's, for a copy. */
    public String cluster() {
      return copyOf < 0 ? id : idOf(copyOf);
    }
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\p{Nd}+");
  private static final String[] ENDINGS = {"ing", "ed", "ly", "s", ""};
  private static final String OTHER_LANGUAGE = "";
  private static final long TEXT_SALT = 0x5EED_7E47L;
  private static final long PLACE_SALT = 0x91ACE5L;

  private final List<Article> originals;
  private final long seed;
  private final double copyShare;
  private final int shiftDays;
  private final Set<String> kept;
  private final Map<String, String[][]> vocabulary;

  /**
   * @param originals the real articles (at least one)
   * @param seed the generator's seed
   * @param copyShare the probability that a variant is an exact copy of an earlier one, in [0, 1)
   * @param shiftDays the largest day shift, either way
   */
  public Variator(List<Article> originals, long seed, double copyShare, int shiftDays) {
    Validate.isTrue(!originals.isEmpty(), "the corpus to vary has no articles");
    Validate.isTrue(copyShare >= 0 && copyShare < 1, "the share of exact copies must be in [0, 1), was " + copyShare);
    Validate.isTrue(shiftDays >= 0, "the day shift must not be negative, was " + shiftDays);
    this.originals = List.copyOf(originals);
    this.seed = seed;
    this.copyShare = copyShare;
    this.shiftDays = shiftDays;
    this.kept = keptWords();
    this.vocabulary = vocabulary(this.originals, kept);
  }

  public static String idOf(int index) {
    return String.format(Locale.ROOT, "v%07d", index);
  }

  /** How many distinct replacement words the corpus offers. */
  public int vocabularySize() {
    int n = 0;
    for (String[][] words : vocabulary.values()) {
      for (String[] v : words) {
        n += v.length;
      }
    }
    return n;
  }

  /** Variant {@code index} (its decision only; the text is made by {@link #paragraphs}). */
  public Variant variant(int index) {
    Validate.isTrue(index >= 0, "a variant index must not be negative, was " + index);
    SplittableRandom r = new SplittableRandom(Hashing.mix64(seed ^ Hashing.mix64(index + 1L)));
    if (index > 0 && r.nextDouble() < copyShare) {
      Variant source = variant(r.nextInt(index));
      int root = source.copyOf() < 0 ? source.index() : source.copyOf();
      return new Variant(index, idOf(index), source.original(), root, source.seed(), source.dayShift());
    }
    return new Variant(index, idOf(index), index % originals.size(), -1, r.nextLong(),
        r.nextInt(2 * shiftDays + 1) - shiftDays);
  }

  /** The variant's paragraphs, in its original's order and kinds. */
  public List<String> paragraphs(Variant v) {
    Article a = originals.get(v.original());
    String[][] words = vocabulary.getOrDefault(a.language(), vocabulary.get(OTHER_LANGUAGE));
    SplittableRandom r = new SplittableRandom(v.seed() ^ TEXT_SALT);
    Map<String, String> swap = new HashMap<>();
    List<String> out = new ArrayList<>(a.paragraphs().size());
    for (int p = 0; p < a.paragraphs().size(); p++) {
      String text = a.paragraphText(p);
      Matcher m = TOKEN.matcher(text);
      StringBuilder sb = new StringBuilder(text.length() + 16);
      int last = 0;
      while (m.find()) {
        String w = m.group();
        sb.append(text, last, m.start());
        if (Character.isDigit(w.charAt(0))) {
          sb.append(swap.computeIfAbsent(w, k -> redraw(k, r)));
        } else {
          sb.append(keep(w) ? w : swap.computeIfAbsent(w, k -> pick(k, words, r)));
        }
        last = m.end();
      }
      out.add(sb.append(text, last, text.length()).toString());
    }
    return out;
  }

  /** The variant as a clean article: its paragraphs laid out as cleaning lays them out, its date shifted. */
  public Article article(Variant v) {
    Article a = originals.get(v.original());
    List<String> texts = paragraphs(v);
    StringBuilder body = new StringBuilder();
    List<Paragraph> paragraphs = new ArrayList<>(texts.size());
    for (int p = 0; p < texts.size(); p++) {
      if (p > 0) {
        body.append("\n\n");
      }
      paragraphs.add(new Paragraph(body.length(), body.length() + texts.get(p).length(), a.paragraphs().get(p).kind()));
      body.append(texts.get(p));
    }
    PublishedDate d = a.published();
    PublishedDate shifted = d == null ? null
        : new PublishedDate(shift(d.date(), v.dayShift()) + d.value().substring(10), d.evidence(), d.origin(),
            d.inferred());
    String text = body.toString();
    return new Article(v.id(), a.sourceFile(), "variant " + v.index(), Hashing.sha256(text), a.url(), a.outlet(),
        a.title(), a.byline(), a.dateline(), shifted, a.language(), text, paragraphs, List.of(), List.of());
  }

  /** The story paragraphs the syndication index reads: headings blanked, as the pipeline does. */
  public List<String> storyParagraphs(Variant v) {
    Article a = originals.get(v.original());
    List<String> texts = new ArrayList<>(paragraphs(v));
    for (int p = 0; p < texts.size(); p++) {
      if (a.paragraphs().get(p).kind() == Block.Kind.HEADING) {
        texts.set(p, "");
      }
    }
    return texts;
  }

  /**
   * The events of the variant: its original's events under the variant's id, dates shifted by its day shift, and each
   * distinct place replaced by one drawn from {@code places} (the same draw for every event at that place).
   */
  public List<Event> events(Variant v, List<Event> originalEvents, List<Location> places) {
    Validate.isTrue(!places.isEmpty(), "no places to draw from");
    SplittableRandom r = new SplittableRandom(v.seed() ^ PLACE_SALT);
    Map<String, Location> moved = new HashMap<>();
    Set<Location> taken = new HashSet<>();
    List<Event> out = new ArrayList<>(originalEvents.size());
    for (Event e : originalEvents) {
      // Two places of the original stay two places (as long as there are enough to draw from), so that its events
      // stay distinct.
      Location at = e.location() == null ? null : moved.computeIfAbsent(e.location().name(), k -> {
        Location l = places.get(r.nextInt(places.size()));
        for (int tries = 0; !taken.add(l) && tries < places.size(); tries++) {
          l = places.get(r.nextInt(places.size()));
        }
        return l;
      });
      out.add(new Event(v.id(), e.type(), e.subtype(), shift(e.date(), v.dayShift()),
          shift(e.dateEnd(), v.dayShift()), e.time(), e.dateBasis(), at, e.perpetratorSide(), e.perpetrator(),
          e.perpetratorActor(),
          e.perpetratorInferred(), e.target(), e.claims(), e.casualties(), e.parties(), e.mediator(),
          e.evidence()));
    }
    return out;
  }

  private static LocalDate shift(LocalDate day, int days) {
    return day == null ? null : day.plusDays(days);
  }

  private static String shift(String isoDate, int days) {
    return isoDate == null ? null : LocalDate.parse(isoDate.substring(0, 10)).plusDays(days).toString();
  }

  private boolean keep(String w) {
    return w.length() < 3 || !uncased(w) || isKept(w.toLowerCase(Locale.ROOT), kept);
  }

  private static String pick(String w, String[][] words, SplittableRandom r) {
    String[] pool = words[ending(w)];
    if (pool.length == 0) {
      pool = words[ENDINGS.length - 1];
    }
    if (pool.length == 0) {
      return w;
    }
    int i = r.nextInt(pool.length);
    // A word replaced by itself is no variation: take the next word of the pool instead, where there is one.
    return pool[i].equals(w) && pool.length > 1 ? pool[(i + 1) % pool.length] : pool[i];
  }

  /** A number of as many digits, not starting with 0 unless the original did. */
  private static String redraw(String digits, SplittableRandom r) {
    char[] out = new char[digits.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (char) ('0' + (i == 0 && digits.charAt(0) != '0' ? 1 + r.nextInt(9) : r.nextInt(10)));
    }
    return new String(out);
  }

  private static int ending(String w) {
    for (int i = 0; i < ENDINGS.length - 1; i++) {
      if (w.endsWith(ENDINGS[i]) && w.length() > ENDINGS[i].length() + 2) {
        return i;
      }
    }
    return ENDINGS.length - 1;
  }

  /** Lower case, or of a script without case (Korean, Chinese): no capital in it. */
  private static boolean uncased(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** A word is kept when it or its stem (without -s, -es, -ed, -d, -ing, -ies, -ied) is a kept word. */
  static boolean isKept(String lower, Set<String> kept) {
    if (kept.contains(lower)) {
      return true;
    }
    for (String[] rule : new String[][] {{"ies", "y"}, {"ied", "y"}, {"ing", ""}, {"ing", "e"}, {"es", ""},
        {"ed", ""}, {"ed", "e"}, {"s", ""}, {"d", ""}}) {
      if (lower.endsWith(rule[0]) && lower.length() > rule[0].length() + 1
          && kept.contains(lower.substring(0, lower.length() - rule[0].length()) + rule[1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The replacement words by language (so that an English article gets English words; articles of no detected
   * language share one pool) and ending, sorted, so that a seed draws the same words whatever order the corpus was
   * read in.
   */
  private static Map<String, String[][]> vocabulary(List<Article> originals, Set<String> kept) {
    Map<String, List<TreeSet<String>>> byLanguage = new TreeMap<>();
    for (Article a : originals) {
      List<TreeSet<String>> byEnding = byLanguage.computeIfAbsent(
          a.language() == null ? OTHER_LANGUAGE : a.language(), k -> new ArrayList<>());
      while (byEnding.size() < ENDINGS.length) {
        byEnding.add(new TreeSet<>());
      }
      Matcher m = WORD.matcher(a.body());
      while (m.find()) {
        String w = m.group();
        if (w.length() >= 3 && uncased(w) && !isKept(w, kept)) {
          byEnding.get(ending(w)).add(w);
        }
      }
    }
    byLanguage.computeIfAbsent(OTHER_LANGUAGE, k -> new ArrayList<>());
    Map<String, String[][]> out = new HashMap<>();
    byLanguage.forEach((language, byEnding) -> {
      String[][] words = new String[ENDINGS.length][];
      for (int i = 0; i < ENDINGS.length; i++) {
        words[i] = i < byEnding.size() ? byEnding.get(i).toArray(String[]::new) : new String[0];
      }
      out.put(language, words);
    });
    return Map.copyOf(out);
  }

  private static final Set<String> STEERING = Set.of("notheld", "notheldafter", "talkson", "ownbody", "cfcue", "cfdoc",
      "motion", "refuge", "war", "warend", "dockind", "issuerorg", "outlet", "anaphor", "speakerhead", "warstart",
      "bearing", "relspeech", "anaphorkin", "speechvenue", "speakact", "clockzone",
      "warcause", "warname", "warafter", "warcausestop", "deniedpart", "borderline",
      "tollrank", "tollfate", "blame", "nearby",
      "pausenoun", "armedbody", "tollref", "tollpoint", "roadway", "hittarget", "talksverb",
      "tollwar", "tollspan", "breachtold", "meetinghit", "talksframe", "areanoun", "townnoun",
      "neartown",
      "harmedpart", "unharmed", "tollcount", "tollold", "tollrise", "tollraise", "tollhedge", "bothvictim",
      "answerfor", "stanceverb", "actref", "actagain", "flight", "backtold", "fireday", "actmeasure", "speakerseat",
      "dealname", "seaname", "vessel", "unhit", "jointnoun", "swapcount", "tellwhen", "claimverb", "claimact",
      "selfblast", "negator", "tollcare");

  /**
   * English function words (the cleaner's stop-word list), the phrases of the extraction lexicon (but for those that
   * only steer or stop a reading: categories notheld, notheldafter, talkson, ownbody, cfcue, cfdoc, motion, refuge,
   * war and warend, whose words are the common words of any war story; or say who speaks and how far a toll runs:
   * dockind, issuerorg, outlet, anaphor, speakerhead, warstart, bearing, relspeech, anaphorkin; or where words were
   * spoken or a clock read: speechvenue, speakact, clockzone; or the part a headline's side denies: deniedpart; or
   * the line beside a neighbour: borderline; or a running toll's rank and fate: tollrank, tollfate; or the verbs
   * that lay an attack on a side: blame; or what locates a village by a town: nearby; or a bare pause: pausenoun; or
   * the bodies a side's fighters are named by: armedbody; or a toll's pointer back to its attack: tollref, tollpoint;
   * or a road named by its ends: roadway; or what a blow hit, a building or a position: hittarget; or the verbs that
   * tell talks held or a deal signed, and the words framing them: talksverb, talksframe; or the war or span a
   * background toll is counted over: tollwar, tollspan; or the verbs that make a breach word a statement of one:
   * breachtold; or the verbs of a strike on a meeting: meetinghit; or the nouns that call a place an area: areanoun;
   * or the nouns that name a settlement before its name: townnoun; or the words of nearness before a town's name:
   * neartown; or the nouns a diplomatic round is named by after its city: dealname; or a toll of none: unharmed;
   * or the participles of harm whose headline passive names who was hit: harmedpart; or a toll that rose, its
   * counting nouns and its verbs, of growth or of setting it anew: tollcount, tollrise, tollraise; or a count a
   * later one replaced: tollold; or the words of when or how sure that stand between a figure
   * and its verb: tollhedge; or the nouns that make "both" before them a count of two victims, or not: bothvictim;
   * or the words that open the earlier act an attack answers: answerfor; or the verbs of judging whose subject a
   * capital stands for its government: stanceverb; or the nouns that point back to an act, and
   * the words that tell a second act: actref, actagain; or the verbs of flight that make violence a cause of leaving,
   * not an act told: flight; or the words that tell an act as background, a "since" or a reminder: backtold; or the
   * words around a run of days of fire: fireday; or the nouns that measure an act as a verb's object, "a wave of":
   * actmeasure; or the offices whose "in X" names where they sit when they speak: speakerseat; or the nouns of a sea
   * named after a coast town and of a ship hit at sea: seaname, vessel; or the words that name a weapon after a place
   * it did not hit: unhit; or the nouns of a joint speaker, "both groups": jointnoun; or the words around a count of
   * captives swapped, whose talks rows already keep them: swapcount; or the words of when in its day a telling came:
   * tellwhen; or a group's claim of an attack, its verb, the act it names and the words of a suicide: claimverb,
   * claimact, selfblast; or the words that negate a verb or a noun: negator; or the verbs that bring victims in for
   * care, "taken to hospital": tollcare)
   * and the agent words of the actor dictionary ("spokesman", "ministry"): what tells the extractor that something
   * happened and who said it.
   */
  static Set<String> keptWords() {
    Set<String> out = new HashSet<>();
    for (String[] row : rows("/org/trucewatch/clean/lang/stopwords.tsv")) {
      if (row[0].equals("en") && row.length > 1) {
        addWords(row[1], out);
      }
    }
    for (String[] row : rows("/org/trucewatch/extract/lexicon.tsv")) {
      // words that only steer or stop a reading ("walked out of the talks", "a meeting of the cabinet", "deploy to")
      // tell nothing happened
      if (row.length > 1 && !STEERING.contains(row[0])) {
        addWords(row[1], out);
      }
    }
    for (String[] row : rows("/org/trucewatch/resolve/actor/agents.tsv")) {
      addWords(row[0], out);
    }
    return Set.copyOf(out);
  }

  private static void addWords(String phrase, Set<String> out) {
    Matcher m = WORD.matcher(phrase.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
  }

  private static List<String[]> rows(String resource) {
    InputStream in = Variator.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " missing from the classpath");
    }
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": cannot read", e);
    }
    return out;
  }
}
