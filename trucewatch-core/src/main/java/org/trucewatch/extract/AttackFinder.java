package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.PlaceSpan;
import org.trucewatch.extract.Spans.TimeSpan;
import org.trucewatch.nlp.Token;

/**
 * Finds attacks in a sentence: a trigger word (shelling, missile, drone strike, fired, clashes, offensive, attack),
 * not under a modal, negation or purpose ("reserved the right to attack", "to target civilians"); its alleged
 * perpetrator (the subject of a verb trigger or of a light verb like "launched an attack", the demonym or possessive
 * before a noun trigger, "by X", or the person accused in "X accused Y of shelling"); its places (one event per place);
 * its date. Generic words ("fighting", "clashes", "battles", "offensive") make an event only with a place and a date
 * of their own. Stateless and thread-safe.
 */
final class AttackFinder {

  private static final Set<String> LIGHT_VERBS = Set.of("launch", "launched", "launching", "carry", "carried",
      "carrying", "conducting", "mounting", "staging", "conduct",
      "conducted", "mount", "mounted", "stage", "staged", "resume", "resumed", "continue", "continued", "begin",
      "began", "start", "started", "intensify", "intensified", "step", "stepped");
  private static final Set<String> AUX_PASSIVE = Set.of("was", "were", "been", "being", "be", "is", "are", "came",
      "come", "got");
  private static final Set<String> ASPECT_BEFORE_TO = Set.of("began", "begin", "started", "start", "continued",
      "continue", "resumed", "resume", "tried", "try", "attempted", "attempt", "sought", "seek");
  private static final Set<String> FROM_WORDS = Set.of("from");

  private final Lexicon lexicon;
  private final Dating dating;

  AttackFinder(Lexicon lexicon, Dating dating) {
    this.lexicon = lexicon;
    this.dating = dating;
  }

  /** A trigger that passed the filters, before its perpetrator is settled across its clause. */
  private record Mention(int t, Lexicon.Entry entry, Frame frame, int[] clause, ActorSpan perp, List<Location> places,
      boolean generic) {}

  List<Event> find(AnnotatedSentence s, List<Frame> frames, ArticleContext ctx, Sides sides) {
    List<Token> tokens = s.sentence().tokens();
    List<Mention> mentions = new ArrayList<>();
    for (Lexicon.Match m : lexicon.find(tokens, "attack")) {
      Lexicon.Entry e = m.entry();
      int t = m.from();
      if (!roleFits(tokens, t, e) || suppressed(tokens, t, frames)) {
        continue;
      }
      Frame frame = frameOf(frames, t);
      int[] clause = clause(frames, frame, tokens, t);
      // A weapon noun is an attack only with an action in its clause ("missiles had been fired"), and then the
      // action is the mention; the weapon only names the subtype.
      if (e.has("weapon") && (!hasAction(tokens, clause, t) || otherTrigger(tokens, clause, t))) {
        continue;
      }
      boolean generic = e.has("generic");
      if (generic && possessed(tokens, t)) {
        continue; // "Baku's military operation", "its offensive": a reference to a known event, not a report of one
      }
      ActorSpan perp = perpetrator(s, frame, clause, t, e);
      List<Location> places = places(s, clause, t, frame, perp, ctx);
      if (places.isEmpty() && (generic || e.has("weak") || pluralNoun(tokens.get(t), e))) {
        continue;
      }
      if (places.isEmpty() && perp == null && definite(tokens, t)) {
        linkToAntecedent(s, frame, ctx, sides);
        continue;
      }
      mentions.add(new Mention(t, e, frame, clause, perp, places, generic));
    }
    List<Event> out = new ArrayList<>();
    for (Mention m : mentions) {
      // Two triggers of one clause ("destroyed ... with a drone strike") tell one act: share the named attacker.
      ActorSpan perp = m.perp();
      for (Mention o : mentions) {
        if (perp == null && o.perp() != null && java.util.Arrays.equals(o.clause(), m.clause())) {
          perp = o.perp();
        }
      }
      out.addAll(events(s, m, perp, ctx, sides));
    }
    return dedupe(out);
  }

