package org.trucewatch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.trucewatch.extract.Spans.TimeSpan;

/**
 * What the extractor remembers while it reads one article, sentence by sentence: the date relative expressions are
 * resolved against, the last date each paragraph mentioned, the events found so far (for "the shelling" or "the
 * accusations" in a later sentence). Mutable; one per article, used by one thread.
 */
final class ArticleContext {

  final String article;
  final LocalDate anchor;
  final DateBasis anchorBasis;
  final Function<String, Optional<Location>> countries;
  /** The belligerents of the article's conflict (none when no profile holds the article). */
  final Sides sides;
  final List<Event> events = new ArrayList<>();
  final Blames blames;
  // armed groups' claims of an attack told in sentences of their own ("the group claimed responsibility")
  final ResponsibilityClaims responsibility;
  // The sentence where a speaker last accused each party ("accused Iran of ordering the raid"), by party code
  final Map<String, Integer> accusedAt = new HashMap<>();
  // A belligerent's denials that answered no attack while the paragraphs were read (UnansweredDenials)
  final List<UnansweredDenials.Denial> unansweredDenials = new ArrayList<>();
  // the belligerents' denials that answered attacks when read (AnsweredDenials reads them again)
  final List<UnansweredDenials.Denial> answeredDenials = new ArrayList<>();
  final List<Event> undated = new ArrayList<>();
  // Per paragraph, the days it gave, by the index of the sentence giving each, in reading order.
  private final Map<Integer, java.util.List<Map.Entry<Integer, TimeSpan>>> dates = new HashMap<>();
  // The days that only tell when a line was written or said (see noteDate), by identity
  private final java.util.Set<TimeSpan> tellingDays = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  // How often each belligerent party has been named by an armed actor so far (for a camp's member to infer).
  private final Map<String, Integer> named = new HashMap<>();
  // every actor named with a side, by the sentence naming it, in reading order ("the coalition denied" points back)
  final List<Map.Entry<Integer, Spans.ActorSpan>> sidedActors = new ArrayList<>();
  /** The sentences read that name a place (not in a name), by index: a toll told after one is no longer the act's. */
  final java.util.BitSet placeSentences = new java.util.BitSet();
  /** The paragraph of each of the article's sentences, by index (empty until the extractor sets it). */
  int[] paragraphOf = new int[0];
  /** The sentences that hold a truce word (lexicon: ceasefire), by index: an accord beside one is a truce. */
  final java.util.BitSet truceSentences = new java.util.BitSet();
  // the story names heavy weapons (artillery, mortars, rockets) and no small arms: fire of no weapon named is shelling
  boolean heavyWeaponsOnly;
  // the story tells of computer intrusion and names no weapon: an attack of no kind in it is one more intrusion
  boolean cyberOnly;
  /** Capitals by country code ("the Afghan capital"); empty by default. */
  Function<String, Optional<Location>> capitals = c -> Optional.empty();
  /** The last town or village the article named (what "the city", "the village" refer back to), or null. */
  Location lastTown;
  /** The places a line of only place names gave ("c. Kotli."), and that line's sentence index; -1 before any. */
  List<Location> heading = List.of();
  int headingSentence = -1;
  // the headline's one speaker and its sentence (HeadlineSpeaker), or null
  Frame headline;
  Spans.AnnotatedSentence headlineSentence;
  // whether that headline is the page's title, set apart from the body (its lead then starts at the body's start)
  boolean headlineDetached;
  // the headline's denial by a known side and its sentence (HeadlineSpeaker.denial), or null
  Frame headlineDenial;
  // the detached title's sentence and its casualty figures (HeadlineTolls), or null
  Spans.AnnotatedSentence titleTollSentence;
  List<CasualtyFinder.Figure> titleFigures;
  Spans.AnnotatedSentence headlineDenialSentence;
  // the one speaker of the last sentence of the paragraph read last, its sentence and paragraph (or null):
  // a next paragraph with no attribution of its own continues that statement
  Frame closingSpeaker;
  // the article's latest named speaker and its sentence, for a pronoun that speaks later (PronounSpeakers)
  Frame lastSpeaker;
  int lastSpeakerSentence;
  // the article's recent speakers outside the dictionary, newest first, with their sentences: "the source said" (PronounSpeakers)
  final java.util.ArrayDeque<Frame> recentWritten = new java.util.ArrayDeque<>();
  final java.util.ArrayDeque<Integer> recentWrittenSentence = new java.util.ArrayDeque<>();
  // the article's speakers written with a full name, by last name: "Petrenko wrote" (SurnameSpeakers)
  final java.util.Map<String, Frame> speakersBySurname = new java.util.HashMap<>();
  // the places of the headline and dateline, and those each sentence names (LeadPlaces)
  final LeadPlaces leadPlaces = new LeadPlaces();
  // the places each speaker's words listed, by name (ToldPlaces)
  final java.util.Map<String, ToldPlaces.Telling> toldPlaces = ToldPlaces.newMap();
  Spans.AnnotatedSentence closingSentence;
  int closingParagraph = -1;
  // the paragraph of the article's first attack, and the first speaker of the paragraphs after it (LeadSpeaker)
  int leadParagraph = -1;
  Frame leadFollower;
  Spans.AnnotatedSentence leadFollowerSentence;
  // the article is itself a statement (Issuer): its unattributed lines are its issuer's, not carried
  boolean issued;
  // Whether the events are in the order of their first evidence sentence; updates keep that sentence first.
  private boolean inOrder = true;
  // Paragraphs that open with a clock time ("18:20 Lebanon's news agency reports ..."): entries of a live blog
  private final java.util.BitSet liveEntries = new java.util.BitSet();
  // Each entry's clock in minutes after midnight, by paragraph; and the day a line at the page's top opens with
  private final java.util.TreeMap<Integer, Integer> entryClocks = new java.util.TreeMap<>();
  private LocalDate pageDay;
  // How many days before the news a live page's date line may name: a page runs through the night or a day more
  private static final int PAGE_DAY_REACH = 1;
  // Minutes between two entries that are surely of one day
  private static final int SHORT_STEP = 6 * 60;
  // An entry's clock token, with its half of the day where written in one ("9.40am"); the label words before it
  private static final java.util.regex.Pattern ENTRY_CLOCK =
      java.util.regex.Pattern.compile("(\\d{1,2}[:.]\\d{2})([ap]\\.?m\\.?)?", java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final java.util.regex.Pattern HALF_PM =
      java.util.regex.Pattern.compile("p\\.?m\\.?", java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final java.util.regex.Pattern HALF_AM =
      java.util.regex.Pattern.compile("a\\.?m\\.?", java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final java.util.regex.Pattern STAMP_LABEL = java.util.regex.Pattern.compile(
      "last|updated|posted|published|modified|edited|at|on", java.util.regex.Pattern.CASE_INSENSITIVE);
  // A dropped line that is only a clock time ("20:55 IST", "14:05 GMT"): a live blog's entry stamp the cleaner removed
  private static final java.util.regex.Pattern STAMP =
      java.util.regex.Pattern.compile("\\d{1,2}[:.]\\d{2}( ?[ap]\\.?m\\.?)?( [A-Z]{2,5}([+-]\\d{1,2})?)?");
  // A page whose entry stamps the cleaner dropped: its entries are dispatches of the blog's day or the night before
  boolean liveBlog;
  // the day headings of a page told day by day: an entry with no day of its own is of its section's (live26b)
  DayHeadings dayHeadings = DayHeadings.NONE;

  ArticleContext(String article, LocalDate anchor, DateBasis anchorBasis,
      Function<String, Optional<Location>> countries, Sides sides, Lexicon lexicon) {
    this.article = article;
    this.blames = new Blames(lexicon, sides);
    this.responsibility = new ResponsibilityClaims(lexicon);
    this.sides = sides;
    this.anchor = anchor;
    this.anchorBasis = anchorBasis;
    this.countries = countries;
  }

  /** Whether sentence {@code index} or one within two sentences either side holds a truce word. */
  boolean nearTruce(int index) {
    return near(truceSentences, index);
  }

  /** Whether {@code truces} holds {@code index} or an index within two of it. */
  static boolean near(java.util.BitSet truces, int index) {
    int next = truces.nextSetBit(Math.max(0, index - 2));
    return next >= 0 && next <= index + 2;
  }

  /** Counts the parties the sentence's armed actors belong to, where named as actors ("over Karabakh" is a place). */
  void noteActors(Spans.AnnotatedSentence s) {
    responsibility.note(s);
    blames.note(s); // blame23b: "officials blamed the shelling on X" names the attacker of the attack told before
    for (Spans.ActorSpan a : s.actors()) {
      if (a.side() != null) {
        sidedActors.add(Map.entry(s.sentence().index(), a));
      }
      // a government, ministry or official names its state as the one speaking or governing, not as a force that
      // fires ("Lebanon's health ministry", "the prime minister"): only forces and the state itself are counted
      if (a.side() != null && Perpetrators.isArmed(a) && !speaksForState(a) && !Perpetrators.objectOfPreposition(s, a)) {
        named.merge(a.side(), 1, Integer::sum);
      }
    }
  }

  /** Whether the article names {@code side} or a member of its camp as an actor anywhere (any role). */
  boolean campMentioned(String side) {
    for (Map.Entry<Integer, Spans.ActorSpan> e : sidedActors) {
      String other = e.getValue().side();
      if (other.equals(side) || sides.sameCamp(side, other)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an actor is a state's government, office or official: who speaks or governs for it, not who fights. */
  private static boolean speaksForState(Spans.ActorSpan a) {
    return "GOVERNMENT".equals(a.role()) || "OFFICIAL".equals(a.role()) && a.country() != null;
  }

  /**
   * The member of {@code side}'s camp the article has named most so far ("a truce between Israel and Islamic Jihad":
   * militants' fire from Gaza is Islamic Jihad's, not the camp's first member's); {@code side} when none is named.
   */
  String namedMemberOf(String side) {
    if (side == null) {
      return null;
    }
    String best = side;
    int most = named.getOrDefault(side, 0);
    for (String member : sides.campMembers(side)) {
      int n = named.getOrDefault(member, 0);
      // a member the profile never infers (Lebanon's state beside Hezbollah) is not chosen however often named
      if (n > most && sides.inferable(member)) {
        best = member;
        most = n;
      }
    }
    return best;
  }

  /**
   * As {@link #namedMemberOf(String)} for an attack on {@code places}: a member with a home province of its own
   * (Donetsk's republic) yields to the member whose province the places lie in (Luhansk's), as Sides.memberHolding
   * says; a member with no province (Russia, Islamic Jihad) is kept where the article named it.
   */
  String namedMemberOf(String side, List<Location> places) {
    String best = namedMemberOf(side);
    String local = best == null ? null : sides.memberHolding(best, places);
    return local != null && sides.holdsTerritory(best) ? local : best;
  }

  /** Adds the events found in a sentence (the extractor's order: by the sentence of their first evidence). */
  void addEvents(List<Event> found) {
    for (Event e : found) {
      int at = e.evidence().get(0).sentence();
      inOrder &= events.isEmpty() || at >= events.get(events.size() - 1).evidence().get(0).sentence();
      events.add(e);
    }
  }

  /**
   * The indexes {@code [from, to)} of {@link #events} that may have their first evidence in sentences
   * {@code [lo, hi)}: found by binary search while the events are in sentence order (so a sentence looks back at a
   * few events, not all of them), else all of them. Callers still test each event.
   */
  int[] eventsIn(int lo, int hi) {
    if (!inOrder) {
      return new int[] {0, events.size()};
    }
    return new int[] {firstAt(lo), firstAt(hi)};
  }

  private int firstAt(int sentence) {
    int a = 0;
    int b = events.size();
    while (a < b) {
      int mid = (a + b) >>> 1;
      if (events.get(mid).evidence().get(0).sentence() < sentence) {
        a = mid + 1;
      } else {
        b = mid;
      }
    }
    return a;
  }

  /**
   * Notes the paragraph of a sentence that opens with a clock time as a live-blog entry, and a short line near the
   * top that gives a day near the news as the page's date line (see entryDay).
   */
  void noteEntry(Spans.AnnotatedSentence a) {
    var tokens = a.sentence().tokens();
    if (pageDay == null && a.sentence().index() <= 2) {
      notePageLines(List.of(a.sentence().text()));
    }
    int at = 0; // the clock opens the entry, or follows an update label ("Updated 14:10", "Posted at 9.40am:")
    boolean labelled = false; // "At 10:30 rockets hit ..." is a story's sentence: "at" alone is no label
    while (at < Math.min(3, tokens.size()) && STAMP_LABEL.matcher(tokens.get(at).text()).matches()) {
      labelled |= tokens.get(at).text().length() > 4;
      at++;
    }
    at = labelled ? at : 0;
    java.util.regex.Matcher clock = at < tokens.size() ? ENTRY_CLOCK.matcher(tokens.get(at).text()) : null;
    if (clock != null && clock.matches()) {
      liveEntries.set(a.sentence().paragraph());
      String[] hm = clock.group(1).split("[:.]");
      int hours = Integer.parseInt(hm[0]) % 24;
      String half = clock.group(2) != null ? clock.group(2)
          : at + 1 < tokens.size() ? tokens.get(at + 1).text() : "";
      boolean pm = HALF_PM.matcher(half).matches();
      hours = pm && hours < 12 ? hours + 12 : !pm && hours == 12 && HALF_AM.matcher(half).matches() ? 0 : hours;
      entryClocks.putIfAbsent(a.sentence().paragraph(), hours * 60 + Integer.parseInt(hm[1]));
    }
  }

  /**
   * Takes the page's date line from the first lines the cleaner dropped ("Saturday 24 October 2020", "24 October
   * 2020, updated through the night"), where one gives a day near the news.
   */
  void notePageLines(List<String> dropped) {
    for (String line : dropped.subList(0, Math.min(4, dropped.size()))) {
      var parsed = line.strip().length() > 80 ? null : org.trucewatch.clean.DateStrings.parse(line).orElse(null);
      if (pageDay == null && parsed != null && nearNews(parsed.date())) {
        pageDay = parsed.date();
      }
    }
  }

  private boolean nearNews(LocalDate day) {
    return anchor != null && !day.isAfter(anchor) && !day.isBefore(anchor.minusDays(PAGE_DAY_REACH));
  }

  /**
   * The day of a live page's entry in {@code paragraph}: the day the page's date line names ("Saturday 24 October",
   * "24 October, updated through the night"), one day on for each time a page that runs forward (by its steps of a
   * few hours) shows a clock earlier than the entry before; null without a date line.
   */
  LocalDate entryDay(int paragraph) {
    if (pageDay == null) {
      return null;
    }
    int rises = 0; // steps of a few hours, which show which way the page runs
    int falls = 0;
    int turns = 0; // clocks that run back by more than a few hours: past midnight
    Integer before = null;
    for (int clock : entryClocks.headMap(paragraph, true).values()) {
      if (before != null) {
        int step = clock - before;
        rises += step > 0 && step <= SHORT_STEP ? 1 : 0;
        falls += step < 0 && -step <= SHORT_STEP ? 1 : 0;
        turns += -step > SHORT_STEP ? 1 : 0;
      }
      before = clock;
    }
    return rises > falls ? pageDay.plusDays(turns) : pageDay;
  }

  /** Whether the paragraph is a timestamped entry of a live blog: a dispatch of the blog's day, not of its lead's. */
  boolean liveEntry(int paragraph) {
    return liveEntries.get(paragraph);
  }

  /** Whether the page is a live blog: stamps the cleaner dropped, or paragraphs that open with a clock time. */
  boolean live() {
    return liveBlog || !liveEntries.isEmpty();
  }

  /** Whether at least two of the lines the cleaner dropped are bare clock stamps: the page is a live blog. */
  static boolean stampedLines(java.util.List<String> removed) {
    return removed.stream().filter(r -> STAMP.matcher(r.strip()).matches()).limit(2).count() == 2;
  }

  void noteDate(int paragraph, int sentence, TimeSpan t) {
    if (t.date() != null && !t.since()) {
      dates.computeIfAbsent(paragraph, k -> new ArrayList<>()).add(Map.entry(sentence, t));
    }
  }

  /**
   * Notes a day the sentence tells, and whether it is only the day of the telling: a line without a verb (a byline,
   * a page date, a headline such as "Situation as of 07:00 on 25 October") or the day of a saying ("said on Sunday
   * that", "on Sunday denied"), which in a lead is the news day, not the day of what later paragraphs report.
   */
  void noteDate(Spans.AnnotatedSentence a, List<Frame> frames, TimeSpan t) {
    noteDate(a.sentence().paragraph(), a.sentence().index(), t);
    var tokens = a.sentence().tokens();
    boolean verbless = tokens.stream().noneMatch(k -> "VERB".equals(k.tag()) || "AUX".equals(k.tag()));
    boolean saying = frames.stream().anyMatch(f -> f.verb() >= 0
        && (t.from() > f.verb() && t.from() - f.verb() <= 2 || t.to() <= f.verb() && f.verb() - t.to() <= 1));
    if (verbless || saying) {
      tellingDays.add(t);
    }
  }

  // The lead: headline, byline or date line, and the story's first sentences (a daily report's "over the past day")
  static final int LEAD_SENTENCES = 4;
  // How far before the news a day of the lead's later sentences may lie and still be the story's day, not background
  private static final int LEAD_REACH_DAYS = 3;

  /**
   * The day the story's lead gives (the first day of its first sentences other than the day of the news itself, which
   * a headline, a byline or "said on Sunday" tells), if a sentence before {@code sentence} gave it: the day later
   * paragraphs of a wire story or a daily report keep telling ("Two soldiers died ... on Tuesday. ... in the
   * afternoon"). A day of the third or fourth sentence counts only within a few days of the news.
   */
  TimeSpan leadDate(int sentence) {
    // a live page's top tells the day of its first entries, and its summary days long past: the first lines only
    boolean live = live();
    TimeSpan out = null;
    int first = Integer.MAX_VALUE;
    for (java.util.List<Map.Entry<Integer, TimeSpan>> l : dates.values()) {
      for (Map.Entry<Integer, TimeSpan> e : l) {
        int at = e.getKey();
        LocalDate day = e.getValue().date();
        boolean newsDay = !live && anchor != null && day.equals(anchor) && tellingDays.contains(e.getValue());
        boolean offLead = anchor != null && at > 1
            && (day.isAfter(anchor) || day.isBefore(anchor.minusDays(LEAD_REACH_DAYS)));
        if (at >= (live ? 2 : LEAD_SENTENCES) || at >= sentence || at >= first || newsDay || offLead) {
          continue;
        }
        out = e.getValue();
        first = at;
      }
    }
    return out;
  }

  /**
   * The last day the paragraph gave before sentence {@code sentence}: casualty figures are dated after the whole
   * article is read, and must not take a day a later sentence gives.
   */
  TimeSpan lastDate(int paragraph, int sentence) {
    TimeSpan out = null;
    for (Map.Entry<Integer, TimeSpan> e : dates.getOrDefault(paragraph, java.util.List.of())) {
      if (e.getKey() < sentence) {
        out = e.getValue();
      }
    }
    return out;
  }
}
