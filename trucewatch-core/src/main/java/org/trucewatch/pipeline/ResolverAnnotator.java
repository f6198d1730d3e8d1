package org.trucewatch.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.trucewatch.clean.Article;
import org.trucewatch.conflict.ArticleConflict;
import org.trucewatch.conflict.ConflictProfile;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.extract.Location;
import org.trucewatch.extract.SentenceAnnotator;
import org.trucewatch.extract.Sides;
import org.trucewatch.extract.Spans;
import org.trucewatch.nlp.PosTagger;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.Token;
import org.trucewatch.resolve.actor.ActorContext;
import org.trucewatch.resolve.actor.ActorDictionary;
import org.trucewatch.resolve.actor.ActorMention;
import org.trucewatch.resolve.geo.Gazetteer;
import org.trucewatch.resolve.geo.Place;
import org.trucewatch.resolve.geo.PlaceMention;
import org.trucewatch.resolve.geo.PlaceResolver;
import org.trucewatch.resolve.geo.ScopeHint;
import org.trucewatch.resolve.geo.SqlitePlaceIndex;
import org.trucewatch.resolve.time.TemporalAnchor;
import org.trucewatch.resolve.time.TemporalTagger;
import org.trucewatch.resolve.time.TimeMention;

/**
 * The extractor's view of actors, places and times, from the resolvers: places and times are found once over the
 * whole body (so that each is read in the context of the article: Martuni beside Askeran, "the day before" after a
 * named day), actors sentence by sentence with the article's coreference state. Thread-safe; its sessions are not.
 */
public final class ResolverAnnotator implements SentenceAnnotator {

  private final PosTagger tagger;
  private final TemporalTagger times;
  private final Gazetteer gazetteer;
  private final PlaceResolver places;
  private final ActorDictionary actors;
  private final Profiles profiles;
  private final ArticleConflict articleConflict;

  public ResolverAnnotator(PosTagger tagger, TemporalTagger times, Gazetteer gazetteer, ActorDictionary actors,
      Profiles profiles) {
    this.profiles = profiles;
    this.articleConflict = new ArticleConflict(profiles);
    this.tagger = tagger;
    this.times = times;
    this.gazetteer = gazetteer;
    this.places = new PlaceResolver(gazetteer, SqlitePlaceIndex.openDefault()); // the imported index, if any
    this.actors = actors;
  }

