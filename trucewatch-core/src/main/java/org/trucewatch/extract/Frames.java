package org.trucewatch.extract;

import static org.trucewatch.extract.FrameTokens.afterPhrase;
import static org.trucewatch.extract.FrameTokens.commaShortlyBefore;
import static org.trucewatch.extract.FrameTokens.endsClause;
import static org.trucewatch.extract.FrameTokens.firstActorIn;
import static org.trucewatch.extract.FrameTokens.inTime;
import static org.trucewatch.extract.FrameTokens.indexOf;
import static org.trucewatch.extract.FrameTokens.indexOfAny;
import static org.trucewatch.extract.FrameTokens.isPunct;
import static org.trucewatch.extract.FrameTokens.lastComma;
import static org.trucewatch.extract.FrameTokens.skipThat;

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
 *
 * <p>Reads a sentence's speech words (lexicon category {@code speech}); writes its frames. Frames a noun opens are
 * {@link NounFrames}', the passes over all of them {@link FramePasses}'.
 */
final class Frames {

  // "..., according to X, and at least ... according to Y", "according to X, which ...": the source closes its clause
  private static final Set<String> CLAUSE_CLOSERS = Set.of("and", "but", "or", "while", "whereas", "which", "who",
      "whose", "where", "citing", "quoting", "adding", "saying");
  private static final Set<String> OBJECT_PRONOUNS = Set.of("us", "me", "him", "her", "them");
  private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");
  private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that");

  private final Lexicon lexicon;
  private final NounFrames nouns;
  private final FramePasses passes;
  private final RelativeSpeakers relatives;
  private final SpeakerOffice offices;

  Frames(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.offices = new SpeakerOffice(lexicon);
    this.relatives = new RelativeSpeakers(lexicon);
    this.nouns = new NounFrames(lexicon);
    this.passes = new FramePasses(lexicon);
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
    Frame colon = NounFrames.colonFrame(s);
    if (colon == null) {
      colon = nouns.colonNounFrame(s);
    }
    if (colon != null) {
      frames.add(0, colon);
    }
    return offices.widen(s, passes.apply(s, relatives.widen(s, frames)));
  }

  private Frame accordingTo(AnnotatedSentence s, Lexicon.Match m) {
    List<Token> tokens = s.sentence().tokens();
    int end = m.to();
    while (end < tokens.size() && !isPunct(tokens.get(end).text(), ",.;")) {
      end++;
    }
    ActorSpan speaker = firstActorIn(s, m.to(), end);
    // "according to five residents who spoke to this newspaper by phone ...": the source is named before its relative
    int named = end;
    for (int k = m.to() + 1; k < end && named == end; k++) {
      named = RELATIVES.contains(Lexicon.lower(tokens.get(k))) ? k : end;
    }
    String text = named - m.to() <= 10 ? s.sentence().span(m.to(), named) : null;
    if (m.from() <= 1) {
      return new Frame(m.from(), speaker, text, Math.min(end + 1, tokens.size()), tokens.size(), "reports", null, null);
    }
    if (end < tokens.size() - 3 && tokens.get(end).text().equals(",") && m.from() > 0
        && isPunct(tokens.get(m.from() - 1).text(), ",") && !CLAUSE_CLOSERS.contains(Lexicon.lower(tokens.get(end + 1)))) {
      // "..., when, according to X, units opened fire on Y": set off by commas inside the sentence, the source
      // speaks for the clause around it, what follows as well as what went before
      return new Frame(m.from(), speaker, text, 0, tokens.size(), "reports", null, null);
    }
    return new Frame(m.from(), speaker, text, 0, m.from(), "reports", null, null);
  }