  private List<Event> events(AnnotatedSentence s, Mention m, ActorSpan perp, ArticleContext ctx, Sides sides) {
    Frame frame = m.frame();
    Dating.Dated when = dating.date(s, frame, m.clause(), m.t(), m.generic(), ctx);
    String subtype = subtype(s.sentence().tokens(), m.clause(), m.entry().value());
    String perpSide = perp != null ? perp.side() : territory(s, m.clause(), m.t(), sides);
    boolean inferred = false;
    String speakerSide = frame != null && frame.speaker() != null ? frame.speaker().side() : null;
    if (perpSide == null && speakerSide != null && sides.isBelligerent(speakerSide) && !frame.denies()) {
      perpSide = sides.opponentOf(speakerSide);
      inferred = perpSide != null;
    }
    List<Claim> claims = Claims.of(frame, perpSide, inferred, s, sides);
    Evidence ev = Dating.evidence(s);
    List<Location> where = m.places().isEmpty() ? java.util.Collections.singletonList(null) : m.places();
    List<Event> out = new ArrayList<>();
    for (Location place : where) {
      out.add(new Event(ctx.article, EventType.ATTACK, subtype, when.date(), when.dateEnd(), when.time(),
          when.basis(), place, sides.name(perpSide), perp != null ? perp.name() : null, inferred,
          place != null ? place.surface() : null, claims, null, List.of(), null, List.of(ev)));
    }
    return out;
  }

  /** "rockets were fired from the Gaza Strip": fire from a side's own territory is that side's. */
  private static String territory(AnnotatedSentence s, int[] clause, int t, Sides sides) {
    List<Token> tokens = s.sentence().tokens();
    for (Spans.PlaceSpan p : s.places()) {
      int k = p.from() - 1;
      if (k > 0 && Lexicon.lower(tokens.get(k)).equals("the")) {
        k--;
      }
      if (p.from() > t && p.to() <= clause[1] && k >= 0 && Lexicon.lower(tokens.get(k)).equals("from")) {
        String holder = sides.holderOf(p.location().surface());
        holder = holder != null ? holder : sides.holderOf(p.location().name());
        if (holder != null) {
          return holder;
        }
      }
    }
    return null;
  }

  /** A weapon noun is an attack only with an action in its clause: "missiles had been fired", not "sales of drones". */
  private boolean hasAction(List<Token> tokens, int[] clause, int t) {
    for (int k = clause[0]; k < clause[1]; k++) {
      if (k != t && lexicon.at(tokens, k, "action") != null) {
        return true;
      }
    }
    return false;
  }

  private boolean otherTrigger(List<Token> tokens, int[] clause, int t) {
    for (Lexicon.Match m : lexicon.find(tokens.subList(clause[0], clause[1]), "attack")) {
      if (m.from() + clause[0] != t && !m.entry().has("weapon")) {
        return true;
      }
    }
    return false;
  }

  // "attacks", "strikes": a plural noun speaks of attacks in general unless a place pins it down (its date may come
  // from the sentence or paragraph like any specific mention's).
  private static boolean pluralNoun(Token tok, Lexicon.Entry e) {
    String w = Lexicon.lower(tok);
    return e.words().length == 1 && tok.tag() != null && tok.tag().equals("NOUN") && w.endsWith("s")
        && !w.endsWith("ss") && !w.equals(e.words()[0]);
  }

