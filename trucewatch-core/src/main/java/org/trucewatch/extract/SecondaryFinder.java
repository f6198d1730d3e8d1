package org.trucewatch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.PlaceSpan;
import org.trucewatch.extract.Spans.TimeSpan;
import org.trucewatch.nlp.Token;

/**
 * Finds the secondary event types: talks ("11 hours of talks in Moscow"), appeals ("Shoigu urged the two countries
 * to observe the ceasefire"), threats ("reserved the right to attack"), and military support ("sending Syrian
 * mercenaries", "military exports"). Each needs an actor and a date in its sentence, except talks reported as held,
 * which take the paragraph's or the article's day as an attack does. Stateless and thread-safe.
 */
final class SecondaryFinder {

  private static final int VERB_DAY_REACH = 14; // words from a meeting verb to the end of its clause, for its day

  private final Lexicon lexicon;

  SecondaryFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Event> find(AnnotatedSentence s, List<Frame> frames, ArticleContext ctx) {
    List<Event> out = new ArrayList<>();
    List<Token> tokens = s.sentence().tokens();
    for (String category : new String[] {"talks", "appeal", "threat", "support"}) {
      for (Lexicon.Match m : matches(tokens, category)) {
        Frame frame = Clauses.frameOf(frames, m.from());
        Token trigger = tokens.get(m.from());
        if ((category.equals("appeal") || category.equals("threat")) && m.to() - m.from() == 1
            && trigger.tag() != null && !trigger.tag().equals("VERB")) {
          continue; // "calls for a ceasefire were reasonable" comments on an appeal, it does not make one
        }
        boolean talks = category.equals("talks");
        if (talks && (!TalksVerbs.held(lexicon, s, m) || TalksVerbs.agentOnly(lexicon, tokens, m))) {
          continue; // "were met with gunfire", "signed an order": no meeting, no deal
        }
        if (talks && m.value().equals("meeting") && ownBody(tokens, m.from(), m.to())
            || talks && m.value().equals("modifier")) {
          continue; // "a meeting of the security cabinet"; "a truce negotiated by Moscow" says how a truce came about
        }
        if (talks && m.value().equals("meeting") && struck(s, m)) {
          continue; // "the drone targeted a meeting of commanders": a gathering hit, no talks
        }
        TimeSpan when = Dating.nearest(s, Math.max(0, m.from() - 8), Math.min(s.size(), m.to() + 8), m.from());
        if (when == null && m.entry().category().equals("talksverb")) {
          // "met under the envoy's auspices in Amman last week": the verb's day at the end of its own clause
          when = Dating.nearest(s, m.to(), TalksClauses.end(tokens, m.to(), VERB_DAY_REACH), m.from());
        }
        if (when == null && m.entry().category().equals("talksverb")) {
          continue; // "weeks after the two leaders met at the White House": a verb without a day is background
        }
        String notHeld = talks ? notHeld(tokens, m.from()) : null;
        if ("ended".equals(notHeld) || "ahead".equals(notHeld)) {
          continue; // "walked out of the talks": their end; "flew in on Sunday ahead of talks": still to come
        }
        if (talks && (notHeldAfter(tokens, m.to()) != null || TalksVerbs.toCome(lexicon, tokens, m))) {
          continue; // "a summit ... was called off", "talks set for August 14": no round held
        }
        boolean held = notHeld == null;
        if (talks && when != null && truceEnd(tokens, when)) {
          when = null; // "negotiations ... before the renewed truce ends on 2 August": the truce's day, not the talks'
        }
        if (when == null && talks && held) {
          when = Dating.nearest(s, 0, s.size(), m.from()); // "signed on Wednesday ... after ten days of talks"
          when = when != null && truceEnd(tokens, when) ? null : when;
        }
        LocalDate date = when == null ? null : when.date() != null ? when.date() : when.rangeStart();
        LocalDate end = when == null || when.date() != null ? null : when.rangeEnd();
        DateBasis basis = DateBasis.EXPLICIT;
        if (talks && held && date != null && ctx.anchor != null && date.isBefore(ctx.anchor)
            && goingOn(tokens, m.to())) {
          when = null; // "the talks in Jeddah, which opened on 6 May, are continuing": held on the story's day
        }
        if (when == null && talks && held && m.value().equals("agreement") && deal(tokens, m)) {
          continue; // "as the peace deal requires": a deal named with no day of its own and no signing is an old one
        }
        if (when == null && talks && held) {
          // talks the story reports as held ("the communique issued after talks at the Elysee", "negotiations were
          // continuing") are of the paragraph's day, else of the story's, as an attack without a date of its own
          Dating.Dated carried = Dating.carried(s, null, ctx);
          date = carried.date();
          end = carried.dateEnd();
          basis = carried.basis();
          if (ctx.anchor != null && goingOn(tokens, m.to())) {
            date = ctx.anchor; // "negotiations are continuing": going on as the story is told, not on the paragraph's day
            end = null;
            basis = ctx.anchorBasis;
          }
        }
        int[] span = talks && held && date != null && end == null ? daysOfTalks(tokens, m.from()) : null;
        if (span != null && span[1] > 0) {
          // "a day after two days of talks in Doha": the talks ran over the days before the day told; "signed
          // off on Thursday after three days of talks" stays the deal's day (the talks stand for the deal told)
          end = date.minusDays(span[1]);
          date = end.minusDays(span[0] - 1L);
          end = span[0] > 1 ? end : null;
        }
        if (date == null || talks && basis == DateBasis.EXPLICIT && ctx.anchor != null
            && date.isBefore(ctx.anchor.minusDays(7)) && (end == null || end.isBefore(ctx.anchor.minusDays(7)))) {
          continue; // "a first ceasefire, agreed in Moscow on October 10 after talks": a past round, background
        }
        ActorSpan actor = Subjects.subjectBefore(s, m.from());
        if (actor == null && frame != null) {
          actor = frame.speaker();
        }
        if (actor == null && !category.equals("talks")) {
          continue;
        }
        List<String> parties = new ArrayList<>();
        for (ActorSpan a : s.actors()) {
          // talks are held by the belligerents whatever they are ("government and Houthi negotiators"), and by the
          // heads of states that no profile names ("Ethiopian Prime Minister Abiy Ahmed and Eritrean President ...")
          boolean party = "STATE".equals(a.role()) || talks && (ctx.sides.isBelligerent(a.side())
              || "OFFICIAL".equals(a.role()) && a.country() != null && a.country().equals(a.side()));
          if (a.side() != null && party && !parties.contains(ctx.sides.name(a.side()))) {
            parties.add(ctx.sides.name(a.side()));
          }
        }
        if (actor != null && !parties.contains(actor.name())) {
          parties.add(0, actor.name());
        }
        if (parties.isEmpty() || talks && m.value().equals("meeting") && !ctx.sides.mainParties().isEmpty()
            && !anyBelligerent(s, actor, ctx)) {
          continue; // "leaders of Japan and South Korea met at a NATO summit": no side of this war at the table
        }
        out.add(new Event(ctx.article, EventType.valueOf(category.toUpperCase(java.util.Locale.ROOT)), m.value(),
            date, end, null, basis, place(s, m.to()), null, null, null, false, null, told(talks, frame, s), null,
            parties, null, List.of(Dating.evidence(s))));
        break;
      }
    }
    return out;
  }

