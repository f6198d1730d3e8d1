package org.trucewatch.resolve.geo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trucewatch.resolve.geo.PlaceMention.Role;

/**
 * The rules of English news writing that tell a place name from the same letters used otherwise: capitalisation, the
 * start of a sentence, headline case, and the words around a name that make it a possessive, an attribute, the subject
 * of a statement or a word of a longer name. One {@link Scan} per text; not shared between threads.
 */
final class MentionRules {

  private MentionRules() {}

  /** Heads that make "X Head" the name of something other than the place X: it is not a place mention at all. */
  private static final Set<String> NAME_HEADS = Set.of(
      "group", "street", "avenue", "road", "boulevard", "square", "lane", "agreement", "agreements", "accord", "accords",
      "treaty", "protocol", "declaration", "format", "process", "principles", "statement", "charter", "pact", "plan",
      "convention", "conference", "summit", "university", "institute", "times", "post", "herald", "tribune", "journal",
      "club", "stadium", "hotel", "bank", "prize", "company", "corporation", "airlines", "airways", "tv", "television",
      "radio", "news", "agency", "foundation", "fund", "party", "movement", "fc", "arena", "mall", "marathon", "cup");

  /** Nouns of institutions and people that a country or capital name modifies ("the Armenia defence ministry"). */
  private static final Set<String> INSTITUTIONS = Set.of(
      "ministry", "minister", "ministers", "government", "army", "armed", "forces", "troops", "military", "president",
      "presidential", "prime", "premier", "officials", "official", "authorities", "leadership", "leader", "leaders",
      "side", "embassy", "ambassador", "parliament", "soldiers", "servicemen", "defence", "defense", "foreign",
      "interior", "security", "administration", "delegation", "counterpart", "envoy", "ombudsman", "prosecutor",
      "police", "diplomats", "spokesman", "spokeswoman", "spokesperson", "navy", "national", "state",
      "emergency", "emergencies", "health", "office", "command", "commander", "chief", "human", "secretary",
      "newspaper", "newspapers", "daily", "weekly", "broadcaster", "tabloid", // "the Karachi newspaper Dawn"
      // an outlet named like a town ("the Al Mayadeen television channel", "two Al Mayadeen journalists")
      "television", "channel", "tv", "radio", "journalist", "journalists", "reporter", "reporters", "correspondent",
      "correspondents");

  /** Verbs of statement and stance whose subject, when a country or capital, is its government ("Baku said"). */
  private static final Set<String> SPEECH_VERBS = Set.of(
      "said", "says", "say", "told", "tells", "denied", "denies", "deny", "accused", "accuses", "accuse", "claimed",
      "claims", "claim", "rejected", "rejects", "reject", "announced", "announces", "insisted", "insists", "warned",
      "warns", "urged", "urges", "stated", "states", "reported", "reports", "confirmed", "confirms", "responded",
      "responds", "blamed", "blames", "condemned", "condemns", "dismissed", "dismisses", "demanded", "demands",
      "vowed", "vows", "threatened", "threatens", "agreed", "agrees", "refused", "refuses", "acknowledged",
      "acknowledges", "admitted", "admits", "alleged", "alleges", "protested", "protests", "welcomed", "welcomes",
      "argued", "argues", "maintains", "maintained", "countered");

  /** Capitalised words that may stand before a place name without being part of a longer name. */
  private static final Set<String> FREE_BEFORE = Set.of(
      "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
      "southwestern", "occupied", "greater", "neighbouring", "neighboring", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "and", "or", "in", "at", "from", "to", "near", "of", "the", "on");

