package org.trucewatch.extract;

import static org.trucewatch.extract.FrameTokens.commaShortlyBefore;

import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * Whether a speech word the lexicon found is the verb of attribution, whatever the tagger made of it ("said" read as an
 * adjective, "reports" after a name read as a noun) or not speech at all ("claimed 400 lives", "reported shelling").
 * Reads a sentence's tokens and tags; writes nothing. Stateless.
 */
final class SpeechVerbs {

  static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
      "their", "his", "her", "such", "any", "no", "our", "my", "your");

  static boolean usedAsVerb(List<Token> tokens, int v) {
    Token t = tokens.get(v);
    if (v > 0 && DETERMINERS.contains(Lexicon.lower(tokens.get(v - 1)))) {
      return false;
    }
    if (t.tag() != null) {
      // the tagger reads "The Israeli military said six rockets ..." with "said" as an adjective
      return t.tag().equals("VERB") || t.tag().equals("AUX") || Set.of("said", "says").contains(Lexicon.lower(t))
          || (t.tag().equals("NOUN") && v > 0 && tokens.get(v - 1).text().equalsIgnoreCase("to"))
          || saidAtTheEnd(tokens, v) || thatFollows(tokens, v) || presentAfterName(tokens, v)
          || sayAfterSubject(tokens, v) || colonFollows(tokens, v);
    }
    if (v > 0) {
      String prev = Lexicon.lower(tokens.get(v - 1));
      return !Set.of("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her").contains(prev);
    }
    return true;
  }

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

  // "The Sudan Doctors Network condemns in the strongest terms ...": the tagger reads a present tense right after a
  // name as a noun of a compound; followed by a determiner, preposition or pronoun it is the name's verb. So too
  // after a name and its head noun ("Karabakh army reports two dead") and before a figure, as headlines write it.
  private static boolean presentAfterName(List<Token> tokens, int v) {
    Token t = tokens.get(v);
    if (v < 1 || v + 1 >= tokens.size() || !t.text().endsWith("s") || t.text().endsWith("ss")
        || !Character.isLowerCase(t.text().charAt(0))) {
      return false;
    }
    String next = tokens.get(v + 1).tag();
    // "Baku denies targeting civilians", "the ministry denies hitting the station": a gerund after it is its object
    String after = tokens.get(v + 1).text();
    boolean gerund = after.length() > 4 && after.endsWith("ing") && Character.isLowerCase(after.charAt(0));
    int p = v - 1; // "Baku flatly denies": an adverb stands between the name and its verb
    while (p > 0 && "ADV".equals(tokens.get(p).tag())) {
      p--;
    }
    // (a sentence's first word is capitalised whatever it is: there only a proper noun's tag makes it a name)
    boolean name = Character.isUpperCase(tokens.get(p).text().charAt(0)) && (p > 0 || "PROPN".equals(
        tokens.get(p).tag()));
    if (p < 1 && !name) {
      return false;
    }
    // ("Ukrainian media reports of shelling": after a head noun, only a figure or a determiner makes it a verb)
    return name && (Set.of("DET", "ADP", "PRON", "NUM").contains(next) || gerund)
        || p >= 1 && "NOUN".equals(tokens.get(p).tag()) && (Character.isUpperCase(tokens.get(p - 1).text().charAt(0))
        && Set.of("DET", "NUM").contains(next) || gerund);
  }

  // "Residents in the valley say troops fired ...": the plural present "say" after its subject (not a determiner's
  // noun, "have a say", ruled out above) is the verb whatever the tagger read, as "said" and "says" are
  private static boolean sayAfterSubject(List<Token> tokens, int v) {
    return v > 0 && tokens.get(v).text().equals("say") && v + 1 < tokens.size()
        && !Set.of("in", "over", "on", "of").contains(Lexicon.lower(tokens.get(v + 1)));
  }

  // "The regional health office confirms: a strike ...": a lowercase speech word before a colon opens what it says
  private static boolean colonFollows(List<Token> tokens, int v) {
    return v > 0 && v + 2 < tokens.size() && tokens.get(v + 1).text().equals(":")
        && Character.isLowerCase(tokens.get(v).text().charAt(0));
  }

  /**
   * "Local media report strikes on two villages", "residents report heavy shelling": the plural present, as the lexicon
   * writes it, right after a speaker's head noun (category {@code speakerhead}) is that speaker's verb whatever
   * the tagger read, before what is reported; not after a singular determiner ("a media report said"), nor before a
   * verb or a figure.
   */
  static boolean pluralPresentAfterHead(Lexicon lexicon, List<Token> tokens, Lexicon.Match m) {
    int v = m.from();
    if (v < 1 || v + 1 >= tokens.size() || m.entry().words().length != 1
        || !tokens.get(v).text().equals(m.entry().words()[0])) {
      return false;
    }
    // (the bare form already asks a plural subject: a singular determiner before the noun makes them a compound)
    if (lexicon.at(tokens, v - 1, "speakerhead") == null
        || v > 1 && SINGULAR.contains(Lexicon.lower(tokens.get(v - 2)))) {
      return false;
    }
    // (before a figure, "authorities report 24 killed on their side", the count's own readings attribute it)
    return Set.of("ADJ", "DET", "PROPN", "PRON").contains(tokens.get(v + 1).tag());
  }

  private static final Set<String> SINGULAR = Set.of("a", "an", "this", "that", "one", "each", "every");

  /**
   * "The agency WXN reports strikes on two villages": a present tense right after a speaker the dictionary names (not
   * a demonym, "Indian claims", nor a possessive) is that speaker's verb whatever noun follows it.
   */
  static boolean presentAfterSpeaker(AnnotatedSentence s, int v) {
    List<Token> tokens = s.sentence().tokens();
    Token t = tokens.get(v);
    if (v < 1 || v + 1 >= tokens.size() || !t.text().endsWith("s") || t.text().endsWith("ss")
        || !Character.isLowerCase(t.text().charAt(0)) || !tokens.get(v + 1).isWord()
        || Set.of("of", "for", "and", "or").contains(Lexicon.lower(tokens.get(v + 1)))) {
      return false;
    }
    for (Spans.ActorSpan a : s.actors()) {
      if (a.to() == v && !a.demonym() && !a.modifier() && !a.possessive()) {
        return true;
      }
    }
    return false;
  }

  // "the Brigades announce that ...": a speech word right before "that" is its verb whatever the tagger said (it
  // reads a present-tense "announce" as a conjunction), unless a determiner made it a noun above.
  private static boolean thatFollows(List<Token> tokens, int v) {
    return v + 1 < tokens.size() && Lexicon.lower(tokens.get(v + 1)).equals("that") && v > 0
        && !Lexicon.lower(tokens.get(v - 1)).equals("to");
  }

  /**
   * Speech words used otherwise: "claimed over 400 lives" (a toll), "due to reported shelling" (a participle before
   * its noun, with no one reporting).
   */
  static boolean notSpeech(Lexicon lexicon, AnnotatedSentence s, Lexicon.Match m, int after) {
    List<Token> tokens = s.sentence().tokens();
    if (m.value().equals("denies") && withheld(tokens, m.from())) {
      return true; // "has neither confirmed nor denied": a denial it does not give
    }
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
    boolean modifier = next.tag() != null && (next.tag().equals("ADJ") || next.tag().equals("NOUN"))
        && !present(tokens.get(m.from())); // ("officials say Pakistani troops ...": a present tense modifies nothing)
    // "..., a local official said, blaming Armenian forces": a participle opening a clause after a comma is a verb
    boolean clause = m.from() > 0 && tokens.get(m.from() - 1).text().equals(",")
        && Lexicon.lower(tokens.get(m.from())).endsWith("ing");
    return modifier && !clause && Subjects.subjectBefore(s, m.from()) == null && !nounBefore(tokens, m.from());
  }

  // (the denial paired by "nor" or "or" with a confirmation a few words before it)
  private static boolean withheld(List<Token> tokens, int v) {
    if (v < 2 || !Set.of("nor", "or").contains(Lexicon.lower(tokens.get(v - 1)))) {
      return false;
    }
    for (int k = Math.max(0, v - 4); k < v - 1; k++) {
      if (Lexicon.lower(tokens.get(k)).startsWith("confirm")) {
        return true;
      }
    }
    return false;
  }

  private static boolean present(Token t) {
    String w = t.text();
    return w.equals("say") || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && Character.isLowerCase(w.charAt(0));
  }

  // "Witnesses also reported strikes": a noun (past adverbs) before the word is its subject, so the word is a verb.
  // so too past a perfect's auxiliary ("the coalition has denied involvement")
  private static boolean nounBefore(List<Token> tokens, int v) {
    int k = v - 1;
    while (k >= 0 && ("ADV".equals(tokens.get(k).tag()) || PERFECT.contains(Lexicon.lower(tokens.get(k))))) {
      k--;
    }
    // "Ivan Petrenko, the mayor, reported ...": a subject set off by an apposition ends at the comma before the word
    if (k > 0 && tokens.get(k).text().equals(",") && Subjects.relativeBefore(tokens, k + 1) >= 0) {
      return true;
    }
    String tag = k >= 0 ? tokens.get(k).tag() : null;
    return tag != null && (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON"));
  }

  /**
   * "The mission recorded 40 explosions near ...", "SOHR has documented ...": a verb of record keeping (lexicon flag
   * {@code monitor}) reports only as an active verb right after the speaker the dictionary names (past adverbs and a
   * perfect's auxiliary), never in the passive ("were recorded") or after a thing ("a camera recorded").
   */
  static boolean namedRecorder(AnnotatedSentence s, int v) {
    List<Token> tokens = s.sentence().tokens();
    if (!"VERB".equals(tokens.get(v).tag())) {
      return false;
    }
    int k = v - 1;
    while (k >= 0 && ("ADV".equals(tokens.get(k).tag()) || PERFECT.contains(Lexicon.lower(tokens.get(k))))) {
      k--;
    }
    for (Spans.ActorSpan a : s.actors()) {
      if (a.to() == k + 1 && !a.modifier() && !a.possessive()) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PERFECT = Set.of("has", "have", "had");

  private SpeechVerbs() {
  }
}