  /**
   * The speaker whose frame holds the talks word ("the talks were cordial, the border force's spokesman said") as the
   * source of the talks, as a ceasefire's; an appeal's, threat's or support's speaker is its actor, no source.
   */
  private static List<Claim> told(boolean talks, Frame frame, AnnotatedSentence s) {
    if (!talks || frame == null || frame.speakerName() == null || frame.denies()) {
      return List.of();
    }
    return List.of(new Claim(frame.speakerName(), frame.speaker() == null ? null : frame.speaker().id(),
        frame.speaker() == null ? null : frame.speaker().side(), Stance.ALLEGES, null, Dating.evidence(s),
        frame.speakerWritten()));
  }

  /** The category's matches in order; talks with their verbs (lexicon: talksverb) and counted swaps among them. */
  private List<Lexicon.Match> matches(List<Token> tokens, String category) {
    List<Lexicon.Match> out = lexicon.find(tokens, category);
    if (category.equals("talks")) {
      List<Lexicon.Match> verbs = new ArrayList<>(lexicon.find(tokens, "talksverb"));
      for (Lexicon.Match c : CountedSwaps.find(lexicon, tokens)) { // "an exchange of nearly 900 detainees"
        if (out.stream().noneMatch(o -> o.from() < c.to() && c.from() < o.to())) {
          verbs.add(c);
        }
      }
      if (!verbs.isEmpty()) {
        out = new ArrayList<>(out);
        out.addAll(verbs);
        out.sort(java.util.Comparator.comparingInt(Lexicon.Match::from));
      }
    }
    return out;
  }

