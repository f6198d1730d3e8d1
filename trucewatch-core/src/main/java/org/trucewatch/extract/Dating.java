package org.trucewatch.extract;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.TimeSpan;
import org.trucewatch.nlp.Token;

/**
 * Dates an event mention: the resolved time expression of its own clause nearest the trigger; else (for specific
 * triggers only) one elsewhere in the sentence, such as the date of the statement; else the last date the paragraph
 * gave; else the article's date. Generic triggers ("fighting") take only a date of their own clause. Stateless.
 */
final class Dating {

  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}"); // compiled once

  /** A date, the end of its span (or null), a clock time (or null), and how it was found (null date: undated). */
  record Dated(LocalDate date, LocalDate dateEnd, String time, DateBasis basis) {
    static final Dated NONE = new Dated(null, null, null, null);
  }

  private final Lexicon lexicon; // the venues of speech ("reporters", "a statement")
  private final Set<String> tellWhen; // words of when in its day a telling came (lexicon: tellwhen)
  private final DaysOfFire daysOfFire;

  Dating(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.tellWhen = Set.copyOf(lexicon.phrases("tellwhen"));
    this.daysOfFire = new DaysOfFire(lexicon);
  }

  private static final Pattern OWN_YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");

  Dated date(AnnotatedSentence s, Frame frame, int[] clause, int t, boolean generic, ArticleContext ctx) {
    Dated d = date0(s, frame, clause, t, generic, ctx);
    int days = d.date() == null || d.dateEnd() != null ? 0 : daysOfFire.count(s, t);
    // "killed in two days of clashes, officials said on Saturday": the days of fire end before the day of the telling
    if (days > 0 && (d.date().equals(ctx.anchor) || tellingDay(s, frame, d.date(), t))) {
      return new Dated(d.date().minusDays(days), d.date().minusDays(1), d.time(), d.basis());
    }
    return d;
  }

  /** Whether {@code day} is the day of a telling in the sentence ("officials said on Saturday"), not the act's own. */
  private boolean tellingDay(AnnotatedSentence s, Frame frame, LocalDate day, int t) {
    for (TimeSpan ts : s.times()) {
      if (ts.date() != null && ts.date().equals(day) && speechDay(s, frame, ts, t)) {
        return true;
      }
    }
    return false;
  }

  private Dated date0(AnnotatedSentence s, Frame frame, int[] clause, int t, boolean generic, ArticleContext ctx) {
    // A day beats a month or a year: "on Tuesday ... since a 2020 war" is dated Tuesday. Inside a "when" clause the
    // clause's own day comes first: "died on Sunday of wounds from when shells hit Taiz the day before".
    int sub = subordinate(s, clause[0], t);
    TimeSpan best = sub < 0 ? null : nearest(s, sub, clause[1], t, true);
    if (best == null) {
      best = nearest(s, clause[0], clause[1], t, true);
    }
    if (best != null && best.date() != null) {
      // a month or year nearer the trigger that does not hold the day dates it, not a day told further off: "a film
      // about a girl in a car hit by fire in Gaza in January 2024 took the prize on Saturday" is not Saturday's
      TimeSpan period = nearest(s, clause[0], clause[1], t, false);
      if (period != null && period.rangeStart() != null && distance(period, t) < distance(best, t)
          && (best.date().isBefore(period.rangeStart()) || best.date().isAfter(period.rangeEnd()))) {
        best = period;
      }
    }
    if (best != null && best.to() <= t && "NOUN".equals(s.sentence().tokens().get(t).tag())) {
      // "on Saturday accepted responsibility for an air raid ... that killed 14 a day earlier": the raid's own day
      TimeSpan own = relativeClauseDay(s, t);
      best = own != null ? own : best;
    }
    if (best != null && speechDay(s, frame, best, t)) {
      // "investigators said on Tuesday that a bomber carried out Monday's blast": the day of the saying gives way
      TimeSpan told = nearest(s, best.to(), clause[1], t, true);
      Dated before = told != null ? null : toldBefore(s, best, clause, t, ctx);
      if (before != null) {
        return before;
      }
      best = told != null ? told : best;
    }
    DateBasis basis = DateBasis.EXPLICIT;
    if (best == null && !generic) {
      // a month of the trigger's own clause beats a day told elsewhere in the sentence: "warned on Thursday of a
      // repeat of the atrocities in El Fasher, which the RSF captured in late October"
      TimeSpan own = nearest(s, clause[0], clause[1], t, false);
      best = own != null ? own : nearest(s, 0, s.size(), t, true);
      if (own == null && best != null && speechDay(s, frame, best, t)) {
        Dated before = toldBefore(s, best, clause, t, ctx);
        if (before != null) {
          return before;
        }
      }
    }
    if (best == null) {
      best = nearest(s, clause[0], clause[1], t, false);
    }
    if (best == null && !generic && frame != null && frame.verb() < t) {
      // "Earlier in July, the army said rebels had fired on an ambulance": a past span the telling is dated by bounds
      // what was told, not the news's day
      TimeSpan told = nearest(s, 0, frame.verb(), t, false);
      best = told != null && told.rangeEnd() != null && ctx.anchor != null && told.rangeEnd().isBefore(ctx.anchor)
          ? told : null;
    }
    String time = clock(s, clause);
    if (best == null) {
      if (generic) {
        return Dated.NONE;
      }
      Dated carried = carried(s, time, ctx);
      Shift back = carried.date() == null || carried.dateEnd() != null ? null : shiftAfter(s, frame, 2, t);
      // "The raids came a day after Houthi drones struck Jeddah": the day told before, less the count
      return back == null ? carried : back.from(carried.date(), time, carried.basis());
    }
    // A day without its own year ("on Saturday", "20 September") is only as sure as the date it was read against.
    if (basis == DateBasis.EXPLICIT && ctx.anchorBasis != null && ctx.anchorBasis != DateBasis.PUBLICATION
        && !OWN_YEAR.matcher(best.text()).find()) {
      basis = ctx.anchorBasis;
    }
    LocalDate toldFrom = fromTellingDay(s, frame, best, t, ctx.anchor);
    if (toldFrom != null) { // "On Monday the ministry said two were killed overnight": the night before Monday
      return new Dated(toldFrom, null, time, basis);
    }
    LocalDate sectionDay = ctx.dayHeadings.fromNews(s.sentence().paragraph(), best, ctx.anchor);
    if (sectionDay != null) { // "overnight" under the heading "Saturday 24 October": told from that day, not the news's
      return new Dated(sectionDay, null, time, DateBasis.PARAGRAPH);
    }
    Shift shift = best.date() == null ? null : shiftAfter(s, frame, best.to() + 2, t);
    int first = shift == null ? -1 : lapseBefore(s, best.from());
    if (first >= 0) {
      // "comes a day after troops shelled hamlets on Tuesday, and five days after four were killed in Arnia": the
      // second lapse counts from the main clause's day, not from the day of the first lapse's event; a main clause in
      // the present ("the toll comes") is of the news's day
      Dated main = ctx.anchor != null && presentBefore(s, first) ? new Dated(ctx.anchor, null, time, ctx.anchorBasis)
          : carried(s, time, ctx);
      return main.date() == null || main.dateEnd() != null ? Dated.NONE : shift.from(main.date(), time, main.basis());
    }
    if (shift != null) {
      return shift.from(best.date(), time, basis);
    }
    return of(best, time, basis);
  }

  // a day told from the day of the telling ("overnight", "yesterday"), with no date of its own
  private static final Pattern DEICTIC = Pattern.compile(
      "(?i)\\b(?:today|tonight|overnight|yesterday|this (?:morning|afternoon|evening)|last night)\\b");

  /**
   * A day told from the day of the telling ({@code told}: "overnight", "yesterday") in a sentence whose telling is dated
   * by a day of its own before the news {@code anchor} ("On Monday the ministry said ... killed overnight", "... killed
   * overnight, the ministry said on Monday"): the same day counted from the telling's; else null.
   */
  private LocalDate fromTellingDay(AnnotatedSentence s, Frame frame, TimeSpan told, int t, LocalDate anchor) {
    if (anchor == null || told.date() == null || !DEICTIC.matcher(told.text()).find()
        || told.text().matches(".*\\d.*")) {
      return null;
    }
    var tokens = s.sentence().tokens();
    for (TimeSpan ts : s.times()) {
      if (ts == told || ts.date() == null || ts.since() || DEICTIC.matcher(ts.text()).find()
          || !ts.date().isBefore(anchor) || ts.date().isBefore(anchor.minusDays(6))) {
        continue;
      }
      boolean before = ts.to() <= told.from() && speechBetween(tokens, frame, ts.to(), Math.min(told.from(), t));
      boolean trailing = ts.from() > t && ts.from() > told.to() && trailingSpeechDay(tokens, frame, ts, t);
      if (before || trailing) {
        return told.date().plusDays(ChronoUnit.DAYS.between(anchor, ts.date()));
      }
    }
    return null;
  }

  /**
   * Whether the frame's speech verb (or a word of speech) stands in {@code [from, to)} within six words of
   * {@code from} with no semicolon before it: "On Monday the ministry said", not a day of another clause.
   */
  private boolean speechBetween(List<Token> tokens, Frame frame, int from, int to) {
    for (int k = from; k < Math.min(to, from + 7); k++) {
      if (Lexicon.lower(tokens.get(k)).equals(";")) {
        return false;
      }
      if (frame != null && frame.verb() == k || lexicon.at(tokens, k, "speech") != null) {
        return toldWhole(tokens, k + 1, to);
      }
    }
    return false;
  }

  /**
   * Whether {@code [from, to)} after a speech verb is what was said, not a clause of its own: no comma right after the
   * verb, no ", and" or ", but" ("the ministry said, and rebels answered overnight": the night is the news's).
   */
  private static boolean toldWhole(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals(";") || w.equals(",") && (k == from || k + 1 < to
          && CLAUSE_JOIN.contains(Lexicon.lower(tokens.get(k + 1))))) {
        return false;
      }
    }
    return true;
  }

  /** Words that open a clause of its own after a comma. */
  private static final Set<String> CLAUSE_JOIN = Set.of("and", "but", "while", "as", "whereas");

  /**
   * the second day of "shelled the town on Monday and again on Tuesday": a day joined to the attack's own by
   * "and again" (only "on", "then" or a comma besides), or "on Saturday and Sunday", is a second day of fire, an event
   * of its own; else null.
   */
  static LocalDate againDay(AnnotatedSentence s, int[] clause, LocalDate first) {
    if (first == null) {
      return null;
    }
    var tokens = s.sentence().tokens();
    for (TimeSpan a : s.times()) {
      if (a.date() == null || !a.date().equals(first) || a.from() < clause[0] || a.to() > clause[1]) {
        continue;
      }
      for (TimeSpan b : s.times()) {
        if (b.date() == null || b.date().equals(first) || b.since() || b.from() < a.to() || b.from() - a.to() > 5) {
          continue;
        }
        boolean and = false;
        boolean again = false;
        boolean other = false;
        for (int k = a.to(); k < b.from(); k++) {
          switch (Lexicon.lower(tokens.get(k))) {
            case "and" -> and = true;
            case "again" -> again = true;
            case "on", ",", "then" -> { }
            default -> other = true;
          }
        }
        if (and && again && !other) {
          return b.date();
        }
        // "struck the town on Saturday and Sunday": two days joined by a bare "and" are a day each (not "between
        // Saturday and Sunday" nor "the night of Saturday and Sunday", one span)
        String before = a.from() > 0 ? Lexicon.lower(tokens.get(a.from() - 1)) : "";
        String before2 = a.from() > 1 ? Lexicon.lower(tokens.get(a.from() - 2)) : "";
        if (and && !other && b.from() - a.to() <= 2 && before.equals("on") && !before2.equals("night")
            && !a.text().toLowerCase(Locale.ROOT).contains("night")
            && b.date().isAfter(first) && !b.date().isAfter(first.plusDays(6))) {
          return b.date();
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code ts} is the day of the saying, not of the trigger {@code t} told after it: a day right after the
   * frame's speech verb and before a "that" that opens what was said ("said on Tuesday that"); or, with no "that", a
   * day next to the verb ("said on Sunday Russian forces had shelled", "on Saturday denied") or after a venue of
   * speech ("told reporters on Monday", "in a statement on Tuesday").
   */
  private boolean speechDay(AnnotatedSentence s, Frame frame, TimeSpan ts, int t) {
    var tokens = s.sentence().tokens();
    if (ts.to() > t) {
      return trailingSpeechDay(tokens, frame, ts, t);
    }
    if (ts.to() < tokens.size() && Lexicon.possessive(tokens.get(ts.to()))) {
      return false; // "said Sunday's shelling killed two": the day is the shelling's
    }
    boolean on = ts.from() > 0 && Lexicon.lower(tokens.get(ts.from() - 1)).equals("on");
    if (on && venueBefore(tokens, ts.from() - 1)) {
      return true;
    }
    if (frame == null || frame.verb() < 0) {
      return false;
    }
    int v = adverbsAfter(tokens, frame.verb()); // "said later on Thursday" is "said on Thursday"
    if (ts.to() == frame.verb() && on && t > v) {
      return true; // "the coalition on Saturday denied carrying out a strike"
    }
    if (ts.from() <= v || ts.from() - v > 2) {
      return false;
    }
    if (ts.from() == v + 1 || on) {
      return true; // "the ministry said on Sunday Russian forces had shelled the town"
    }
    for (int k = ts.to(); k < t; k++) {
      if (Lexicon.lower(tokens.get(k)).equals("that")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "a drone hit the hospital, killing 30, the health chief said on Sunday": a day right after the speech verb (or after
   * "on") of a telling that trails the trigger {@code t} past a comma is the day of the saying, not of the act.
   */
  private boolean trailingSpeechDay(List<Token> tokens, Frame frame, TimeSpan ts,
      int t) {
    if (frame == null || frame.verb() <= t) {
      return false;
    }
    int v = adverbsAfter(tokens, frame.verb());
    boolean on = ts.from() == v + 2 && Lexicon.lower(tokens.get(v + 1)).equals("on");
    if (ts.from() != v + 1 && !on || ts.to() < tokens.size() && Lexicon.possessive(tokens.get(ts.to()))) {
      return false;
    }
    for (int k = t + 1; k < v; k++) {
      if (Lexicon.lower(tokens.get(k)).equals(",")) {
        return true; // only a telling set off by a comma: not "shelling that killed two was reported on Sunday"
      }
    }
    return false;
  }

  /**
   * The last of the adverbs right after the speech verb at {@code v} ("said later", "said early": lexicon tellwhen),
   * else {@code v}.
   */
  private int adverbsAfter(List<Token> tokens, int v) {
    int k = v;
    while (k + 1 < tokens.size() && tellWhen.contains(Lexicon.lower(tokens.get(k + 1)))) {
      k++;
    }
    return k;
  }

  /** Whether a venue of speech ("reporters", "a statement", "a news conference") ends within three words before "on". */
  private boolean venueBefore(List<Token> tokens, int on) {
    for (int k = on - 1; k >= Math.max(0, on - 3); k--) {
      Lexicon.Entry venue = lexicon.at(tokens, k, "speechvenue");
      if (venue != null && k + venue.words().length <= on) {
        return true;
      }
    }
    return false;
  }

  /**
   * "admitted on Saturday a raid on the district that killed 14 a day earlier": the day of a relative clause ("that",
   * "which") telling the harm done (a casualty word first) that follows the trigger {@code t} within eight words, no
   * comma between, dates it; else null.
   */
  private TimeSpan relativeClauseDay(AnnotatedSentence s, int t) {
    var tokens = s.sentence().tokens();
    int rel = -1;
    for (int k = t + 1; k < Math.min(tokens.size(), t + 9) && rel < 0; k++) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals(",") || w.equals(";")) {
        return null;
      }
      rel = w.equals("that") || w.equals("which") ? k : -1;
    }
    int verb = rel + 1 < tokens.size() && Lexicon.lower(tokens.get(rel + 1)).equals("had") ? rel + 2 : rel + 1;
    if (rel < 0 || verb >= tokens.size() || lexicon.at(tokens, verb, "casualty") == null) {
      return null; // only a clause that tells the harm done: not "a village that rebels took on Friday"
    }
    for (int k = rel + 1; k < Math.min(tokens.size(), rel + 15); k++) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals(",") || w.equals(";")) {
        return null;
      }
      for (TimeSpan ts : s.times()) {
        if (ts.from() == k && ts.date() != null && usable(s, ts)) {
          return ts;
        }
      }
    }
    return null;
  }

  /**
   * "the ministry said on Sunday Russian forces had shelled the town", no day of the shelling's own: the day the
   * paragraph or the news gave before dates it, when it is one of the three days before the telling's; else null.
   */
  private static Dated toldBefore(AnnotatedSentence s, TimeSpan telling, int[] clause, int t, ArticleContext ctx) {
    if (telling.date() == null) {
      return null;
    }
    if (telling.from() > t) {
      // a telling that trails the act ("..., the ministry said on Thursday") is mostly of the act's own day: only a day
      // its own paragraph told before moves it, not the lead's day nor a day a lapse names
      if (ctx.lastDate(s.sentence().paragraph(), s.sentence().index()) == null) {
        return null;
      }
    }
    Dated before = carried(s, clock(s, clause), ctx);
    boolean near = before.date() != null && before.dateEnd() == null && before.date().isBefore(telling.date())
        && !before.date().isBefore(telling.date().minusDays(3));
    return near ? before : null;
  }

  /** Counts of "N days/weeks/months/years after": words up to twelve, as news writes them (not a number parser). */
  static final Map<String, Integer> COUNTS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("one", 1), Map.entry("the", 1),
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12));

  /** The units of a told lapse and their length (the singular stands for its plural too). */
  static final Map<String, java.time.temporal.ChronoUnit> UNITS = Map.of(
      "day", java.time.temporal.ChronoUnit.DAYS, "week", java.time.temporal.ChronoUnit.WEEKS,
      "month", java.time.temporal.ChronoUnit.MONTHS, "year", java.time.temporal.ChronoUnit.YEARS);

  /**
   * How far before the day read the trigger lies: an exact lapse ("two days", "a week", "exactly a year"), a negative
   * one for "before", or, for a lapse told vaguely ("days after", "less than three weeks after"), none: no day at all.
   */
  record Shift(int count, java.time.temporal.ChronoUnit unit) {
    Dated from(LocalDate day, String time, DateBasis basis) {
      // a lapse with no count is some earlier day, none we can name: undated beats a wrong day
      return unit == null ? Dated.NONE : new Dated(day.minus(count, unit), null, time, basis);
    }
  }

  /** Words before a count that make it a bound or a guess ("less than three weeks"), not the lapse itself. */
  private static final Set<String> ROUGH =
      Set.of("than", "about", "nearly", "almost", "around", "some", "over", "roughly", "few", "several");

  /**
   * "on Sunday, a day after a missile attack tore through the mosque", "came a week after five soldiers were killed":
   * the trigger {@code t} told in an "N days/weeks/months/years after" phrase that follows its date (no earlier than
   * token {@code from}) happened that long before it; "days after" or "less than a month after" says only that it
   * was earlier; else null (no such phrase).
   */
  private Shift shiftAfter(AnnotatedSentence s, Frame frame, int from, int t) {
    var tokens = s.sentence().tokens();
    for (int k = t - 1; k >= Math.max(from, t - 12); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals(",") && k == t - 1 && Lexicon.lower(tokens.get(t)).endsWith("ing")) {
        continue; // "a year after missiles hit the mall, killing 21": the participle tells the same earlier strike
      }
      if (w.equals(",") || w.equals(";")) {
        return null;
      }
      if (frame != null && frame.verb() == k || lexicon.at(tokens, k, "speech") != null && t - k > 1) {
        // "a day after Kyiv announced it had used a drone", "hours after the army said it repelled a raid": the lapse
        // dates the telling, and what was told lies on it or before it, some day we cannot name
        return lapseEndsAt(tokens, from, k) ? new Shift(0, null) : null;
      }
      if (!w.equals("after") && !w.equals("before")) {
        continue;
      }
      if (k < 1) {
        return null;
      }
      String word = Lexicon.lower(tokens.get(k - 1));
      java.time.temporal.ChronoUnit unit = UNITS.get(word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
      if (unit == null) {
        return null;
      }
      String count = k >= 2 ? Lexicon.lower(tokens.get(k - 2)) : "";
      Integer n = count.matches("\\d{1,2}") ? Integer.valueOf(count) : COUNTS.get(count);
      String before = k >= 3 ? Lexicon.lower(tokens.get(k - 3)) : "";
      boolean days = unit == java.time.temporal.ChronoUnit.DAYS;
      boolean plural = word.endsWith("s");
      if (!days && k - 2 < 1) {
        return null; // "A year after the war began Russian missiles hit Kyiv": the lapse opens the main clause
      }
      boolean vague = n == null || n == 1 && plural || !days && (ROUGH.contains(count) || ROUGH.contains(before));
      if (vague) {
        // "days after", "weeks after", "less than three weeks after": earlier, by a lapse not told exactly (not "last
        // week after", a day of its own, nor "days before", a later day)
        return w.equals("after") && (plural && n == null || n != null || ROUGH.contains(count))
            ? new Shift(0, null) : null;
      }
      return new Shift(w.equals("after") ? n : -n, unit);
    }
    return null;
  }

  /**
   * Whether an "N days after" or "weeks after" lapse ends right before {@code at} (from on); not "hours after": what
   * was told hours before is mostly of the same day.
   */
  private static boolean lapseEndsAt(List<Token> tokens, int from, int at) {
    for (int k = at - 1; k >= Math.max(Math.max(from, 1), at - 6); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals(",") || w.equals(";")) {
        return false;
      }
      if (w.equals("after")) {
        String unit = Lexicon.lower(tokens.get(k - 1));
        return UNITS.containsKey(unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit);
      }
    }
    return false;
  }

  /** Whether the verb before the lapse whose count is at {@code at} is in the present ("comes", "come just"). */
  private static boolean presentBefore(AnnotatedSentence s, int at) {
    var tokens = s.sentence().tokens();
    int k = at - 1;
    while (k >= 0 && "ADV".equals(tokens.get(k).tag())) {
      k--; // "comes exactly a year after", "comes just days after"
    }
    if (k < 0 || !"VERB".equals(tokens.get(k).tag()) || tokens.get(k).lemma() == null) {
      return false;
    }
    String lemma = tokens.get(k).lemma().toLowerCase(Locale.ROOT);
    String word = Lexicon.lower(tokens.get(k));
    return word.equals(lemma + "s") || word.equals(lemma + "es"); // the tagger tells no tense: "comes", not "came"
  }

  /** Where the count of an "N days after" lapse ("a day after", "weeks after") before token {@code at} is; else -1. */
  private static int lapseBefore(AnnotatedSentence s, int at) {
    var tokens = s.sentence().tokens();
    for (int k = 1; k < at; k++) {
      String w = Lexicon.lower(tokens.get(k));
      String unit = Lexicon.lower(tokens.get(k - 1));
      if (w.equals("after") && UNITS.containsKey(unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit)) {
        return Math.max(0, k - 2);
      }
    }
    return -1;
  }

  /**
   * For a mention with no date of its own: the last date its paragraph gave, else the article's date, else none.
   */
  static Dated carried(AnnotatedSentence s, String time, ArticleContext ctx) {
    TimeSpan prev = ctx.lastDate(s.sentence().paragraph(), s.sentence().index());
    if (prev != null) {
      return of(prev, time, DateBasis.PARAGRAPH);
    }
    // under a day heading ("Sunday 11 October 2020"), an entry is of that day, not of the page's or its lead's
    DayHeadings.Heading heading = ctx.dayHeadings.of(s.sentence().paragraph());
    if (heading != null) {
      return new Dated(heading.day(), null, time, DateBasis.PARAGRAPH);
    }
    // a live blog's timestamped entry is a dispatch of the blog's own day, not of the day its first entry told
    LocalDate entry = ctx.liveEntry(s.sentence().paragraph()) ? ctx.entryDay(s.sentence().paragraph()) : null;
    if (entry != null) {
      return new Dated(entry, null, time, DateBasis.PARAGRAPH);
    }
    TimeSpan lead = ctx.liveEntry(s.sentence().paragraph()) ? null : ctx.leadDate(s.sentence().index());
    if (lead != null && ctx.liveBlog && ctx.anchor != null && lead.date().isBefore(ctx.anchor.minusDays(1))) {
      lead = null; // a live blog's entries tell its day or the night before, not a day its lead named a week back
    }
    if (lead != null && ctx.anchor != null && lead.date().isBefore(ctx.anchor)) {
      return of(lead, time, DateBasis.PARAGRAPH); // the lead's day, told before the story was filed
    }
    return ctx.anchor == null ? Dated.NONE : new Dated(ctx.anchor, null, time, ctx.anchorBasis);
  }

  private static Dated of(TimeSpan span, String time, DateBasis basis) {
    return span.date() != null ? new Dated(span.date(), null, time, basis)
        : new Dated(span.rangeStart(), span.rangeEnd(), time, basis);
  }

  /** The "when" that opens the subordinate clause holding token {@code t}, or -1. */
  private static int subordinate(AnnotatedSentence s, int from, int t) {
    var tokens = s.sentence().tokens();
    for (int k = t - 1; k >= from && k >= t - 8; k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("when")) {
        return k;
      }
      if (w.equals(",") || w.equals(";")) {
        return -1;
      }
    }
    return -1;
  }

  /** The resolved, non-"since" time expression in {@code [from, to)} nearest token {@code t}. */
  static TimeSpan nearest(AnnotatedSentence s, int from, int to, int t) {
    TimeSpan day = nearest(s, from, to, t, true);
    return day != null ? day : nearest(s, from, to, t, false);
  }

  /**
   * The nearest resolved time expression in {@code [from, to)} that is a day ({@code days}) or a longer span; "since"
   * expressions and years used as adjectives ("a 2020 war", "the 1994 war") are not dates of what is reported.
   */
  private static int distance(TimeSpan ts, int t) {
    return ts.from() >= t ? ts.from() - t : t - ts.to();
  }

  static TimeSpan nearest(AnnotatedSentence s, int from, int to, int t, boolean days) {
    TimeSpan best = null;
    int bestDist = Integer.MAX_VALUE;
    for (TimeSpan ts : s.times()) {
      if (!ts.resolved() || ts.since() || ts.from() < from || ts.to() > to || (ts.date() != null) != days
          || adjectivalYear(s, ts) || insideSince(s, ts, t) || dateline(s, ts) || namesOtherEvent(s, ts, t)) {
        continue;
      }
      int dist = ts.from() >= t ? ts.from() - t : t - ts.to();
      if (dist < bestDist) {
        best = ts;
        bestDist = dist;
      }
    }
    return best;
  }

  /**
   * "..., the first strike since the ceasefire took effect on November 27": the day of a "since" clause dates what is
   * inside it (the ceasefire), not the trigger {@code t} before it.
   */
  private static boolean insideSince(AnnotatedSentence s, TimeSpan ts, int t) {
    var tokens = s.sentence().tokens();
    for (int k = ts.from() - 1; k >= Math.max(0, ts.from() - 12); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("since")) {
        return t < k;
      }
      if (w.equals(",") || w.equals(";") || w.equals("and")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "struck two men it called planners of the October 7 assault": a date between an article and a noun names that
   * noun's event; it dates the trigger {@code t} only when the noun is the trigger itself.
   */
  private static boolean namesOtherEvent(AnnotatedSentence s, TimeSpan ts, int t) {
    var tokens = s.sentence().tokens();
    // "on the commander it holds responsible for Saturday's rocket": a day's possessive dates its own noun,
    // and what stands close around it ("killed in Saturday's air strikes"), not a trigger further off
    if (ts.to() + 1 < tokens.size() && Lexicon.possessive(tokens.get(ts.to()))
        && (t < ts.from() - 6 || t > ts.to() + 4)) {
      return true;
    }
    if (ts.from() < 1 || ts.to() >= tokens.size() || ts.to() == t) {
      return false;
    }
    String before = tokens.get(ts.from() - 1).text().toLowerCase(Locale.ROOT);
    return Set.of("the", "a", "an").contains(before) && "NOUN".equals(tokens.get(ts.to()).tag());
  }

  /** Whether {@code ts} may date what a sentence reports: resolved, not a "since", not a year used as an adjective. */
  static boolean usable(AnnotatedSentence s, TimeSpan ts) {
    return ts.resolved() && !ts.since() && !adjectivalYear(s, ts);
  }

  private static final Set<String> DATELINE_ENDS = Set.of("-", "--", "—", "–", ":");

  /**
   * The day of a dateline ("RAJOURI, July 22:", "YEREVAN, Jan 12 (Agency) -", "JAMMU, Sept 1 (PTI) An Army jawan"):
   * the day the story was filed, not the day of what it reports ("... on Friday evening"). Only capitalised words and
   * commas stand before it; a dash, a colon or an agency in brackets follows it.
   */
  static boolean dateline(AnnotatedSentence s, TimeSpan ts) {
    var tokens = s.sentence().tokens();
    if (ts.date() != null && ts.from() == 0 && bracketedPlaceThenDash(tokens, ts.to())) {
      return true; // "October 5, 2024 (EL FASHER) -": the day, then the place in brackets
    }
    if (ts.date() == null || ts.from() == 0 || ts.from() > 6 || ts.to() >= tokens.size()) {
      return false;
    }
    for (int k = 0; k < ts.from(); k++) {
      var tok = tokens.get(k);
      if (!tok.text().equals(",") && !tok.text().equals("/") && !tok.isCapitalised()) {
        return false;
      }
    }
    if (!tokens.get(ts.from() - 1).text().equals(",")) {
      return false; // "On Monday -" is no dateline: a place and a comma come before the day
    }
    String next = tokens.get(ts.to()).text();
    return DATELINE_ENDS.contains(next) || next.equals("(");
  }

  /** Whether capitalised words in brackets stand at {@code at}, a dash or colon right after them. */
  static boolean bracketedPlaceThenDash(List<Token> tokens, int at) {
    if (at >= tokens.size() || !tokens.get(at).text().equals("(")) {
      return false;
    }
    for (int k = at + 1; k < Math.min(tokens.size() - 1, at + 6); k++) {
      if (tokens.get(k).text().equals(")")) {
        return k > at + 1 && DATELINE_ENDS.contains(tokens.get(k + 1).text());
      }
      if (!tokens.get(k).isCapitalised() && !tokens.get(k).text().equals(",")) {
        return false;
      }
    }
    return false;
  }

  private static boolean adjectivalYear(AnnotatedSentence s, TimeSpan ts) {
    var tokens = s.sentence().tokens();
    if (!FOUR_DIGITS.matcher(ts.text()).matches() || ts.to() >= tokens.size()) {
      return false;
    }
    String next = tokens.get(ts.to()).tag();
    return next != null && (next.equals("NOUN") || next.equals("ADJ"));
  }

  /** The clock time given in the clause ("12:05", "12:00+04:00"), or null. */
  static String clock(AnnotatedSentence s, int[] clause) {
    for (TimeSpan ts : s.times()) {
      if (ts.time() != null && ts.from() >= clause[0] && ts.to() <= clause[1]) {
        LocalTime lt = ts.time();
        return lt.format(DateTimeFormatter.ofPattern("HH:mm")) + (ts.offset() == null ? "" : ts.offset().getId());
      }
    }
    return null;
  }

  static Evidence evidence(AnnotatedSentence s) {
    var sent = s.sentence();
    return new Evidence(sent.index(), sent.start(), sent.end(), sent.text());
  }

  static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
