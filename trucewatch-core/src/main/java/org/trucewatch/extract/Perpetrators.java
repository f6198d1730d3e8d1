package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * Role filling for an attack trigger: reads the sentence's tokens, actor and place spans, the trigger's frame and
 * clause, and the side register; writes nothing, answers the alleged perpetrator. In order: the person accused in
 * "X accused Y of shelling"; "by X"; for a noun trigger the demonym or possessive before it ("Armenian shelling"),
 * the subject of a light verb ("launched an attack") or "under fire from X"; for an active verb its subject (or the
 * speaker for a reported "it"). With none named, fire "from" a side's own territory is that side's. Stateless.
 */
final class Perpetrators {

  /** What {@code w.matches("who|which")} said, without compiling that expression at every call. */
  private static boolean isWhoOrWhich(String w) {
    return w.equals("who") || w.equals("which");
  }

  private static final Set<String> LIGHT_VERBS = Set.of("launch", "launched", "launching", "carry", "carried",
      "carrying", "conducting", "mounting", "staging", "conduct",
      "conducted", "mount", "mounted", "stage", "staged", "resume", "resumed", "continue", "continued", "begin",
      "began", "start", "started", "intensify", "intensified", "step", "stepped",
      // "Israeli troops answered with artillery fire", "the army responded with air strikes"
      "answer", "answered", "respond", "responded", "retaliate", "retaliated",
      // "opened heavy machine-gun fire on", "poured shells into", "unleashed a barrage on"
      "open", "opened", "opening", "opens", "pour", "poured", "pouring", "unleash", "unleashed", "unleashing",
      // "Indian troops resorted to unprovoked firing": the press releases' verb whose "to" takes the act as object
      "resort", "resorted", "resorting", "resorts");
  // a preposition between a light verb and the attack noun makes the noun another object's ("opened an investigation
  // into the shelling"); "a series of strikes", "stepped up", "answered with" keep it the verb's own
  private static final Set<String> LIGHT_OBJECT_PARTICLES = Set.of("of", "up", "out", "down", "with");
  private static final Set<String> AUX_PASSIVE = Set.of("was", "were", "been", "being", "be", "is", "are", "came",
      "come", "got");

  private static final Set<String> HOLDING = Set.of("used", "owned", "carried", "held", "controlled", "occupied",
      "manned", "worn", "supplied", "provided", "sold", "issued", "run");

  private static final Set<String> INDEFINITE = Set.of("a", "an");
  // the auxiliaries of a perfect, which stand between a subject and its verb ("Saudi jets had bombed")
  private static final Set<String> PERFECT = Set.of("had", "has", "have");

  private static final Set<String> NOMINAL_AFTER = Set.of("in", "during", "amid", "after", "before", "by", "of");

  // the lexicon's words that steer role filling (category armedbody: "units", "fighters" of a side); load() gives the
  // extractor's own shared instance, not a second copy
  private static final Lexicon WORDS = Lexicon.load();

  private Perpetrators() {}

  /** The perpetrator a pattern captured: the actor inside the capture, or null. */
  static ActorSpan captured(AnnotatedSentence s, int[] span) {
    if (span == null) {
      return null;
    }
    for (ActorSpan a : s.actors()) {
      if (a.from() >= span[0] && a.to() <= span[1]) {
        return a;
      }
    }
    return null;
  }