  // "the shellfire", "this attack": a definite noun that names no place refers back to an attack already told.
  private static boolean definite(List<Token> tokens, int t) {
    for (int k = t - 1; k >= Math.max(0, t - 3); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("the") || w.equals("this") || w.equals("that")) {
        return true;
      }
      String tag = tokens.get(k).tag();
      if (tag == null || !(tag.equals("ADJ") || tag.equals("NOUN"))) {
        return false;
      }
    }
    return false;
  }

  /** The speaker of "the shelling had left nine dead" becomes a source of the attack told just before. */
  private static void linkToAntecedent(AnnotatedSentence s, Frame frame, ArticleContext ctx, Sides sides) {
    int here = s.sentence().index();
    int[] range = ctx.eventsIn(here - 2, here); // the events of the two sentences before, not all of them
    for (int i = range[1] - 1; i >= range[0]; i--) {
      Event e = ctx.events.get(i);
      int at = e.evidence().get(0).sentence();
      if (e.type() != EventType.ATTACK || at < here - 2 || at >= here) {
        continue;
      }
      List<Claim> claims = new ArrayList<>(e.claims());
      for (Claim c : Claims.of(frame, sides.code(e.perpetrator()), e.perpetratorInferred(), s, sides)) {
        if (claims.stream().noneMatch(x -> x.actor().equals(c.actor()))) {
          claims.add(c);
        }
      }
      List<Evidence> evidence = new ArrayList<>(e.evidence());
      evidence.add(Dating.evidence(s));
      ctx.events.set(i, new Event(e.article(), e.type(), e.subtype(), e.date(), e.dateEnd(), e.time(),
          e.dateBasis(), e.location(), e.perpetrator(), e.perpetratorActor(), e.perpetratorInferred(), e.target(),
          claims, e.casualties(), e.parties(), e.mediator(), evidence));
      return;
    }
  }

  // Two triggers in one clause ("launched an attack ... shelling") are one mention per place.
  private static List<Event> dedupe(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      boolean dup = out.stream().anyMatch(o -> java.util.Objects.equals(o.location(), e.location())
          && java.util.Objects.equals(o.date(), e.date()) && java.util.Objects.equals(o.perpetrator(), e.perpetrator()));
      if (!dup) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean roleFits(List<Token> tokens, int t, Lexicon.Entry e) {
    Token tok = tokens.get(t);
    String tag = tok.tag();
    if (e.words().length > 1 || tag == null) {
      return !(e.value().equals("attack") && Lexicon.lower(tok).equals("strike") && t > 0
          && Set.of("on", "general", "hunger").contains(Lexicon.lower(tokens.get(t - 1))));
    }
    if (e.has("verb") && !tag.equals("VERB")) {
      return false;
    }
    if (e.has("noun") && !(tag.equals("NOUN") || tag.equals("PROPN"))) {
      return false;
    }
    if (Lexicon.lower(tok).equals("strike") && t > 0
        && Set.of("on", "general", "hunger").contains(Lexicon.lower(tokens.get(t - 1)))) {
      return false;
    }
    return !tag.equals("ADJ") || Lexicon.lower(tok).equals("shelling");
  }

  /** A modal, negation, threat or purpose before the trigger in its clause. */
  private boolean suppressed(List<Token> tokens, int t, List<Frame> frames) {
    if (t > 0 && Lexicon.lower(tokens.get(t - 1)).equals("to")) {
      String before = t > 1 ? Lexicon.lower(tokens.get(t - 2)) : "";
      String beforeLemma = t > 1 ? Lexicon.lemma(tokens.get(t - 2)) : "";
      boolean nounAfterTo = tokens.get(t).tag() != null && tokens.get(t).tag().equals("NOUN");
      if (!nounAfterTo && !ASPECT_BEFORE_TO.contains(before) && !ASPECT_BEFORE_TO.contains(beforeLemma)
          && !usedAsMeans(tokens, t - 1)) {
        return true;
      }
    }
    int start = Math.max(0, t - 6);
    for (Frame f : frames) {
      if (f.contains(t) && f.from() > start) {
        start = f.from();
      }
    }
    for (int k = t - 1; k >= start; k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals(",") || w.equals(";") || w.equals("that") && k < t - 1) {
        break;
      }
      Lexicon.Entry mod = lexicon.at(tokens, k, "modal");
      if (mod != null && k + mod.words().length <= t && !mod.value().equals("reported")) {
        // "no" only negates right before its noun: "no direct involvement", not "no sooner"
        if (mod.words()[0].equals("no") && k < t - 2) {
          continue;
        }
        return true;
      }
    }
    return false;
  }

  // "used artillery and drones to strike X": the means of an attack that happened, not a purpose.
  private static boolean usedAsMeans(List<Token> tokens, int to) {
    for (int k = to - 1; k >= Math.max(0, to - 6); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("used") || w.equals("using") || w.equals("employed") || w.equals("deployed")) {
        return true;
      }
      if (w.equals(",") || w.equals(";") || w.equals("that")) {
        return false;
      }
    }
    return false;
  }

  static Frame frameOf(List<Frame> frames, int t) {
    Frame best = null;
    for (Frame f : frames) {
      if (f.contains(t) && (best == null || f.from() >= best.from())) {
        best = f;
      }
    }
    return best;
  }

  /** The token range of the trigger's clause: its frame's complement, or the sentence less other complements. */
  static int[] clause(List<Frame> frames, Frame frame, List<Token> tokens, int t) {
    if (frame != null) {
      return new int[] {frame.from(), frame.to()};
    }
    int from = 0;
    int to = tokens.size();
    for (Frame f : frames) {
      if (f.from() > t && f.from() < to) {
        to = Math.min(to, f.verb() > t ? f.verb() : f.from());
      }
      if (f.to() <= t && f.to() > from) {
        from = f.to();
      }
    }
    // A coordinated clause is another clause: "..., after talks in Moscow, but it took minutes ... new attacks"
    for (int k = t - 1; k > from; k--) {
      if (isBreak(tokens, k)) {
        from = k + 1;
        break;
      }
    }
    for (int k = t + 1; k < to; k++) {
      if (isBreak(tokens, k)) {
        to = k;
        break;
      }
    }
    return new int[] {from, to};
  }

  private static boolean isBreak(List<Token> tokens, int k) {
    String w = Lexicon.lower(tokens.get(k));
    return w.equals(";") || w.equals("while") || w.equals("whereas")
        || w.equals("but") && k > 0 && tokens.get(k - 1).text().equals(",");
  }

  private ActorSpan perpetrator(AnnotatedSentence s, Frame frame, int[] clause, int t, Lexicon.Entry e) {
    List<Token> tokens = s.sentence().tokens();
    if (frame != null && frame.accused() != null) {
      return frame.accused();
    }
    ActorSpan by = actorAfter(s, t + e.words().length, clause[1], "by");
    boolean noun = tokens.get(t).tag() == null ? !e.has("verb") && !endsInEd(tokens.get(t))
        : !tokens.get(t).tag().equals("VERB");
    boolean participle = !Lexicon.lower(tokens.get(t)).endsWith("ing");
    boolean passive = !noun && participle && t > 0 && (AUX_PASSIVE.contains(Lexicon.lower(tokens.get(t - 1)))
        || t > 1 && AUX_PASSIVE.contains(Lexicon.lower(tokens.get(t - 2))) && tokens.get(t - 1).tag() != null
        && tokens.get(t - 1).tag().equals("ADV"));
    if (by != null) {
      return by;
    }
    if (passive) {
      return null;
    }
    if (noun) {
      // "Armenian shelling", "Azerbaijan's drone strikes", "the Azerbaijani artillery fire"
      for (ActorSpan a : s.actors()) {
        if (a.to() <= t && t - a.to() <= 2 && (a.demonym() || a.possessive() || a.to() == t) && isArmed(a)
            && onlyModifiers(tokens, a.to(), t)) {
          return a;
        }
      }
      // "Azerbaijani forces launched an attack": the subject of a light verb
      for (int k = t - 1; k >= Math.max(clause[0], t - 5); k--) {
        if (LIGHT_VERBS.contains(Lexicon.lower(tokens.get(k)))) {
          return subject(s, clause, k);
        }
      }
      // "under fire from Azerbaijani positions"
      ActorSpan from = actorAfter(s, t + e.words().length, clause[1], "from");
      return from != null && isArmed(from) ? from : null;
    }
    ActorSpan subject = subject(s, clause, t);
    if (subject == null && frame != null && frame.speaker() != null && pronounSubject(tokens, clause, t)) {
      return frame.speaker(); // "Azerbaijan claimed that it had hit ...": the reported "it" is the speaker
    }
    return subject;
  }

  private static boolean onlyModifiers(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String tag = tokens.get(k).tag();
      String w = tokens.get(k).text();
      if (!(w.equals("'s") || w.equals("’s") || tag == null || tag.equals("DET") || tag.equals("ADJ")
          || tag.equals("ADV") || tag.equals("NOUN") || tag.equals("PROPN"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean pronounSubject(List<Token> tokens, int[] clause, int t) {
    for (int k = t - 1; k >= Math.max(clause[0], t - 4); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (Set.of("it", "they", "we").contains(w)) {
        return true;
      }
      String tag = tokens.get(k).tag();
      if (tag != null && !(tag.equals("AUX") || tag.equals("ADV") || tag.equals("PART") || tag.equals("VERB"))) {
        return false;
      }
    }
    return false;
  }

  private static boolean endsInEd(Token t) {
    return t.text().endsWith("ed");
  }

  /** The nearest armed or state actor before token {@code v} inside the clause. */
  private static ActorSpan subject(AnnotatedSentence s, int[] clause, int v) {
    ActorSpan best = null;
    for (ActorSpan a : s.actors()) {
      if (a.from() >= clause[0] && a.to() <= v && isArmed(a) && (!a.modifier() || headsSubject(s, a, v))
          && !objectOfPreposition(s, a) && (best == null || a.to() > best.to())) {
        best = a;
      }
    }
    if (best == null) {
      return null;
    }
    // A possessor inside the object NP ("hit Azerbaijan's positions") is not the subject.
    List<Token> tokens = s.sentence().tokens();
    // "the Houthis, who fired the barrage": a relative pronoun right after the name stands for it.
    boolean relative = v - best.to() <= 2 && best.to() < v && Lexicon.lower(tokens.get(v - 1)).matches("who|which")
        && (v - best.to() == 1 || tokens.get(best.to()).text().equals(","));
    for (int k = best.to(); k < v && !relative; k++) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("that") || w.equals("which") || w.equals("who") || w.equals(";")) {
        return null;
      }
    }
    return best;
  }

  /** "in southern Lebanon", "across the Gaza Strip": a name after a preposition is no subject. */
  private static boolean objectOfPreposition(AnnotatedSentence s, ActorSpan a) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = a.from() - 1; k >= 0 && k >= a.from() - 3; k--) {
      String tag = tokens.get(k).tag();
      if (tag == null) {
        return false;
      }
      if (tag.equals("ADP")) {
        return !Lexicon.lower(tokens.get(k)).equals("by"); // "by Azerbaijani forces" names the agent
      }
      if (!tag.equals("DET") && !tag.equals("ADJ")) {
        return false;
      }
    }
    return false;
  }

  /** "Israeli warplanes carried out", "Russian jets struck": a demonym on the noun right before the verb. */
  private static boolean headsSubject(AnnotatedSentence s, ActorSpan a, int v) {
    List<Token> tokens = s.sentence().tokens();
    if (!a.demonym() || v - a.to() < 1 || v - a.to() > 2) {
      return false;
    }
    for (int k = a.to(); k < v; k++) {
      String tag = tokens.get(k).tag();
      if (tag == null || !(tag.equals("NOUN") || tag.equals("PROPN"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isArmed(ActorSpan a) {
    return a.side() != null && a.role() != null && !a.role().equals("CIVILIAN") && !a.role().equals("MEDIA")
        && !a.role().equals("MONITOR") && !a.role().equals("MEDIATOR");
  }

  private static ActorSpan actorAfter(AnnotatedSentence s, int after, int limit, String prep) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = after; k < Math.min(limit, after + 6); k++) {
      if (Lexicon.lower(tokens.get(k)).equals(prep)) {
        for (ActorSpan a : s.actors()) {
          if (a.from() > k && a.from() <= k + 3) {
            return a;
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * Places in the clause that are where the attack happened: not part of a name, not an actor, not where fire came
   * "from"; when towns or districts are named, the country or region they lie in is dropped.
   */
  private List<Location> places(AnnotatedSentence s, int[] clause, int t, Frame frame, ActorSpan perp,
      ArticleContext ctx) {
    List<Token> tokens = s.sentence().tokens();
    List<Location> specific = new ArrayList<>();
    List<Location> broad = new ArrayList<>();
    for (PlaceSpan p : s.places()) {
      if (p.inName() || p.from() < clause[0] || p.to() > clause[1] || insideActor(s, p)
          || perp != null && p.from() >= perp.from() && p.to() <= perp.to()
          || namesAnActor(s, p) && !locative(tokens, p.from())) {
        continue;
      }
      if (topic(tokens, p.from())) {
        continue; // "fighting over Nagorno-Karabakh": what it is about, not where
      }
      if (frame != null && frame.speaker() != null && p.from() >= frame.speaker().from()
          && p.to() <= frame.speaker().to()) {
        continue;
      }
      if (p.from() > 0 && FROM_WORDS.contains(Lexicon.lower(tokens.get(p.from() - 1)))) {
        continue;
      }
      if (aboutTalks(tokens, p.from())) {
        continue;
      }
      boolean possessive = p.to() < tokens.size() && tokens.get(p.to()).text().matches("['’]s");
      if (containerOfPrevious(s, p)) {
        continue; // "the line of contact in Nagorno-Karabakh", "Goris in Armenia": the second names where the first is
      }
      String precision = p.location().precision();
      if (precision.equals("country") || precision.equals("region") || possessive) {
        broad.add(p.location());
      } else if (!specific.contains(p.location())) {
        specific.add(p.location());
      }
    }
    if (!specific.isEmpty()) {
      return specific;
    }
    // "on Armenian territory", "Azerbaijani soil": the country of the demonym
    for (ActorSpan a : s.actors()) {
      if (a.demonym() && a.to() < tokens.size() && a.from() >= clause[0] && a.to() <= clause[1]
          && Set.of("territory", "soil").contains(Lexicon.lower(tokens.get(a.to()))) && a.country() != null) {
        ctx.countries.apply(a.country()).ifPresent(broad::add);
      }
    }
    List<Location> out = new ArrayList<>();
    boolean region = broad.stream().anyMatch(l -> l.precision().equals("region"));
    for (Location l : broad) {
      if (!out.contains(l) && !(region && l.precision().equals("country"))) {
        out.add(l);
      }
    }
    return out;
  }

  // "talks in Moscow", "a meeting in Geneva": the place of a meeting, not of an attack.
  private boolean aboutTalks(List<Token> tokens, int place) {
    for (int k = place - 1; k >= Math.max(0, place - 3); k--) {
      if (lexicon.at(tokens, k, "talks") != null) {
        return true;
      }
    }
    return false;
  }

  /** A place named inside a longer actor ("Azerbaijan's Defense Ministry"); a bare country or region is a place. */
  private static boolean insideActor(AnnotatedSentence s, PlaceSpan p) {
    for (ActorSpan a : s.actors()) {
      if (p.from() >= a.from() && p.to() <= a.to() && a.to() - a.from() > p.to() - p.from()) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> LOCATIVE = Set.of("in", "near", "at", "on", "into", "towards", "toward",
      "outside", "around", "across", "inside", "from", "to", "against");
  // "of" makes a place only after a word for a place: "the city of Ganja", "the areas of Martuni" (not "part of").
  private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "region", "district", "province",
      "area", "areas", "outskirts", "suburbs", "capital", "territory", "regions", "districts", "villages", "towns",
      "settlements", "settlement", "centre", "center");

  /** A country, region or capital the actor dictionary also knows ("Baku said", "between Baku and Yerevan"). */
  private static boolean namesAnActor(AnnotatedSentence s, PlaceSpan p) {
    for (ActorSpan a : s.actors()) {
      if (a.from() == p.from() && a.to() == p.to()) {
        return true;
      }
    }
    return false;
  }

  // Such a name is a place when a locative preposition or an attack verb governs it ("in Armenia", "capture
  // Nagorno-Karabakh"), allowing a determiner and adjectives between.
  private boolean locative(List<Token> tokens, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 4); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (LOCATIVE.contains(w) || lexicon.at(tokens, k, "attack") != null
          || w.equals("of") && k > 0 && PLACE_NOUNS.contains(Lexicon.lower(tokens.get(k - 1)))) {
        return true;
      }
      String tag = tokens.get(k).tag();
      if (!(w.equals("the") || tag != null && (tag.equals("ADJ") || tag.equals("DET")))) {
        return false;
      }
    }
    return false;
  }

  private static boolean topic(List<Token> tokens, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 4); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("over") || w.equals("about") || w.equals("regarding")) {
        return true;
      }
      String tag = tokens.get(k).tag();
      if (!(w.equals("the") || tag != null && (tag.equals("ADJ") || tag.equals("DET") || tag.equals("PROPN")))) {
        return false;
      }
    }
    return false;
  }

  private static boolean containerOfPrevious(AnnotatedSentence s, PlaceSpan p) {
    List<Token> tokens = s.sentence().tokens();
    if (p.from() < 2 || !Lexicon.lower(tokens.get(p.from() - 1)).equals("in")) {
      return false;
    }
    for (PlaceSpan q : s.places()) {
      if (q != p && q.to() <= p.from() - 1 && q.to() >= p.from() - 3 && !q.inName()) {
        return true;
      }
    }
    return false;
  }

  private static boolean possessed(List<Token> tokens, int t) {
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

  private String subtype(List<Token> tokens, int[] clause, String value) {
    if (!value.equals("attack") && !value.equals("armed_clash")) {
      return value;
    }
    for (Lexicon.Match w : lexicon.find(tokens.subList(clause[0], clause[1]), "weapon")) {
      return w.value();
    }
    return value;
  }
}
