package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * The words around a truce word and its status words that steer how {@link CeasefireFinder} reads them (lexicon:
 * cfcue): negations and hedges, "how", "within hours", and how far apart two words stand. Immutable and thread-safe.
 */
final class TruceCues {

  private final Lexicon lexicon;

  TruceCues(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** "broke down within hours": a cue (lexicon: cfcue sameday) within three words after the status word. */
  boolean sameDay(List<Token> tokens, int after) {
    for (int k = after; k < Math.min(tokens.size(), after + 3); k++) {
      Lexicon.Entry cue = lexicon.at(tokens, k, "cfcue");
      if (cue != null && cue.value().equals("sameday")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a comma stands in {@code [from, to)}. */
  static boolean comma(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).text().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a resolved date begins within {@code words} words from {@code at}. */
  static boolean dateWithin(AnnotatedSentence s, int at, int words) {
    return s.times().stream().anyMatch(t -> t.resolved() && t.from() >= at && t.from() <= at + words);
  }

  /**
   * Words between two spans, in either order, not counting one inserted clause between commas (", which backs the
   * government,").
   */
  static int distance(List<Token> tokens, int aFrom, int aTo, int bFrom, int bTo) {
    int from = Math.min(aTo, bTo);
    int to = Math.max(aFrom, bFrom);
    if (to <= from) {
      return 0;
    }
    int gap = to - from;
    int open = -1;
    for (int k = from; k < to; k++) {
      if (tokens.get(k).text().equals(",")) {
        if (open >= 0 && k - open <= 20) {
          return gap - (k - open + 1);
        }
        open = k;
      }
    }
    return gap;
  }

  /** "agreed on how a ceasefire would be verified": a wh-word between the status word and the truce word. */
  boolean aboutOther(List<Token> tokens, Lexicon.Match n, Lexicon.Match m) {
    for (int k = Math.min(n.to(), m.to()); k < Math.max(n.from(), m.from()); k++) {
      Lexicon.Entry cue = lexicon.at(tokens, k, "cfcue");
      if (cue != null && cue.value().equals("wh")) {
        return true;
      }
    }
    return false;
  }

  /** The negation or hedge (lexicon: cfcue neg, hedge) within three words before the status word, or null. */
  String negated(List<Token> tokens, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      Lexicon.Entry cue = lexicon.at(tokens, k, "cfcue");
      if (cue != null && (cue.value().equals("neg") || cue.value().equals("hedge"))) {
        return cue.value();
      }
    }
    return null;
  }

  /**
   * For a status word under a hedge in a clause that an agreeing word governs ("agreed in Paris on Monday that the
   * sides would fully implement a ceasefire"): that agreeing word, within six words before the "that"; else null.
   */
  Lexicon.Match hedgedAgreement(List<Token> tokens, Lexicon.Match m) {
    if (!"hedge".equals(negated(tokens, m.from()))) {
      return null;
    }
    for (int k = m.from() - 1; k >= Math.max(0, m.from() - 12); k--) {
      if (!Lexicon.lower(tokens.get(k)).equals("that")) {
        continue;
      }
      for (Lexicon.Match a : lexicon.find(tokens.subList(0, k), "cfstatus")) {
        if (a.value().equals("agreed") && a.to() >= k - 6 && negated(tokens, a.from()) == null) {
          return a;
        }
      }
      return null;
    }
    return null;
  }

  /** A status word of the right part of speech (flag verb) and not part of a time expression ("the end of 2019"). */
  static boolean usable(AnnotatedSentence s, Lexicon.Match m) {
    String tag = s.sentence().tokens().get(m.from()).tag();
    if (m.entry().has("verb") && tag != null && !tag.equals("VERB")) {
      return false;
    }
    return s.times().stream().noneMatch(t -> t.from() < m.to() && m.from() < t.to());
  }
}
