package org.trucewatch.resolve.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.trucewatch.internal.Texts;

/**
 * A transliteration-tolerant key of a place name: folded, without its Arabic article, apostrophes, spaces and hyphens,
 * a final "-e", "-eh", "-a" or "-ah" dropped from an Arabic name, the letter pairs of {@code spelling_folds.tsv} rewritten and doubled
 * letters single: "Fassouta" and "Fassuta", "al-Khiyam" and "El Kheyam" share one. Two other
 * places may share one too, so a key is a last resort for names no spelling in the gazetteer matches. Immutable.
 */
final class Spellings {

  private static final Pattern ARTICLE = Pattern.compile(
      "^(al|el|ad|ar|as|ash|at|az|an|ed|en|es|et|ez|adh|ath)[ -](?=\\S{3})");
  private static final Pattern DROPPED = Pattern.compile("['`’‘ʿʾ \\-]");
  private static final Pattern ENDING = Pattern.compile("(?<=[^aeiou])[ae]h?$");
  /** Keys shorter than this say too little to tell places apart ("Koya" and "Kaya"). */
  static final int MIN_KEY = 4;

  private static final String[][] FOLDS = read();

  private Spellings() {}

  /**
   * The key of a written name, or "" where it is too short to use; {@code arabic}: of a name transliterated from
   * Arabic, whose "-a", "-ah", "-e", "-eh" are one ending (ta marbuta), where elsewhere "-e" makes another name
   * (Ukrainske, Ukrainsk).
   */
  static String key(String written, boolean arabic) {
    String s = Texts.foldKey(written);
    s = ARTICLE.matcher(s).replaceFirst("");
    s = DROPPED.matcher(s).replaceAll("");
    // The ending first, before the vowels fold: "-e", "-eh", "-a", "-ah" are one ending, but "Israeli" is no "Israel".
    if (arabic) {
      s = ENDING.matcher(s).replaceFirst("");
    }
    for (String[] f : FOLDS) {
      s = s.replace(f[0], f[1]);
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        b.append(s.charAt(i));
      }
    }
    String key = b.toString();
    return key.length() >= MIN_KEY && key.chars().allMatch(c -> c >= 'a' && c <= 'z') ? key : "";
  }

  private static String[][] read() {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Spellings.class.getResourceAsStream("spelling_folds.tsv"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 2 || f[0].isEmpty()) {
          throw new IllegalStateException("spelling_folds.tsv: malformed row: " + line);
        }
        out.add(new String[] {f[0], f[1]});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toArray(new String[0][]);
  }
}
