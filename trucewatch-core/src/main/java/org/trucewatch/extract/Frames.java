package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * Finds who says what in a sentence: "X said (that) ...", "..., X said.", "..., said X.", "according to X, ...",
 * "X accused Y of ...", "X quoted Y as saying ...", "X rejected the accusations". Stateless and thread-safe.
 *
 * <p>The speaker of a preposed verb is the nearest actor before it in the same clause; of a verb that ends the
 * sentence, the actor between the last comma and the verb (or right after it, "said Rabiee"). A complement runs to the
 * next speaker or to a clause conjunction ("while", "whereas", ";").
 */
final class Frames {

  private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");
  // what a claim noun's content opens with: "claims that ...", "claims of ..."
  private static final Set<String> CLAIM_OPENERS = Set.of("that", "of");
  private static final Set<String> CLAUSE_BREAK = Set.of(";", "while", "whereas", "but");
  private static final Set<String> TRAILING =
      Set.of("on", "in", "at", "a", "statement", "late", "early", "also", "then", "the", "afternoon", "morning",
          "evening", "night", "later", "earlier", "today", "yesterday", "tonight");

  private final Lexicon lexicon;

  Frames(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Frame> find(AnnotatedSentence s) {
    List<Token> tokens = s.sentence().tokens();
    List<Frame> frames = new ArrayList<>();
    for (Lexicon.Match m : lexicon.find(tokens, "speech")) {
      Frame f = m.entry().words().length == 2 && m.entry().words()[0].equals("according")
          ? accordingTo(s, m) : verbFrame(s, m);
      if (f != null) {
        frames.add(f);
      }
    }
    Frame colon = colonFrame(s);
    if (colon == null) {
      colon = colonNounFrame(s);
    }
    if (colon != null) {
      frames.add(0, colon);
    }
    return allegiance(s, denials(s, relayed(cited(s, lexicon, trim(shareSubjects(frames, tokens), tokens)))));
  }

  /**
   * "The interior ministry said the attacker belonged to the Islamic State group": a statement that an attack's author
   * belongs to an armed group accuses that group (lexicon categories {@code assailant} and {@code allegiance}).
   */
  private List<Frame> allegiance(AnnotatedSentence s, List<Frame> frames) {
    List<Token> tokens = s.sentence().tokens();
    List<Frame> out = new ArrayList<>(frames);
    for (int i = 0; i < out.size(); i++) {
      Frame f = out.get(i);
      if (f.speakerName() == null || f.accused() != null || f.from() < f.verb()
          || !(f.kind().equals("reports") || f.kind().equals("alleges"))) {
        continue;
      }
      // the author noun opens the complement ("the (suicide) attacker"), the link words follow it
      for (int k = f.from(); k < Math.min(f.to(), f.from() + 4); k++) {
        if (lexicon.at(tokens, k, "assailant") == null || k + 1 >= f.to()) {
          continue;
        }
        Lexicon.Entry link = lexicon.at(tokens, k + 1, "allegiance");
        if (link == null) {
          break;
        }
        int after = k + 1 + link.words().length;
        ActorSpan group = firstActorIn(s, after, Math.min(f.to(), after + 4));
        if (group != null && Perpetrators.isArmed(group)) {
          out.set(i, new Frame(f.verb(), f.speaker(), f.speakerText(), f.from(), f.to(), "accuses", f.via(), group));
        }
        break;
      }
    }
    return out;
  }

  // what precedes a speaker text's last word (compiled once, not at each frame)
  private static final java.util.regex.Pattern LAST_WORD = java.util.regex.Pattern.compile(".*\\s");

  /**
   * "..., state news agency SANA reported, citing the health ministry": an outlet's report that cites a source is the
   * source's statement, relayed by the outlet (lexicon: cites).
   */
  private static List<Frame> cited(AnnotatedSentence s, Lexicon lexicon, List<Frame> frames) {
    List<Token> tokens = s.sentence().tokens();
    List<Frame> out = new ArrayList<>(frames);
    for (int i = 0; i < out.size(); i++) {
      Frame f = out.get(i);
      // (an outlet the dictionary does not know, "Al-Hadath television reported, citing ...", relays too)
      boolean outlet = f.speaker() == null && f.speakerText() != null && lexicon.phrases("outlet")
          .contains(LAST_WORD.matcher(f.speakerText().strip()).replaceAll("").toLowerCase(java.util.Locale.ROOT));
      if (!outlet && (f.speaker() == null || !"MEDIA".equals(f.speaker().role()))) {
        continue;
      }
      int k = afterPhrase(tokens, f.verb() + 1);
      if (k + 1 >= tokens.size() || !tokens.get(k).text().equals(",")
          || lexicon.at(tokens, k + 1, "cites") == null) {
        continue;
      }
      int end = k + 2;
      while (end < tokens.size() && !isPunct(tokens.get(end).text(), ",.;")) {
        end++;
      }
      ActorSpan source = firstActorIn(s, k + 2, end);
      // ("citing the press centre of the Joint Forces Operation": a body's office, named last, is the body)
      boolean office = source != null && source.to() == end && source.from() <= k + 9
          && Subjects.npLike(tokens, k + 2, source.from() - 1);
      if (source != null && (source.from() <= k + 4 || office) && !"MEDIA".equals(source.role())) {
        out.set(i, new Frame(f.verb(), source, null, f.from(), f.to(), f.kind(), f.speaker(), f.accused()));
      } else if (source == null && end - (k + 2) <= 6 && Subjects.npLike(tokens, k + 2, end)) {
        // "citing the health ministry": a source outside the dictionary, as written
        out.set(i, new Frame(f.verb(), null, s.sentence().span(k + 2, end).strip(), f.from(), f.to(), f.kind(),
            f.speaker(), f.accused()));
      }
    }
    return out;
  }

  /**
   * "Hamas said it had no connection to the shooting", "the DPR says its forces do not fire on towns": a statement
   * denying the speaker's own part in an attack is a denial by its speaker.
   */
  private List<Frame> denials(AnnotatedSentence s, List<Frame> frames) {
    List<Token> tokens = s.sentence().tokens();
    List<Frame> out = new ArrayList<>();
    for (Frame f : frames) {
      if ((f.kind().equals("reports") || f.kind().equals("alleges")) && f.speakerName() != null
          && (ownDenialPhrase(tokens, f) || deniesOwnFire(tokens, f))) {
        f = new Frame(f.verb(), f.speaker(), f.speakerText(), f.from(), f.to(), "denies", f.via(), f.accused());
      }
      out.add(f);
    }
    return out;
  }

  private boolean ownDenialPhrase(List<Token> tokens, Frame f) {
    return lexicon.find(tokens.subList(f.from(), f.to()), "denial").stream().anyMatch(m -> m.entry().has("own"));
  }

  /** "it did not fire", "its forces do not shell towns": a negated attack word whose subject is the speaker's own. */
  private boolean deniesOwnFire(List<Token> tokens, Frame f) {
    for (int k = f.from(); k < f.to(); k++) {
      String w = Lexicon.lower(tokens.get(k));
      if (!(w.equals("not") || w.equals("never") || w.equals("n't"))) {
        continue;
      }
      boolean attack = false;
      for (int j = k + 1; j <= Math.min(f.to() - 1, k + 2) && !attack; j++) {
        Lexicon.Entry e = lexicon.at(tokens, j, "attack");
        attack = e != null && !e.has("noun");
      }
      boolean own = false;
      for (int j = Math.max(f.from(), k - 8); j < k && !own; j++) {
        own = OWN.contains(Lexicon.lower(tokens.get(j)));
      }
      if (attack && own) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> OWN = Set.of("it", "its", "they", "their", "we", "our");

  /**
   * "..., the Ukrainian military said, ..., RFE/RL reported": a statement inside a news outlet's report is its
   * speaker's, relayed by the outlet.
   */
  private static List<Frame> relayed(List<Frame> frames) {
    List<Frame> out = new ArrayList<>(frames);
    for (Frame media : frames) {
      if (media.speaker() == null || !"MEDIA".equals(media.speaker().role())) {
        continue;
      }
      for (int i = 0; i < out.size(); i++) {
        Frame f = out.get(i);
        if (f != media && f.via() == null && f.speakerName() != null && media.contains(f.verb())
            && (f.speaker() == null || !"MEDIA".equals(f.speaker().role()))) {
          out.set(i, new Frame(f.verb(), f.speaker(), f.speakerText(), f.from(), f.to(), f.kind(), media.speaker(),
              f.accused()));
        }
      }
    }
    return out;
  }

  /**
   * "14:00 Gaza's health ministry: 404 killed", "Ukraine's army: two soldiers wounded": a live blog's or a headline's
   * speaker named at the start and followed by a colon says what comes after it.
   */
  private static Frame colonFrame(AnnotatedSentence s) {
    List<Token> tokens = s.sentence().tokens();
    int start = 0;
    while (start < tokens.size() && Subjects.ENTRY_TIME.matcher(tokens.get(start).text()).matches()) {
      start++;
    }
    for (ActorSpan a : s.actors()) {
      if (a.from() <= start + 1 && a.to() + 1 < tokens.size() && tokens.get(a.to()).text().equals(":")
          && !a.modifier()) {
        return new Frame(a.to(), a, null, a.to() + 1, tokens.size(), "reports", null, null);
      }
    }
    return null;
  }

  /**
   * "Health ministry: Israeli raids ... leave three dead": a speaker outside the dictionary, a short noun phrase whose
   * last word is a speaker's head noun (lexicon category {@code speakerhead}), opening a line before a colon.
   */
  private Frame colonNounFrame(AnnotatedSentence s) {
    List<Token> tokens = s.sentence().tokens();
    int start = 0;
    while (start < tokens.size() && Subjects.ENTRY_TIME.matcher(tokens.get(start).text()).matches()) {
      start++;
    }
    for (int c = start + 1; c <= Math.min(start + 6, tokens.size() - 2); c++) {
      if (!tokens.get(c).text().equals(":")) {
        continue;
      }
      int len = c - start;
      boolean head = lexicon.find(tokens.subList(start, c), "speakerhead").stream().anyMatch(m -> m.to() == len);
      return head && Subjects.npLike(tokens, start, c)
          ? new Frame(c, null, s.sentence().span(start, c).strip(), c + 1, tokens.size(), "reports", null, null) : null;
    }
    return null;
  }

  private Frame accordingTo(AnnotatedSentence s, Lexicon.Match m) {
    List<Token> tokens = s.sentence().tokens();
    int end = m.to();
    while (end < tokens.size() && !isPunct(tokens.get(end).text(), ",.;")) {
      end++;
    }
    ActorSpan speaker = firstActorIn(s, m.to(), end);
    String text = end - m.to() <= 10 ? s.sentence().span(m.to(), end) : null;
    if (m.from() <= 1) {
      return new Frame(m.from(), speaker, text, Math.min(end + 1, tokens.size()), tokens.size(), "reports", null, null);
    }
    return new Frame(m.from(), speaker, text, 0, m.from(), "reports", null, null);
  }

  private Frame verbFrame(AnnotatedSentence s, Lexicon.Match m) {
    List<Token> tokens = s.sentence().tokens();
    int v = m.from();
    // "The Israeli military gave a very different account": a phrase of three words or more is speech whatever the
    // tagger made of its verb
    Frame by = claimBy(s, m);
    if (by != null) {
      return by;
    }
    ActorSpan owner = claimOwner(s, m);
    if (owner == null && m.entry().has("noun")) {
      return null; // "rejected the accusations": an allegation's noun speaks only with its owner named
    }
    if (m.entry().words().length < 3 && !usedAsVerb(tokens, v) && owner == null && !toldAtTheEnd(s, m)) {
      return null;
    }
    String kind = m.value();
    int after = m.to();
    if (owner != null) {
      // "rejected as false Indian claims that Indian troops had destroyed a post": the owner's allegation
      boolean of = Lexicon.lower(tokens.get(after)).equals("of");
      int from = of ? after + 1 : skipThat(tokens, after);
      int to = tokens.size();
      for (int k = from; of && k < tokens.size(); k++) {
        if (COPULAS.contains(Lexicon.lower(tokens.get(k)))) {
          to = k; // "Indian claims of destroying a post are false": the claim ends at its noun phrase's verb
          break;
        }
      }
      return new Frame(v, owner, null, from, to, kind, null, null);
    }
    if (notSpeech(s, m, after) && !toldAtTheEnd(s, m)) {
      return null;
    }
    // "X quoted Y as saying (that) ..."
    if (kind.equals("quotes")) {
      ActorSpan quoted = firstActorIn(s, after, Math.min(tokens.size(), after + 12));
      int as = indexOf(tokens, "as", after, Math.min(tokens.size(), after + 14));
      if (quoted == null || as < 0) {
        return null;
      }
      int from = skipThat(tokens, Math.min(tokens.size(), as + 2));
      return new Frame(v, quoted, null, from, tokens.size(), "reports", Subjects.subjectBefore(s, v), null);
    }
    if (kind.equals("accuses")) {
      ActorSpan accused = firstActorIn(s, after, Math.min(tokens.size(), after + 8));
      int of = indexOfAny(tokens, Set.of("of", "for"), after, Math.min(tokens.size(), after + 10));
      int from = of >= 0 ? of + 1 : after;
      // "Local officials accused ...": an accuser the dictionary does not know is named as written
      ActorSpan accuser = Subjects.subjectBefore(s, v);
      String written = accuser == null ? Subjects.subjectText(s, v) : null;
      return new Frame(v, accuser, written, from, tokens.size(), kind, null, accused);
    }
    // "..., a security source told AFP." "..., he told reporters, according to ...": whom the speaker told
    // stands between the verb and the clause's end; it is neither the speaker nor what was said (an outlet relays)
    int told = m.entry().has("listener") ? listenerEnd(s, after) : after;
    ActorSpan listener = told > after ? firstActorIn(s, after, told) : null;
    ActorSpan relay = listener != null && "MEDIA".equals(listener.role()) ? listener : null;
    if (told > after && (endsClause(s, told) || trailingAside(s, v, told))) {
      after = told;
    } else {
      relay = null;
    }
    if (endsClause(s, after) || trailingAside(s, v, after)) {
      // "..., the ministry said (on Thursday)." or "..., said Rabiee."
      ActorSpan before = Subjects.subjectBefore(s, v);
      // "said Rabiee", "said the ministry": the inverted speaker stands right after the verb, not a clause later
      ActorSpan inverted = firstActorIn(s, after, tokens.size());
      // ("..., an official said, blaming Armenian forces": past a comma the name is another clause's)
      inverted = inverted != null && inverted.from() <= after + 2
          && !tokens.subList(after, inverted.from()).stream().anyMatch(t -> t.text().equals(",")) ? inverted : null;
      ActorSpan speaker = before != null ? before : inverted;
      int comma = lastComma(tokens, speaker != null && speaker.from() < v ? speaker.from() : v);
      String text = speaker == null && comma >= 0 && Subjects.npLike(tokens, comma + 1, v)
          ? s.sentence().span(comma + 1, v) : null;
      int head = speaker == null && comma >= 0 && text == null ? Subjects.participleHead(tokens, comma + 1, v) : -1;
      if (head > comma + 1) {
        text = s.sentence().span(comma + 1, head); // "..., witnesses quoted by local media said."
      }
      if (speaker == null && comma < 0) {
        text = Subjects.subjectText(s, v); // "The Israeli military gave a very different account.": a whole clause
      }
      return new Frame(v, speaker, text, 0, comma >= 0 ? comma : v, kind, relay, null);
    }
    ActorSpan subject = Subjects.subjectBefore(s, v);
    int from = skipThat(tokens, after);
    return new Frame(v, subject, subject == null ? Subjects.subjectText(s, v) : null, from, tokens.size(), kind, null,
        null);
  }

  /**
   * "..., the Ukrainian military told reporters." tagged as a noun: a verb of telling after a comma and a
   * short subject, followed by its listener and the clause's end, is the verb of attribution.
   */
  private static boolean toldAtTheEnd(AnnotatedSentence s, Lexicon.Match m) {
    int v = m.from();
    int k = commaShortlyBefore(s.sentence().tokens(), v);
    int told = m.entry().has("listener") ? listenerEnd(s, m.to()) : m.to();
    return k >= 0 && k < v - 1 && told > m.to() && endsClause(s, told);
  }

  /**
   * where the listener of a verb of telling ends ("told AFP", "told the Associated Press", "told
   * reporters"): a short noun phrase right after the verb, before a comma, the sentence's end or a time phrase;
   * {@code after} itself when none stands there.
   */
  private static int listenerEnd(AnnotatedSentence s, int after) {
    List<Token> tokens = s.sentence().tokens();
    int k = after;
    while (k < tokens.size() && k - after < 5 && tokens.get(k).tag() != null
        && Set.of("DET", "ADJ", "NOUN", "PROPN").contains(tokens.get(k).tag()) && !inTime(s, k)) {
      k++;
    }
    // (an outlet the dictionary knows ends the listener whatever its tags)
    for (ActorSpan a : s.actors()) {
      if (a.from() == after && "MEDIA".equals(a.role())) {
        k = Math.max(k, a.to());
      }
    }
    return k > after && Subjects.npLike(tokens, after, k) || k > after && firstActorIn(s, after, k) != null ? k : after;
  }

  /**
   * The side whose claim a claim noun is: "Indian claims that ...", "Russia's claims of ...", "Azerbaijani charges
   * that ...": an allegation word in the plural, right after a demonym or a possessive of a side, followed by what
   * it alleges ("that", "of"). Null otherwise.
   */
  private static ActorSpan claimOwner(AnnotatedSentence s, Lexicon.Match m) {
    List<Token> tokens = s.sentence().tokens();
    int v = m.from();
    String w = Lexicon.lower(tokens.get(v));
    if (!m.value().equals("alleges") || m.to() >= tokens.size() || !w.endsWith("s") || w.endsWith("ss")
        || !CLAIM_OPENERS.contains(Lexicon.lower(tokens.get(m.to())))) {
      return null;
    }
    for (ActorSpan a : s.actors()) {
      if (a.to() == v && (a.modifier() || a.possessive()) && a.side() != null) {
        return a;
      }
    }
    return null;
  }

  /**
   * "dismissed as fake claims by the White Helmets that Russian jets had bombed a market", "charges from Kurdish forces
   * that Turkish drones struck a village": an allegation word in the plural, then "by" or "from" and its author (a
   * dictionary actor or a short noun phrase), then "that" and what it alleges, whatever the tagger made of the word.
   * Null otherwise.
   */
  private static Frame claimBy(AnnotatedSentence s, Lexicon.Match m) {
    List<Token> tokens = s.sentence().tokens();
    String w = Lexicon.lower(tokens.get(m.from()));
    int by = m.to();
    if (!m.value().equals("alleges") || !w.endsWith("s") || w.endsWith("ss") || by + 2 >= tokens.size()
        || !Set.of("by", "from").contains(Lexicon.lower(tokens.get(by)))) {
      return null;
    }
    int that = -1;
    for (int k = by + 2; k < Math.min(tokens.size() - 1, by + 10) && that < 0; k++) {
      String t = Lexicon.lower(tokens.get(k));
      if (t.equals("that")) {
        that = k;
      } else if (isPunct(t, ",.;:")) {
        return null;
      }
    }
    if (that < 0) {
      return null;
    }
    ActorSpan author = firstActorIn(s, by + 1, that);
    if (author == null && !Subjects.npLike(tokens, by + 1, that)) {
      return null;
    }
    return new Frame(m.from(), author, author == null ? s.sentence().span(by + 1, that).strip() : null, that + 1,
        tokens.size(), "alleges", null, null);
  }

  /**
   * "Five soldiers were killed ..., the Ukrainian military said, in some of the worst clashes for months": a comma and
   * a short subject before the verb and a comma right after it make an attribution of what came before, whatever
   * aside follows.
   */
  private static boolean trailingAside(AnnotatedSentence s, int v, int after) {
    List<Token> tokens = s.sentence().tokens();
    after = afterPhrase(tokens, after); // "..., the ministry said in a statement, adding ..."
    if (after >= tokens.size() || !tokens.get(after).text().equals(",") || v < 3) {
      return false;
    }
    int k = commaShortlyBefore(tokens, v);
    return k > 2 && k < v - 1 && Subjects.npLike(tokens, k + 1, v);
  }

  /** The comma among the six tokens before the verb at {@code v} that opens its short subject, or -1. */
  private static int commaShortlyBefore(List<Token> tokens, int v) {
    for (int k = v - 1; k >= Math.max(0, v - 6); k--) {
      if (tokens.get(k).text().equals(",")) {
        return k;
      }
    }
    return -1;
  }

  /** "X accused Y of ... and said that ...": a second verb with no subject of its own shares the first's. */
  private static List<Frame> shareSubjects(List<Frame> frames, List<Token> tokens) {
    List<Frame> out = new ArrayList<>();
    for (Frame f : frames) {
      Frame prev = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean coordinated = f.verb() > 0 && Set.of("and", "but").contains(Lexicon.lower(tokens.get(f.verb() - 1)));
      // "Afif told Reuters ... and denied the allegations": the listener of the first verb is not the second's subject
      boolean listener = f.speaker() != null && prev != null && f.speaker().from() > prev.verb()
          && f.speaker().from() <= prev.verb() + 2 && (prev.speaker() == null || prev.speaker().from() < prev.verb());
      if ((f.speaker() == null || listener) && coordinated && prev != null && prev.speakerName() != null) {
        f = new Frame(f.verb(), prev.speaker(), prev.speakerText(), f.from(), f.to(), f.kind(), f.via(), null);
      } else if (prev != null && prev.speakerName() != null && saying(f, prev, tokens)) {
        // "X blamed Y, saying its forces had shelled Z": the participle is X's, and what it tells is laid
        // at Y's door ("its" is the accused's); the name before the comma is the object, not the speaker
        f = new Frame(f.verb(), prev.speaker(), prev.speakerText(), f.from(), f.to(), f.kind(), prev.via(),
            prev.accused());
      }
      out.add(f);
    }
    return out;
  }

  /**
   * A speech participle after a comma ("..., saying", "..., adding") that follows another frame's verb, whose own
   * subject would be a name standing after that verb (its object) or nobody: it shares the earlier verb's subject.
   */
  private static boolean saying(Frame f, Frame prev, List<Token> tokens) {
    int v = f.verb();
    if (v < 2 || !tokens.get(v - 1).text().equals(",") || !Lexicon.lower(tokens.get(v)).endsWith("ing")
        || prev.verb() >= v || prev.from() < prev.verb()) {
      return false;
    }
    return f.speaker() == null ? f.speakerText() == null : f.speaker().from() > prev.verb();
  }

  /**
   * Speech words used otherwise: "claimed over 400 lives" (a toll), "due to reported shelling" (a participle before
   * its noun, with no one reporting).
   */
  private boolean notSpeech(AnnotatedSentence s, Lexicon.Match m, int after) {
    List<Token> tokens = s.sentence().tokens();
    if (after >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(after);
    String lemma = m.entry().words()[0];
    // ("reported five dead" is speech whose object is the figure; "claimed 400 lives" is a toll)
    if (lemma.equals("claim") && (next.isNumber()
        || lexicon.at(tokens, after, "qualifier") != null || lexicon.at(tokens, after, "number") != null
        || Lexicon.lower(next).equals("lives") || Lexicon.lower(next).equals("the") && after + 1 < tokens.size()
            && Lexicon.lower(tokens.get(after + 1)).equals("lives"))) {
      return true;
    }
    // "the previously declared humanitarian ceasefire", "due to reported shelling": a participle before its noun
    boolean modifier = next.tag() != null && (next.tag().equals("ADJ") || next.tag().equals("NOUN"));
    // "..., a local official said, blaming Armenian forces": a participle opening a clause after a comma is a verb
    boolean clause = m.from() > 0 && tokens.get(m.from() - 1).text().equals(",")
        && Lexicon.lower(tokens.get(m.from())).endsWith("ing");
    return modifier && !clause && Subjects.subjectBefore(s, m.from()) == null && !nounBefore(tokens, m.from());
  }

  // "Witnesses also reported strikes": a noun (past adverbs) before the word is its subject, so the word is a verb.
  private static boolean nounBefore(List<Token> tokens, int v) {
    int k = v - 1;
    while (k >= 0 && "ADV".equals(tokens.get(k).tag())) {
      k--;
    }
    String tag = k >= 0 ? tokens.get(k).tag() : null;
    return tag != null && (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON"));
  }

  /** Complements end where the next frame's speaker starts, or at a clause conjunction. */
  private static List<Frame> trim(List<Frame> frames, List<Token> tokens) {
    List<Frame> out = new ArrayList<>();
    for (int i = 0; i < frames.size(); i++) {
      Frame f = frames.get(i);
      int to = f.to();
      for (int j = i + 1; j < frames.size(); j++) {
        Frame g = frames.get(j);
        // (a speaker shared with an earlier verb, "He denied ..., saying ...", stands before this complement)
        int start = g.speaker() != null && g.speaker().from() < g.verb() && g.speaker().from() > f.from()
            ? g.speaker().from() : g.verb();
        if (start > f.from() && start < to && g.from() > f.from()) {
          to = start;
        }
      }
      // A complement after its verb ends at a clause conjunction; one before it ("A but B, X said") is all X's.
      for (int k = f.from(); k < to && f.from() > f.verb(); k++) {
        if (k > f.from() && CLAUSE_BREAK.contains(Lexicon.lower(tokens.get(k)))) {
          to = k;
          break;
        }
      }
      out.add(new Frame(f.verb(), f.speaker(), f.speakerText(), f.from(), Math.max(f.from(), to), f.kind(), f.via(),
          f.accused()));
    }
    return out;
  }

  static ActorSpan firstActorIn(AnnotatedSentence s, int from, int to) {
    for (ActorSpan a : s.actors()) {
      if (a.from() >= from && a.to() <= to) {
        return a;
      }
    }
    return null;
  }

  static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
      "their", "his", "her", "such", "any", "no", "our", "my", "your");

  /**
   * ", the military said." tagged as a noun: "said" or "says" closing the sentence after a comma and a short noun
   * phrase is the verb of attribution whatever the tagger thought.
   */
  private static boolean saidAtTheEnd(List<Token> tokens, int v) {
    String w = Lexicon.lower(tokens.get(v));
    if (!w.equals("said") && !w.equals("says") || v + 1 >= tokens.size()
        || !Set.of(".", ",", "on", "in", "late", "earlier", "today", "yesterday").contains(
            Lexicon.lower(tokens.get(v + 1)))) {
      return false;
    }
    int k = commaShortlyBefore(tokens, v);
    return k >= 0 && k < v - 1;
  }

  private static boolean usedAsVerb(List<Token> tokens, int v) {
    Token t = tokens.get(v);
    if (v > 0 && DETERMINERS.contains(Lexicon.lower(tokens.get(v - 1)))) {
      return false;
    }
    if (t.tag() != null) {
      // the tagger reads "The Israeli military said six rockets ..." with "said" as an adjective
      return t.tag().equals("VERB") || t.tag().equals("AUX") || Set.of("said", "says").contains(Lexicon.lower(t))
          || (t.tag().equals("NOUN") && v > 0 && tokens.get(v - 1).text().equalsIgnoreCase("to"))
          || saidAtTheEnd(tokens, v) || thatFollows(tokens, v) || presentAfterName(tokens, v);
    }
    if (v > 0) {
      String prev = Lexicon.lower(tokens.get(v - 1));
      return !Set.of("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her").contains(prev);
    }
    return true;
  }

  // "The Sudan Doctors Network condemns in the strongest terms ...": the tagger reads a present tense right after a
  // name as a noun of a compound; followed by a determiner, preposition or pronoun it is the name's verb. So too
  // after a name and its head noun ("Karabakh army reports two dead") and before a figure, as headlines write it.
  private static boolean presentAfterName(List<Token> tokens, int v) {
    Token t = tokens.get(v);
    if (v < 2 || v + 1 >= tokens.size() || !t.text().endsWith("s") || t.text().endsWith("ss")
        || !Character.isLowerCase(t.text().charAt(0))) {
      return false;
    }
    String next = tokens.get(v + 1).tag();
    // ("Ukrainian media reports of shelling": after a head noun, only a figure or a determiner makes it a verb)
    return Character.isUpperCase(tokens.get(v - 1).text().charAt(0)) && Set.of("DET", "ADP", "PRON", "NUM").contains(next)
        || "NOUN".equals(tokens.get(v - 1).tag()) && Character.isUpperCase(tokens.get(v - 2).text().charAt(0))
        && Set.of("DET", "NUM").contains(next);
  }

  // "the Brigades announce that ...": a speech word right before "that" is its verb whatever the tagger said (it
  // reads a present-tense "announce" as a conjunction), unless a determiner made it a noun above.
  private static boolean thatFollows(List<Token> tokens, int v) {
    return v + 1 < tokens.size() && Lexicon.lower(tokens.get(v + 1)).equals("that") && v > 0
        && !Lexicon.lower(tokens.get(v - 1)).equals("to");
  }

  /**
   * Where a prepositional phrase with no verb that starts at {@code i} ends ("said on its Facebook page", "in a
   * provisional toll"): the next comma or the sentence's end; {@code i} itself when no such phrase starts there.
   */
  private static int afterPhrase(List<Token> tokens, int i) {
    if (i >= tokens.size() || !"ADP".equals(tokens.get(i).tag())) {
      return i;
    }
    int k = i + 1;
    for (; k < tokens.size() && k - i <= 8; k++) {
      Token t = tokens.get(k);
      if (t.text().equals(",") || t.text().equals(".")) {
        return k;
      }
      if (t.tag() == null || t.tag().equals("VERB") || t.tag().equals("AUX") || t.tag().equals("SCONJ")
          || Lexicon.lower(t).equals("that")) {
        return i;
      }
    }
    return k == tokens.size() ? k : i;
  }

  /** Whether only time words, adverbs, a verbless prepositional phrase and punctuation follow token {@code i}. */
  private static boolean endsClause(AnnotatedSentence s, int i) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = afterPhrase(tokens, i); k < tokens.size(); k++) {
      Token t = tokens.get(k);
      // "..., the ministry said on Sunday, adding that ...": a participle clause after the speaker is the speaker's
      if (t.text().equals(",") && k + 1 < tokens.size() && Lexicon.lower(tokens.get(k + 1)).endsWith("ing")
          && (tokens.get(k + 1).tag() == null || tokens.get(k + 1).tag().equals("VERB"))) {
        return true;
      }
      if (!(covered(s, k) || !t.isWord() || t.tag() != null && t.tag().equals("ADV")
          || TRAILING.contains(Lexicon.lower(t)))) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code k} is inside a time phrase ("on Friday"). */
  private static boolean inTime(AnnotatedSentence s, int k) {
    for (Spans.TimeSpan ts : s.times()) {
      if (ts.from() <= k && k < ts.to()) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(AnnotatedSentence s, int k) {
    for (Spans.TimeSpan ts : s.times()) {
      if (ts.from() <= k && k < ts.to()) {
        return true;
      }
    }
    for (ActorSpan a : s.actors()) {
      if (a.from() <= k && k < a.to()) {
        return true;
      }
    }
    return false;
  }

  private static int lastComma(List<Token> tokens, int before) {
    for (int k = before - 1; k >= 0; k--) {
      String t = tokens.get(k).text();
      if (t.equals(",") || t.equals("”") || t.equals("\"")) {
        return k;
      }
    }
    return -1;
  }

  private static int skipThat(List<Token> tokens, int i) {
    return i < tokens.size() && Lexicon.lower(tokens.get(i)).equals("that") ? i + 1 : i;
  }

  private static int indexOf(List<Token> tokens, String word, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Lexicon.lower(tokens.get(k)).equals(word)) {
        return k;
      }
    }
    return -1;
  }

  private static int indexOfAny(List<Token> tokens, Set<String> words, int from, int to) {
    for (int k = from; k < to; k++) {
      if (words.contains(Lexicon.lower(tokens.get(k)))) {
        return k;
      }
    }
    return -1;
  }

  static boolean isPunct(String t, String set) {
    return t.length() == 1 && set.indexOf(t.charAt(0)) >= 0;
  }
}