  @Override
  public Session open(Article article, LocalDate anchor, boolean storyDay, java.util.Set<Integer> timedParagraphs) {
    String body = article.body();
    List<TimeMention> ts = new ArrayList<>();
    TemporalAnchor at = anchor == null ? null : TemporalAnchor.of(anchor);
    for (int p : new java.util.TreeSet<>(timedParagraphs)) {
      var para = article.paragraphs().get(p);
      Integer narrativeYear = null;
      LocalDate narrativeFrom = null; // the first day of the mention that named the narrative year
      String paraText = body.substring(para.start(), para.end());
      for (TimeMention m : times.tag(paraText, at)) {
        LocalDate date = storyDay && anchor != null ? nearestWeekday(m, anchor, m.date()) : m.date();
        int shift = narrativeShift(m, narrativeYear, anchor);
        if (shift != 0 && goesBack(m, shift, narrativeFrom)) {
          shift = 0; // "a truce from 23 December 2017, and in late August a school truce": the story's August
        }
        Integer before = narrativeYear;
        narrativeYear = deictic(m, anchor) ? null
            : namesAnEvent(paraText, m) ? narrativeYear : explicitYear(m, narrativeYear);
        if (narrativeYear == null || !narrativeYear.equals(before) || narrativeFrom == null) {
          narrativeFrom = narrativeYear == null ? null : m.date() != null ? m.date() : m.rangeStart();
        }
        date = plusYears(date, shift);
        ts.add(new TimeMention(m.start() + para.start(), m.end() + para.start(), m.text(), m.type(),
            date == m.date() ? m.value() : date.toString(), date, plusYears(m.rangeStart(), shift),
            plusYears(m.rangeEnd(), shift), m.time(),
            m.offset(), m.since(), m.partOfDay()));
      }
    }
    // Places are looked for in the paragraphs with something to date, and read in the context of all of them.
    List<PlaceMention> found = new ArrayList<>();
    for (int p : new java.util.TreeSet<>(timedParagraphs)) {
      var para = article.paragraphs().get(p);
      for (PlaceMention m : gazetteer.find(body.substring(para.start(), para.end()))) {
        found.add(new PlaceMention(m.start() + para.start(), m.end() + para.start(), m.surface(), m.place(),
            m.alternatives(), m.role()));
      }
    }
    // Read once without a scope, to tell the article's conflict (unless its source declared one); then, for an article
    // of a conflict, resolved again preferring its places from the same reading of the text (qualifiers, containers,
    // the index's names).
    PlaceResolver.Prepared prepared = places.prepare(body, found);
    String declared = profiles.get(article.conflict()).isPresent() ? article.conflict() : null;
    List<PlaceMention> first = declared != null ? null : places.resolve(prepared, ScopeHint.NONE);
    String conflict = declared != null ? declared : articleConflict.of(body, located(first));
    List<PlaceMention> ps = first;
    if (conflict != null) {
      // Read again preferring the conflict's own places: "Novoselivka" is then the frontline village, not its namesake.
      ConflictProfile p = profiles.get(conflict).orElseThrow();
      Set<String> countries = new HashSet<>(p.scope().countries());
      countries.addAll(p.countries());
      ps = places.resolve(prepared, new ScopeHint(countries, p.scope().admin1()));
    }
    List<PlaceMention> resolved = ps;
    int[] placeStarts = starts(resolved.stream().mapToInt(PlaceMention::start));
    int[] timeStarts = starts(ts.stream().mapToInt(TimeMention::start));
    Sides sides = profiles.sides(conflict);
    ActorContext context = new ActorContext(actors, conflict);
    return new Session() {
      @Override
      public Spans.AnnotatedSentence annotate(Sentence sentence, boolean tag) {
        Sentence s = tag ? tagger.tag(sentence) : sentence;
        List<Spans.ActorSpan> as = new ArrayList<>();
        for (ActorMention m : context.resolve(s)) {
          // "in the Yemeni capital", "in Sudan's capital": kept, the country names the capital that was hit
          if (m.locative() && !beforeCapital(s, m.tokenEnd()) && !pointedAt(s, m.tokenStart())
              || !m.members().isEmpty()) {
            continue;
          }
          var a = m.actor();
          as.add(new Spans.ActorSpan(m.tokenStart(), m.tokenEnd(), a.name(), a.id(), a.country(), a.side(),
              a.role().name(), m.possessive(), m.demonym(), m.demonym() && !m.agentHead(), m.text()));
        }
        List<Spans.PlaceSpan> pl = new ArrayList<>();
        // Both lists are in text order: only the mentions from the sentence's start on are looked at.
        for (int k = firstFrom(placeStarts, s.start()); k < resolved.size() && (placeStarts == null || placeStarts[k] <= s.end()); k++) {
          PlaceMention m = resolved.get(k);
          if (m.start() >= s.start() && m.end() <= s.end() && m.place() != null) {
            int[] r = tokens(s, m.start(), m.end());
            if (r != null) {
              pl.add(new Spans.PlaceSpan(r[0], r[1], location(m.place(), m.surface()),
                  m.role() != PlaceMention.Role.PLACE));
            }
          }
        }
        List<Spans.TimeSpan> tl = new ArrayList<>();
        for (int k = firstFrom(timeStarts, s.start()); k < ts.size() && (timeStarts == null || timeStarts[k] <= s.end()); k++) {
          TimeMention m = ts.get(k);
          if (m.start() >= s.start() && m.end() <= s.end()
              && (m.type() == TimeMention.Type.DATE || m.type() == TimeMention.Type.TIME)) {
            int[] r = tokens(s, m.start(), m.end());
            if (r != null) {
              tl.add(new Spans.TimeSpan(r[0], r[1], m.date(), m.rangeStart(), m.rangeEnd(), m.time(), m.offset(),
                  m.since(), m.text()));
            }
          }
        }
        return new Spans.AnnotatedSentence(s, as, pl, tl);
      }

      @Override
      public Optional<Spans.ActorSpan> actorNamed(String line) {
        return ResolverAnnotator.this.actorNamed(line, conflict);
      }

      @Override
      public Sides sides() {
        return sides;
      }

      @Override
      public String conflictOf(Location place, java.util.Set<String> parties) {
        return profiles.conflictOf(place, parties, conflict);
      }

      @Override
      public String conflictOfParties(java.util.Set<String> parties) {
        return profiles.conflictOfParties(parties, conflict);
      }

      @Override
      public boolean during(String id, LocalDate day) {
        return profiles.during(id, day);
      }

      @Override
      public Optional<Location> country(String iso2) {
        return gazetteer.lookup(countryName(iso2)).filter(p -> p.precision() == Place.Precision.COUNTRY)
            .map(p -> location(p, p.name()));
      }

      @Override
      public Optional<Location> capital(String iso2) {
        return gazetteer.capitalOf(iso2).map(p -> location(p, p.name()));
      }
    };
  }

  private static final org.trucewatch.nlp.Tokenizer HEADING_TOKENS =
      new org.trucewatch.nlp.Tokenizer(org.trucewatch.nlp.Abbreviations.ENGLISH_NEWS);