  /**
   * Whether the talks word is a document (its last word a cfdoc: "the peace deal", "the Minsk peace agreements") with
   * no agreeing word (lexicon: cfstatus agreed, not weak: signed, reached, struck) in its sentence.
   */
  private boolean deal(List<Token> tokens, Lexicon.Match m) {
    if (lexicon.at(tokens, m.to() - 1, "cfdoc") == null) {
      return false;
    }
    return lexicon.find(tokens, "cfstatus").stream()
        .noneMatch(a -> a.value().equals("agreed") && !a.entry().has("weak")
            && (a.to() <= m.from() || a.from() >= m.to())
            && !TalksClauses.relative(tokens, a.from())); // "the movements that signed the peace deal": who, not when
  }

  /** Whether the sentence or the trigger's subject names a belligerent of the article's conflict. */
  private static boolean anyBelligerent(AnnotatedSentence s, ActorSpan actor, ArticleContext ctx) {
    if (actor != null && ctx.sides.isBelligerent(actor.side())) {
      return true;
    }
    for (ActorSpan a : s.actors()) {
      if (ctx.sides.isBelligerent(a.side())) {
        return true;
      }
    }
    return false;
  }

  /** "talks in Moscow": a place right after the trigger, introduced by in or at. */
  private static Location place(AnnotatedSentence s, int after) {
    List<Token> tokens = s.sentence().tokens();
    for (PlaceSpan p : s.places()) {
      if (!p.inName() && p.from() > after && p.from() <= after + 3
          && (Lexicon.lower(tokens.get(p.from() - 1)).equals("in")
              || Lexicon.lower(tokens.get(p.from() - 1)).equals("at"))) {
        return p.location();
      }
    }
    return null;
  }

