package org.trucewatch.extract.pattern;

import java.util.HashSet;
import java.util.Set;

/** The regular inflections of an English word, shared by the lexicon and the pattern language. */
public final class Forms {

  private Forms() {}

  /**
   * The regular inflections of a word: plural and third person (-s, -es, -ies), past (-ed, -d, -ied, with a doubled
   * final consonant), and -ing (with a dropped e). Over-generation is harmless: "striked" never occurs.
   */
  public static Set<String> inflections(String w) {
    Set<String> out = new HashSet<>();
    out.add(w);
    if (w.length() < 2 || !Character.isLetter(w.charAt(w.length() - 1))) {
      return out;
    }
    char last = w.charAt(w.length() - 1);
    boolean vowelY = w.length() > 2 && "aeiou".indexOf(w.charAt(w.length() - 2)) >= 0;
    if (last == 'y' && !vowelY) {
      String stem = w.substring(0, w.length() - 1);
      out.addAll(Set.of(stem + "ies", stem + "ied", w + "ing"));
    } else if (last == 'e') {
      out.addAll(Set.of(w + "s", w + "d", w.substring(0, w.length() - 1) + "ing"));
    } else {
      boolean sibilant = w.endsWith("s") || w.endsWith("sh") || w.endsWith("ch") || w.endsWith("x") || w.endsWith("z");
      out.addAll(Set.of(w + (sibilant ? "es" : "s"), w + "ed", w + "ing"));
      // "stopped", and for longer words both spellings where stress decides ("kidnapped", "targeted", "expelled")
      if ("bdglmnprt".indexOf(last) >= 0 && "aeiou".indexOf(w.charAt(w.length() - 2)) >= 0
          && (w.length() <= 4 || "aeiou".indexOf(w.charAt(w.length() - 3)) < 0)) {
        out.addAll(Set.of(w + last + "ed", w + last + "ing"));
      }
    }
    out.addAll(org.trucewatch.nlp.Lemmas.irregularForms(w)); // "retake": "retook", "retaken"
    return out;
  }
}
