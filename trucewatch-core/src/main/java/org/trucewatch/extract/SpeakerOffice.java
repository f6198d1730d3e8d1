package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * The office that speaks for a dictionary actor named only as its owner or its seat: "Yemen's information minister
 * said", "the health authorities in Sanaa said", "the UN humanitarian coordinator said". The actor stays the speaker
 * (its id and side), but the claim names the office as written, not the bare country or place.
 *
 * <p>Reads a sentence's frames, tokens and the lexicon's office nouns ({@code speakerhead}, {@code personnoun});
 * writes the frames, each speaker's written words widened to its office. Stateless and thread-safe.
 */
final class SpeakerOffice {

  // "the health authorities in Sanaa", "a spokesman for the Houthis": the seat or principal after the office
  private static final Set<String> SEAT = Set.of("in", "for", "of", "at");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> TITLE_TAGS = Set.of("NOUN", "ADJ", "PROPN");
  private static final int MAX_TITLE = 4;

  private final Lexicon lexicon;

  SpeakerOffice(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The frames, each dictionary speaker's written words widened to the office that speaks for it. */
  List<Frame> widen(AnnotatedSentence s, List<Frame> frames) {
    List<Frame> out = null;
    for (int i = 0; i < frames.size(); i++) {
      Frame f = frames.get(i);
      ActorSpan a = f.speaker();
      String text = a == null ? null : officeText(s, a, f.verb());
      if (text == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(frames);
      }
      out.set(i, f.withSpeaker(a.withText(text), f.speakerText()));
    }
    return out == null ? frames : out;
  }

  /** The office and its actor as written ("Yemen's information minister"), or null when the actor speaks itself. */
  private String officeText(AnnotatedSentence s, ActorSpan a, int verb) {
    List<Token> tokens = s.sentence().tokens();
    // "Yemen's information minister", "UN humanitarian coordinator": the office right after its owner
    int from = a.to() < tokens.size() && Lexicon.possessive(tokens.get(a.to())) ? a.to() + 1 : a.to();
    int end = titleEnd(tokens, from, verb);
    if (end > from && (from > a.to() || !a.possessive())) {
      return s.sentence().span(a.from(), end).strip();
    }
    // "the health authorities in Sanaa": the office before its seat
    int p = a.from() - 1;
    if (p > 0 && ARTICLES.contains(Lexicon.lower(tokens.get(p)))) {
      p--;
    }
    if (p < 1 || !SEAT.contains(Lexicon.lower(tokens.get(p))) || !office(tokens, p - 1)) {
      return null;
    }
    int start = p - 1;
    while (start > 0 && p - start < MAX_TITLE && title(tokens.get(start - 1)) && start - 1 != verb) {
      start--;
    }
    return s.sentence().span(start, a.to()).strip();
  }

  /** The end of title words from {@code from} that close on an office noun before a word of another kind, or -1. */
  private int titleEnd(List<Token> tokens, int from, int verb) {
    int k = from;
    while (k < tokens.size() && k != verb && k - from < MAX_TITLE && title(tokens.get(k))) {
      k++;
    }
    // ("Yemen's information minister Moammar al-Eryani": a name after the office is the dictionary's or another's)
    return k > from && office(tokens, k - 1) && (k == tokens.size() || !title(tokens.get(k))) ? k : -1;
  }

  private boolean office(List<Token> tokens, int k) {
    return k >= 0 && "NOUN".equals(tokens.get(k).tag())
        && (lexicon.at(tokens, k, "personnoun") != null || lexicon.at(tokens, k, "speakerhead") != null);
  }

  private static boolean title(Token t) {
    return t.tag() != null && TITLE_TAGS.contains(t.tag());
  }
}