  private Frame verbFrame(AnnotatedSentence s, Lexicon.Match m) {
    List<Token> tokens = s.sentence().tokens();
    int v = m.from();
    // "The Israeli military gave a very different account": a phrase of three words or more is speech whatever the
    // tagger made of its verb
    Frame by = NounFrames.claimBy(s, m);
    if (by != null) {
      return by;
    }
    ActorSpan owner = NounFrames.claimOwner(s, m);
    if (owner == null && m.entry().has("noun")) {
      return null; // "rejected the accusations": an allegation's noun speaks only with its owner named
    }
    if (m.entry().has("monitor") && !SpeechVerbs.namedRecorder(s, v)) {
      return null; // "explosions were recorded", "a video recorded": a record speaks only in its named keeper's voice
    }
    if (m.entry().words().length < 3 && !SpeechVerbs.usedAsVerb(tokens, v)
        && !SpeechVerbs.presentAfterSpeaker(s, v) && !SpeechVerbs.pluralPresentAfterHead(lexicon, tokens, m)
        && owner == null && !toldAtTheEnd(s, m)
        && !deniesAPart(tokens, m, v)) {
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
    if (SpeechVerbs.notSpeech(lexicon, s, m, after) && !toldAtTheEnd(s, m)) {
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
    if (countPhrase(m)) {
      // "The ministry put the number of dead at 14.": the count follows the phrase; it ends no clause
      ActorSpan subject = Subjects.subjectBefore(s, v);
      return new Frame(v, subject, subject == null ? Subjects.subjectText(s, v) : null, after, tokens.size(), kind,
          null, null);
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
      // "..., the town's mayor, Ivan Petrenko, said.": the comma that ends what was said stands before the apposition
      int aside = speaker == null ? Subjects.relativeBefore(tokens, v) : -1;
      int comma = lastComma(tokens, speaker != null && speaker.from() < v ? speaker.from() : aside > 0 ? aside : v);
      String text = speaker == null && comma >= 0 && (Subjects.npLike(tokens, comma + 1, v)
          || Subjects.ownerAndOffice(tokens, comma + 1, v)) ? s.sentence().span(comma + 1, v) : null;
      int head = speaker == null && comma >= 0 && text == null ? Subjects.participleHead(tokens, comma + 1, v) : -1;
      if (head > comma + 1) {
        text = s.sentence().span(comma + 1, head); // "..., witnesses quoted by local media said."
      }
      if (speaker == null && (comma < 0 || aside > 0)) {
        text = Subjects.subjectText(s, v); // "The Israeli military gave a very different account.": a whole clause
      }
      if (speaker == null && text == null && passiveBeforePlace(tokens, v, after)) {
        // "Strikes were also reported in Saraqib." says where, not who: no one speaks, the place after
        // the verb is the trigger's (Clauses.passiveReport), as when the sentence goes on past the place
        return new Frame(v, null, null, after, tokens.size(), kind, null, null);
      }
      return new Frame(v, speaker, text, 0, comma >= 0 ? comma : v, kind, relay, null);
    }
    ActorSpan subject = participleSubject(s, v, Subjects.subjectBefore(s, v));
    String written = subject == null ? Subjects.subjectText(s, v) : null;
    int end = subject == null && written == null && closesQuote(tokens, v) ? invertedEnd(tokens, after) : -1;
    if (end > after) {
      // '"...," said a farmer who asked not to be named': the speaker stands after the verb (its noun
      // phrase, not the relative clause), what was said before the quote's comma
      ActorSpan named = firstActorIn(s, after, end);
      return new Frame(v, named, named == null ? s.sentence().span(after, end).strip() : null, 0, v - 2, kind, null,
          null);
    }
    int from = skipThat(tokens, after);
    return new Frame(v, subject, written, from, tokens.size(), kind, null, null);
  }

  /** '," said': the verb right after a closing quote mark that a comma, question or exclamation mark precedes. */
  private static boolean closesQuote(List<Token> tokens, int v) {
    return v >= 3 && isPunct(tokens.get(v - 1).text(), "\"”'’") && isPunct(tokens.get(v - 2).text(), ",?!");
  }

  /**
   * Where the noun phrase right after a verb ends ("a 34-year-old farmer", "one teacher", "another official"): its
   * determiners, numbers, adjectives and nouns, up to a relative pronoun, a preposition or punctuation; {@code after}
   * when the words there are no noun phrase.
   */
  private static int invertedEnd(List<Token> tokens, int after) {
    int k = after;
    while (k < tokens.size() && k - after < 8 && tokens.get(k).tag() != null
        && (INVERTED_NP.contains(tokens.get(k).tag()) || tokens.get(k).text().equals("-"))) {
      k++;
    }
    while (k > after && !Set.of("NOUN", "PROPN").contains(tokens.get(k - 1).tag())) {
      k--; // (the phrase ends in its head noun)
    }
    return k > after && Subjects.npLike(tokens, after, k) ? k : after;
  }

  private static final Set<String> INVERTED_NP = Set.of("DET", "NUM", "ADJ", "NOUN", "PROPN");

  /** A phrase giving a count whose figure follows it ("put the toll at", "gave a figure of"): it ends in a preposition. */
  private static boolean countPhrase(Lexicon.Match m) {
    String[] w = m.entry().words();
    return w.length > 2 && (w[w.length - 1].equals("at") || w[w.length - 1].equals("of"));
  }

  /**
   * "Baku issued a statement, carried by AzerTac, flatly denying ...": a speech participle opening a clause after a
   * comma is said by its sentence's subject, not by a name standing past the main verb (an outlet, an object).
   */
  private ActorSpan participleSubject(AnnotatedSentence s, int v, ActorSpan nearest) {
    List<Token> tokens = s.sentence().tokens();
    int c = v - 1;
    while (c > 0 && "ADV".equals(tokens.get(c).tag())) {
      c--; // "..., flatly denying"
    }
    if (nearest == null || c < 2 || !tokens.get(c).text().equals(",") || !Lexicon.lower(tokens.get(v)).endsWith("ing")) {
      return nearest;
    }
    int main = -1;
    for (int k = 1; k < c && main < 0; k++) {
      String tag = tokens.get(k).tag();
      main = "VERB".equals(tag) || "AUX".equals(tag) ? k : -1;
    }
    if (main < 0 || nearest.from() < main || lexicon.at(tokens, main, "blame") != null
        || Lexicon.lower(tokens.get(main)).startsWith("accus")) {
      return nearest; // "X blamed Y, saying its forces had shelled ...": the saying tells what the blamed side did
    }
    ActorSpan subject = Subjects.subjectBefore(s, main);
    return subject != null && subject.to() <= main ? subject : nearest;
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
    if (after < tokens.size() && OBJECT_PRONOUNS.contains(tokens.get(after).text())) {
      return after + 1; // "..., two security sources told us.": a pronoun is whom the speaker told ("US" is a name)
    }
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

  /** A passive report verb ("were (also) reported") right before a place preposition other than "by". */
  private static boolean passiveBeforePlace(List<Token> tokens, int v, int after) {
    if (v < 2 || after >= tokens.size() || !"ADP".equals(tokens.get(after).tag())
        || Lexicon.lower(tokens.get(after)).equals("by")) {
      return false;
    }
    int aux = "ADV".equals(tokens.get(v - 1).tag()) ? v - 2 : v - 1;
    return PASSIVE_AUX.contains(Lexicon.lower(tokens.get(aux)));
  }

  private static final Set<String> PASSIVE_AUX = Set.of("is", "are", "was", "were", "been", "being");

  /** "Ukraine denies role", as headlines write it: a present denial after a name, the tagger's noun, before a part. */
  private boolean deniesAPart(List<Token> tokens, Lexicon.Match m, int v) {
    return m.value().equals("denies") && v > 0 && v + 1 < tokens.size() && tokens.get(v).text().endsWith("s")
        && Character.isUpperCase(tokens.get(v - 1).text().charAt(0))
        && !lexicon.find(tokens.subList(v + 1, v + 2), "deniedpart").isEmpty();
  }
}
