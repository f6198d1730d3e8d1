package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * Which attack a casualty figure told in a sentence of its own belongs to: "Shells hit Marinka on Sunday. Two
 * soldiers were killed and one was wounded." Reads the figure's sentence with the lexicon's categories {@code attack},
 * {@code casualty}, {@code ongoing} and {@code war}; {@link EventAssembler} then gives the figure to the attack told
 * just before. Stateless and thread-safe.
 */
final class TollLinks {

  private final Lexicon lexicon;

  TollLinks(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * "Rockets slammed into Kramatorsk on Tuesday. At least 16 people were killed and 63 wounded, regional authorities
   * said.": a sentence that tells a toll and nothing else (no attack, place or day of its own, no toll of a war or a
   * span) gives the toll of the attack told just before it. "Killed" is an attack word too ("a strike killed
   * seven"), but a toll's own verb tells no attack. A day the sentence names is no other incident's when it is one of
   * the attack's days {@code first} to {@code last} ({@code first} alone when null): "More than 30 were wounded, the
   * governor said on Sunday evening" (figs24).
   */
  boolean tellsOn(AnnotatedSentence s, java.time.LocalDate first, java.time.LocalDate last) {
    List<Token> tokens = s.sentence().tokens();
    return s.places().isEmpty() && !ofASpanOrWar(s)
        && s.times().stream().noneMatch(t -> t.date() != null && !within(t.date(), first, last))
        && !attackBesidesToll(tokens);
  }

  // a toll counted since a day or over a span, or of a war or an ongoing offensive: no single attack's
  private boolean ofASpanOrWar(AnnotatedSentence s) {
    List<Token> tokens = s.sentence().tokens();
    return s.times().stream().anyMatch(t -> t.since() || t.rangeStart() != null) || lexicon.any(tokens, "ongoing")
        || lexicon.any(tokens, "war");
  }

  /**
   * "Officials said three were killed in the shelling", "two died of wounds from Sunday's strike", "four
   * were wounded in Goris": a toll whose clause ({@code from} to {@code to}) points back to an attack told earlier in
   * the story, by a definite attack noun ({@code tollpoint} + {@code tollref}) or by the attack's place, gives the
   * attack its figure, however far back, when exactly one attack before fits the noun's kind, the day and the place
   * named, and none of that kind told since fails them. The index of that attack in {@code events}; -1 when none.
   */
  int pointedAttack(List<Event> events, AnnotatedSentence s, int from, int to, Casualties c) {
    if (ofASpanOrWar(s)) {
      return -1;
    }
    List<Token> tokens = s.sentence().tokens();
    String kind = null;
    for (Lexicon.Match m : lexicon.find(tokens, "tollref")) {
      if (m.from() >= from && m.to() <= to && pointed(tokens, m.from())) {
        kind = m.entry().value();
        break;
      }
    }
    Set<Location> places = new HashSet<>();
    for (Spans.PlaceSpan p : s.places()) {
      if (p.from() >= from && p.to() <= to) {
        places.add(p.location());
      }
    }
    if (kind == null && places.isEmpty() || places.size() > 1) {
      return -1;
    }
    java.time.LocalDate day = s.times().stream().filter(t -> t.from() >= from && t.to() <= to && t.date() != null)
        .map(Spans.TimeSpan::date).findFirst().orElse(null);
    int here = s.sentence().index();
    int found = -1;
    for (int i = events.size() - 1; i >= 0; i--) {
      Event e = events.get(i);
      if (e.type() != EventType.ATTACK) {
        continue;
      }
      int at = e.evidence().get(0).sentence();
      if (at >= here) {
        if (at == here) {
          return -1; // the sentence tells an attack of its own: its toll is that one's
        }
        continue;
      }
      boolean ofKind = kind == null || kind.equals("attack") || kind.equals(e.subtype());
      if (!ofKind) {
        continue;
      }
      boolean fits = (places.isEmpty() || places.contains(e.location()))
          && (day == null || within(day, e.date(), e.dateEnd()));
      if (!fits) {
        if (found < 0 && places.isEmpty()) {
          return -1; // another attack of the kind told since: the reference could be to either
        }
        continue;
      }
      if (found >= 0) {
        return -1; // two fit
      }
      found = i;
    }
    return found >= 0 && completes(events.get(found).casualties(), c) ? found : -1;
  }

  // a definite noun: "the", "that", "Friday's" within three words before it, with no comma or "a" between
  private boolean pointed(List<Token> tokens, int noun) {
    for (int j = noun - 1; j >= Math.max(0, noun - 3); j--) {
      String w = Lexicon.lower(tokens.get(j));
      if (lexicon.at(tokens, j, "tollpoint") != null || w.endsWith("'s")) {
        return true;
      }
      if (w.equals("a") || w.equals("an") || !Character.isLetterOrDigit(w.charAt(0))) {
        return false;
      }
    }
    return false;
  }

  private static boolean within(java.time.LocalDate day, java.time.LocalDate first, java.time.LocalDate last) {
    return first != null && !day.isBefore(first) && !day.isAfter(last != null ? last : first);
  }

  /** Whether an attack word stands in the sentence other than a casualty verb ("were killed"). */
  private boolean attackBesidesToll(List<Token> tokens) {
    for (Lexicon.Match m : lexicon.find(tokens, "attack")) {
      if (!tollVerb(tokens, m)) {
        return true;
      }
    }
    return false;
  }

  private boolean tollVerb(List<Token> tokens, Lexicon.Match m) {
    Lexicon.Entry c = lexicon.at(tokens, m.from(), "casualty");
    return c != null && m.to() - m.from() == 1 && c.value().equals("killed");
  }

  /**
   * "One soldier was killed in the shelling of Tegh on Sunday. Two others were wounded, the ministry said.": an
   * attack whose figure gives only the dead (or only the wounded) still takes the other half told next; a figure of
   * the same half is another count, not its toll.
   */
  static boolean completes(Casualties had, Casualties told) {
    return had == null || onlyOneHalf(had) && onlyOneHalf(told) && (had.killed() == null) != (told.killed() == null);
  }

  /**
   * Whether the clause from {@code from} tells a count that grew to the figure at {@code figure}: a
   * counting noun ({@code tollcount}) and then a verb of growth ({@code tollrise}) ending right before the figure.
   */
  boolean risenTo(AnnotatedSentence s, int from, int figure) {
    List<Token> tokens = s.sentence().tokens();
    if (ofASpanOrWar(s)) {
      return false;
    }
    int count = -1;
    for (Lexicon.Match m : lexicon.find(tokens, "tollcount")) {
      if (m.from() >= from && m.to() <= figure && count < 0) {
        count = m.from();
      }
    }
    for (Lexicon.Match m : lexicon.find(tokens, "tollrise")) {
      if (count >= 0 && m.from() > count && m.to() == figure) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the figure at {@code figure} of the clause {@code [lo, hi)} is a toll told free, one an attack may
   * own: no war or ongoing words in its clause, no since day, and no span unless a since stands between the figure
   * and it ("the deadliest since the fighting last April" ranks the day; "in the past month" counts a period).
   */
  boolean freeToll(AnnotatedSentence s, int lo, int hi, int figure) {
    List<Token> tokens = s.sentence().tokens();
    List<Token> clause = tokens.subList(Math.max(0, lo), actStart(tokens, figure, Math.min(tokens.size(), hi)));
    if (lexicon.any(clause, "ongoing") || lexicon.any(clause, "war")) {
      return false;
    }
    for (Spans.TimeSpan t : s.times()) {
      if (t.from() < lo || t.to() > hi) {
        continue;
      }
      if (t.since() || t.rangeStart() != null && !actsDays(t) && !sinceBetween(tokens, figure, t.from())) {
        return false;
      }
    }
    return true;
  }

  // "killed at the weekend", "on the night of 7 to 8 May": two days are an act's own, not a period the toll spans
  private static boolean actsDays(Spans.TimeSpan t) {
    return t.rangeEnd() != null && !t.rangeEnd().isAfter(t.rangeStart().plusDays(1));
  }

  // words opening a clause that tells the act a toll came of ("killed when troops stopped a raid"), not its span
  private static final Set<String> ACT_CLAUSE = Set.of("when", "while");

  /** Where the clause telling the act opens after the figure ({@code hi} when none does): the toll's words end there. */
  private static int actStart(List<Token> tokens, int figure, int hi) {
    for (int j = Math.max(0, figure + 1); j < hi; j++) {
      if (ACT_CLAUSE.contains(Lexicon.lower(tokens.get(j)))) {
        return j;
      }
    }
    return hi;
  }

  private static boolean sinceBetween(List<Token> tokens, int from, int to) {
    for (int j = Math.max(0, from); j < Math.min(to, tokens.size()); j++) {
      if (Lexicon.lower(tokens.get(j)).equals("since")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "raised the death toll to five", "put the number of injured at nine", "bringing the toll to 12": whether
   * the clause from {@code from} tells a count ({@code tollcount}) set by a verb of raising ({@code tollraise}) a few
   * words before it, with "to" or "at" just before the figure at {@code figure}.
   */
  boolean raisedTo(AnnotatedSentence s, int from, int figure) {
    List<Token> tokens = s.sentence().tokens();
    if (ofASpanOrWar(s) || !toOrAt(tokens, figure)) {
      return false;
    }
    for (Lexicon.Match raise : lexicon.find(tokens, "tollraise")) {
      if (raise.from() < from || raise.to() >= figure) {
        continue;
      }
      for (Lexicon.Match count : lexicon.find(tokens, "tollcount")) {
        if (count.from() >= raise.to() && count.from() <= raise.to() + RAISE_WORDS && count.to() <= figure) {
          return true;
        }
      }
    }
    return false;
  }

  /** The most words between the raising verb and the count: "raised [its] death toll", "put [the] number". */
  private static final int RAISE_WORDS = 3;

  // "to 29", "to at least 29", "at nine": the count's new value follows "to" or "at"
  private static boolean toOrAt(List<Token> tokens, int figure) {
    for (int j = figure - 1; j >= Math.max(0, figure - 3); j--) {
      String w = Lexicon.lower(tokens.get(j));
      if (w.equals("to") || w.equals("at") && !(j + 1 < figure && Lexicon.lower(tokens.get(j + 1)).equals("least"))) {
        return true;
      }
      if (!w.equals("least") && !w.equals("more") && !w.equals("than") && !w.equals("over") && !w.equals("about")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The figure {@code had} with the half that {@code told} updates replaced, when that half grew ("risen to five"
   * after two killed); the other half kept. {@code told} when {@code had} is null; null when nothing grew.
   */
  static Casualties risen(Casualties had, Casualties told) {
    if (had == null) {
      return told;
    }
    Integer killed = had.killed();
    Integer wounded = had.wounded();
    boolean grew = false;
    if (told.killed() != null && (killed == null || told.killed() > killed)) {
      killed = told.killed();
      grew = true;
    }
    if (told.wounded() != null && (wounded == null || told.wounded() > wounded)) {
      wounded = told.wounded();
      grew = true;
    }
    return grew ? Casualties.withFigures(had, killed, wounded) : null;
  }

  /** The attack's figure with the half {@code told} adds; {@code told} itself when the attack had none. */
  static Casualties joined(Casualties had, Casualties told) {
    if (had == null) {
      return told;
    }
    Casualties dead = had.killed() != null ? had : told;
    Casualties hurt = had.killed() != null ? told : had;
    return new Casualties(dead.killed(), hurt.wounded(), dead.victims(), dead.qualifier(), dead.civilianKilled(),
        dead.since());
  }

  private static int size(Casualties c) {
    return c.killed() != null ? c.killed() : c.wounded();
  }

  private static boolean onlyOneHalf(Casualties c) {
    return c.killed() == null ^ c.wounded() == null;
  }

  /**
   * "Three servicemen were killed: (names). Four servicemen were wounded." A report of only the dead and one of only
   * the wounded, told in the same or the next sentence on the same day in one voice (the second's speaker the
   * first's, or none), are one toll split over clauses: one report of both.
   */
  static List<Event> halvesJoined(List<Event> events) {
    List<Event> out = new ArrayList<>(events);
    for (int j = 0; j < out.size(); j++) {
      Event second = out.get(j);
      if (second == null || second.type() != EventType.CASUALTY_REPORT || !onlyOneHalf(second.casualties())) {
        continue;
      }
      int at = second.evidence().get(0).sentence();
      // the half of the nearest sentence before it, the largest there: "two more died, bringing the toll to twelve.
      // Seventeen were wounded" and "the toll reached 23: 19 civilians and four others. 45 were wounded" join the toll
      int best = -1;
      for (int i = j - 1; i >= 0; i--) {
        Event first = out.get(i);
        if (first == null || first.type() != EventType.CASUALTY_REPORT) {
          continue;
        }
        int before = first.evidence().get(0).sentence();
        if (before < at - 1 || best >= 0 && before < out.get(best).evidence().get(0).sentence()) {
          break;
        }
        if (before > at || !onlyOneHalf(first.casualties()) || !completes(first.casualties(), second.casualties())
            || !java.util.Objects.equals(first.date(), second.date()) || !oneVoice(first, second)) {
          continue;
        }
        if (best < 0 || size(first.casualties()) > size(out.get(best).casualties())) {
          best = i;
        }
      }
      if (best >= 0) {
        Event first = out.get(best);
        // one voice (oneVoice): the claims are the first's, or the second's where the first has none
        out.set(best, first.mergedWith(second).withSubtype("killed_and_wounded")
            .withCasualties(joined(first.casualties(), second.casualties())));
        out.set(j, null);
      }
    }
    out.removeIf(java.util.Objects::isNull);
    return out;
  }

  /**
   * cas26: "killing 17 and wounding 32, officials said ... the mayor later gave a figure of 17 dead and 32 injured": a
   * report whose dead and wounded are both those of a report told earlier in the story is that toll told again (a
   * summary, another speaker's echo), and joins it: one report per toll, not one per mention. Two tolls of one size
   * of other victims (civilians, fighters), periods or places are two (not days: a toll is often dated by its telling).
   */
  static List<Event> toldOnce(List<Event> events) {
    List<Event> out = new ArrayList<>(events);
    for (int j = 0; j < out.size(); j++) {
      Event again = out.get(j);
      if (again == null || again.type() != EventType.CASUALTY_REPORT) {
        continue;
      }
      for (int i = 0; i < j; i++) {
        Event first = out.get(i);
        if (first != null && first.type() == EventType.CASUALTY_REPORT && sameToll(first, again)) {
          out.set(i, first.mergedWith(again));
          out.set(j, null);
          break;
        }
      }
    }
    out.removeIf(Objects::isNull);
    return out;
  }

  private static boolean sameToll(Event first, Event again) {
    return Objects.equals(first.casualties().killed(), again.casualties().killed())
        && Objects.equals(first.casualties().wounded(), again.casualties().wounded())
        && orUnknown(victims(first), victims(again)) && orUnknown(first.casualties().since(), again.casualties().since())
        && orUnknown(first.location() == null ? null : first.location().name(),
            again.location() == null ? null : again.location().name());
  }

  // "people" is no kind: it may be either of the kinds another mention names
  private static String victims(Event e) {
    String v = e.casualties().victims();
    return "people".equals(v) ? null : v;
  }

  private static boolean orUnknown(Object a, Object b) {
    return a == null || b == null || a.equals(b);
  }

  // the second half says no one else said it, or the same speakers say it
  private static boolean oneVoice(Event first, Event second) {
    return second.claims().isEmpty() || first.claims().stream().map(Claim::actor).toList()
        .equals(second.claims().stream().map(Claim::actor).toList());
  }

  // a death toll this large is news of its own even when a later incident's attack carries it; the cut that scored
  // best on dev (2, 3, 4, 5 and 10 tried), not the one that scored best on test
  private static final int LARGE_TOLL = 5;

  /**
   * Whether a figure with a speaker that an attack took is also a report of its own: the story's first toll ("An air
   * strike on the market killed 12, the ministry said" in the lead) or a large death toll. The few dead of an incident
   * told after the story's first toll are that attack's figure and nobody's separate report: "Separately, shelling of
   * the village killed two civilians, police said"; so are the wounded an attack took after the first toll ("Three
   * others were hurt in the same strike, medics said"), unless they are the other half of the dead reported beside
   * them (EventAssembler keeps those only to join them).
   */
  static boolean reportedApart(Casualties c, List<Event> events, int here) {
    return c.killed() != null && c.killed() >= LARGE_TOLL || noTollBefore(events, here);
  }

  /** Whether the figure gives two or more wounded and no dead: one half of a toll whose dead may be told apart. */
  static boolean woundedOnly(Casualties c) {
    return c.killed() == null && c.wounded() != null && c.wounded() > 1;
  }

  /** Whether no event told before the sentence at {@code here} has a figure yet: a toll there is the story's first. */
  static boolean noTollBefore(List<Event> events, int here) {
    return events.stream().noneMatch(e -> e.casualties() != null && !e.casualties().isEmpty()
        && e.evidence().get(0).sentence() < here);
  }

  /**
   * "More than 13,000 people have been killed since the conflict erupted in 2014", "since fighting began in 2011": a
   * toll counted since a year that a clause after "since" names ("in 2014", no month) runs from
   * that year at the latest, so a toll over more than a year is the war's history, not the day's. The figure with
   * that year's last day as its start; as it was when it has a start or the sentence no such clause.
   */
  static Casualties sinceYear(Casualties c, List<Token> tokens) {
    if (c.since() != null) {
      return c;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!Lexicon.lower(tokens.get(i)).equals("since")) {
        continue;
      }
      for (int j = i + 1; j < Math.min(tokens.size(), i + 10); j++) {
        String w = Lexicon.lower(tokens.get(j));
        if (w.equals(".") || w.equals(";") || w.equals(",")) {
          break;
        }
        // "since 2014", "since the war began in 2014"; not "the deadliest since the 2006 war", a year of a noun
        if (YEAR.matcher(w).matches() && (j == i + 1 || Lexicon.lower(tokens.get(j - 1)).equals("in"))) {
          return new Casualties(c.killed(), c.wounded(), c.victims(), c.qualifier(), c.civilianKilled(),
              w + "-12-31");
        }
      }
    }
    return c;
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");
}
