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
   * sentence tells both ("accepted the truce on Tuesday, and it came into force at 7 p.m."); told in sentences apart,
   * a start and an agreeing of one day are one truce told twice.
   *
   * @param agreedIn the day and sentence index of each truce agreed in the article
   */
  static String phase(String status, Event e, java.util.Set<List<Object>> agreedIn) {
    String phase = phase(status);
    return phase.equals("start")
        && !agreedIn.contains(List.of(java.util.Objects.toString(e.date()), e.evidence().get(0).sentence())) ? "" : phase;
  }

  private static final Set<String> MEDIATION = Set.of("mediated", "brokered", "mediation");
  /** The statuses that make an event; the others (violated, appeal, proposal, holds) only own their dates. */
  private static final Set<String> EVENTS = Set.of("agreed", "start", "collapsed", "ended", "extended");
  private static final int REACH = 7; // words between a truce word and its status word
  private static final int CHAIN = 10; // words between two status words of one series ("agreed ..., announced ...")
  static final int DATE_REACH = 8; // words between a status word and the date it owns

  /** A status word at {@code [from, to)} and the truce word {@code noun} it is said of. */
  record Status(int from, int to, String value, Lexicon.Match noun) {}

  private final Lexicon lexicon;
  private final TruceCues cues;

  CeasefireFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.cues = new TruceCues(lexicon);
  }

  List<Event> find(AnnotatedSentence s, List<Frame> frames, ArticleContext ctx) {
    List<Token> tokens = s.sentence().tokens();
    List<Lexicon.Match> nouns = nouns(s, ctx.nearTruce(s.sentence().index()));
    if (nouns.isEmpty()) {
      return List.of();
    }
    List<Event> out = new ArrayList<>();
    Set<String> days = new HashSet<>();
    List<Status> statuses = statuses(s, nouns);
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
          && !lexicon.any(tokens, "attack");
      if (owned[i] == null && ends && lastDay != null && cues.sameDay(s.sentence().tokens(), st.to())) {
        owned[i] = lastDay; // "entered into force at 08:00 on 1 August, but broke down within hours"
      }
      if (owned[i] != null && (EVENTS.contains(st.value()) || breach)
          && !cues.afterStory(ctx.anchor, st.value(), owned[i]) && days.add(owned[i].first() + phase(st.value()))) {
        out.add(event(s, frames, ctx, st.value(), st.noun(), owned[i]));
      }
      if (owned[i] != null) {
        lastDay = owned[i].date() != null ? owned[i] : null;
      }
    }
    agreedFrom(s, frames, ctx, statuses, owned, out);
    clockStarts(s, frames, ctx, statuses, owned, out, days);
    if (agreedToStart(tokens, statuses)) { // "agreed to implement the ceasefire from noon": the start is what was agreed
      out.removeIf(o -> "start".equals(o.subtype())
          && out.stream().anyMatch(a -> "agreed".equals(a.subtype()) && a.date().equals(o.date())));
    }
    if (!out.isEmpty()) {
      return out;
    }
    for (Lexicon.Match n : nouns) { // no status word with a date near it: the truce takes the sentence's
      Status st = TruceDates.nearest(statuses, n);
      String status = st == null ? null : st.value();
      boolean named = false;
      if (status == null && n.entry().category().equals("ceasefire") && TruceDates.named(s, n) != null) {
        status = "start"; // "the November 27 ceasefire", "the truce of last November": named by when it began
        named = true;
      }
      if (status == null || !EVENTS.contains(status)) {
        continue;
      }
      TimeSpan when = named ? TruceDates.named(s, n) : fallbackDate(s, n);
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
      if (!start.value().equals("start") || owned[j] != null || !TruceDates.clockNear(s, start)
          || TruceDates.midnightNear(s, start)) {
        continue;
      }
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
      if (days.add(day + phase("start"))) {
        out.add(event(s, frames, ctx, "start", start.noun(), day, end, basis));
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
   * An end or an extension told in the present perfect ("has collapsed", "has decided to overturn", "an agreement
   * has been reached to extend the truce"), or a start told so by a verb ("has ordered a ceasefire"), in a sentence
   * with no date of its own and no going-on ("have repeatedly broken down"): it happened as the story is told.
   */
  private boolean justEnded(AnnotatedSentence s, Status st, String status) {
    // a truce declared in the present perfect by a verb ("has ordered a complete ceasefire") is news of the day too
    boolean declared = st != null && status.equals("start")
        && "VERB".equals(s.sentence().tokens().get(st.from()).tag());
    if (st == null || !status.equals("collapsed") && !status.equals("ended") && !status.equals("extended")
        && !declared || s.times().stream().anyMatch(Spans.TimeSpan::resolved)
        || lexicon.any(s.sentence().tokens(), "ongoing")) {
      return false;
    }
    List<Token> tokens = s.sentence().tokens();
    for (int k = Math.max(0, st.from() - 4); k < st.from(); k++) { // "has \"decided to overturn"
      String w = Lexicon.lower(tokens.get(k));
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

  // (sets, not regular expressions: these are asked at every token of a sentence near a truce word)
  private static final Set<String> PAUSES = Set.of("pause", "pauses");
  // truce words that say no status of themselves ("hostilities stopped" does)
  private static final Set<String> BARE_NOUNS = Set.of("ceasefire", "agreement", "pause");

  /**
   * The truce words of the sentence: its truce nouns; beside a truce word (within two sentences), also an accord
   * ("the Minsk Protocol"), a bare "pause" and, with neither, a bare status phrase ("came into force at midnight on
   * 15 February").
   */
  private List<Lexicon.Match> nouns(AnnotatedSentence s, boolean nearTruce) {
    List<Token> tokens = s.sentence().tokens();
    List<Lexicon.Match> nouns = new ArrayList<>(lexicon.find(tokens, "ceasefire"));
    nouns.addAll(pauses(s));
    nouns.addAll(lengthNouns(tokens));
    nouns.addAll(warEnders(tokens));
    if (nearTruce) {
      nouns.addAll(lexicon.find(tokens, "accord"));
      for (int k = 0; k < tokens.size(); k++) { // "The pause took hold at 7am on Friday" beside a truce word
        int at = k;
        if (PAUSES.contains(Lexicon.lower(tokens.get(k))) && "NOUN".equals(tokens.get(k).tag())
            && nouns.stream().noneMatch(n -> n.from() <= at && at < n.to())) {
          nouns.add(truceWords(tokens, k, k + 1, "pause"));
        }
      }
    }
    nouns.removeIf(n -> cues.absent(tokens, n.from())); // "broke down without an agreement"
    if (!nearTruce) {
      return nouns;
    }
    if (nouns.isEmpty()) {
      lexicon.find(tokens, "cfstatus").stream().filter(m -> m.entry().has("bare")).forEach(nouns::add);
    }
    nouns.sort(java.util.Comparator.comparingInt(Lexicon.Match::from));
    return nouns;
  }

  /**
   * A side's pause of set length is a truce announced ("the Houthis will stop missile and drone attacks on
   * Saudi Arabia for three days"): a pausing verb (lexicon: cfpause, value verb), within five words its object (value
   * object: attacks, strikes, operations), and within six words after it "for" and a length (a number or "a" and a
   * day, hour or week word). Not when negated ("refused to halt attacks for a day").
   */
  private List<Lexicon.Match> pauses(AnnotatedSentence s) {
    List<Token> tokens = s.sentence().tokens();
    List<Lexicon.Match> out = new ArrayList<>();
    for (Lexicon.Match v : lexicon.find(tokens, "cfpause")) {
      String cue = cues.negated(tokens, v.from());
      if (!v.value().equals("verb") || !"VERB".equals(tokens.get(v.from()).tag())
          || cue != null && (cue.equals("neg") || cues.hedgedAgreement(tokens, v) == null && !declared(tokens, v))) {
        continue; // but "agreed that Russia would refrain from striking ... for 30 days" is a pause agreed
      }
      int obj = -1;
      for (int k = v.to(); k < Math.min(tokens.size(), v.to() + 5) && obj < 0; k++) {
        if (tokens.get(k).tag().equals("PUNCT")) {
          break;
        }
        Lexicon.Entry e = lexicon.at(tokens, k, "cfpause");
        obj = e != null && e.value().equals("object") ? k : -1;
      }
      if (obj >= 0 && (lengthAfter(tokens, obj + 1) || untilDate(s, obj + 1))) {
        out.add(truceWords(tokens, v.from(), obj + 1, "agreed"));
      }
    }
    return out;
  }

  /**
   * "it would halt operations against its opponents until April 22": "until" and a day within six words end a pause
   * as a length does; no clause's end between.
   */
  private static boolean untilDate(AnnotatedSentence s, int at) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = at; k < Math.min(tokens.size() - 1, at + 6); k++) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("until") || w.equals("till") || w.equals("through")) {
        int day = k + 1;
        return s.times().stream().anyMatch(t -> t.date() != null && t.from() == day);
      }
      if (tokens.get(k).tag().equals("PUNCT") && !w.equals("'s")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "the junta said it would halt operations ...": "would" or "will" right after a speaker's "said it" (a speech verb
   * within three words before it) tells a pause declared, not one only wished for.
   */
  private boolean declared(List<Token> tokens, Lexicon.Match v) {
    int h = v.from() - 1;
    if (h < 1 || !Lexicon.lower(tokens.get(h)).matches("would|will|'ll|'d")) {
      return false;
    }
    for (Lexicon.Match sp : lexicon.find(tokens.subList(Math.max(0, h - 4), h), "speech")) {
      if (sp.value().equals("reports")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "a statement with the presidents of Russia and Azerbaijan ending the war", "a deal to end the fighting": a
   * document (lexicon: cfdoc) whose ending word has a war word (cfcue ended) for its object, no verb or clause's end
   * between them: a truce agreed, from the document to the war word. Not under a hedge ("a deal that would end").
   */
  private List<Lexicon.Match> warEnders(List<Token> tokens) {
    List<Lexicon.Match> out = new ArrayList<>();
    for (Lexicon.Match m : lexicon.find(tokens, "warend")) {
      int k = m.from();
      boolean toEnd = Lexicon.lower(tokens.get(k)).equals("end");
      if (toEnd && (k == 0 || !Lexicon.lower(tokens.get(k - 1)).equals("to")) || cues.negated(tokens, k) != null) {
        continue; // "would end the war" is wished for; "to end" needs its document: "a deal to end the war"
      }
      for (int d = toEnd ? k - 2 : k - 1; d >= Math.max(0, k - 12); d--) {
        if (lexicon.at(tokens, d, "cfdoc") != null) {
          out.add(truceWords(tokens, d, m.to(), "agreed"));
          break;
        }
        String tag = tokens.get(d).tag();
        if ("VERB".equals(tag) || "AUX".equals(tag) || "PUNCT".equals(tag) && !Lexicon.lower(tokens.get(d)).equals("'s")) {
          break;
        }
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern SPAN_WORD =
      java.util.regex.Pattern.compile("[a-z0-9]+-(day|hour|week|month)");
  private static final Set<String> HALTS = Set.of("halt", "halted", "halting", "stop", "stopped", "stopping");
  private static final Set<String> FIGHTING = Set.of("fighting", "clashes", "hostilities", "combat");

  /**
   * A pause of set length ("the four-day pause between Israel and Hamas") and a halt to days of fighting ("agreed to
   * halt four days of fighting"), which the lexicon's fixed phrases cannot spell: truce words, as a pause is.
   */
  private static List<Lexicon.Match> lengthNouns(List<Token> tokens) {
    List<Lexicon.Match> out = new ArrayList<>();
    for (int k = 1; k < tokens.size(); k++) {
      String w = Lexicon.lower(tokens.get(k));
      if ((w.equals("pause") || w.equals("pauses")) && SPAN_WORD.matcher(Lexicon.lower(tokens.get(k - 1))).matches()) {
        out.add(truceWords(tokens, k - 1, k + 1));
      }
      if (HALTS.contains(w) && k + 4 < tokens.size() && "NUM".equals(tokens.get(k + 1).tag())
          && LENGTH_UNITS.contains(Lexicon.lower(tokens.get(k + 2))) && Lexicon.lower(tokens.get(k + 3)).equals("of")
          && FIGHTING.contains(Lexicon.lower(tokens.get(k + 4)))) {
        out.add(truceWords(tokens, k, k + 5));
      }
    }
    return out;
  }

  private static Lexicon.Match truceWords(List<Token> tokens, int from, int to) {
    return truceWords(tokens, from, to, "ceasefire");
  }

  private static Lexicon.Match truceWords(List<Token> tokens, int from, int to, String value) {
    String[] words = tokens.subList(from, to).stream().map(Lexicon::lower).toArray(String[]::new);
    return new Lexicon.Match(from, to, new Lexicon.Entry("ceasefire", words, value, Set.of()));
  }

  private static final Set<String> LENGTH_UNITS = Set.of("day", "days", "hour", "hours", "week", "weeks", "month",
      "months");

  /** Whether "for" and a length ("for three days", "for 72 hours", "for a week") begins within six words of {@code at}. */
  private static boolean lengthAfter(List<Token> tokens, int at) {
    for (int k = at; k < Math.min(tokens.size() - 2, at + 6); k++) {
      if (Lexicon.lower(tokens.get(k)).equals("for")) {
        String n = Lexicon.lower(tokens.get(k + 1));
        String unit = Lexicon.lower(tokens.get(k + 2));
        boolean count = n.equals("a") || n.equals("one") || "NUM".equals(tokens.get(k + 1).tag());
        return count && LENGTH_UNITS.contains(unit);
      }
      if (tokens.get(k).tag().equals("PUNCT") && !Lexicon.lower(tokens.get(k)).equals("'s")) {
        return false; // a possessive is no clause's end: "stop striking each other's power plants for 30 days"
      }
    }
    return false;
  }

  /**
   * "agreed to a humanitarian truce proposed by the Quad", "accepted a US proposal for a ceasefire": a proposal word
   * between the agreeing word and its truce, or right after the truce, makes the agreeing one side's acceptance of a
   * plan, not a truce agreed.
   */
  private static boolean proposed(List<Lexicon.Match> words, Status k) {
    int from = Math.min(k.to(), k.noun().to());
    int to = Math.max(k.from(), k.noun().to() + 1);
    return words.stream().anyMatch(w -> w.value().equals("proposal") && w.from() >= from && w.from() <= to);
  }

  /**
   * A proposal accepted that is a truce agreed: accepted by two sides at once ("Israel and the Palestinian factions
   * accepted an Egyptian proposal", "both sides accepted"), or one that then takes effect in the same sentence ("...,
   * and the truce came into force at 7 p.m."; not a speech verb: "announced").
   */
  private boolean accepted(AnnotatedSentence s, List<Status> kept, Status k) {
    List<Token> tokens = s.sentence().tokens();
    boolean takesEffect = kept.stream().anyMatch(j -> j.value().equals("start") && j.from() > k.to()
        && lexicon.at(tokens, j.from(), "speech") == null);
    return takesEffect || bothSides(s, k.from());
  }

  /**
   * Whether the subject right before {@code at} (no clause's end between) joins two sides with "and" ("Israel and the
   * Palestinian factions", "Armenia and Azerbaijan") or says "both sides", "the two parties".
   */
  private static boolean bothSides(AnnotatedSentence s, int at) {
    List<Token> tokens = s.sentence().tokens();
    int from = at;
    while (from > 0 && at - from < 12 && !("PUNCT".equals(tokens.get(from - 1).tag())
        && !Lexicon.lower(tokens.get(from - 1)).equals("'s"))) {
      from--;
    }
    for (int k = from; k + 1 < at; k++) {
      if (Lexicon.lower(tokens.get(k)).matches("both|two")
          && Lexicon.lower(tokens.get(k + 1)).matches("sides|parties")) {
        return true;
      }
    }
    Set<String> sides = new HashSet<>();
    int first = Integer.MAX_VALUE;
    int last = -1;
    for (ActorSpan a : s.actors()) {
      if (a.from() >= from && a.to() <= at && a.side() != null && !a.modifier()) {
        sides.add(a.side());
        first = Math.min(first, a.to());
        last = Math.max(last, a.from());
      }
    }
    if (sides.size() < 2) {
      return false;
    }
    for (int k = first; k < last; k++) {
      if (Lexicon.lower(tokens.get(k)).equals("and")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the status word at {@code at} follows "to be" ("to be signed", "is due to be announced"). */
  private static boolean toBe(List<Token> tokens, int at) {
    return at >= 2 && Lexicon.lower(tokens.get(at - 1)).equals("be") && Lexicon.lower(tokens.get(at - 2)).equals("to");
  }

  /** A status word that modifies a truce word under a hedge ("an extended truce would provide"). */
  private boolean wished(List<Token> tokens, List<Lexicon.Match> nouns, Lexicon.Match m) {
    return nouns.stream().anyMatch(n -> cues.hedgedModifier(tokens, m, n));
  }

  /**
   * The status words said of the truce words: those within reach of one, those in a series with one kept ("agreed
   * ..., announced ... and brokered ..."), "from" and a date right after a truce word, and a truce phrase that is its
   * own status; none negated or hedged. A weak one ("a ceasefire agreement") only where no other stands.
   */
  private List<Status> statuses(AnnotatedSentence s, List<Lexicon.Match> nouns) {
    List<Token> tokens = s.sentence().tokens();
    List<Lexicon.Match> words = lexicon.find(tokens, "cfstatus");
    List<Status> kept = new ArrayList<>();
    boolean[] taken = new boolean[words.size()];
    for (boolean weak : new boolean[] {false, true}) {
      if (weak && !kept.isEmpty()) {
        break;
      }
      for (int i = 0; i < words.size(); i++) {
        Lexicon.Match m = words.get(i);
        if (m.entry().has("weak") != weak || !TruceCues.usable(s, m) || cues.endsOther(tokens, m)
            || wished(tokens, nouns, m)) {
          continue;
        }
        // "agreed ... that the sides would fully implement a ceasefire": what was done is the agreeing
        Lexicon.Match agreed = cues.hedgedAgreement(tokens, m);
        if (agreed == null && cues.negated(tokens, m.from()) != null) {
          continue;
        }
        for (Lexicon.Match n : nouns) {
          if ((weak || n.value().equals("start")) && m.from() < n.to() && n.from() < m.to()) {
            continue; // "the agreement" says no more of itself than that it is one; "hold fire" is no truce holding
          }
          // a bare "pause" is a truce as the subject of its status ("the pause took hold"), not "mediated the pause"
          if (n.value().equals("pause") && m.from() < n.from()) {
            continue;
          }
          if (TruceCues.distance(tokens, n.from(), n.to(), m.from(), m.to()) - TruceDates.timeWords(s, n, m) <= REACH
              && !cues.aboutOther(tokens, n, m) && !cues.sought(tokens, m, n)) {
            Lexicon.Match said = agreed != null ? agreed : m;
            kept.add(new Status(said.from(), said.to(), said.value(), n));
            taken[i] = true;
            break;
          }
        }
      }
    }
    for (boolean grew = true; grew; ) { // a series: each further status word within CHAIN of one kept
      grew = false;
      for (int i = 0; i < words.size(); i++) {
        Lexicon.Match m = words.get(i);
        if (taken[i] || m.entry().has("weak") || !TruceCues.usable(s, m) || cues.negated(tokens, m.from()) != null
            || cues.endsOther(tokens, m)) {
          continue;
        }
        for (Status k : List.copyOf(kept)) {
          if (TruceCues.distance(tokens, k.from(), k.to(), m.from(), m.to()) <= CHAIN && !wished(tokens, nouns, m)
              && !cues.sought(tokens, m, k.noun())) {
            kept.add(new Status(m.from(), m.to(), m.value(), k.noun()));
            taken[i] = grew = true;
            break;
          }
        }
      }
    }
    for (Lexicon.Match n : nouns) {
      int at = n.to() < tokens.size() && tokens.get(n.to()).text().matches("[\"”’']") ? n.to() + 1 : n.to();
      Lexicon.Entry cue = at < tokens.size() ? lexicon.at(tokens, at, "cfcue") : null;
      // "a ceasefire from 13:00 on 20 September", "accepted a ceasefire from 14:00": a day or an hour begins it
      if (cue != null && cue.value().equals("from") && (TruceCues.dateWithin(s, at + cue.words().length, 3)
          || TruceDates.clockWithin(s, at + cue.words().length, 3))) {
        kept.add(new Status(at, at + cue.words().length, "start", n));
      }
      if (!BARE_NOUNS.contains(n.value()) && TruceDates.nearest(kept, n) == null) {
        kept.add(new Status(n.from(), n.to(), n.value(), n)); // "hostilities stopped from 13:00"
      }
    }
    // "a peace agreement, to be signed by August 18": a signing to come is planned, not done
    kept.replaceAll(k -> k.value().equals("agreed") && (proposed(words, k) && !accepted(s, kept, k)
        || toBe(tokens, k.from())) ? new Status(k.from(), k.to(), "proposal", k.noun()) : k);
    // "accepted an Egyptian proposal for a ceasefire on Tuesday": the proposal accepted is the truce agreed, its date
    // the acceptance's
    kept.removeIf(k -> k.value().equals("proposal") && kept.stream().anyMatch(a -> a.value().equals("agreed")
        && a.to() <= k.from() && k.from() < a.noun().from()));
    kept.sort(java.util.Comparator.comparingInt(Status::from));
    kept.removeIf(k -> agreedTo(tokens, kept, k));
    kept.removeIf(k -> byModifier(tokens, kept, k));
    return kept;
  }

  /**
   * "agreed on Monday to extend the ceasefire": an agreeing word whose "to" opens an extension (within five
   * words) says only that the extension was agreed; the extension is the event, on the agreeing word's day.
   */
  private static boolean agreedTo(List<Token> tokens, List<Status> kept, Status k) {
    return k.value().equals("agreed") && kept.stream().anyMatch(j -> j.value().equals("extended")
        && j.from() > k.to() && j.from() - k.to() <= 5 && Lexicon.lower(tokens.get(j.from() - 1)).equals("to"));
  }

  /**
   * "agreed to implement the ceasefire from noon on Saturday": an agreeing word whose "to" opens a start (within three
   * words) tells one step, the agreeing of that start, as agreedTo does an extension's.
   */
  private static boolean agreedToStart(List<Token> tokens, List<Status> statuses) {
    return statuses.stream().anyMatch(k -> k.value().equals("agreed") && statuses.stream().anyMatch(j ->
        j.value().equals("start") && j.from() > k.to() && j.from() - k.to() <= 3
            && Lexicon.lower(tokens.get(j.from() - 1)).equals("to")));
  }

  /**
   * "a ceasefire urged by Turkey and Russia took effect": a plea or proposal word right after the truce word and
   * followed by "by" only says who wanted it; where a status word that makes an event follows for the same truce,
   * the plea gives way to it.
   */
  private static boolean byModifier(List<Token> tokens, List<Status> kept, Status k) {
    if (!k.value().equals("appeal") && !k.value().equals("proposal") || k.from() != k.noun().to()
        || k.to() >= tokens.size() || !Lexicon.lower(tokens.get(k.to())).equals("by")) {
      return false;
    }
    return kept.stream().anyMatch(j -> j.noun() == k.noun() && j.from() > k.to() && EVENTS.contains(j.value()));
  }

  /**
   * The sentence's date nearest the truce word that does not name a truce; inside a clause opened before the truce
   * word ("killed on Friday, in the worst attack since a truce took hold last July") only the clause's own dates.
   */
  private TimeSpan fallbackDate(AnnotatedSentence s, Lexicon.Match n) {
    List<Token> tokens = s.sentence().tokens();
    int from = 0;
    for (int k = n.from() - 1; k >= Math.max(0, n.from() - 6); k--) {
      Lexicon.Entry cue = lexicon.at(tokens, k, "cfcue");
      if (tokens.get(k).text().equals(",")) {
        break;
      }
      if (cue != null && cue.value().equals("sub")) {
        from = k + 1;
        break;
      }
    }
    TimeSpan best = null;
    int bestDist = Integer.MAX_VALUE;
    for (boolean days : new boolean[] {true, false}) {
      for (TimeSpan ts : s.times()) {
        if (ts.from() < from || (ts.date() != null) != days || !Dating.usable(s, ts)
            || TruceDates.names(tokens, ts, n)) {
          continue;
        }
        int dist = ts.from() >= n.from() ? ts.from() - n.from() : n.from() - ts.to();
        if (dist < bestDist) {
          bestDist = dist;
          best = ts;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
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
        if (owned[j] == null || !start.value().equals("start") || start.from() <= agreed.to() || !from) {
          continue;
        }
        Dating.Dated d = Dating.carried(s, null, ctx);
        LocalDate begins = owned[j].date();
        if (d.date() != null && (begins == null || !d.date().isAfter(begins))) {
          // agreed and in force are two steps even on one day (the corpus gold's convention): the start is kept
          out.add(0, event(s, frames, ctx, "agreed", start.noun(), d.date(), d.dateEnd(), d.basis()));
          return;
        }
      }
    }
  }

}