  /** The dictionary's one actor that covers every word of a heading line, its capitals folded to a name's case. */
  private Optional<Spans.ActorSpan> actorNamed(String line, String conflict) {
    String text = titleCase(line.strip());
    List<Token> tokens = HEADING_TOKENS.tokenize(text, 0);
    int words = (int) tokens.stream().filter(t -> Character.isLetterOrDigit(t.text().charAt(0))).count();
    if (words == 0 || words > 8) {
      return Optional.empty();
    }
    List<ActorMention> ms = actors.find(new Sentence(0, 0, 0, text.length(), text, tokens), conflict);
    if (ms.size() != 1) {
      return Optional.empty();
    }
    ActorMention m = ms.get(0);
    for (int i = 0; i < tokens.size(); i++) { // every word of the line is the name's ("Press Service of X" is not X)
      if ((i < m.tokenStart() || i >= m.tokenEnd()) && Character.isLetterOrDigit(tokens.get(i).text().charAt(0))) {
        return Optional.empty();
      }
    }
    var a = m.actor();
    return Optional.of(new Spans.ActorSpan(m.tokenStart(), m.tokenEnd(), a.name(), a.id(), a.country(), a.side(),
        a.role().name(), false, false, false, m.text()));
  }

  // "INTER SERVICES PUBLIC RELATIONS" -> "Inter Services Public Relations"; a line not all in capitals stays as written
  private static String titleCase(String line) {
    if (!line.equals(line.toUpperCase(Locale.ROOT))) {
      return line;
    }
    StringBuilder b = new StringBuilder(line.length());
    boolean start = true;
    for (char c : line.toCharArray()) {
      b.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return b.toString();
  }

  private static List<Location> located(List<PlaceMention> ps) {
    List<Location> out = new ArrayList<>();
    for (PlaceMention m : ps) {
      if (m.place() != null && m.role() != PlaceMention.Role.NAME_PART) {
        out.add(location(m.place(), m.surface()));
      }
    }
    return out;
  }

  private static final Pattern BARE_WEEKDAY = Pattern.compile(
      "(?i)^(on |early |late |early on |late on )?(mon|tues|wednes|thurs|fri|satur|sun)day"
          + "( (morning|afternoon|evening|night))?$");

  /** A bare weekday read against a day of the story: the nearest such day, at most three days away. */
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");
  private static final Pattern MONTH = Pattern.compile(
      "(?i)\\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|"
          + "apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b");

  /**
   * The year a mention states outright ("in April 2016", "in 2020"), else the one carried so far; "since 2017" runs
   * to the present and sets no narrative year ("has led the army since 2017. The truce agreed in November").
   */
  static Integer explicitYear(TimeMention m, Integer carried) {
    LocalDate d = m.date() != null ? m.date() : m.rangeStart();
    return d != null && !m.since() && YEAR.matcher(m.text()).find() ? Integer.valueOf(d.getYear()) : carried;
  }

  /**
   * "Under the accords of February 2015 ... Last week the group agreed a truce that took effect on Dec. 23": a day told
   * from the news day (no year, no month, within a month of it) brings the narrative back to the present.
   */
  static boolean deictic(TimeMention m, LocalDate anchor) {
    LocalDate d = m.date() != null ? m.date() : m.rangeStart();
    return d != null && anchor != null && m.type() == TimeMention.Type.DATE && !m.since()
        && !YEAR.matcher(m.text()).find() && !MONTH.matcher(m.text()).find()
        && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(d, anchor)) <= 31;
  }

  /**
   * By how many years a month, or a day and month, without a year moves in a paragraph that tells of an earlier
   * year ("In 2020 the freeze ended. After a clash in July, war erupted on September 27"): narrative resumes the year
   * it last named, not the article's. Relative expressions ("on Monday") and dates with their own year keep theirs.
   */
  static int narrativeShift(TimeMention m, Integer year, LocalDate anchor) {
    LocalDate d = m.date() != null ? m.date() : m.rangeStart();
    if (d == null || year == null || anchor == null || year == d.getYear() || year > anchor.getYear()
        || YEAR.matcher(m.text()).find() || !MONTH.matcher(m.text()).find()) {
      return 0;
    }
    return year - d.getYear();
  }

  // an article before a bare year and a word after it: "the 2020 war", "a 2003 truce"
  private static final Pattern NAMING_YEAR_BEFORE = Pattern.compile("(?i)\\b(the|a|an)\\s+$");
  private static final Pattern BARE_YEAR = Pattern.compile("(1[89]|20)\\d\\d");
  private static final Pattern NOUN_AFTER = Pattern.compile("[ -][A-Za-z].*");

