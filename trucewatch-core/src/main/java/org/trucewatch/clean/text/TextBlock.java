package org.trucewatch.clean.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line-block of a plain-text page with the features the cleaner decides on. Mutable only while classifying. */
final class TextBlock {

  /** What a block is, as far as the cleaner can tell. */
  enum Kind {
    /** Long running prose: the story, unless context says otherwise. */
    GOOD,
    /** Shorter prose: the story when it stands among story paragraphs. */
    NEAR_GOOD,
    /** A headline-shaped line: the title, a section heading, or a teaser of another story. */
    HEADING,
    /** A short line that is neither prose nor a headline. */
    SHORT,
    /** A picture caption. */
    CAPTION,
    /** A byline, a dateline or a date line, an article number. */
    META,
    /** Page furniture. */
    BAD,
    /** A line after which the page holds no more of the story. */
    END
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*");
  private static final Pattern QUOTED = Pattern.compile("[\"“][^\"“”]*[\"”]|‘[^‘’]{12,}’");
  // "US" in capitals is the country ("US soldiers", "the US military"), not the site's "us".
  private static final Pattern SELF = Pattern.compile("\\b(?i:we|our|ours|you|your|yours)\\b|\\b(?:us|Us)\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]['\"”’)\\]]*\\s*$|[\"”’]\\s*$");

  final int index;
  final String text;
  final int words;
  final double stopwordDensity;
  final boolean sentenceEnd;
  final boolean startsUpper;
  final int selfAddress;
  final Set<String> contentWords;
  Kind kind;
  String reason;
  // a byline-and-date line's byline segment (or null) and date segment, split once when classified
  String[] segments;

  TextBlock(int index, String text, Set<String> stopwords) {
    this.index = index;
    this.text = text;
    Matcher m = WORD.matcher(text);
    int n = 0;
    int stop = 0;
    Set<String> content = new HashSet<>();
    while (m.find()) {
      n++;
      String w = m.group().toLowerCase(Locale.ROOT);
      if (stopwords.contains(w)) {
        stop++;
      } else if (w.length() >= 3) {
        content.add(stem(w));
      }
    }
    this.words = n;
    this.stopwordDensity = n == 0 ? 0 : (double) stop / n;
    this.sentenceEnd = SENTENCE_END.matcher(text).find();
    int first = 0;
    while (first < text.length() && !Character.isLetterOrDigit(text.charAt(first))) {
      first++;
    }
    this.startsUpper = first < text.length()
        && (Character.isUpperCase(text.charAt(first)) || Character.isDigit(text.charAt(first)));
    this.selfAddress = count(SELF, QUOTED.matcher(text).replaceAll(" "));
    this.contentWords = Set.copyOf(content);
  }

  int chars() {
    return text.length();
  }

  /** How many of the block's words, outside quotation marks, are in {@code words} (lower case). */
  int wordsIn(Set<String> words) {
    if (words.isEmpty()) {
      return 0;
    }
    int n = 0;
    Matcher m = WORD.matcher(QUOTED.matcher(text).replaceAll(" "));
    while (m.find()) {
      n += words.contains(m.group().toLowerCase(Locale.ROOT)) ? 1 : 0;
    }
    return n;
  }

  /**
   * A sentence that tells who said what ("The militia denied firing at the market."): a capitalised, punctuated
   * sentence of some length with a verb of {@code reporting} outside quotes. News prose, not a teaser or a caption.
   */
  boolean attributedSentence(Set<String> reporting) {
    return startsUpper && sentenceEnd && words >= 7 && wordsIn(reporting) > 0;
  }

  /** Whether a word of {@code verbs} (lower case) stands after the block's first word: "Hamas denied it", not "Said". */
  boolean verbAfterSubject(Set<String> verbs) {
    Matcher m = WORD.matcher(QUOTED.matcher(text).replaceAll(" "));
    boolean first = true;
    while (m.find()) {
      if (!first && verbs.contains(m.group().toLowerCase(Locale.ROOT))) {
        return true;
      }
      first = false;
    }
    return false;
  }

  boolean isProse() {
    return kind == Kind.GOOD || kind == Kind.NEAR_GOOD;
  }

  /** A headline's shape: a few capitalised words with no sentence-final punctuation. */
  boolean headlineShaped() {
    return words >= 3 && words <= 30 && startsUpper && !sentenceEnd && chars() <= 220;
  }

  void set(Kind k, String why) {
    kind = k;
    reason = why;
  }

  private static int count(Pattern p, String s) {
    int c = 0;
    Matcher m = p.matcher(s);
    while (m.find()) {
      c++;
    }
    return c;
  }

  // A light plural/possessive folding so that "ceasefires" and "ceasefire's" meet "ceasefire".
  static String stem(String w) {
    String s = w.replace("’", "'");
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2);
    }
    if (s.length() > 4 && s.endsWith("ies")) {
      return s.substring(0, s.length() - 3) + "y";
    }
    if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss")) {
      return s.substring(0, s.length() - 1);
    }
    return s;
  }

  @Override
  public String toString() {
    return index + " " + kind + (reason == null ? "" : "(" + reason + ")") + " " + text;
  }
}
