package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.PlaceSpan;
import org.trucewatch.extract.Spans.TimeSpan;
import org.trucewatch.extract.pattern.PatternInput;
import org.trucewatch.extract.pattern.SpanClass;
import org.trucewatch.nlp.Token;

/**
 * An annotated sentence as the pattern language sees it: reads the tokens, the actor, place and time spans and the
 * lexicon's number words; writes nothing. One per sentence; not shared between threads.
 */
final class SentenceInput implements PatternInput {

  private static final int[] NONE = new int[0];

  private final List<Token> tokens;
  private final Lexicon lexicon;
  private final int[][][] spans;
  private final String[] words;
  private final String[] lemmas;

  SentenceInput(AnnotatedSentence s, Lexicon lexicon) {
    this.tokens = s.sentence().tokens();
    this.lexicon = lexicon;
    int n = tokens.size();
    this.words = new String[n];
    this.lemmas = new String[n];
    this.spans = new int[SpanClass.values().length][n][];
    for (int[][] byClass : spans) {
      java.util.Arrays.fill(byClass, NONE);
    }
    for (PlaceSpan p : s.places()) {
      if (!p.inName()) {
        add(spans, SpanClass.PLACE, p.from(), p.to());
      }
    }
    for (ActorSpan a : s.actors()) {
      add(spans, SpanClass.ACTOR, a.from(), a.to());
      if (a.side() != null) {
        add(spans, SpanClass.SIDE, a.from(), a.to());
      }
    }
    for (TimeSpan t : s.times()) {
      add(spans, SpanClass.DATE, t.from(), t.to());
    }
    for (int i = 0; i < n; i++) {
      if (tokens.get(i).isNumber()) {
        add(spans, SpanClass.NUMBER, i, i + 1);
      } else {
        Lexicon.Entry e = lexicon.at(tokens, i, "number");
        if (e != null) {
          add(spans, SpanClass.NUMBER, i, i + e.words().length);
        }
      }
    }
  }

  /** Adds the end {@code to} to the spans of class {@code c} from token {@code from}, once, in the order added. */
  private static void add(int[][][] spans, SpanClass c, int from, int to) {
    int[][] byStart = spans[c.ordinal()];
    if (from < 0 || from >= byStart.length || to <= from) {
      return;
    }
    int[] ends = byStart[from];
    for (int e : ends) {
      if (e == to) {
        return;
      }
    }
    int[] more = java.util.Arrays.copyOf(ends, ends.length + 1); // a token starts one or two spans of a class
    more[ends.length] = to;
    byStart[from] = more;
  }

  @Override
  public int size() {
    return tokens.size();
  }

  @Override
  public String word(int i) {
    if (words[i] == null) {
      words[i] = Lexicon.lower(tokens.get(i));
    }
    return words[i];
  }

  @Override
  public int wordId(int i) {
    return tokens.get(i).id(); // the id of Lexicon.lower's form, which word(i) is
  }

  @Override
  public int lemmaId(int i) {
    org.trucewatch.nlp.Token t = tokens.get(i);
    return t.lemma() != null ? t.lemmaId() : -1; // the id of the token's lemma, which lemma(i) then is
  }

  @Override
  public String lemma(int i) {
    if (lemmas[i] == null) {
      lemmas[i] = Lexicon.lemma(tokens.get(i));
    }
    return lemmas[i];
  }

  @Override
  public String tag(int i) {
    return tokens.get(i).tag();
  }

  @Override
  public int[] spans(SpanClass cls, int i) {
    return spans[cls.ordinal()][i];
  }

  @Override
  public int lexicon(String category, int i) {
    Lexicon.Entry e = lexicon.at(tokens, i, category);
    return e == null ? -1 : i + e.words().length;
  }
}
