package org.trucewatch.nlp;

import java.util.ArrayList;
import java.util.List;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.Paragraph;

/**
 * Splits an article body into sentences with their tokens: immutable and thread-safe. Paragraphs are hard
 * boundaries; inside one, a sentence ends at {@code . ! ?} (with any closing quotes and brackets) followed by a
 * capitalised word, a digit or an opening quote, unless the period belongs to an abbreviation, an initial or an
 * ellipsis inside a sentence. Offsets are into the body, so sentences are provenance as they stand.
 */
public final class SentenceSplitter {

  private final Tokenizer tokenizer;
  private final Abbreviations abbreviations;
  /** A sentence of more tokens is cut into pieces of this many (0: never), so that no later stage sees 100k words. */
  private final int maxTokens;

  /** The most tokens one sentence holds unless {@link #withMaxTokens} says otherwise (see {@link #addCapped}). */
  public static final int MAX_TOKENS = 250;

  public SentenceSplitter(Tokenizer tokenizer, Abbreviations abbreviations) {
    this(tokenizer, abbreviations, MAX_TOKENS);
  }

  private SentenceSplitter(Tokenizer tokenizer, Abbreviations abbreviations, int maxTokens) {
    this.tokenizer = tokenizer;
    this.abbreviations = abbreviations;
    this.maxTokens = maxTokens;
  }

  /** This splitter, cutting sentences longer than {@code maxTokens} tokens into pieces. */
  public SentenceSplitter withMaxTokens(int maxTokens) {
    return new SentenceSplitter(tokenizer, abbreviations, maxTokens);
  }

  public static SentenceSplitter english() {
    return new SentenceSplitter(new Tokenizer(Abbreviations.ENGLISH_NEWS), Abbreviations.ENGLISH_NEWS);
  }

  public List<Sentence> split(Article article) {
    List<Sentence> out = new ArrayList<>();
    String body = article.body();
    for (int p = 0; p < article.paragraphs().size(); p++) {
      Paragraph para = article.paragraphs().get(p);
      split(body, para.start(), para.end(), p, out);
    }
    return out;
  }

  /** Sentences of {@code body[from, to)}, appended to {@code out}, numbered after those already there. */
  public void split(String body, int from, int to, int paragraph, List<Sentence> out) {
    List<Token> tokens = tokenizer.tokenize(body.substring(from, to), from);
    int first = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (endsSentence(tokens, i)) {
        int last = i;
        while (last + 1 < tokens.size() && isCloser(tokens.get(last + 1).text())) {
          last++;
        }
        addCapped(body, tokens, first, last + 1, paragraph, out);
        first = last + 1;
        i = last;
      }
    }
    if (first < tokens.size()) {
      addCapped(body, tokens, first, tokens.size(), paragraph, out);
    }
  }

  /** Two or more full stops and nothing else (as {@code t.matches("\\.{2,}")}, without a regex per token). */
  private static boolean dots(String t) {
    if (t.length() < 2) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      if (t.charAt(k) != '.') {
        return false;
      }
    }
    return true;
  }

  private boolean endsSentence(List<Token> tokens, int i) {
    String t = tokens.get(i).text();
    boolean terminal = t.equals(".") || t.equals("!") || t.equals("?") || t.equals("…") || dots(t);
    boolean abbrev = t.length() > 1 && t.endsWith(".") && Character.isLetter(t.charAt(0));
    if (!terminal && !abbrev) {
      return false;
    }
    int next = i + 1;
    while (next < tokens.size() && isCloser(tokens.get(next).text())) {
      next++;
    }
    if (next >= tokens.size()) {
      return true;
    }
    String n = tokens.get(next).text();
    boolean startsNew = Character.isUpperCase(n.charAt(0)) || Character.isDigit(n.charAt(0)) || isOpener(n);
    if (!startsNew) {
      return false;
    }
    if (abbrev) {
      String word = t.substring(0, t.length() - 1);
      // "9 a.m. Moscow time", "5 p.m. GMT": a zone or a place's time follows the clock time in the same sentence.
      boolean zone = n.length() <= 4 && n.equals(n.toUpperCase(java.util.Locale.ROOT))
          || next + 1 < tokens.size() && tokens.get(next + 1).text().equalsIgnoreCase("time");
      // "from 7:30 a.m. Saturday": the clock time's day follows it in the same sentence
      boolean day = (word.equalsIgnoreCase("a.m") || word.equalsIgnoreCase("p.m"))
          && WEEKDAYS.contains(n.toLowerCase(java.util.Locale.ROOT));
      // "J. Smith", "Gen. Lee": an initial or title before a name does not end the sentence.
      return abbreviations.canEndSentence(word) && !Character.isDigit(n.charAt(0)) && !zone && !day
          && !clockAfterThat(tokens, i);
    }
    if (dots(t) && tokens.get(next).isCapitalised()) {
      return t.length() >= 3;
    }
    return true;
  }

  private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday");

  // "said that at 7:30 a.m. Armenian forces shelled ...": a clock time right after "that" opens the clause it dates
  private static final java.util.Set<String> CLOCK_WORDS = java.util.Set.of("at", "from", "around", "about", "after",
      "before", "by", "shortly", "until", "since", "approximately", "roughly");

  private static boolean clockAfterThat(List<Token> tokens, int i) {
    boolean digit = false;
    for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
      String w = tokens.get(k).text().toLowerCase(java.util.Locale.ROOT);
      if (w.equals("that")) {
        return digit;
      }
      if (Character.isDigit(w.charAt(0))) {
        digit = true;
      } else if (!CLOCK_WORDS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isCloser(String t) {
    return t.equals("\"") || t.equals("”") || t.equals("’") || t.equals("'") || t.equals(")") || t.equals("]")
        || t.equals("»");
  }

  private static boolean isOpener(String t) {
    return t.equals("\"") || t.equals("“") || t.equals("‘") || t.equals("(") || t.equals("«") || t.equals("'");
  }

  /**
   * Adds {@code tokens[from, to)} as sentences of at most {@code maxTokens} tokens: a longer run (a list, a table,
   * text without full stops) is cut after its last comma, semicolon or colon in the second half of each piece, else
   * hard, so that the work the extractor does per sentence stays bounded; no sentence of news comes near the cap.
   */
  private void addCapped(String body, List<Token> tokens, int from, int to, int paragraph, List<Sentence> out) {
    while (maxTokens > 0 && to - from > maxTokens) {
      int cut = from + maxTokens;
      for (int k = from + maxTokens - 1; k >= from + maxTokens / 2; k--) {
        String t = tokens.get(k).text();
        if (t.equals(",") || t.equals(";") || t.equals(":")) {
          cut = k + 1;
          break;
        }
      }
      add(body, tokens, from, cut, paragraph, out);
      from = cut;
    }
    add(body, tokens, from, to, paragraph, out);
  }

  private static void add(String body, List<Token> tokens, int from, int to, int paragraph, List<Sentence> out) {
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    out.add(new Sentence(out.size(), paragraph, start, end, body.substring(start, end), tokens.subList(from, to)));
  }
}