  /** "the 2020 war", "a 2003 truce": a bare year before a noun names an event and tells no narrative time. */
  static boolean namesAnEvent(String text, TimeMention m) {
    if (!BARE_YEAR.matcher(m.text().strip()).matches() || m.start() < 0 || m.end() > text.length()) {
      return false;
    }
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 3));
    return NAMING_YEAR_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()
        && NOUN_AFTER.matcher(after).matches();
  }

  /**
   * Whether moving a month or day by {@code shift} years would put it before the month or day that named the
   * narrative year: told after "23 December 2017", "in late August" is not the August before it.
   */
  static boolean goesBack(TimeMention m, int shift, LocalDate narrativeFrom) {
    LocalDate end = m.date() != null ? m.date() : m.rangeEnd();
    return narrativeFrom != null && end != null && end.plusYears(shift).isBefore(narrativeFrom);
  }

  private static LocalDate plusYears(LocalDate d, int years) {
    return d == null || years == 0 ? d : d.plusYears(years); // 29 February becomes the 28th
  }

  static LocalDate nearestWeekday(TimeMention m, LocalDate anchor, LocalDate resolved) {
    java.util.regex.Matcher w = BARE_WEEKDAY.matcher(m.text().strip());
    if (m.type() != TimeMention.Type.DATE && m.type() != TimeMention.Type.TIME || !w.matches() || resolved == null) {
      return resolved;
    }
    int target = java.util.List.of("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
        .indexOf(w.group(2).toLowerCase(Locale.ROOT)) + 1;
    int d = Math.floorMod(target - anchor.getDayOfWeek().getValue(), 7);
    return d <= 3 ? anchor.plusDays(d) : anchor.minusDays(7 - d);
  }

  private static String countryName(String iso2) {
    return new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
  }

  static Location location(Place p, String surface) {
    return new Location(p.name(), p.lat(), p.lon(), p.country(), p.admin1(),
        p.precision().name().toLowerCase(Locale.ROOT), surface);
  }

  /** The starts of mentions, or null where they are not in text order (then every sentence looks at all). */
  private static int[] starts(java.util.stream.IntStream s) {
    int[] out = s.toArray();
    for (int i = 1; i < out.length; i++) {
      if (out[i] < out[i - 1]) {
        return null;
      }
    }
    return out;
  }

  /**
   * Whether the mention starting at token {@code from} follows "at" ("the") that ends a blaming phrase whose blamed
   * side stands after "at" (lexicon category blame, value at: "pointed the finger at the rebels"): a side, no place.
   */
  static boolean pointedAt(Sentence s, int from) {
    List<Token> t = s.tokens();
    int at = from - 1;
    if (at > 0 && t.get(at).text().equalsIgnoreCase("the")) {
      at--;
    }
    if (at < 1 || !t.get(at).text().equalsIgnoreCase("at")) {
      return false;
    }
    org.trucewatch.extract.Lexicon lexicon = org.trucewatch.extract.Lexicon.load();
    for (int k = Math.max(0, at - 4); k < at; k++) {
      org.trucewatch.extract.Lexicon.Entry e = lexicon.at(t, k, "blame");
      if (e != null && e.value().equals("at") && k + e.words().length == at) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word after token {@code end} (past a possessive "'s") is "capital". */
  static boolean beforeCapital(Sentence s, int end) {
    var t = s.tokens();
    int k = end < t.size() && possessive(t.get(end).text()) ? end + 1 : end;
    return k < t.size() && t.get(k).text().equalsIgnoreCase("capital");
  }

  /** Whether a token is a possessive "'s" (either apostrophe): as {@code matches("['’]s")}, with no pattern compiled. */
  static boolean possessive(String text) {
    return text.length() == 2 && (text.charAt(0) == '\'' || text.charAt(0) == '’') && text.charAt(1) == 's';
  }

  /** The first index whose start is at least {@code from} (binary search: a sentence costs log n, not n). */
  static int firstFrom(int[] starts, int from) {
    if (starts == null) {
      return 0;
    }
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The token range {@code [from, to)} covering body offsets {@code [start, end)}, or null. Tokens are in order and
   * do not overlap, so both ends are found by binary search (a long sentence with many mentions stays linear).
   */
  static int[] tokens(Sentence s, int start, int end) {
    List<Token> t = s.tokens();
    int lo = 0;
    int hi = t.size();
    while (lo < hi) { // the first token that ends after start
      int mid = (lo + hi) >>> 1;
      if (t.get(mid).end() > start) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    int from = lo < t.size() ? lo : -1;
    lo = 0;
    hi = t.size();
    while (lo < hi) { // the number of tokens that start before end
      int mid = (lo + hi) >>> 1;
      if (t.get(mid).start() < end) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int to = lo == 0 ? -1 : lo;
    return from < 0 || to <= from ? null : new int[] {from, to};
  }
}