  /** Capitalised words that may follow a place name without making it part of a longer name. */
  // Nouns after a possessive place that name a part of it, where the attack hit ("Beirut's southern suburbs")
  private static final Set<String> PLACE_PARTS = Set.of("suburb", "suburbs", "outskirts", "neighbourhood",
      "neighborhood", "neighbourhoods", "neighborhoods", "district", "districts", "centre", "center", "downtown",
      "outskirt", "port", "airport", "harbour", "harbor", "streets", "quarter", "quarters", "countryside", "periphery",
      "hinterland", "environs", "surroundings", "frontier", "border", "villages", "towns", "camps");

  // "Beirut's crowded Ras al-Nabaa district": a named part of the place after its possessive, the part's noun last
  private static final Pattern NAMED_PART = Pattern.compile("^[ \u00A0]+(?:[a-z]+[ \u00A0]+){0,2}"
      + "(?:(?:[a-z]{1,3}-)?\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}[\\p{L}'’]*)?[ \u00A0]+){1,3}(\\p{Ll}+)\\b");

  private static final Set<String> FREE_AFTER = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december", "and", "or", "on",
      "in", "at", "i");

  /** Prepositions that put a place after them: a name that is also an English word needs one. */
  private static final Set<String> LOCATIVES = Set.of(
      "in", "at", "from", "near", "to", "outside", "around", "into", "across", "toward", "towards", "via", "through",
      "of", "between");

  /** Prepositions after which a name is an object, never the subject of a statement. */
  private static final Set<String> PREPOSITIONS = Set.of(
      "in", "at", "from", "near", "of", "on", "to", "over", "into", "toward", "towards", "against", "across", "around",
      "by", "with", "for", "between", "outside", "inside", "within", "beyond", "via");

  /** Arabic articles that news writes in lower case before a capitalised name ("al-Anad", "ad-Dhale"). */
  private static final Set<String> ARTICLES = Set.of(
      "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "en", "es", "et", "ez", "adh", "ath");

  /** ", a police spokesman", ", the chief medical officer": group 1 holds the (up to four) words that name the role. */
  private static final Pattern APPOSITIVE = Pattern.compile(",\\s+(?:a|an|the)\\s+((?:[\\w'’-]+\\s*){1,4})");

  /** Plural demonyms ("Armenians", "Azeris", "Lebanese"): a place name before one says whose people they are. */
  private static final Pattern PEOPLE = Pattern.compile("[a-z]+(ians|ans|anis|eris|ese)");

  private static final int LONGEST_HEADLINE = 200;

  /** Titles before a name, role nouns of an appositive after it ("Dr. Hassan"), abbreviated months: from a file. */
  private static final java.util.Map<String, Set<String>> WORDS = words(); // the file read once, by kind
  private static final Set<String> TITLES = WORDS.getOrDefault("title", Set.of());
  private static final Set<String> ROLES = WORDS.getOrDefault("role", Set.of());
  private static final Set<String> MONTHS = WORDS.getOrDefault("month", Set.of());
  private static final Set<String> JOINED = WORDS.getOrDefault("joined", Set.of());
  private static final Set<String> OPENERS = WORDS.getOrDefault("opens", Set.of());
  private static final Set<String> LEADS = WORDS.getOrDefault("leads", Set.of());

  /** Whether a name is a word that opens Arabic place names ("Abu Hamam", "Deir Hafer"): one name with the next. */
  static boolean opensName(String surface) {
    return OPENERS.contains(surface.toLowerCase(Locale.ROOT));
  }

  /** Whether a capitalised word is a preposition that opens a sentence before a name ("In Kheyam, ..."). */
  static boolean leadsName(String word) {
    return LEADS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static java.util.Map<String, Set<String>> words() {
    java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
    for (String[] r : GazetteerLoader.rows(GazetteerLoader.open("mention_words.tsv"), "mention_words.tsv", 2)) {
      out.computeIfAbsent(r[0], k -> new java.util.HashSet<>()).add(r[1]);
    }
    out.replaceAll((k, v) -> Set.copyOf(v));
    return java.util.Map.copyOf(out);
  }

  /**
   * Whether a name starting at {@code start} may be accepted without a reading that allows lower case: it opens with
   * a capital, or with an article and a hyphen before one ("al-Anad"). Else {@link Scan#accepts} refuses every reading
   * that needs a proper noun, whatever the name's end.
   */
  static boolean mayOpenName(String text, int start) {
    char c = text.charAt(start);
    if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
      return true;
    }
    int i = start;
    while (i < text.length() && Character.isLowerCase(text.charAt(i))) {
      i++;
    }
    return i + 1 < text.length() && text.charAt(i) == '-' && Character.isUpperCase(text.charAt(i + 1))
        && ARTICLES.contains(text.substring(start, i));
  }

  /** Per-text state: line starts and headline-case verdicts are computed once, on first need. */
  static final class Scan {
    private final String text;
    private int[] lineStarts;
    private byte[] headline; // by line, once lineStarts is made

    Scan(String text) {
      this.text = text;
    }

    /** Whether the text writes [start, end) as the name of an entry with these traits. */
    boolean accepts(int start, int end, boolean lowerCaseOk, boolean acronym, boolean commonWord) {
      if (lowerCaseOk) {
        return true;
      }
      if (!Character.isUpperCase(text.charAt(start)) && !Character.isTitleCase(text.charAt(start))
          && !articleBeforeCapital(start, end)) {
        return false;
      }
      boolean caps = allCaps(start, end);
      if (acronym) {
        return caps;
      }
      if (!capitalisedWords(start, end)) {
        return false;
      }
      if (caps && end - start <= 4 && !shouting(start)) {
        return false; // a short word in capitals is an acronym ("MAN", "OSCE"), not a place
      }
      if (commonWord) { // "in Reading", not "Reading the statement" nor "Paramount is"
        return LOCATIVES.contains(lowerWordBefore(start)) && !headlineCase(start) && !shouting(start);
      }
      return true;
    }

    /** Whether [start, end) opens with a lower-case article and a hyphen before a capital ("al-Anad"). */
    private boolean articleBeforeCapital(int start, int end) {
      int i = start;
      while (i < end && Character.isLowerCase(text.charAt(i))) {
        i++;
      }
      return i + 1 < end && text.charAt(i) == '-' && Character.isUpperCase(text.charAt(i + 1))
          && ARTICLES.contains(text.substring(start, i));
    }

    // The span last read by capitalisedWords and allCaps: a name's readings ask of one span once per trait.
    private int readStart = -1;
    private int readEnd = -1;
    private boolean readCapitalised;
    private boolean readCaps;

    /** Every word of four letters or more is capitalised ("Republic of Artsakh", not "Republic of artsakh"). */
    private boolean capitalisedWords(int start, int end) {
      read(start, end);
      return readCapitalised;
    }

    private boolean allCaps(int start, int end) {
      read(start, end);
      return readCaps;
    }

    private void read(int start, int end) {
      if (start != readStart || end != readEnd) {
        readCapitalised = scanCapitalisedWords(start, end);
        readCaps = scanAllCaps(start, end);
        readStart = start;
        readEnd = end;
      }
    }

    private boolean scanCapitalisedWords(int start, int end) {
      int i = start;
      while (i < end) {
        while (i < end && !Character.isLetter(text.charAt(i))) {
          i++;
        }
        int w = i;
        // An apostrophe between letters is inside the word: "Ha'asara" is one capitalised word, not "Ha" and "asara"
        while (i < end && (Character.isLetter(text.charAt(i)) || (i > w && i + 1 < end
            && FoldedText.isApostrophe(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))))) {
          i++;
        }
        if (i - w >= 4 && !Character.isUpperCase(text.charAt(w))) {
          return false;
        }
      }
      return true;
    }

    private boolean scanAllCaps(int start, int end) {
      for (int i = start; i < end; i++) {
        if (Character.isLowerCase(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    /** Whether [start] begins a sentence, a line, or a quotation at such a place. */
    boolean sentenceStart(int start) {
      int i = start - 1;
      while (i >= 0) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          return true;
        }
        if (Character.isWhitespace(c) || "\"“”'‘’([«—–-*•".indexOf(c) >= 0) {
          i--;
          continue;
        }
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
      }
      return true;
    }

    /** Whether the line holding {@code pos} is a short line in headline case ("Azerbaijan Says Armenia Shelled Ganja"). */
    boolean headlineCase(int pos) {
      int line = lineOf(pos);
      if (headline == null) {
        headline = new byte[lineStarts.length];
      }
      if (headline[line] == 0) { // 0 unread, 1 no, 2 yes: each line is read once
        headline[line] = (byte) (computeHeadline(line) ? 2 : 1);
      }
      return headline[line] == 2;
    }

    private boolean computeHeadline(int line) {
      int from = lineStarts[line];
      int to = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
      if (to - from > LONGEST_HEADLINE) {
        return false;
      }
      int words = 0;
      int capitalised = 0;
      for (int i = from; i < to; ) {
        if (!Character.isLetter(text.charAt(i))) {
          i++;
          continue;
        }
        int w = i;
        while (i < to && Character.isLetter(text.charAt(i))) {
          i++;
        }
        if (i - w >= 4) {
          words++;
          capitalised += Character.isUpperCase(text.charAt(w)) ? 1 : 0;
        }
      }
      return words >= 3 && capitalised >= 0.8 * words;
    }

    /** Whether the line holding {@code pos} is written in capitals. */
    private boolean shouting(int pos) {
      int line = lineOf(pos);
      int from = lineStarts[line];
      int to = Math.min(line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length(), from + LONGEST_HEADLINE);
      int upper = 0;
      int lower = 0;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        upper += Character.isUpperCase(c) ? 1 : 0;
        lower += Character.isLowerCase(c) ? 1 : 0;
      }
      return upper > 3 * lower;
    }

    private int lineOf(int pos) {
      if (lineStarts == null) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
          n += text.charAt(i) == '\n' ? 1 : 0;
        }
        lineStarts = new int[n];
        for (int i = 0, k = 1; i < text.length(); i++) {
          if (text.charAt(i) == '\n') {
            lineStarts[k++] = i + 1;
          }
        }
      }
      int k = Arrays.binarySearch(lineStarts, pos);
      return k >= 0 ? k : -k - 2;
    }

    /** How the sentence uses the name at [start, end); null where it heads a longer name and is no place at all. */
    Role role(int start, int end) {
      if (end < text.length() && FoldedText.isApostrophe(text.charAt(end))
          && end + 1 < text.length() && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S')
          && (end + 2 == text.length() || !Character.isLetter(text.charAt(end + 2)))) {
        return partOfPlaceAfter(end + 2) ? Role.PLACE : Role.POSSESSIVE;
      }
      if (end + 1 < text.length() && FoldedText.isApostrophe(text.charAt(end))
          && Character.isLetter(text.charAt(end + 1))) {
        return null; // "al-Zira'a", "Shu'ab": a transliterated 'ayn inside a longer name, not the name before it
      }
      if (end + 1 < text.length() && (text.charAt(end) == '-' || text.charAt(end) == '–')
          && Character.isLowerCase(text.charAt(end + 1))) {
        return Role.ADJECTIVAL; // "Moscow-brokered", "Baku-based"
      }
      if (opensName(text.substring(start, end)) && articleNameAfter(end)) {
        return null; // "Wadi al-Kfour", "Abu al-Yamama": the opening word of a longer name the gazetteer lacks
      }
      if (MONTHS.contains(text.substring(start, end).toLowerCase(Locale.ROOT)) && dayAfter(end)) {
        return null; // "Nov 13": a date
      }
      if (person(start, end)) {
        return Role.NAME_PART; // "Dr. Hassan", "said Hassan, a police spokesman": a person's name
      }
      boolean headline = headlineCase(start);
      String next = wordAfter(end);
      if (next != null) {
        String lower = next.toLowerCase(Locale.ROOT);
        boolean capital = Character.isUpperCase(next.charAt(0));
        if (capital && NAME_HEADS.contains(lower)) {
          return null;
        }
        if (INSTITUTIONS.contains(lower) || (capital && PEOPLE.matcher(lower).matches())) {
          return Role.ADJECTIVAL; // "the Armenia defence ministry", "Karabakh Armenians"
        }
        if (!capital && SPEECH_VERBS.contains(lower) && !PREPOSITIONS.contains(lowerWordBefore(start))) {
          return Role.ACTOR;
        }
        if (capital && !headline && !FREE_AFTER.contains(lower)) {
          return Role.NAME_PART;
        }
      }
      if (!headline && partOfNameBefore(start)) {
        return Role.NAME_PART;
      }
      int[] to = wordBefore(start);
      if (to != null && text.substring(to[0], to[1]).equalsIgnoreCase("to") && lowerWordBefore(to[0]).equals("according")) {
        return Role.ACTOR; // "according to Baku, Armenian forces attacked": the government that says so, not a place
      }
      return Role.PLACE;
    }

    /**
     * A title right before the name ("Dr. Hassan", "Brig. Hassan", "spokesman Hassan"), or, after a verb of saying or
     * "according to", an appositive whose noun is a person's role ("said Hassan, the chief medical officer").
     */
    private boolean person(int start, int end) {
      if (start > 1 && text.charAt(start - 1) == '-') { // "Abdul-Salam": the name's second half
        int h = start - 1;
        while (h > 0 && Character.isLetter(text.charAt(h - 1))) {
          h--;
        }
        if (JOINED.contains(text.substring(h, start - 1).toLowerCase(Locale.ROOT))) {
          return true;
        }
        if (surname(h, start - 1)) {
          return true;
        }
      }
      int i = start - 1;
      while (i >= 0 && text.charAt(i) == ' ') {
        i--;
      }
      boolean period = i >= 0 && text.charAt(i) == '.';
      int e = period ? i : i + 1;
      int b = e;
      while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
        b--;
      }
      if (b < e && (period || e < start) && TITLES.contains(text.substring(b, e).toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (end >= text.length() || text.charAt(end) != ',') {
        return false;
      }
      int[] w = wordBefore(start);
      String before = w == null ? "" : text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
      if (!SPEECH_VERBS.contains(before) && !(before.equals("to") && lowerWordBefore(w[0]).equals("according"))) {
        return false;
      }
      java.util.regex.Matcher m = APPOSITIVE.matcher(text.substring(end, Math.min(text.length(), end + 60)));
      if (m.lookingAt()) {
        for (String word : m.group(1).trim().split("\\s+")) {
          if (ROLES.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Whether the lower-case Arabic article at [from, to), joined to the name, follows a capitalised word that opens no
     * sentence ("Captain Omar al-Masri"): a family name after a given name, not the town of that name. A possessive
     * before ("the city's al-Midan") or a preposition ("in al-Midan") leaves the place a place.
     */
    private boolean surname(int from, int to) {
      if (!ARTICLES.contains(text.substring(from, to))) {
        return false;
      }
      int[] w = wordBefore(from);
      return w != null && capitalisedInside(w) && !leadsName(text.substring(w[0], w[1]))
          && (w[0] == 0 || !FoldedText.isApostrophe(text.charAt(w[0] - 1)));
    }

    /**
     * Whether a lower-case Arabic article joined by a hyphen to a capitalised word follows after one space
     * (" al-Kfour", " ad-Dhale"), or "al"/"el" then a space and a capitalised word (" al Kfour"): the name goes on.
     */
    private boolean articleNameAfter(int end) {
      if (end + 1 >= text.length() || (text.charAt(end) != ' ' && text.charAt(end) != '\u00A0')) {
        return false;
      }
      int w = end + 1;
      int i = w;
      while (i < text.length() && i - w < 4 && Character.isLowerCase(text.charAt(i))) {
        i++;
      }
      if (i == w || i + 1 >= text.length() || !ARTICLES.contains(text.substring(w, i))) {
        return false;
      }
      char sep = text.charAt(i);
      boolean spaced = sep == ' ' && (text.startsWith("al", w) || text.startsWith("el", w)) && i - w == 2;
      return (sep == '-' || sep == '\u2010' || spaced) && Character.isUpperCase(text.charAt(i + 1));
    }

    /** Whether a day number follows, past an optional period and spaces ("Nov. 13", "Sept 3"). */
    private boolean dayAfter(int end) {
      int i = end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
      int s = i;
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      int d = i;
      while (i < text.length() && Character.isDigit(text.charAt(i))) {
        i++;
      }
      return i > d && i - d <= 2 && d > s;
    }

    /** "Lake Sevan", "Ilhan Omar", "University of Baku": a capitalised word (not one opening a sentence) before it. */
    boolean partOfNameBefore(int start) {
      int[] w = wordBefore(start);
      if (w == null) {
        return false;
      }
      String word = text.substring(w[0], w[1]);
      if (word.equals("of") || word.equals("the")) {
        int[] w2 = wordBefore(w[0]);
        if (w2 != null && word.equals("the")) {
          String of = text.substring(w2[0], w2[1]);
          w2 = of.equals("of") ? wordBefore(w2[0]) : null;
        }
        return w2 != null && capitalisedInside(w2);
      }
      return capitalisedInside(w);
    }

    private boolean capitalisedInside(int[] w) {
      String word = text.substring(w[0], w[1]);
      return Character.isUpperCase(word.charAt(0)) && !sentenceStart(w[0])
          && !FREE_BEFORE.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "Beirut's southern suburbs", "Kharkiv's outskirts": a possessive whose noun is a part of the place. */
    private boolean partOfPlaceAfter(int end) {
      Matcher named = NAMED_PART.matcher(text.substring(end, Math.min(text.length(), end + 80)));
      if (named.find() && PLACE_PARTS.contains(named.group(1))) {
        return true;
      }
      int at = end;
      for (int k = 0; k < 3; k++) {
        String w = wordAfter(at);
        if (w == null || !Character.isLowerCase(w.charAt(0))) {
          return false;
        }
        if (PLACE_PARTS.contains(w)) {
          return true;
        }
        at = text.indexOf(w, at) + w.length();
      }
      return false;
    }

    /** The word right after [.., end), on the same line, past spaces only; null where punctuation intervenes. */
    private String wordAfter(int end) {
      int i = end;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
        i++;
      }
      if (i == end && i < text.length() && text.charAt(i) != ' ') {
        return null;
      }
      int w = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      return i > w ? text.substring(w, i) : null;
    }

    /** Bounds of the word right before {@code start}, past spaces only; null where punctuation intervenes. */
    private int[] wordBefore(int start) {
      int i = start - 1;
      while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
        i--;
      }
      if (i == start - 1) {
        return null;
      }
      int e = i + 1;
      while (i >= 0 && Character.isLetter(text.charAt(i))) {
        i--;
      }
      return e > i + 1 ? new int[] {i + 1, e} : null;
    }

    /** Whether [from, to) is a non-empty run of spaces. */
    boolean onlySpaces(int from, int to) {
      if (to <= from) {
        return false;
      }
      for (int i = from; i < to; i++) {
        if (text.charAt(i) != ' ' && text.charAt(i) != '\u00A0') {
          return false;
        }
      }
      return true;
    }

    private String lowerWordBefore(int start) {
      int[] w = wordBefore(start);
      return w == null ? "" : text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
    }
  }
}