  /** The alleged perpetrator of the trigger at {@code t} (of {@code length} tokens), or null. */
  static ActorSpan of(AnnotatedSentence s, Frame frame, int[] clause, int t, int length, boolean verbEntry) {
    List<Token> tokens = s.sentence().tokens();
    if (frame != null && frame.accused() != null) {
      return frame.accused();
    }
    ActorSpan by = actorAfter(s, t + length, clause[1], "by");
    boolean noun = tokens.get(t).tag() == null ? !verbEntry && !tokens.get(t).text().endsWith("ed")
        : !tokens.get(t).tag().equals("VERB");
    // "killed in fighting with rebels", "during shelling": a gerund after a preposition names the act, not a verb
    // whose subject acted
    noun |= t > 0 && Lexicon.lower(tokens.get(t)).endsWith("ing")
        && NOMINAL_AFTER.contains(Lexicon.lower(tokens.get(t - 1)));
    for (ActorSpan a : s.actors()) {
      // "Huthi shelling hit", "a Houthi drone attack": a side's adjective right before the trigger makes it a noun,
      // whatever the tagger read
      // (not a harming participle in a headline's reduced passive: "Egyptian killed in X" names who was hit)
      noun |= a.to() == t && a.demonym() && a.modifier() && !reducedPassive(tokens, t + length);
      // "in an RSF drone/VERB strike": a name after "a" or "an" qualifies the word after it, a noun
      noun |= a.to() == t && a.from() > 0 && INDEFINITE.contains(Lexicon.lower(tokens.get(a.from() - 1)));
    }
    // "an RSF drone had struck": a verb's entry right after a perfect's auxiliary is the verb, whatever the tagger read
    noun &= !(verbEntry && t > 0 && PERFECT.contains(Lexicon.lower(tokens.get(t - 1))));
    boolean participle = !Lexicon.lower(tokens.get(t)).endsWith("ing");
    boolean passive = !noun && participle && t > 0 && (AUX_PASSIVE.contains(Lexicon.lower(tokens.get(t - 1)))
        || t > 1 && AUX_PASSIVE.contains(Lexicon.lower(tokens.get(t - 2))) && tokens.get(t - 1).tag() != null
        && tokens.get(t - 1).tag().equals("ADV"));
    // "two soldiers killed in an ambush near X": a harming participle with no object is a passive whose subject was hit
    passive |= !noun && reducedPassive(tokens, t + length);
    if (by != null) {
      return by;
    }
    if (passive) {
      return ownAgent(s, frame, t + 1, clause[1]); // (a trigger's words may hold the agent)
    }
    if (noun) {
      ActorSpan behind = behind(s, t);
      if (behind != null) {
        return behind;
      }
      // "Armenian shelling", "Azerbaijan's drone strikes", "the Azerbaijani artillery fire"
      for (ActorSpan a : s.actors()) {
        // an adjective's next word is a noun it qualifies, whatever the tagger read ("Houthi drone/VERB attack")
        // ("an RSF drone strike": a name before an armed body's word before the trigger, whatever the tagger read)
        // ("a Hezbollah rocket attack": a name after "a" or "an" qualifies the nouns after it as an adjective does)
        boolean bodyBetween = t - a.to() == 1 && WORDS.at(tokens, a.to(), "armedbody") != null;
        boolean qualifies = a.from() > 0 && INDEFINITE.contains(Lexicon.lower(tokens.get(a.from() - 1)));
        if (a.to() <= t && t - a.to() <= 2 && (a.demonym() || a.possessive() || a.to() == t || bodyBetween || qualifies)
            && isArmed(a)
            && (onlyModifiers(tokens, a.to(), t) || bodyBetween || a.modifier() && t - a.to() == 1)) {
          return a;
        }
      }
      // "the group claimed a rocket attack on", "its armed wing claimed responsibility for the barrage": who claims
      // an attack as its own made it
      if (frame != null && frame.speaker() != null && isArmed(frame.speaker()) && claimsAsOwn(tokens, frame, t)) {
        return frame.speaker();
      }
      // "Azerbaijani forces launched an attack": the subject of a light verb
      // ("answered with a wave of night-time raids on": past five words only a measure of the act, "a barrage of")
      for (int k = t - 1; k >= Math.max(clause[0], t - LIGHT_REACH); k--) {
        if (LIGHT_VERBS.contains(Lexicon.lower(tokens.get(k)))) {
          if (lightObject(s, k, t) && (t - k <= 5 || measureOfAct(tokens, k + 1, t))) {
            return subject(s, clause, k);
          }
          break;
        }
      }
      // "the army said its forces had entered the city", "Hamas said its rocket units fired": the speaker's own
      if (frame != null && frame.speaker() != null && ownedBySpeaker(tokens, clause, t)) {
        return frame.speaker();
      }
      // "under fire from Azerbaijani positions"
      ActorSpan from = actorAfter(s, t + length, clause[1], "from");
      if (from != null && isArmed(from)) {
        return from;
      }
      // "soldiers were killed in fighting with pro-Russian rebels": the side they fought
      ActorSpan with = actorAfter(s, t + length, clause[1], "with");
      return with != null && isArmed(with) ? with : ownAgent(s, frame, t + 1, clause[1]);
    }
    ActorSpan subject = subject(s, clause, t);
    if (subject == null && frame != null && frame.speaker() != null && pronounSubject(tokens, clause, t)
        && !reducedRelative(tokens, clause[0], t)) {
      return frame.speaker(); // "Azerbaijan claimed that it had hit ...": the reported "it" is the speaker
    }
    return subject;
  }

  private static final Set<String> AGENT_WORDS = Set.of("by", "of");
  // what follows a harming participle that takes no object: where, when or how it befell its subject
  private static final Set<String> REDUCED_NEXT = Set.of("in", "near", "at", "during", "when", "as", "while", "after",
      "overnight");
  private static final Set<String> COUNT_OPENERS = Set.of("least", "most", "many", "much", "few");

