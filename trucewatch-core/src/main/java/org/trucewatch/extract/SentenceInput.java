package org.trucewatch.extract;

import java.util.ArrayList;
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
    List<List<Integer>>[] ends = newEnds(n);
    for (PlaceSpan p : s.places()) {
      if (!p.inName()) {
        add(ends, SpanClass.PLACE, p.from(), p.to());
      }
    }
    for (ActorSpan a : s.actors()) {
      add(ends, SpanClass.ACTOR, a.from(), a.to());
      if (a.side() != null) {
        add(ends, SpanClass.SIDE, a.from(), a.to());
      }
    }
    for (TimeSpan t : s.times()) {
      add(ends, SpanClass.DATE, t.from(), t.to());
    }
    for (int i = 0; i < n; i++) {
      if (tokens.get(i).isNumber()) {
        add(ends, SpanClass.NUMBER, i, i + 1);
      } else {
        Lexicon.Entry e = lexicon.at(tokens, i, "number");
        if (e != null) {
          add(ends, SpanClass.NUMBER, i, i + e.words().length);
        }
      }
    }
    this.spans = new int[SpanClass.values().length][][];
    for (SpanClass c : SpanClass.values()) {
      spans[c.ordinal()] = new int[n][];
      for (int i = 0; i < n; i++) {
        List<Integer> e = ends[c.ordinal()].get(i);
        spans[c.ordinal()][i] = e == null ? NONE : e.stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<List<Integer>>[] newEnds(int n) {
    List<List<Integer>>[] out = new List[SpanClass.values().length];
    for (int c = 0; c < out.length; c++) {
      out[c] = new ArrayList<>(java.util.Collections.nCopies(n, null));
    }
    return out;
  }

  private static void add(List<List<Integer>>[] ends, SpanClass c, int from, int to) {
    if (from < 0 || from >= ends[c.ordinal()].size() || to <= from) {
      return;
    }
    List<Integer> l = ends[c.ordinal()].get(from);
    if (l == null) {
      l = new ArrayList<>(2);
      ends[c.ordinal()].set(from, l);
    }
    if (!l.contains(to)) {
      l.add(to);
    }
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