  /**
   * "a meeting of the security cabinet", "a government meeting", "was meeting three members of the group": one side's
   * own body (lexicon: ownbody) right before the trigger, or within four words after it when "of" or a verb use opens.
   */
  private boolean ownBody(List<Token> tokens, int from, int after) {
    if (from > 0 && lexicon.at(tokens, from - 1, "ownbody") != null || sitting(tokens, from, after)) {
      return true;
    }
    boolean verb = "VERB".equals(tokens.get(from).tag());
    if (after >= tokens.size() || !verb && !Lexicon.lower(tokens.get(after)).equals("of")) {
      return false;
    }
    for (int k = after + (verb ? 0 : 1); k < Math.min(tokens.size(), after + 5); k++) {
      if (lexicon.at(tokens, k, "ownbody") != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the security cabinet is meeting in Tel Aviv": a side's own body as the subject of the meeting verb, a form of
   * "be" between (lexicon: talksframe be), and no one met after it (a place or a purpose follows, not "with" or an
   * object), the body the whole subject (not "envoys of A and of B's government"): the body sits alone.
   */
  private boolean sitting(List<Token> tokens, int from, int after) {
    if (from < 2 || !"VERB".equals(tokens.get(from).tag())) {
      return false;
    }
    Lexicon.Entry be = lexicon.at(tokens, from - 1, "talksframe");
    if (be == null || !be.value().equals("be") || lexicon.at(tokens, from - 2, "ownbody") == null) {
      return false;
    }
    for (int k = from - 3; k >= Math.max(0, from - 5); k--) { // "envoys of A and of B's government are meeting"
      if (Lexicon.lower(tokens.get(k)).matches("of|and|with|,")) {
        return false;
      }
    }
    if (after >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(after);
    String w = Lexicon.lower(next);
    return "PUNCT".equals(next.tag()) || "ADP".equals(next.tag()) && !w.equals("with") || w.equals("to");
  }

  /**
   * Whether a meeting is the scene of a strike or of deaths: a strike verb (lexicon: meetinghit) before it with
   * only determiners, modifiers and prepositions between ("targeted a meeting", "was aimed at a meeting", "a raid on a
   * meeting"); a "when" clause after it that tells an attack or a death ("was chairing a meeting when shells
   * hit the building"); or people meeting, told by the verb, among the dead ("who were meeting him ... were killed").
   */
  private boolean struck(AnnotatedSentence s, Lexicon.Match m) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = m.from() - 1; k >= Math.max(0, m.from() - 5); k--) {
      if (lexicon.at(tokens, k, "meetinghit") != null) {
        return true;
      }
      String tag = tokens.get(k).tag();
      if (!"DET".equals(tag) && !"ADJ".equals(tag) && !"ADP".equals(tag) && !"NUM".equals(tag)
          && !"ADV".equals(tag) && !"PRON".equals(tag)) {
        break; // "their first meeting", "a meeting": past these only
      }
    }
    // "who were meeting him": the noun's word as a verb (not "met": "met on Sunday after clashes killed 20")
    boolean verb = "VERB".equals(tokens.get(m.from()).tag()) && m.entry().category().equals("talks");
    if (m.entry().category().equals("talks") && hitWhile(tokens, m.from())) {
      return true; // "the strike hit while officers were meeting": the meeting is where the strike fell
    }
    boolean when = false;
    for (int k = m.to(); k < tokens.size(); k++) {
      when |= Lexicon.lower(tokens.get(k)).equals("when"); // not "as": "met in Moscow as fighting raged" is talks
      Lexicon.Entry death = lexicon.at(tokens, k, "casualty");
      boolean killed = death != null && death.value().equals("killed");
      if (when && (killed || lexicon.at(tokens, k, "attack") != null) || verb && killed) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "while" opens the clause of the meeting word at {@code at} (within ten words before it) and an
   * attack word (lexicon: attack) comes before that "while" ("the drone hit the house while envoys were meeting").
   */
  private boolean hitWhile(List<Token> tokens, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 10); k--) {
      if (tokens.get(k).text().matches("[,;:]")) {
        return false; // another clause
      }
      // "drones hit the base as officials were meeting there": "as" before a meeting in progress, as "while"
      if (Lexicon.lower(tokens.get(k)).equals("while")
          || Lexicon.lower(tokens.get(k)).equals("as") && TalksClauses.progressive(tokens, at)) {
        for (int j = 0; j < k; j++) {
          if (lexicon.at(tokens, j, "attack") != null) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * The length in days of talks told as "after N days of talks" (up to two modifiers between "of" and the talks
   * word: "two days of intensive talks"), and the days between their end and the day told ("a day after": 1; "after":
   * 0), or null when the talks word is not so told.
   */
  static int[] daysOfTalks(List<Token> tokens, int at) {
    int k = at - 1;
    while (k > at - 3 && k >= 0 && "ADJ".equals(tokens.get(k).tag())) {
      k--;
    }
    if (k < 4 || !Lexicon.lower(tokens.get(k)).equals("of") || !Lexicon.lower(tokens.get(k - 1)).matches("days?")) {
      return null;
    }
    Integer n = count(Lexicon.lower(tokens.get(k - 2)));
    String before = Lexicon.lower(tokens.get(k - 3));
    if (n == null || n < 1 || n > 14 || !before.equals("after") && !before.equals("following")) {
      return null;
    }
    Integer lapse = 0;
    if (k >= 6 && Lexicon.lower(tokens.get(k - 4)).matches("days?")) { // "a day after", "two days after"
      lapse = count(Lexicon.lower(tokens.get(k - 5)));
      if (lapse == null) {
        return null;
      }
    }
    return new int[] {n, lapse};
  }

  /** A count written in words up to twelve ("a", "two") or in digits; null otherwise. */
  private static Integer count(String w) {
    if (w.matches("\\d{1,2}")) {
      return Integer.valueOf(w);
    }
    return w.equals("the") ? null : Dating.COUNTS.get(w);
  }

  /**
   * Whether the talks ending before {@code after} are said to go on (lexicon: talkson: "are continuing", "remain under
   * way") within their sentence, past inserted clauses, before a full stop or semicolon.
   */
  private boolean goingOn(List<Token> tokens, int after) {
    for (int k = after; k < Math.min(tokens.size(), after + 20); k++) {
      if (Lexicon.lower(tokens.get(k)).equals(";")) {
        return false;
      }
      if (lexicon.at(tokens, k, "talkson") != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the day {@code ts} is a truce's end: "until" or an end word (lexicon: cfstatus ended, collapsed) within
   * three words before it, said of a truce word within six words before that. (Not a twin of TruceNouns.untilDate,
   * which reads forward from a pause's object to "until" and a day; this reads back from a day to a truce word.)
   */
  private boolean truceEnd(List<Token> tokens, TimeSpan ts) {
    for (int k = ts.from() - 1; k >= Math.max(0, ts.from() - 3); k--) {
      String w = Lexicon.lower(tokens.get(k));
      Lexicon.Entry e = lexicon.at(tokens, k, "cfstatus");
      if (w.equals("until") || w.equals("till")
          || e != null && (e.value().equals("ended") || e.value().equals("collapsed"))) {
        for (int j = k - 1; j >= Math.max(0, k - 6); j--) {
          if (lexicon.at(tokens, j, "ceasefire") != null) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * Why the talks ending before {@code after} are not held, by words after them in their clause (lexicon:
   * notheldafter: cancelled, planned, not_held), or null when nothing there says so.
   */
  private String notHeldAfter(List<Token> tokens, int after) {
    boolean setIn = TalksClauses.setIn(tokens, after); // "the meeting, proposed by", "talks mediated by X, ..."
    for (int k = after; k < Math.min(tokens.size(), after + TalksClauses.AFTER_REACH); k++) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals(",") && setIn && TalksClauses.inserted(tokens, after, k)) {
        continue; // "the meeting, proposed by the envoy,": a phrase set in, the talks' clause goes on
      }
      if (w.equals(",") || w.equals(";") || w.equals("but") || w.equals("after") || w.equals("while")) {
        return null; // "talks ended on Monday, and a new round set for June": another clause
      }
      Lexicon.Entry e = lexicon.at(tokens, k, "notheldafter");
      if (e != null) {
        return e.value();
      }
    }
    return null;
  }

  /**
   * Why the talks at {@code at} are not held, by one of the six words before it in its clause (lexicon: notheld's
   * value: hypothetical, wished, past, planned, not_held, ended, ahead), or null when nothing says so or a word nearer
   * the talks ties them to a deed done (value held: "timed to coincide with a meeting").
   */
  private String notHeld(List<Token> tokens, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 6); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals(",") || w.equals(";") || w.equals("after") || w.equals("following")) {
        return null; // "signed off on the plan after three days of talks": talks held, whatever the clause before
      }
      Lexicon.Entry e = lexicon.at(tokens, k, "notheld");
      if (e != null) {
        // "timed to coincide with a meeting": a word that ties a deed to the talks tells them held
        return e.value().equals("held") ? null : e.value();
      }
    }
    return null;
  }
}
