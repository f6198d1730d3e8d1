package org.trucewatch.clean.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of a text from its script and its function words: immutable and thread-safe. Reads text, writes
 * an ISO 639-1 code, or null when the text is too short or too mixed to say (unknown is a valid answer).
 *
 * <p>Scripts decide first (Armenian, Georgian, Greek, Hebrew, kana, Han, Hangul); Cyrillic and Arabic script and Latin
 * script are split by the share of each language's function words among the text's words, which needs a few dozen
 * words of running text (a headline is not enough).
 */
public final class LanguageDetector {

  private static final int MIN_WORDS = 12;
  private static final double MIN_STOPWORD_SHARE = 0.08;

  private final Map<String, Set<String>> stopwords;
  private final Map<String, Set<String>> reporting;

  private LanguageDetector(Map<String, Set<String>> stopwords, Map<String, Set<String>> reporting) {
    this.stopwords = stopwords;
    this.reporting = reporting;
  }

  /** Loads the embedded function-word and reporting-verb lists. */
  public static LanguageDetector load() {
    return new LanguageDetector(lists("stopwords.tsv"), lists("reporting.tsv"));
  }

  /** A word list per language: lines of an ISO 639-1 code, a tab and the words, space-separated. */
  private static Map<String, Set<String>> lists(String resource) {
    Map<String, Set<String>> lists = new LinkedHashMap<>();
    try (InputStream in = LanguageDetector.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        Set<String> words = new HashSet<>();
        for (String w : line.substring(tab + 1).split(" ")) {
          if (!w.isEmpty()) {
            words.add(w);
          }
        }
        lists.put(line.substring(0, tab), Set.copyOf(words));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(lists);
  }

  /** The function words of {@code language}, or an empty set for a language without a list. */
  public Set<String> stopwords(String language) {
    return language == null ? Set.of() : stopwords.getOrDefault(language, Set.of());
  }

  /** The verbs that attribute a statement in {@code language} ("said", "denied"), or an empty set. */
  public Set<String> reportingVerbs(String language) {
    return language == null ? Set.of() : reporting.getOrDefault(language, Set.of());
  }

  /** The language of {@code text}, or null when it cannot be told. */
  public String detect(CharSequence text) {
    Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
    int letters = 0;
    int kana = 0;
    int limit = Math.min(text.length(), 20_000);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        scripts.merge(s, 1, Integer::sum);
        if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
          kana++;
        }
      }
    }
    if (letters < 20) {
      return null;
    }
    Character.UnicodeScript main = null;
    int best = 0;
    for (Map.Entry<Character.UnicodeScript, Integer> e : scripts.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        main = e.getKey();
      }
    }
    if (best < letters * 0.5) {
      return null;
    }
    switch (main) {
      case ARMENIAN: return "hy";
      case GEORGIAN: return "ka";
      case GREEK: return "el";
      case HEBREW: return "he";
      case HANGUL: return "ko";
      case HIRAGANA: case KATAKANA: return "ja";
      case HAN: return kana > letters * 0.05 ? "ja" : "zh";
      case CYRILLIC: return byStopwords(text, limit, Set.of("ru", "uk", "bg"));
      case ARABIC: return byStopwords(text, limit, Set.of("ar", "fa"));
      case LATIN: return byStopwords(text, limit, null);
      default: return null;
    }
  }

  private String byStopwords(CharSequence text, int limit, Set<String> among) {
    Map<String, Integer> hits = new HashMap<>();
    int words = 0;
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= limit; i++) {
      char c = i < limit ? text.charAt(i) : ' ';
      if (Character.isLetter(c) || c == '\u200c') {
        w.append(c);
      } else if (w.length() > 0) {
        words++;
        String word = w.toString().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Set<String>> e : stopwords.entrySet()) {
          if ((among == null || among.contains(e.getKey())) && e.getValue().contains(word)) {
            hits.merge(e.getKey(), 1, Integer::sum);
          }
        }
        w.setLength(0);
      }
    }
    if (words < MIN_WORDS) {
      return null;
    }
    String bestLang = null;
    int best = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() > best) {
        second = best;
        best = e.getValue();
        bestLang = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    // Require a clear winner: related languages share many function words (ru/uk, tr/az, es/pt).
    if (bestLang == null || best < words * MIN_STOPWORD_SHARE || best < second * 1.25) {
      return null;
    }
    return bestLang;
  }
}