  /**
   * Whether the trigger ending before {@code end} is a harming participle (the lexicon's {@code harmedpart}: "killed",
   * "wounded", "shot") right before a word of place or time ("killed in", "shot dead near"): a headline's passive
   * with no auxiliary, whose subject is who was hit, not who acted.
   */
  private static boolean reducedPassive(List<Token> tokens, int end) {
    if (end < 1 || end >= tokens.size() || WORDS.at(tokens, end - 1, "harmedpart") == null) {
      return false;
    }
    int k = end;
    if (Lexicon.lower(tokens.get(k)).equals("dead") && k + 1 < tokens.size()) {
      k++; // "shot dead near Shushi"
    }
    // "killed at least 7", "killed as many as 20": a count of victims follows, so the verb has its object
    return REDUCED_NEXT.contains(Lexicon.lower(tokens.get(k)))
        && (k + 1 >= tokens.size() || !COUNT_OPENERS.contains(Lexicon.lower(tokens.get(k + 1))));
  }

  /**
   * "was taken under the control of our units", "had been captured by its troops": a passive whose agent is the
   * speaker's own armed body (a possessive pronoun before it) names the speaker; null where none is or no side speaks.
   */
  private static ActorSpan ownAgent(AnnotatedSentence s, Frame frame, int from, int limit) {
    if (frame == null || frame.speaker() == null || !isArmed(frame.speaker())) {
      return null;
    }
    List<Token> tokens = s.sentence().tokens();
    for (int k = from; k + 2 < Math.min(limit, from + 10); k++) {
      if (AGENT_WORDS.contains(Lexicon.lower(tokens.get(k))) && OWNING.contains(Lexicon.lower(tokens.get(k + 1)))) {
        for (int j = k + 2; j < Math.min(limit, k + 4); j++) {
          if (WORDS.at(tokens, j, "armedbody") != null) {
            return frame.speaker();
          }
        }
      }
    }
    return null;
  }

  // how far before an attack noun its light verb may stand when a measure of the act comes between
  private static final int LIGHT_REACH = 9;

  /**
   * Whether [from, to) is "with a wave of night-time", "a fresh barrage of heavy": articles, adjectives and nouns
   * around one "of" that follows a measure of the act (lexicon category actmeasure), so the noun after is its object.
   */
  private static boolean measureOfAct(List<Token> tokens, int from, int to) {
    int of = -1;
    for (int k = from; k < to; k++) {
      String w = Lexicon.lower(tokens.get(k));
      String tag = tokens.get(k).tag();
      if (w.equals("of")) {
        if (of >= 0) {
          return false;
        }
        of = k;
      } else if (!(k == from && w.equals("with")) && (tag == null || !MEASURE_TAGS.contains(tag))) {
        return false;
      }
    }
    return of > from && WORDS.at(tokens, of - 1, "actmeasure") != null;
  }

  private static final Set<String> MEASURE_TAGS = Set.of("DET", "NUM", "ADJ", "NOUN");

