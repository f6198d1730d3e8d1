package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.pattern.Rule;
import org.trucewatch.nlp.Token;

/**
 * The clause tests of {@link AttackFinder}: a trigger's own half of a clause that ", and" joins to another attack,
 * and whether a trigger in its clause tells one day's attack rather than attacks in general (a plural over a region),
 * a running or a war's toll, a mishap, an attack referred back to or possessed, or a relative clause on an attack
 * noun. Reads the sentence's tokens, tags, dates, actors and triggers; writes nothing. Thread-safe.
 */
final class AttackClauses {

  // words that join two clauses, each of which may tell an attack of its own
  private static final Set<String> JUNCTIONS = Set.of("and", "while", "whereas");
  // kinds a weapon names: two halves naming two of them tell two attacks

  // the tags of a clause's opening subject noun phrase
  private static final Set<String> SUBJECT_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV");

  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "on", "across", "against", "over", "of");

  private final Lexicon lexicon;

  private final TollClauses tolls;

  AttackClauses(Lexicon lexicon) {
    this.tolls = new TollClauses(lexicon);
    this.lexicon = lexicon;
  }

  /**
   * The trigger's own half of a clause that ", and" joins to another with an attack of its own and a verb on each side:
   * "a rocket barrage from Lebanon killed a soldier in Safed, and Israeli air strikes killed eleven in the south" tells
   * two attacks, each with its own attacker and place ("shelled the town, and two civilians were killed" stays one).
   */
  static int[] coordinated(AnnotatedSentence s, int[] clause, int t, List<AttackTriggers.Trigger> found,
      List<Rule.Match> matches) {
    List<Token> tokens = s.sentence().tokens();
    int from = clause[0];
    int to = Math.min(clause[1], tokens.size());
    for (int k = from + 1; k < to - 1; k++) {
      String w = Lexicon.lower(tokens.get(k));
      boolean commaAnd = w.equals("and") && tokens.get(k - 1).text().equals(",");
      if (!commaAnd && !JUNCTIONS.contains(w)) {
        continue;
      }
      int[] half = k < t ? new int[] {from, k - 1} : new int[] {k + 1, to};
      int[] own = k < t ? new int[] {k + 1, to} : new int[] {from, k - 1};
      if (k != t && (commaAnd && ownAttack(s, half, k < t, found, matches) || otherWeapon(s, half, own, k < t, found,
          matches)) && hasVerb(tokens, own) && hasVerb(tokens, half)) {
        if (k < t) {
          from = k + 1;
        } else {
          return new int[] {from, k - 1};
        }
      }
    }
    return new int[] {from, clause[1]};
  }

  /**
   * Whether the span tells an attack of its own: a trigger (not a word of war; a bare "killed" only with a weapon) after
   * an armed side named in the span ("Israeli air strikes", "a barrage from Lebanon killed"; a later clause names it
   * before its trigger: not "and gunfire was heard before the army said").
   */
  private static boolean ownAttack(AnnotatedSentence s, int[] span, boolean earlier, List<AttackTriggers.Trigger> found,
      List<Rule.Match> matches) {
    boolean weapon = matches.stream().anyMatch(m -> m.kind().equals(AttackPatterns.SUBTYPE) && m.from() >= span[0]
        && m.to() <= span[1]);
    for (AttackTriggers.Trigger o : found) {
      if (o.t() >= span[0] && o.t() < span[1] && !o.entry().has("generic") && (weapon || !o.entry().has("weak"))
          && s.actors().stream().anyMatch(a -> a.side() != null && a.from() >= span[0]
              && a.to() <= (earlier ? span[1] : o.t()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two halves joined by "and", "while" or "whereas" each tell an attack by a weapon of its own kind, the later
   * one by a weapon as its subject: "tanks shelled Rafah, and warplanes flattened a house in Khan Younis", "a mortar
   * killed two at a kibbutz while rockets hit Sderot" are two attacks ("shelled X and fired rockets at Y" stays one).
   */
  private static boolean otherWeapon(AnnotatedSentence s, int[] half, int[] own, boolean earlier,
      List<AttackTriggers.Trigger> found, List<Rule.Match> matches) {
    int[] later = earlier ? own : half;
    int[] first = earlier ? half : own;
    AttackSubtype a = weaponKind(s, first, false, found, matches);
    AttackSubtype b = weaponKind(s, later, true, found, matches);
    return a != null && b != null && a != b;
  }

  /**
   * The weapon kind a span's attack names: its first weapon pattern's kind, else its first trigger's own kind; with
   * {@code subject}, only a weapon or trigger before the span's first verb counts (the half's own subject). Else null.
   */
  private static AttackSubtype weaponKind(AnnotatedSentence s, int[] span, boolean subject,
      List<AttackTriggers.Trigger> found, List<Rule.Match> matches) {
    List<Token> tokens = s.sentence().tokens();
    int end = Math.min(span[1], tokens.size());
    if (subject) {
      // the half's opening noun phrase ("warplanes", "Israeli air strikes"), up to its verb: its subject
      int k = Math.max(0, span[0]);
      while (k < end && SUBJECT_TAGS.contains(tokens.get(k).tag())) {
        k++;
      }
      // the verb itself may be the trigger, and the tagger may read the subject as a verb ("drones struck")
      end = k >= end || !"VERB".equals(tokens.get(k).tag()) ? k
          : k + 1 < end && "VERB".equals(tokens.get(k + 1).tag()) ? k + 2 : k + 1;
    }
    boolean trigger = false;
    for (AttackTriggers.Trigger o : found) {
      trigger |= o.t() >= span[0] && o.t() < end && !o.entry().has("generic");
    }
    if (!trigger) {
      return null;
    }
    for (Rule.Match m : matches) {
      if (m.kind().equals(AttackPatterns.SUBTYPE) && m.from() >= span[0] && m.from() < end) {
        AttackSubtype k = AttackSubtype.of(m.rule().action().value());
        return k != null && k.namesWeapon() ? k : null;
      }
    }
    for (AttackTriggers.Trigger o : found) {
      if (o.t() >= span[0] && o.t() < end && !o.entry().has("generic")) {
        AttackSubtype k = AttackSubtype.of(o.entry().value());
        return k != null && k.namesWeapon() ? k : null;
      }
    }
    return null;
  }

  private static boolean hasVerb(List<Token> tokens, int[] span) {
    for (int k = Math.max(0, span[0]); k < Math.min(span[1], tokens.size()); k++) {
      if ("VERB".equals(tokens.get(k).tag())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the trigger's head noun is plural: "attacks", "drone strikes", "air raids" (not "shelling"). A one-word
   * plural speaks of attacks in general unless a place pins it down (its date may come from the sentence or paragraph
   * like any specific mention's).
   */
  static boolean pluralHead(List<Token> tokens, int t, Lexicon.Entry e) {
    int h = t + e.words().length - 1;
    if (h >= tokens.size()) {
      return false;
    }
    Token tok = tokens.get(h);
    String w = Lexicon.lower(tok);
    return "NOUN".equals(tok.tag()) && w.endsWith("s") && !w.endsWith("ss")
        && !w.equals(e.words()[e.words().length - 1]);
  }

  /**
   * Whether a verb trigger is the verb of a relative clause on an attack noun: "strikes, which it says target
   * militants", "the raids that hit the camp" (the antecedent is the attack; the clause says more of it).
   */
  static boolean relativeOfAttack(List<Token> tokens, int t, List<AttackTriggers.Trigger> found) {
    if (!"VERB".equals(tokens.get(t).tag())) {
      return false;
    }
    for (int k = t - 1; k >= Math.max(1, t - 6); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("which") || w.equals("that")) {
        int a = tokens.get(k - 1).text().equals(",") ? k - 2 : k - 1;
        // "air raids on Yemen, which": past the place the attack noun names, to the noun
        int b = a;
        while (b > 0 && b > a - 4
            && ("PROPN".equals(tokens.get(b).tag()) || Lexicon.lower(tokens.get(b)).equals("the"))) {
          b--;
        }
        if (b < a && PLACE_PREPOSITIONS.contains(Lexicon.lower(tokens.get(b)))) {
          a = b - 1;
        }
        for (AttackTriggers.Trigger o : found) {
          if (o.t() != t && a >= o.t() && a < o.t() + o.entry().words().length
              && "NOUN".equals(tokens.get(a).tag())) {
            return true;
          }
        }
        return false;
      }
      if (w.equals(".") || w.equals(";")) {
        return false;
      }
    }
    return false;
  }

  private static boolean thatBetween(List<Token> tokens, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
      if (Lexicon.lower(tokens.get(k)).equals("that")) {
        return true;
      }
    }
    return false;
  }

  /** Whether every place is a region or country (no town, district or site). */
  static boolean regionsOnly(List<Location> where) {
    return !where.isEmpty() && where.stream().allMatch(l -> l.precision().equals("region")
        || l.precision().equals("country"));
  }

  /** Whether the clause has a time of its own ("on Monday", "overnight") or a figure ("killed 12"). */
  static boolean dayOrFigure(AnnotatedSentence s, int[] clause, Frame frame, int t) {
    boolean said = frame != null && frame.contains(t);
    for (Spans.TimeSpan ts : s.times()) {
      if (said && (!frame.contains(ts.from()) || thatBetween(s.sentence().tokens(), ts.to(), t))) {
        continue; // "officials warned on Friday that ...": the day it was said
      }
      if (ts.from() >= clause[0] && ts.to() <= clause[1] && ts.resolved() && !ts.since()) {
        return true;
      }
    }
    List<Token> tokens = s.sentence().tokens();
    for (int k = Math.max(0, clause[0]); k < Math.min(tokens.size(), clause[1]); k++) {
      if (tokens.get(k).isNumber() || "NUM".equals(tokens.get(k).tag())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause counts from a "since" with no day of its own: a running toll, not a day's attack. With a named
   * attacker ("Israeli strikes have killed 40 since Monday") only a count over days is one: "fired 70 times since
   * midnight" still tells the day's fire.
   */
  static boolean sinceToll(AnnotatedSentence s, int[] clause, boolean weak) {
    boolean since = false;
    for (Spans.TimeSpan ts : s.times()) {
      if (ts.from() < clause[0] || ts.to() > clause[1]) {
        continue;
      }
      if (ts.since()) {
        since |= weak || ts.rangeStart() != null && ts.rangeEnd() != null && ts.rangeStart().isBefore(ts.rangeEnd());
      } else if (ts.date() != null) {
        return false;
      }
    }
    return since;
  }

  /**
   * Whether the clause counts from the start of a war ("since the war began in 2015", "since the conflict erupted")
   * and has no day of its own before that phrase: a running toll of the war, not a day's attack.
   */
  boolean warSince(AnnotatedSentence s, int[] clause) {
    return warSince(s, clause, false);
  }

  /**
   * The same; with {@code weak} (a toll verb with no attacker named) any since with a clause of its own counts too:
   * "20 soldiers killed and 72 wounded since fighting flared" is a running total, no attack.
   */
  boolean warSince(AnnotatedSentence s, int[] clause, boolean weak) {
    List<Token> tokens = s.sentence().tokens();
    int since = -1;
    for (int k = Math.max(0, clause[0]); k < Math.min(tokens.size(), clause[1]) - 1 && since < 0; k++) {
      if (Lexicon.lower(tokens.get(k)).equals("since") && (lexicon.at(tokens, k + 1, "warstart") != null
          || weak && tolls.sinceClause(tokens, k, k + 2))) {
        since = k;
      }
    }
    if (since < 0) {
      return false;
    }
    for (Spans.TimeSpan ts : s.times()) {
      if (ts.from() >= clause[0] && ts.from() < since && ts.date() != null && !ts.since()) {
        return false; // "killed 40 on Tuesday, the deadliest day since the war began": a day's attack
      }
    }
    return true;
  }

  // the words that may stand between "since" and the attack it dates from: its article, modifiers, attacker
  // (with "in", "of" and "and": "since a bombing in the valley in May and the strikes that followed")
  private static final Set<String> ANCHOR_GAP_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADP",
      "CCONJ");

  /**
   * Whether the attack word at {@code t} is what a "since" counts from (lexicon: backtold anchor): "firing has grown
   * since a suicide bombing in the valley", "tension since the army struck three posts", "killed since fighting
   * erupted": an earlier act as a point in time, no attack reported here. Only noun phrases may stand between (no
   * other verb or clause mark), and no time right after "since" ("since Monday, troops shelled" and "since midnight
   * forces have fired" tell the day's fire).
   */
  boolean anchor(AnnotatedSentence s, int t) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = t - 1; k >= Math.max(0, t - 12); k--) {
      Lexicon.Entry e = lexicon.at(tokens, k, "backtold");
      if (e != null && e.value().equals("anchor")) {
        return !timeAt(s, k + 1);
      }
      String tag = tokens.get(k).tag();
      if (tag == null || !ANCHOR_GAP_TAGS.contains(tag)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The words of the "since" phrase that the attack word at {@code t} anchors, from "since" to the end of the noun
   * phrase after the word ("since the suicide bombing in the valley"), or null where {@link #anchor} does not hold:
   * a place named there is the earlier act's, not the one the sentence reports.
   */
  int[] anchorSpan(AnnotatedSentence s, int t, int words) {
    if (!anchor(s, t)) {
      return null;
    }
    List<Token> tokens = s.sentence().tokens();
    int since = t - 1;
    while (since >= 0 && !"anchor".equals(valueAt(tokens, since))) {
      since--;
    }
    int end = Math.min(tokens.size(), t + Math.max(1, words));
    while (end < tokens.size() && tokens.get(end).tag() != null && ANCHOR_GAP_TAGS.contains(tokens.get(end).tag())
        && !"CCONJ".equals(tokens.get(end).tag())) {
      end++;
    }
    return new int[] {Math.max(0, since), end};
  }

  // the backtold reading at token k ("anchor" for "since"), or null
  private String valueAt(List<Token> tokens, int k) {
    Lexicon.Entry e = lexicon.at(tokens, k, "backtold");
    return e == null ? null : e.value();
  }

  /** Whether a time the sentence names covers token {@code k} ("since Monday", "since 6 May"). */
  private static boolean timeAt(AnnotatedSentence s, int k) {
    for (Spans.TimeSpan ts : s.times()) {
      if (ts.from() <= k && k < ts.to()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence opens as a reminder of earlier acts (lexicon: backtold recall, or a heading such as
   * "Background:" with its colon), past a list mark: "We recall that on 2 May the enemy fired ...". Its acts are
   * retold, not reported.
   */
  boolean recalled(List<Token> tokens) {
    int k = 0;
    while (k < tokens.size() && k < 2 && tokens.get(k).text().matches("[-\u2013\u2014\u2022*]")) {
      k++;
    }
    Lexicon.Entry e = lexicon.at(tokens, k, "backtold");
    if (e == null) {
      return false;
    }
    int after = k + e.words().length;
    return e.value().equals("recall")
        || e.value().equals("heading") && after < tokens.size() && tokens.get(after).text().equals(":");
  }

  /** Whether the trigger at {@code t} dates a count from the since clause it stands in (TollClauses). */
  boolean startOfCount(AnnotatedSentence s, int[] clause, int t) {
    return tolls.startOfCount(s.sentence().tokens(), clause[0], t);
  }

  /** An accident or disaster told in the clause ("the roof collapsed", "a bus crash"). */
  private static final Set<String> FLED_GAP_TAGS = Set.of("DET", "ADJ", "PRON", "PART");
  private static final Set<String> FLED_GAP_WORDS = Set.of("during", "from", "amid", "by", "the", "'s");
  private static final Set<String> CAUSED_GAP_TAGS = Set.of("AUX", "ADV");

  /**
   * Whether the attack word at {@code t} is what people fled or what drove them out (lexicon: flight): "many of whom
   * fled during the shelling", "fleeing the fighting", "displaced by the bombardment", "the fighting has displaced
   * 10,000": a reference to violence told as the cause of flight, no act reported here.
   */
  boolean fled(List<Token> tokens, int t) {
    for (int k = t - 1; k >= Math.max(0, t - 5); k--) {
      Lexicon.Entry flight = lexicon.at(tokens, k, "flight");
      if (flight != null && k + flight.words().length <= t) {
        return !flight.value().equals("by") && !namedPeople(tokens, k);
      }
      String w = Lexicon.lower(tokens.get(k));
      String tag = tokens.get(k).tag();
      if (w.equals("a") || w.equals("an")
          || !(FLED_GAP_WORDS.contains(w) || tag != null && FLED_GAP_TAGS.contains(tag))) {
        break; // "fled an attack on the village on Monday" may tell the attack itself
      }
    }
    for (int k = t + 1; k < Math.min(tokens.size(), t + 4); k++) {
      Lexicon.Entry flight = lexicon.at(tokens, k, "flight");
      if (flight != null) {
        return !flight.value().equals("from");
      }
      String tag = tokens.get(k).tag();
      if (tag == null || !CAUSED_GAP_TAGS.contains(tag)) {
        return false;
      }
    }
    return false;
  }

  /** Whether the flight word at {@code k} names people, not their leaving: "the displaced", "those fleeing". */
  static boolean namedPeople(List<Token> tokens, int k) {
    String before = k > 0 ? Lexicon.lower(tokens.get(k - 1)) : "";
    return before.equals("the") || before.equals("those") || k > 0 && "DET".equals(tokens.get(k - 1).tag());
  }

  boolean mishap(List<Token> tokens, int[] clause) {
    for (int k = Math.max(0, clause[0]); k < Math.min(tokens.size(), clause[1]); k++) {
      Lexicon.Entry e = lexicon.at(tokens, k, "mishap");
      if (e != null && !e.value().equals("deaths")) { // "the outbreak of fighting" is still fighting
        return true;
      }
    }
    return false;
  }

  // the determiners that make a noun point back: "the shellfire", "this attack", "that strike"
  private static final Set<String> POINTING = Set.of("the", "this", "that");

  // "the shellfire", "this attack": a definite noun that names no place refers back to an attack already told.
  static boolean definite(List<Token> tokens, int t) {
    return determinedBy(tokens, t, 0, POINTING);
  }

  /**
   * Whether one of {@code words} stands before the noun at {@code t}, at most three words back and not before
   * {@code from}, with only adjectives and nouns between ("the border town", "this latest attack").
   */
  static boolean determinedBy(List<Token> tokens, int t, int from, Set<String> words) {
    for (int k = t - 1; k >= Math.max(from, t - 3); k--) {
      if (words.contains(Lexicon.lower(tokens.get(k)))) {
        return true;
      }
      String tag = tokens.get(k).tag();
      if (tag == null || !(tag.equals("ADJ") || tag.equals("NOUN"))) {
        return false;
      }
    }
    return false;
  }

  static boolean possessed(List<Token> tokens, int t) {
    for (int k = t - 1; k >= Math.max(0, t - 3); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("'s") || w.equals("its") || w.equals("their") || w.equals("his") || w.equals("her")) {
        return true;
      }
      String tag = tokens.get(k).tag();
      if (tag == null || !tag.equals("ADJ")) {
        return false;
      }
    }
    return false;
  }
}
