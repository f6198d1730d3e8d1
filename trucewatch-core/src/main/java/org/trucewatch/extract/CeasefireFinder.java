package org.trucewatch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.TimeSpan;
import org.trucewatch.nlp.Token;

/**
 * Finds ceasefires in a sentence: a truce word with what happened to it ("reached a humanitarian ceasefire on
 * Saturday", "A ceasefire is announced from 12 hours 00 minutes on October 10", "agreed to a ceasefire on Wednesday",
 * "the agreement fell apart on Monday" beside a truce word), with the parties and the mediator. Each status word
 * (lexicon: cfstatus) takes the date nearest it, so that one sentence may tell several steps of truces ("agreed in
 * Moscow on October 10, announced for October 18 ... and brokered by Washington from October 26"); a truce with no
 * date near a status word takes the sentence's date nearest it. A ceasefire event needs a date of its own in the
 * sentence: a truce merely mentioned ("despite a recent ceasefire") is not one. Calls for a truce are appeals, and an
 * alleged violation is an attack's claim, not ceasefires. Stateless and thread-safe.
 *
 * <p>Reads a sentence's truce words ({@link TruceNouns}), their status words ({@link TruceStatuses}) and the dates
 * these own ({@link TruceDates}); writes the sentence's ceasefire events.
 */
final class CeasefireFinder {

  /**
   * The step a status tells, as one day's truce events are told apart: a truce's end, its taking effect, and the rest
   * (agreeing, extending, a breach). A truce agreed and taking effect on one day is two steps, as the corpus gold has it.
   */
  static String phase(String status) {
    return "collapsed".equals(status) || "ended".equals(status) ? "end" : "start".equals(status) ? "start" : "";
  }

  /**
   * An event's step for the article's one-event-a-day merge: a start is a step apart from the agreeing only where one
   * sentence tells both ("accepted the truce on Tuesday, and it came into force at 7 p.m."), or where the start has a
   * clock time of its own ("announced a truce on Saturday. It was to take effect at noon"); otherwise, told in
   * sentences apart, a start and an agreeing of one day are one truce told twice.
   *
   * @param agreedIn the day and sentence index of each truce agreed in the article
   */
  static String phase(String status, Event e, java.util.Set<List<Object>> agreedIn) {
    String phase = phase(status);
    // "announced a ceasefire on Saturday. It was to take effect at noon": a start told by its own clock time
    // is a step of its own beside that day's agreeing, even in a sentence apart
    boolean clocked = e.time() != null && agreedIn.contains(List.of(java.util.Objects.toString(e.date())));
    return phase.equals("start") && !clocked
        && !agreedIn.contains(List.of(java.util.Objects.toString(e.date()), e.evidence().get(0).sentence())) ? "" : phase;
  }

  private static final Set<String> MEDIATION = Set.of("mediated", "brokered", "mediation");
  /** The statuses that make an event; the others (violated, appeal, proposal, holds) only own their dates. */
  static final Set<String> EVENTS = Set.of("agreed", "start", "collapsed", "ended", "extended");
  static final int DATE_REACH = 8; // words between a status word and the date it owns

  /** A status word at {@code [from, to)} and the truce word {@code noun} it is said of. */
  record Status(int from, int to, String value, Lexicon.Match noun) {}

  private final Lexicon lexicon;
  private final TruceCues cues;
  private final TruceNouns truceNouns;
  private final TruceStatuses truceStatuses;

  CeasefireFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.cues = new TruceCues(lexicon);
    this.truceNouns = new TruceNouns(lexicon, cues);
    this.truceStatuses = new TruceStatuses(lexicon, cues);
  }

  List<Event> find(AnnotatedSentence s, List<Frame> frames, ArticleContext ctx) {
    List<Token> tokens = s.sentence().tokens();
    List<Lexicon.Match> nouns = truceNouns.nouns(s, ctx.nearTruce(s.sentence().index()));
    if (nouns.isEmpty()) {
      return List.of();
    }
    List<Event> out = new ArrayList<>();
    Set<String> days = new HashSet<>();
    List<Status> statuses = truceStatuses.statuses(s, nouns);
    TimeSpan[] owned = TruceDates.owned(s, statuses, nouns);
    TimeSpan lastDay = null;
    for (int i = 0; i < statuses.size(); i++) {
      Status st = statuses.get(i);
      boolean ends = st.value().equals("collapsed") || st.value().equals("ended");
      // "accused Israel of having violated the ceasefire agreement on Thursday": a breach of its own day, told with no
      // attack word in the sentence (an attack told with it is the breach, linked to its truce)
      boolean breach = st.value().equals("violated")
          && owned[i] != null && owned[i].date() != null // a day, not "this month"
          && "VERB".equals(tokens.get(st.from()).tag()) // a deed done ("violated"), not "accused X of sabotaging it"
          && Lexicon.lower(tokens.get(st.from())).matches(".+ed|broke|broken")
          && (!lexicon.any(tokens, "attack") && !TruceNews.harm(lexicon, tokens) // a death told is the attack's
              || CountedBreaches.counted(tokens, st)) // a count's weapons are its own
          && !CountedBreaches.tally(s, st); // "about 3,100 times this year": a running tally, no day's news
      if (owned[i] == null && ends && lastDay != null && cues.sameDay(s.sentence().tokens(), st.to())) {
        owned[i] = lastDay; // "entered into force at 08:00 on 1 August, but broke down within hours"
      }
      if (owned[i] != null && (EVENTS.contains(st.value()) || breach)
          && !(ends && TruceNews.habit(lexicon, tokens, st)) // "has frayed repeatedly since November": no day's end
          && !cues.afterStory(ctx.anchor, st.value(), owned[i]) && days.add(owned[i].first() + phase(st.value()))) {
        out.add(CountedBreaches.byBreacher(s, st, ctx.sides, event(s, frames, ctx, st.value(), st.noun(), owned[i])));
      }
      TimeSpan since = owned[i] == null && st.value().equals("violated") && CountedBreaches.counted(tokens, st)
          ? CountedBreaches.since(s, st, ctx.anchor) : null;
      if (since != null && days.add(since.date() + phase(st.value()))) {
        // "had breached the ceasefire 284 times since Sunday": a count of breaches over the span up to the story's day
        out.add(CountedBreaches.byBreacher(s, st, ctx.sides,
            event(s, frames, ctx, st.value(), st.noun(), since.date(), since.rangeEnd(), DateBasis.EXPLICIT)));
      } else if (owned[i] == null && st.value().equals("violated") && breachTold(s, st, owned)) {
        // "the truce has been violated again", "called the closure a violation of the truce": a breach told
        // with no attack (GUIDELINES: violated) is the news of the day it is told
        Dating.Dated d = Dating.carried(s, null, ctx);
        if (d.date() != null && days.add(d.date() + phase(st.value()))) {
          out.add(event(s, frames, ctx, st.value(), st.noun(), d.date(), d.dateEnd(), d.basis()));
        }
      }
      if (owned[i] != null && !st.value().equals(TruceStatuses.WAR)) {
        lastDay = owned[i].date() != null ? owned[i] : null;
      }
    }
    agreedFrom(s, frames, ctx, statuses, owned, out);
    clockStarts(s, frames, ctx, statuses, owned, out, days);
    establishedAgreed(s, frames, ctx, statuses, out, days);
    if (TruceStatuses.agreedToStart(tokens, statuses)) { // "agreed to implement the ceasefire from noon": the start is what was agreed
      out.removeIf(o -> "start".equals(o.subtype())
          && out.stream().anyMatch(a -> "agreed".equals(a.subtype()) && a.date().equals(o.date())));
    }
    if (!out.isEmpty()) {
      return out;
    }
    List<TimeSpan> warDays = new ArrayList<>(); // "since the fighting began on 3 October": no truce's day
    for (int i = 0; i < statuses.size(); i++) {
      if (owned[i] != null && statuses.get(i).value().equals(TruceStatuses.WAR)) {
        warDays.add(owned[i]);
      }
    }
    for (Lexicon.Match n : nouns) { // no status word with a date near it: the truce takes the sentence's
      Status st = TruceDates.nearest(statuses, n);
      String status = st == null ? null : st.value();
      if (st != null && phase(status).equals("end") && TruceNews.habit(lexicon, tokens, st)) {
        continue; // "has frayed repeatedly since the flare-up in September": a habit, no day's end
      }
      boolean named = false;
      if (status == null && n.entry().category().equals("ceasefire") && TruceDates.named(s, n) != null) {
        status = "start"; // "the November 27 ceasefire", "the truce of last November": named by when it began
        named = true;
      }
      if (status == null || !EVENTS.contains(status)) {
        continue;
      }
      TimeSpan when = named ? TruceDates.named(s, n) : TruceDates.fallbackDate(lexicon, s, n, warDays);
      if (when == null && !named && n.entry().category().equals("ceasefire") && TruceDates.named(s, n) != null) {
        // "after the ceasefire of May 21 ended eleven days of war": the day names its start
        when = TruceDates.named(s, n);
        status = "start";
      }
      if (when != null && status.equals("extended") && TruceDates.newEnd(s.sentence().tokens(), when)) {
        // "Truce extended to February 18": the news of the day it is told, its date the new end
        Dating.Dated d = Dating.carried(s, null, ctx);
        if (d.date() != null && days.add(d.date().toString())) {
          out.add(event(s, frames, ctx, status, n, d.date(), d.dateEnd(), d.basis()));
        }
        continue;
      }
      if (when != null && !cues.afterStory(ctx.anchor, status, when) && days.add(when.first() + phase(status))) {
        out.add(event(s, frames, ctx, status, n, when));
      } else if (when == null && st != null && TruceDates.clockNear(s, st)) {
        // "an agreement was reached at about 10:00 on the resumption of the ceasefire": a clock time is the day told
        Dating.Dated d = Dating.carried(s, null, ctx);
        LocalDate day = d.date();
        if (day != null && status.equals("start") && TruceDates.midnightAfter(s, st, d, ctx)) {
          day = day.plusDays(1); // "Late on Monday ... signed. A ceasefire took effect from midnight": Tuesday's
        }
        if (day != null && days.add(day + phase(status))) {
          out.add(event(s, frames, ctx, status, n, day, d.dateEnd(), d.basis()));
        }
      } else if (when == null && st != null && status.equals("start") && holdsNow(s, st)) {
        // "The ceasefire is now in force", "the truce now applies": a truce told as holding is in force that day
        Dating.Dated d = Dating.carried(s, null, ctx);
        if (d.date() != null && days.add(d.date() + phase(status))) {
          out.add(event(s, frames, ctx, status, n, d.date(), d.dateEnd(), d.basis()));
        }
      } else if (when == null && justEnded(s, st, status)) {
        // "Hamas says Israel has decided to overturn the ceasefire agreement": news of the day it is told
        Dating.Dated d = Dating.carried(s, null, ctx);
        if (d.date() != null && days.add(d.date() + phase(status))) {
          out.add(event(s, frames, ctx, status, n, d.date(), d.dateEnd(), d.basis()));
        }
      }
    }
    return out;
  }

  /**
   * "signed a ceasefire on Saturday, and it took effect at 8 p.m.", "accepted a ceasefire from 14:00": a start told by
   * a clock time with no day of its own, after an agreeing told in the sentence, is a step of its own (the corpus
   * gold's convention: agreed and in force are two events even on one day), on the day of the step before it, or, where
   * that has none, on the sentence's day for both. Not at midnight, which may be the next day's (midnightAfter).
   */
  private void clockStarts(AnnotatedSentence s, List<Frame> frames, ArticleContext ctx, List<Status> statuses,
      TimeSpan[] owned, List<Event> out, Set<String> days) {
    for (int j = 0; j < statuses.size(); j++) {
      Status start = statuses.get(j);
      if (!start.value().equals("start") || owned[j] != null || !TruceDates.clockNear(s, start)) {
        continue;
      }
      // "agreed on Tuesday to stop firing from midnight": the midnight that ends the agreeing's day
      boolean midnight = TruceDates.midnightNear(s, start);
      int agreed = -1;
      for (int i = j - 1; i >= 0 && agreed < 0; i--) {
        agreed = statuses.get(i).value().equals("agreed") ? i : -1;
      }
      if (agreed < 0 || modifier(statuses.get(agreed))) {
        continue;
      }
      LocalDate day;
      LocalDate end = null;
      DateBasis basis = DateBasis.EXPLICIT;
      if (owned[agreed] != null) {
        if (owned[agreed].date() == null) {
          continue; // an agreeing "this month" says no day for the start
        }
        day = owned[agreed].date();
      } else if (midnight) {
        continue; // a midnight with no day told for the agreeing may be the next day's (midnightAfter)
      } else {
        Dating.Dated d = Dating.carried(s, null, ctx);
        if (d.date() == null || d.dateEnd() != null) {
          continue;
        }
        day = d.date();
        basis = d.basis();
        Status a = statuses.get(agreed);
        if (days.add(day + phase("agreed"))) {
          out.add(event(s, frames, ctx, "agreed", a.noun(), day, end, basis));
        }
      }
      LocalDate begins = midnight ? day.plusDays(1) : day;
      if (days.add(begins + phase("start"))) {
        out.add(event(s, frames, ctx, "start", start.noun(), begins, end, basis));
      }
    }
  }

  /**
   * "a ceasefire was established from 18:30 on 16 November", "a truce has been established between them": a
   * truce established (lexicon: cfstatus flagged agrees) was agreed and took effect at once, two steps on its day, as
   * the corpus gold has an agreeing and a start beside each other.
   */
  private void establishedAgreed(AnnotatedSentence s, List<Frame> frames, ArticleContext ctx, List<Status> statuses,
      List<Event> out, Set<String> days) {
    List<Token> tokens = s.sentence().tokens();
    for (Status st : statuses) {
      Lexicon.Entry e = st.value().equals("start") ? lexicon.at(tokens, st.from(), "cfstatus") : null;
      if (e == null || !e.has("agrees")) {
        continue;
      }
      for (Event start : List.copyOf(out)) {
        if ("start".equals(start.subtype()) && start.date() != null && days.add(start.date() + phase("agreed"))) {
          out.add(event(s, frames, ctx, "agreed", st.noun(), start.date(), start.dateEnd(), start.dateBasis()));
        }
      }
    }
  }

  /**
   * Whether an agreeing word only describes its truce, standing after it ("the ceasefire, signed in Jeddah on
   * Saturday, began at 9.45 p.m."): the start's day is not the signing's.
   */
  private static boolean modifier(Status agreed) {
    return agreed.from() >= agreed.noun().to();
  }

  /**
   * A start word with "now" beside it ("is now in force", "has now taken effect", "in effect now") in a sentence with
   * no date of its own: the truce holds as the story is told.
   */
  private static boolean holdsNow(AnnotatedSentence s, Status st) {
    List<Token> tokens = s.sentence().tokens();
    if (s.times().stream().anyMatch(t -> t.resolved() && t.time() == null)) { // a live entry's "07:04" is no day
      return false;
    }
    for (int k = Math.max(0, st.from() - 2); k <= Math.min(tokens.size() - 1, st.to()); k++) {
      if (Lexicon.lower(tokens.get(k)).equals("now")) {
        return true;
      }
    }
    return false;
  }

  /**
   * An end or an extension told in the present perfect ("has collapsed", "has decided to overturn", "an agreement
   * has been reached to extend the truce"), or a start or an agreeing told so by a verb ("has ordered a ceasefire",
   * "have agreed to a ceasefire"), in a sentence
   * with no date of its own and no going-on ("have repeatedly broken down"): it happened as the story is told.
   */
  private boolean justEnded(AnnotatedSentence s, Status st, String status) {
    // a truce declared in the present perfect by a verb ("has ordered a complete ceasefire") is news of the day too
    boolean declared = st != null && status.equals("start")
        && "VERB".equals(s.sentence().tokens().get(st.from()).tag());
    // and so is one agreed ("have agreed to a ceasefire with immediate effect"), but not one agreed "five times"
    boolean agreed = st != null && status.equals("agreed") && "VERB".equals(s.sentence().tokens().get(st.from()).tag())
        && s.sentence().tokens().stream().noneMatch(t -> Lexicon.lower(t).equals("times"));
    if (st == null || !status.equals("collapsed") && !status.equals("ended") && !status.equals("extended")
        && !declared && !agreed || s.times().stream().anyMatch(Spans.TimeSpan::resolved)
        || lexicon.any(s.sentence().tokens(), "ongoing")) {
      return false;
    }
    List<Token> tokens = s.sentence().tokens();
    for (int k = Math.max(0, st.from() - 4); k < st.from(); k++) { // "has \"decided to overturn"
      String w = Lexicon.lower(tokens.get(k));
      if (agreed) { // "had agreed" tells an earlier step
        if (w.equals("has") || w.equals("have") || w.equals("'ve")) {
          return perfectOf(tokens, k, st) && !deniedAgreement(tokens, st) && directObject(tokens, st);
        }
        continue;
      }
      if (w.equals("has") || w.equals("have") || w.equals("had")) { // "had collapsed"
        return true;
      }
      // "'s" is "has" before an end ("the truce's collapsed"), but a possessive before an extension ("Sudan's rivals
      // extend truce") unless "been" follows
      boolean been = k + 1 < tokens.size() && Lexicon.lower(tokens.get(k + 1)).equals("been");
      if (w.equals("'s") && (!status.equals("extended") || been)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a breach word is a statement that the truce was broken, in a sentence with no day of its own and no
   * attack word (a breach told with its attack is the attack's): told in the present perfect ("has been violated",
   * "have breached"), as what a deed was called ("called the closure a clear violation of", lexicon: breachtold
   * called) or what a side was accused of ("accusing the militia of failing to honour", breachtold accused).
   */
  private boolean breachTold(AnnotatedSentence s, Status st, TimeSpan[] owned) {
    List<Token> tokens = s.sentence().tokens();
    List<TimeSpan> others = java.util.Arrays.asList(owned); // "the truce announced for 18 October": another step's day
    if (s.times().stream().anyMatch(t -> t.resolved() && !others.contains(t)) || lexicon.any(tokens, "attack")
        || TruceNews.harm(lexicon, tokens) // "a soldier died in the breach": the attack's, not a truce event
        || lexicon.any(tokens, "ongoing") // "routinely accuse the rebels of breaking the truce": no day's news
        || !said(tokens, st)) {
      return false;
    }
    for (int k = Math.max(0, st.from() - 3); k < st.from(); k++) { // "has (now) been broken"
      String w = Lexicon.lower(tokens.get(k));
      if ((w.equals("has") || w.equals("have") || w.equals("'s") || w.equals("'ve")) && perfectOf(tokens, k, st)) {
        return true;
      }
    }
    boolean of = st.from() > 0 && Lexicon.lower(tokens.get(st.from() - 1)).matches("of|as")
        || st.from() > 1 && Lexicon.lower(tokens.get(st.from() - 2)).equals("of"); // "of repeatedly violating"
    for (int k = st.from() - 1; k >= Math.max(0, st.from() - 10); k--) {
      Lexicon.Entry e = lexicon.at(tokens, k, "breachtold");
      if (e != null) {
        return e.value().equals("called") ? !"VERB".equals(tokens.get(st.from()).tag()) && named(tokens, st) : of;
      }
      if (tokens.get(k).text().matches("[;:]")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the breach word is said of its truce word: the truce its object ("have breached the ceasefire agreement",
   * "a violation of the truce": only determiners, modifiers and "of" between) or its subject with no comma between
   * ("the truce ... has been broken"); not "a day after a ceasefire began, X has broken the peace".
   */
  private static boolean said(List<Token> tokens, Status st) {
    Lexicon.Match n = st.noun();
    if (n.from() >= st.to()) {
      for (int k = st.to(); k < n.from(); k++) {
        String tag = tokens.get(k).tag();
        if (!"DET".equals(tag) && !"ADJ".equals(tag) && !"NOUN".equals(tag) && !"PROPN".equals(tag)
            && !Lexicon.lower(tokens.get(k)).matches("of|-")) {
          return false;
        }
      }
      return n.from() - st.to() <= 5;
    }
    for (int k = n.to(); k < st.from(); k++) {
      if (tokens.get(k).text().matches("[,;:()]")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a breach noun is what something was called: "a" or "an" before it past its modifiers ("a clear violation"),
   * or "as" ("described it as a breach"); not "called for every ceasefire violation to be investigated".
   */
  private static boolean named(List<Token> tokens, Status st) {
    for (int k = st.from() - 1; k >= Math.max(0, st.from() - 4); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("a") || w.equals("an") || w.equals("as")) {
        return true;
      }
      if ("VERB".equals(tokens.get(k).tag()) || "ADP".equals(tokens.get(k).tag()) || "DET".equals(tokens.get(k).tag())
          || tokens.get(k).text().matches("\\p{Punct}")) {
        return false; // "every ceasefire violation", "for violations"
      }
    }
    return false;
  }

  /**
   * Whether "has" at {@code has} makes the agreeing word its perfect: only adverbs or "been" between ("have now
   * signed", "has been agreed"), not "has continued near-daily strikes".
   */
  private static boolean perfectOf(List<Token> tokens, int has, Status st) {
    for (int k = has + 1; k < st.from(); k++) {
      if (!"ADV".equals(tokens.get(k).tag()) && !Lexicon.lower(tokens.get(k)).equals("been")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the truce word is what was agreed, not a plan or proposal for it: only determiners, adjectives,
   * prepositions and particles between the agreeing word and a truce word after it ("have agreed to a humanitarian
   * truce"; not "has endorsed a plan to stop the fighting").
   */
  private static boolean directObject(List<Token> tokens, Status st) {
    for (int k = st.to(); k < st.noun().from(); k++) {
      String tag = tokens.get(k).tag();
      if (!"DET".equals(tag) && !"ADJ".equals(tag) && !"ADP".equals(tag) && !"PART".equals(tag)) {
        return false;
      }
    }
    return true;
  }

  /** "No peace agreement has been signed since": a negation before the truce word or its agreeing word. */
  private boolean deniedAgreement(List<Token> tokens, Status st) {
    return Negators.within(lexicon, tokens, Math.min(st.noun().from(), st.from()) - 2, st.from());
  }

  private Event event(AnnotatedSentence s, List<Frame> frames, ArticleContext ctx, String status, Lexicon.Match n,
      TimeSpan when) {
    return event(s, frames, ctx, status, n, when.first(), when.date() != null ? null : when.rangeEnd(),
        DateBasis.EXPLICIT);
  }

  private Event event(AnnotatedSentence s, List<Frame> frames, ArticleContext ctx, String status, Lexicon.Match n,
      LocalDate date, LocalDate end, DateBasis basis) {
    List<Token> tokens = s.sentence().tokens();
    Frame frame = Clauses.frameOf(frames, n.from());
    int[] clause = Clauses.clause(frames, frame, tokens, n.from());
    String time = Dating.clock(s, new int[] {0, s.size()});
    List<Claim> claims = frame == null || frame.speakerName() == null ? List.of()
        : List.of(new Claim(frame.speakerName(), frame.speaker() == null ? null : frame.speaker().id(),
            frame.speaker() == null ? null : frame.speaker().side(), Stance.ALLEGES, null, Dating.evidence(s),
            frame.speakerWritten()));
    return new Event(ctx.article, EventType.CEASEFIRE, status, date, end, time, basis, null, null, null,
        null, false, null, claims, null, parties(s, clause, ctx.sides), mediator(s, tokens),
        List.of(Dating.evidence(s)));
  }

  private static List<String> parties(AnnotatedSentence s, int[] clause, Sides sides) {
    List<String> out = new ArrayList<>();
    for (ActorSpan a : s.actors()) {
      if (a.from() >= clause[0] && a.to() <= clause[1] && a.side() != null && "STATE".equals(a.role())
          && !a.possessive() && !out.contains(sides.name(a.side()))) {
        out.add(sides.name(a.side()));
      }
    }
    return out;
  }

  /** "mediated by X", "X-brokered", "Russian-mediated talks", "X brokered". */
  private static String mediator(AnnotatedSentence s, List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = Lexicon.lower(tokens.get(i));
      if (!MEDIATION.contains(w) && !w.endsWith("-mediated") && !w.endsWith("-brokered")) {
        continue;
      }
      if (w.contains("-")) {
        for (ActorSpan a : s.actors()) {
          if (a.from() == i) {
            return a.name();
          }
        }
        String prefix = tokens.get(i).text().substring(0, tokens.get(i).text().indexOf('-'));
        return prefix.isEmpty() ? null : prefix;
      }
      for (ActorSpan a : s.actors()) {
        if (a.from() > i && a.from() <= i + 3 || a.to() == i) {
          return a.name();
        }
      }
    }
    return null;
  }

  /**
   * "an agreement has been reached ... on a complete cessation of hostilities from 13:00 on 20 September": the
   * date after "from" is the truce's start, and the agreeing word before it, owning no date of its own, is a truce
   * agreed on the day the sentence tells (never after that start), beside the start even on its own day.
   */
  private void agreedFrom(AnnotatedSentence s, List<Frame> frames, ArticleContext ctx, List<Status> statuses,
      TimeSpan[] owned, List<Event> out) {
    if (out.stream().anyMatch(e -> "agreed".equals(e.subtype()))) {
      return;
    }
    List<Token> tokens = s.sentence().tokens();
    for (int i = 0; i < statuses.size(); i++) {
      Status agreed = statuses.get(i);
      if (!agreed.value().equals("agreed") || owned[i] != null) {
        continue;
      }
      for (int j = 0; j < statuses.size(); j++) {
        Status start = statuses.get(j);
        boolean from = start.from() < tokens.size() && Lexicon.lower(tokens.get(start.from())).equals("from")
            && start.from() - start.noun().to() <= 1; // "a truce from 13:00", not "took effect at 13:00"
        if (owned[j] == null || !start.value().equals("start") || start.from() <= agreed.to()) {
          continue;
        }
        Dating.Dated d = Dating.carried(s, null, ctx);
        LocalDate begins = owned[j].date();
        // "have agreed to a ceasefire that will take effect on 28 October": a start after the story's day was agreed
        // on it; one before it ("signed a truce that took effect on Monday") says not when it was signed
        boolean later = begins != null && d.date() != null && d.dateEnd() == null && begins.isAfter(d.date())
            && !modifier(agreed); // "a ceasefire mediated by X took effect the next day": not when it was mediated
        if (!from && !later) {
          continue;
        }
        if (d.date() != null && (begins == null || !d.date().isAfter(begins))) {
          // agreed and in force are two steps even on one day (the corpus gold's convention): the start is kept
          out.add(0, event(s, frames, ctx, "agreed", start.noun(), d.date(), d.dateEnd(), d.basis()));
          return;
        }
        if (from && begins != null && d.date() != null && !modifier(agreed)) {
          // "agreed in Moscow to stop shooting from noon on April 5", told later: agreed for that start, on its
          // day as far as the sentence tells
          out.add(0, event(s, frames, ctx, "agreed", start.noun(), begins, null, DateBasis.EXPLICIT));
          return;
        }
      }
    }
  }

}