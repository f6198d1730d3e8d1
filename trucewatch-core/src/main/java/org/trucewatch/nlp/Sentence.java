package org.trucewatch.nlp;

import java.util.List;

/**
 * A sentence of an article body: its offsets {@code [start, end)} into the body, the paragraph it belongs to, its
 * text and tokens (with offsets into the body too, so any span found in a sentence is provenance as it stands).
 */
public record Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The text of tokens {@code [from, to)} as it stands in the sentence. */
  public String span(int from, int to) {
    if (from >= to) {
      return "";
    }
    return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
  }

  /** The index of the first token that starts at or after body offset {@code offset}, or the token count. */
  public int tokenAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > offset) {
        return i;
      }
    }
    return tokens.size();
  }

  public Sentence withTokens(List<Token> tagged) {
    return new Sentence(index, paragraph, start, end, text, tagged);
  }
}
