package org.trucewatch.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation shared by the stages. Not API. */
public final class Texts {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Texts() {}

  /** Collapses every run of white space (including no-break and zero-width spaces) to one space, and trims. */
  public static String collapseSpaces(String s) {
    return SPACES.matcher(s).replaceAll(" ").trim();
  }

  /**
   * A key for matching names across spellings: lower case, accents stripped, {@code ə→a}, {@code ı→i}, apostrophes
   * and hyphens dropped or spaced, white space collapsed.
   */
  public static String foldKey(String s) {
    String t = s.replace('ə', 'a').replace('Ə', 'A').replace('ı', 'i').replace('İ', 'I');
    t = Normalizer.normalize(t, Normalizer.Form.NFKD);
    t = MARKS.matcher(t).replaceAll("");
    t = t.toLowerCase(Locale.ROOT)
        .replace("'", "").replace("’", "").replace("‘", "").replace("`", "").replace("ʼ", "")
        .replace('-', ' ').replace('–', ' ');
    return collapseSpaces(t);
  }
}