  /**
   * Whether the noun at {@code t} is the object of the light verb at {@code v}: no other preposition between, but for
   * one opening a time ("responded on Thursday evening with artillery fire").
   */
  private static boolean lightObject(AnnotatedSentence s, int v, int t) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = v + 1; k < t; k++) {
      String w = Lexicon.lower(tokens.get(k));
      boolean resortTo = k == v + 1 && w.equals("to") && Lexicon.lower(tokens.get(v)).startsWith("resort");
      if ("ADP".equals(tokens.get(k).tag()) && !LIGHT_OBJECT_PARTICLES.contains(w) && !resortTo) {
        final int next = k + 1;
        if (s.times().stream().noneMatch(time -> time.from() == next)) {
          return false;
        }
      }
    }
    return true;
  }

  /** "Israel said Hezbollah was behind the attack", "militias were responsible for the raid": who is named for it. */
  private static ActorSpan behind(AnnotatedSentence s, int t) {
    List<Token> tokens = s.sentence().tokens();
    int k = t - 1;
    while (k > 0 && tokens.get(k).tag() != null && Set.of("DET", "ADJ", "NOUN").contains(tokens.get(k).tag())
        && t - k <= 3) {
      k--;
    }
    String w = k > 0 ? Lexicon.lower(tokens.get(k)) : "";
    if (w.equals("for") && k > 0 && Lexicon.lower(tokens.get(k - 1)).equals("responsible")) {
      k--;
    } else if (!w.equals("behind")) {
      return null;
    }
    k--;
    while (k >= 0 && tokens.get(k).tag() != null && tokens.get(k).tag().equals("ADV")) {
      k--; // "was also behind", "were reportedly behind"
    }
    if (k < 1 || !Set.of("was", "were", "is", "are", "been", "be").contains(Lexicon.lower(tokens.get(k)))) {
      return null;
    }
    for (ActorSpan a : s.actors()) {
      if (a.to() == k && isArmed(a)) {
        return a;
      }
    }
    return null;
  }

  private static final Set<String> HIT = Set.of("killed", "wounded", "injured", "hit", "struck", "targeted",
      "shelled", "attacked", "bombed", "fired", "ambushed");
  // ("drone strikes hit the paramilitaries' stronghold": a verb of hitting names whose ground or men were struck)
  private static final Set<String> HARMING = Set.of("killed", "killing", "wounded", "wounding", "injured", "injuring",
      "hit", "struck", "targeted", "targeting", "pounded");
  private static final Set<String> CAME = Set.of("came", "come", "comes", "coming");
  private static final Set<String> ON_AGAINST = Set.of("on", "against");
  // what starts a clause of its own inside a subject
  private static final Set<String> CLAUSE_TAGS = Set.of("VERB", "AUX", "PRON", "SCONJ");
  private static final Set<String> CLAUSE_WORDS = Set.of("that", "which", "who", "when", "while", "as", "after", ";",
      ":");

  /**
   * The side an attack with no named attacker hit, when that side is named: the subject of a passive or of "came
   * under" before the trigger ("Ukrainian positions came under fire", "two Yemeni soldiers were killed by a drone
   * attack"), the object of a harming verb right after it ("shelling killed three Pakistani soldiers") or of "on"
   * right after it ("a drone attack on Indian posts").
   */
  static ActorSpan victim(AnnotatedSentence s, int[] clause, int t, int length) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = clause[0]; k < t && k < tokens.size() - 1; k++) {
      int next = k + 1 < t && "ADV".equals(tokens.get(k + 1).tag()) ? k + 2 : k + 1;
      String w = Lexicon.lower(tokens.get(k));
      String after = Lexicon.lower(tokens.get(next));
      boolean under = CAME.contains(w) && after.equals("under");
      if (next > t || !(under || AUX_PASSIVE.contains(w) && HIT.contains(after))) {
        continue;
      }
      ActorSpan best = null;
      for (ActorSpan a : s.actors()) {
        if (a.from() >= clause[0] && a.to() <= k && isArmed(a) && !objectOfPreposition(s, a)
            && nominal(tokens, a.to(), k)) {
          if (best != null && !best.side().equals(a.side())) {
            return null; // "three police officers and two Azerbaijani soldiers were killed": both sides were hit
          }
          best = best == null || a.to() > best.to() ? a : best;
        }
      }
      return best;
    }
    int e = t + length;
    if (e < clause[1] && ON_AGAINST.contains(Lexicon.lower(tokens.get(e)))) {
      return actorWithin(s, e + 1, Math.min(clause[1], e + 4));
    }
    for (int k = e; k < Math.min(clause[1], e + 2); k++) {
      if (HARMING.contains(Lexicon.lower(tokens.get(k)))) {
        return actorWithin(s, k + 1, Math.min(clause[1], k + 5));
      }
    }
    return null;
  }

  /** The first armed actor starting in [from, to) after only numbers, articles and adjectives. */
  private static ActorSpan actorWithin(AnnotatedSentence s, int from, int to) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = from; k < to; k++) {
      for (ActorSpan a : s.actors()) {
        if (a.from() == k) {
          return isArmed(a) ? a : null;
        }
      }
      String tag = tokens.get(k).tag();
      if (tag == null || !(tag.equals("NUM") || tag.equals("DET") || tag.equals("ADJ"))) {
        return null;
      }
    }
    return null;
  }

  /** Whether [from, to) holds only the rest of a noun phrase ("positions near Hnutove and Talakivka"): no verb. */
  private static boolean nominal(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String tag = tokens.get(k).tag();
      String w = Lexicon.lower(tokens.get(k));
      if (tag == null || CLAUSE_TAGS.contains(tag) || CLAUSE_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** "rockets were fired from the Gaza Strip": fire from a side's own territory is that side's. */
  static String territory(AnnotatedSentence s, int[] clause, int t, Sides sides) {
    List<Token> tokens = s.sentence().tokens();
    for (Spans.PlaceSpan p : s.places()) {
      if (p.from() > t && p.to() <= clause[1] && AttackPlaces.origin(tokens, p.from())) {
        String holder = sides.holderOf(p.location().surface());
        holder = holder != null ? holder : sides.holderOf(p.location().name());
        if (holder != null) {
          return holder;
        }
      }
    }
    return null;
  }

  /**
   * Whether fire from afar hit only ground that the other camp of {@code side} fires on (Sides.attackerOf: a
   * village in Lebanon is hit from Israel): a speaker of that camp telling of strikes there tells of its own.
   */
  static boolean otherCampsGround(String kind, List<Location> places, java.time.LocalDate day, String side,
      Sides sides) {
    if (side == null || places.isEmpty() || !(kind.equals("shelling") || kind.equals("air_drone_strike"))) {
      return false;
    }
    for (Location p : places) {
      String from = sides.attackerOf(p, day);
      if (from == null || sides.sameCamp(from, side)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the clause names, besides the speaker, an armed actor of its camp ("rockets were fired towards Israeli
   * positions") or armed men of no side ("two soldiers were killed when missiles struck"): then its own side may be
   * the one hit there, and the strikes are not surely its own.
   */
  static boolean ownCampNamed(AnnotatedSentence s, int[] clause, ActorSpan speaker, Sides sides) {
    for (ActorSpan a : s.actors()) {
      if (a.from() >= clause[0] && a.to() <= clause[1] && a.from() != speaker.from() && isArmed(a)
          && sides.sameCamp(a.side(), speaker.side())) {
        return true;
      }
    }
    List<Token> tokens = s.sentence().tokens();
    for (int k = clause[0]; k < Math.min(clause[1], tokens.size()); k++) {
      if ((k < speaker.from() || k >= speaker.to()) && WORDS.at(tokens, k, "armedbody") != null) {
        return true;
      }
    }
    return false;
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

  private static final Set<String> CLAIMING = Set.of("claim", "claims", "claimed", "claiming");
  private static final Set<String> OWNING = Set.of("its", "their", "our");

  /**
   * Whether the frame's verb claims the attack noun at {@code t} as its object ("claimed a drone attack", "claiming
   * responsibility for the shelling"), not a report of it ("claimed that ...", "claims of shelling").
   */
  private static boolean claimsAsOwn(List<Token> tokens, Frame frame, int t) {
    int v = frame.verb();
    if (v < 0 || v >= t || !CLAIMING.contains(Lexicon.lower(tokens.get(v)))) {
      return false;
    }
    int k = v + 1;
    if (k + 1 < t && Lexicon.lower(tokens.get(k)).equals("responsibility")
        && Lexicon.lower(tokens.get(k + 1)).equals("for")) {
      k += 2;
    }
    if (t - k > 4) {
      return false;
    }
    for (int j = t + 1; j < Math.min(tokens.size() - 1, t + 3); j++) {
      if (ON_AGAINST.contains(Lexicon.lower(tokens.get(j)))
          && OWNING.contains(Lexicon.lower(tokens.get(j + 1)))) {
        return false; // "the army claimed an attack on its positions" alleges the other side's attack
      }
    }
    for (; k < t; k++) {
      String tag = tokens.get(k).tag();
      if (tag == null || !(tag.equals("DET") || tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("NUM"))) {
        return false;
      }
    }
    return true;
  }

  /** A possessive pronoun before the noun at {@code t}, past its adjectives and nouns ("its heavy artillery"). */
  private static boolean ownedBySpeaker(List<Token> tokens, int[] clause, int t) {
    for (int k = t - 1; k >= Math.max(clause[0], t - 3); k--) {
      if (OWNING.contains(Lexicon.lower(tokens.get(k)))) {
        return true;
      }
      // "said its drones struck": the word after a possessive pronoun is its noun, whatever the tagger read
      if (k > clause[0] && OWNING.contains(Lexicon.lower(tokens.get(k - 1)))) {
        return true;
      }
      String tag = tokens.get(k).tag();
      if (tag == null || !(tag.equals("ADJ") || tag.equals("NOUN"))) {
        return false;
      }
    }
    return false;
  }

  private static boolean pronounSubject(List<Token> tokens, int[] clause, int t) {
    boolean noun = false;
    for (int k = t - 1; k >= Math.max(clause[0], t - 5); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (!noun && Set.of("it", "they", "we").contains(w)) {
        return true;
      }
      // "the army said its forces had entered the city": the speaker's own forces, named by a possessive pronoun
      if (noun && Set.of("its", "their", "our").contains(w)) {
        return true;
      }
      // "it said its aircraft had struck", "said its drones/VERB struck": the tagger may read the noun after "its",
      // the trigger itself too, as anything but a noun
      if (k <= t - 1 && Set.of("its", "their", "our").contains(w) && !Set.of("its", "their", "our")
          .contains(Lexicon.lower(tokens.get(k + 1)))) {
        return true;
      }
      String tag = tokens.get(k).tag();
      if (tag != null && (tag.equals("NOUN") || noun && tag.equals("ADJ"))) {
        noun = true;
      } else if (noun || tag != null && !(tag.equals("AUX") || tag.equals("ADV") || tag.equals("PART")
          || tag.equals("VERB"))) {
        return false;
      }
    }
    return false;
  }

  /** The nearest armed or state actor before token {@code v} inside the clause. */
  private static ActorSpan subject(AnnotatedSentence s, int[] clause, int v) {
    // "Hezbollah, which is backed by Iran, fired": the subject stands before the aside, a name inside it is none
    v = beforeAside(s.sentence().tokens(), clause[0], v);
    ActorSpan best = null;
    for (ActorSpan a : s.actors()) {
      if (a.from() >= clause[0] && a.to() <= v && isArmed(a) && (!a.modifier() || headsSubject(s, a, v))
          && !objectOfPreposition(s, a) && !objectOfVerb(s, a, clause[0]) && !agentOfParticiple(s, a)
          && (best == null || a.to() > best.to())) {
        best = a;
      }
    }
    if (best == null) {
      return null;
    }
    // A possessor inside the object NP ("hit Azerbaijan's positions") is not the subject.
    List<Token> tokens = s.sentence().tokens();
    if (reducedRelative(tokens, best.to(), v)) {
      return null;
    }
    // "the Houthis, who fired the barrage": a relative pronoun right after the name stands for it.
    boolean relative = v - best.to() <= 2 && best.to() < v && isWhoOrWhich(Lexicon.lower(tokens.get(v - 1)))
        && (v - best.to() == 1 || tokens.get(best.to()).text().equals(","));
    for (int k = best.to(); k < v && !relative; k++) {
      String w = Lexicon.lower(tokens.get(k));
      // "Lebanon live: drone strike ...": a name before a colon labels or voices what follows, it does not act in it
      if (w.equals("that") || w.equals("which") || w.equals("who") || w.equals(";") || w.equals(":")) {
        return null;
      }
      // "the army chief escaped unhurt when drones struck": a "when" clause has a subject of its own
      if (w.equals("when")) {
        return null;
      }
    }
    return best;
  }

  /**
   * Whether the participle at {@code v} follows a weapon that a verb after the subject ending at {@code from} took as
   * its object ("the coalition had downed a drone launched toward Jizan"): a reduced relative, whose agent that
   * subject is not (it stopped the weapon); "Houthi drones launched at" has no verb between and keeps its subject.
   */
  private static boolean reducedRelative(List<Token> tokens, int from, int v) {
    if (v < 1 || v >= tokens.size() || !Lexicon.lower(tokens.get(v)).endsWith("ed")
        || WORDS.at(tokens, v - 1, "aircraft") == null && WORDS.at(tokens, v - 1, "weapon_cue") == null) {
      return false;
    }
    for (int k = from; k < v - 1; k++) {
      String w = Lexicon.lower(tokens.get(k));
      if ("VERB".equals(tokens.get(k).tag()) && !PERFECT.contains(w) && !AUX_PASSIVE.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> RELATIVES = Set.of("who", "which", "whom", "whose");
  // an aside longer than this is more likely two clauses than one interruption
  private static final int ASIDE_MAX = 16;

  /**
   * Where the subject of the verb at {@code v} ends when an aside in commas stands right before the verb: a relative
   * clause (", which is backed by Iran,"), an apposition (", the group that holds the capital,") or a participle
   * phrase (", backed by drones,"); {@code v} itself when there is none.
   */
  static int beforeAside(List<Token> tokens, int from, int v) {
    int end = v;
    while (end > from && "ADV".equals(tokens.get(end - 1).tag())) {
      end--; // "Hezbollah, which is backed by Iran, also fired"
    }
    if (end - 1 <= from || !tokens.get(end - 1).text().equals(",")) {
      return v;
    }
    for (int k = end - 3; k > from && k >= end - 1 - ASIDE_MAX; k--) {
      String w = tokens.get(k).text();
      if (w.equals(";") || w.equals(":")) {
        return v;
      }
      if (w.equals(",")) {
        Token first = tokens.get(k + 1);
        String tag = first.tag();
        boolean opens = RELATIVES.contains(Lexicon.lower(first)) || "DET".equals(tag)
            || "VERB".equals(tag) && (first.text().endsWith("ing") || first.text().endsWith("ed"));
        return opens ? k : v;
      }
    }
    return v;
  }

  private static final Set<String> SUBORDINATORS = Set.of("as", "after", "before", "since", "until", "while");
  // ground bodies whose "from" names the formation they belong to (not weapons: "drones from Lebanon" left a place)
  private static final Set<String> DRAWN = Set.of("force", "forces", "unit", "units", "troops", "soldiers",
      "detachment", "squad", "platoon", "company", "patrol", "team");

  /** "in southern Lebanon", "across the Gaza Strip": a name after a preposition is no subject. */
  static boolean objectOfPreposition(AnnotatedSentence s, ActorSpan a) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = a.from() - 1; k >= 0 && k >= a.from() - 3; k--) {
      String tag = tokens.get(k).tag();
      if (tag == null) {
        return false;
      }
      if (tag.equals("ADP")) {
        // "as Pakistan Rangers fired": a conjunction the tagger read as a preposition opens a clause
        // whose subject the name is when a verb follows it
        if (SUBORDINATORS.contains(Lexicon.lower(tokens.get(k))) && a.to() < tokens.size()
            && "VERB".equals(tokens.get(a.to()).tag())) {
          return false;
        }
        // "units of the Azerbaijani army fired", "fighters of Hezbollah": the side heads the subject the body makes
        if (Lexicon.lower(tokens.get(k)).equals("of") && k > 0 && WORDS.at(tokens, k - 1, "armedbody") != null) {
          return false;
        }
        // "a force from the Egoz unit was ambushed": men drawn from a side's formation are that side's
        if (Lexicon.lower(tokens.get(k)).equals("from") && k > 0 && DRAWN.contains(Lexicon.lower(tokens.get(k - 1)))) {
          return false;
        }
        return !Lexicon.lower(tokens.get(k)).equals("by"); // "by Azerbaijani forces" names the agent
      }
      // "in Houthi-held northwestern Yemen": who holds the ground qualifies the place as an adjective does
      if (!tag.equals("DET") && !tag.equals("ADJ") && !HoldingCompounds.at(tokens, k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * "pagers used by Hezbollah members exploded", "positions held by", "a militia backed by Iran fired": who uses, holds
   * or backs a thing is not who made it act ("drones launched by the Houthis targeted" keeps its agent).
   */
  private static boolean agentOfParticiple(AnnotatedSentence s, ActorSpan a) {
    List<Token> tokens = s.sentence().tokens();
    int k = a.from() - 1;
    while (k > 0 && tokens.get(k).tag() != null && (tokens.get(k).tag().equals("DET")
        || tokens.get(k).tag().equals("ADJ"))) {
      k--;
    }
    // "the militia backed by Iran launched": a patron (the lexicon's support words) is not who launched it either
    return k > 0 && Lexicon.lower(tokens.get(k)).equals("by") && (HOLDING.contains(Lexicon.lower(tokens.get(k - 1)))
        || WORDS.at(tokens, k - 1, "support") != null && WORDS.at(tokens, k - 1, "support").words().length == 1);
  }

  /**
   * "its jets killed 95 Houthi fighters and destroyed ...": a name right after a verb of its clause (past numbers,
   * articles and adjectives) is that verb's object, not the next verb's subject.
   */
  static boolean objectOfVerb(AnnotatedSentence s, ActorSpan a, int clauseFrom) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = a.from() - 1; k >= Math.max(clauseFrom, a.from() - 4); k--) {
      String tag = tokens.get(k).tag();
      if (tag == null) {
        return false;
      }
      if (tag.equals("VERB")) {
        return true;
      }
      if (!tag.equals("DET") && !tag.equals("ADJ") && !tag.equals("NUM")) {
        return false;
      }
    }
    return false;
  }

  // "early on Friday", "late on Monday": words a wire time phrase starts with, whatever the tagger reads them as
  private static final Set<String> TIME_EDGES = Set.of("early", "late");

  /**
   * "Israeli warplanes carried out", "Russian jets struck": a demonym on the noun right before the verb; the nouns may
   * be joined by "and" ("Israeli warplanes and drones struck"), and adverbs or a time may stand before the verb
   * ("Saudi artillery also struck", "Russian jets on Monday bombed", "Saudi jets had bombed").
   */
  private static boolean headsSubject(AnnotatedSentence s, ActorSpan a, int v) {
    List<Token> tokens = s.sentence().tokens();
    if (!a.demonym() || v - a.to() < 1) {
      return false;
    }
    int end = v;
    for (int was = -1; was != end; ) {
      was = end;
      while (end > a.to() && ("ADV".equals(tokens.get(end - 1).tag())
          || TIME_EDGES.contains(Lexicon.lower(tokens.get(end - 1)))
          || PERFECT.contains(Lexicon.lower(tokens.get(end - 1))))) {
        end--; // "also", "again", "reportedly", "had" between the subject and its verb
      }
      for (Spans.TimeSpan time : s.times()) {
        if (time.to() == end && time.from() > a.to()) { // "Russian jets on Monday bombed"
          end = time.from() > a.to() + 1 && "ADP".equals(tokens.get(time.from() - 1).tag()) ? time.from() - 1
              : time.from();
        }
      }
    }
    if (end - a.to() < 1 || end - a.to() > 4 || v - end > 4) {
      return false;
    }
    for (int k = a.to(); k < end; k++) {
      String tag = tokens.get(k).tag();
      boolean and = k > a.to() && k < end - 1 && Lexicon.lower(tokens.get(k)).equals("and");
      if (!and && (tag == null || !(tag.equals("NOUN") || tag.equals("PROPN")))) {
        return false;
      }
    }
    return true;
  }

  /** An actor of a side that can fight: not civilians, media, monitors or mediators. */
  static boolean isArmed(ActorSpan a) {
    return a.side() != null && a.role() != null && !a.role().equals("CIVILIAN") && !a.role().equals("MEDIA")
        && !a.role().equals("MONITOR") && !a.role().equals("MEDIATOR");
  }

  /**
   * "by Sudan's paramilitary Rapid Support Forces": a country's possessive qualifies the armed group named right after
   * it (past adjectives), which is the one named; {@code a} itself otherwise.
   */
  private static ActorSpan qualified(AnnotatedSentence s, ActorSpan a, int limit) {
    if (!a.possessive()) {
      return a;
    }
    List<Token> tokens = s.sentence().tokens();
    for (ActorSpan b : s.actors()) {
      if (b.from() >= a.to() && b.from() - a.to() <= 2 && b.to() <= limit && isArmed(b) && !b.possessive()) {
        for (int k = a.to(); k < b.from(); k++) {
          String w = tokens.get(k).text();
          if (!(w.equals("'s") || w.equals("’s") || "ADJ".equals(tokens.get(k).tag()))) {
            return a;
          }
        }
        return b;
      }
    }
    return a;
  }

  /**
   * "Syrian and Russian jets", "US and British air strikes": of two allies' adjectives joined by "and", the first
   * named leads the joint attack, as a side of the war does beside an outsider; {@code a} itself (or null) when no
   * such adjective stands right before its "and" ("Armenian and Azerbaijani forces fought": foes joined so fight
   * each other, which another reading settles).
   */
  static ActorSpan firstJoined(AnnotatedSentence s, ActorSpan a, Sides sides) {
    List<Token> tokens = s.sentence().tokens();
    if (a == null || !a.demonym() || a.from() < 2 || !Lexicon.lower(tokens.get(a.from() - 1)).equals("and")) {
      return a;
    }
    for (ActorSpan c : s.actors()) {
      // ("US and British": the first may be a bare name used as an adjective)
      if (c.to() == a.from() - 1 && isArmed(c) && !c.side().equals(a.side())
          && (sides.sameCamp(c.side(), a.side())
              || sides.isBelligerent(c.side()) && !sides.isBelligerent(a.side()))) {
        return c;
      }
    }
    return a;
  }

  private static ActorSpan actorAfter(AnnotatedSentence s, int after, int limit, String prep) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = after; k < Math.min(limit, after + 6); k++) {
      if (Lexicon.lower(tokens.get(k)).equals(prep)) {
        if (prep.equals("by") && k > 0 && HOLDING.contains(Lexicon.lower(tokens.get(k - 1)))) {
          return null; // "struck depots used by the Houthis": who uses or holds the target is not who struck it
        }
        for (ActorSpan a : s.actors()) {
          if (a.from() > k && AgentReach.reaches(tokens, prep, k, a.from())) {
            return qualified(s, a, limit);
          }
        }
        return prep.equals("by") ? sideOfBody(s, k, limit) : null;
      }
    }
    return null;
  }

  /**
   * "by armed drones of the Israeli army", "by a battalion of the Indian army": a weapon or armed body after the "by"
   * at {@code by} whose armed side follows "of" (within three words) is that side's; null when none such.
   */
  private static ActorSpan sideOfBody(AnnotatedSentence s, int by, int limit) {
    List<Token> tokens = s.sentence().tokens();
    boolean body = false;
    for (int j = by + 1; j < Math.min(limit, by + 6); j++) {
      if (Lexicon.lower(tokens.get(j)).equals("of")) {
        if (!body) {
          return null;
        }
        for (ActorSpan a : s.actors()) {
          if (a.from() > j && a.from() <= j + 3 && isArmed(a)) {
            return a;
          }
        }
        return null;
      }
      String tag = tokens.get(j).tag();
      // only a plain noun phrase ("heavy artillery", "a battalion") may stand between "by" and "of"
      if (tag == null || !(tag.equals("DET") || tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("NUM")
          || tag.equals("VERB") && Lexicon.lower(tokens.get(j)).endsWith("ed"))) {
        return null;
      }
      body |= WORDS.at(tokens, j, "armedbody") != null;
    }
    return null;
  }
}
