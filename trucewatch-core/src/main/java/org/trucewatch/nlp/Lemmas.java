package org.trucewatch.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A rule-based English lemmatiser for the words the extractor reasons about: irregular verbs and nouns from a table,
 * regular inflections by suffix rules guided by the part of speech. It trades the last points of accuracy
 * on rare words for speed (a statistical lemmatiser costs a hundred times more per token). Thread-safe; it keeps
 * the lemmas it has made.
 */
public final class Lemmas {

  private static final Map<String, String> IRREGULAR = new HashMap<>();
  private static final Map<String, java.util.Set<String>> FORMS_OF = new HashMap<>();
  // Compiled once: String.matches compiles its pattern on every call, which was a third of tagging's cost.
  private static final Pattern SIBILANT_ES = Pattern.compile(".*(ss|sh|ch|x|z|o)es");
  private static final Pattern SILENT_E_STEM = Pattern.compile(".*(c|v|z|us|at|ir|ur|iz|uc|ag|ang|arg|ng|dg|ap)");
  private static final Pattern ING_ANG = Pattern.compile(".*(ing|ang)");

  static {
    String[] verbs = {
      "be:am,is,are,was,were,been,being,'s,’s,'re,’re,'m,’m", "have:has,had,having,'ve,’ve",
      "do:does,did,done,doing", "say:says,said", "go:goes,went,gone", "get:got,gotten", "make:made",
      "take:took,taken", "retake:retook,retaken", "overtake:overtook,overtaken",
      "come:came", "give:gave,given", "tell:told", "leave:left", "lead:led", "hold:held",
      "fall:fell,fallen", "hit:hit", "strike:struck,stricken", "shoot:shot", "fight:fought", "begin:began,begun",
      "break:broke,broken", "send:sent", "bring:brought", "catch:caught", "seek:sought", "keep:kept",
      "meet:met", "run:ran", "see:saw,seen", "know:knew,known", "think:thought", "find:found", "lose:lost",
      "win:won", "put:put", "set:set", "let:let", "cut:cut", "spread:spread", "rise:rose,risen",
      "drive:drove,driven", "fly:flew,flown", "blow:blew,blown", "throw:threw,thrown", "write:wrote,written",
      "speak:spoke,spoken", "stand:stood", "understand:understood", "withdraw:withdrew,withdrawn",
      "overrun:overran", "shake:shook,shaken", "wake:woke,woken", "tear:tore,torn", "bear:bore,borne",
      "forbid:forbade,forbidden", "undertake:undertook,undertaken", "mean:meant", "feel:felt", "sell:sold",
      "buy:bought", "build:built", "pay:paid", "lay:laid", "lie:lay,lain", "hear:heard", "read:read",
      "sink:sank,sunk", "shell:shelled,shelling,shells", "die:died,dying,dies", "kill:killed", "agree:agreed",
      "free:freed"};
    for (String row : verbs) {
      String[] parts = row.split(":");
      for (String form : parts[1].split(",")) {
        IRREGULAR.put(form, parts[0]);
        FORMS_OF.computeIfAbsent(parts[0], k -> new java.util.HashSet<>()).add(form);
      }
    }
    String[] nouns = {"man:men", "woman:women", "child:children", "person:people", "casualty:casualties",
        "civilian:civilians", "life:lives", "wife:wives", "serviceman:servicemen", "policeman:policemen",
        "mouse:mice", "foot:feet", "tooth:teeth", "crisis:crises", "analysis:analyses", "thesis:theses"};
    for (String row : nouns) {
      String[] parts = row.split(":");
      IRREGULAR.put(parts[1], parts[0]);
    }
  }

  private Lemmas() {}

  /** The irregular forms of a verb ("retake": "retook", "retaken"), empty for a regular one. */
  public static java.util.Set<String> irregularForms(String lemma) {
    return FORMS_OF.getOrDefault(lemma, java.util.Set.of());
  }

  // Lemmas already made, by tag (the tagger's few outcome strings, null as ""), then by word as written: the same
  // words recur in every article, and the suffix rules cost two or three regular expressions each.
  private static final Map<String, Map<String, String>> MADE = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_MADE = 100_000; // per tag: a bound on memory for endless streams of new words

  /** The lemma of {@code word} given its UPOS tag (null tag: guessed from the form). */
  public static String lemma(String word, String tag) {
    Map<String, String> byWord = MADE.computeIfAbsent(tag == null ? "" : tag,
        t -> new java.util.concurrent.ConcurrentHashMap<>());
    String made = byWord.get(word);
    if (made == null) {
      made = make(word, tag);
      if (byWord.size() >= MAX_MADE) {
        byWord.clear();
      }
      byWord.put(word, made);
    }
    return made;
  }

  private static String make(String word, String tag) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (tag != null && (tag.equals("PROPN") || tag.equals("PUNCT") || tag.equals("NUM") || tag.equals("SYM"))) {
      return w;
    }
    String irregular = IRREGULAR.get(w);
    if (irregular != null && (tag == null || !tag.equals("ADJ"))) {
      return irregular;
    }
    boolean verb = tag == null || tag.equals("VERB") || tag.equals("AUX");
    boolean noun = tag == null || tag.equals("NOUN");
    if (verb) {
      if (w.endsWith("ied") && w.length() > 4) {
        return w.substring(0, w.length() - 3) + "y";
      }
      if (w.endsWith("ed") && w.length() > 4) {
        return undouble(restoreE(w.substring(0, w.length() - 2)));
      }
      if (w.endsWith("ing") && w.length() > 5) {
        return undouble(restoreE(w.substring(0, w.length() - 3)));
      }
    }
    if (verb || noun) {
      if (w.endsWith("ies") && w.length() > 4) {
        return w.substring(0, w.length() - 3) + "y";
      }
      if (SIBILANT_ES.matcher(w).matches() && w.length() > 4) {
        return w.substring(0, w.length() - 2);
      }
      if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
        return w.substring(0, w.length() - 1);
      }
    }
    return w;
  }

  // "shelled" -> "shell" keeps its double l; "stopped" -> "stop", "planned" -> "plan" lose theirs.
  private static String undouble(String stem) {
    int n = stem.length();
    if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
      return stem.substring(0, n - 1);
    }
    return stem;
  }

  // "targeted" keeps "target"; "fired" -> "fire", "used" -> "use", "announced" -> "announce".
  private static String restoreE(String stem) {
    int n = stem.length();
    if (n < 2) {
      return stem;
    }
    if (SILENT_E_STEM.matcher(stem).matches() && !ING_ANG.matcher(stem).matches()
        && !stem.endsWith("eat") && !stem.endsWith("oat") && !stem.endsWith("eng")) {
      return stem + "e";
    }
    return stem;
  }
}
