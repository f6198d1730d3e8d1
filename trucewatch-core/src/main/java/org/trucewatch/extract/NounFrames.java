package org.trucewatch.extract;

import static org.trucewatch.extract.FrameTokens.firstActorIn;
import static org.trucewatch.extract.FrameTokens.isPunct;

import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * Frames that a noun phrase opens rather than a speech verb: a headline's or live blog's speaker before a colon
 * ("Health ministry: ..."), and an allegation noun's owner ("Indian claims that ...") or author ("claims by X that
 * ..."). Reads a sentence's tokens and actors; writes new frames. Thread-safe.
 */
final class NounFrames {

  // what a claim noun's content opens with: "claims that ...", "claims of ..."
  private static final Set<String> CLAIM_OPENERS = Set.of("that", "of");

  private final Lexicon lexicon;

  NounFrames(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * "14:00 Gaza's health ministry: 404 killed", "Ukraine's army: two soldiers wounded": a live blog's or a headline's
   * speaker named at the start and followed by a colon says what comes after it.
   */
  static Frame colonFrame(AnnotatedSentence s) {
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
  Frame colonNounFrame(AnnotatedSentence s) {
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

  /**
   * The side whose claim a claim noun is: "Indian claims that ...", "Russia's claims of ...", "Azerbaijani charges
   * that ...": an allegation word in the plural, right after a demonym or a possessive of a side, followed by what
   * it alleges ("that", "of"). Null otherwise.
   */
  static ActorSpan claimOwner(AnnotatedSentence s, Lexicon.Match m) {
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
  static Frame claimBy(AnnotatedSentence s, Lexicon.Match m) {
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
}
