package org.trucewatch.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trucewatch.extract.pattern.Forms;
import org.trucewatch.nlp.Lemmas;
import org.trucewatch.nlp.Token;

/**
 * The extraction vocabulary ({@code lexicon.tsv} beside this class): phrases by category, each with a value and
 * flags. A phrase word matches a token by its lower-case text or its lemma, so one entry covers "shell", "shelled" and
 * "shelling". Immutable and thread-safe once loaded.
 */
public final class Lexicon {

  /** A phrase of a category. */
  public record Entry(String category, String[] words, String value, Set<String> flags) {
    public boolean has(String flag) {
      return flags.contains(flag);
    }
  }

  /** Where an entry matched: tokens {@code [from, to)}. */
  public record Match(int from, int to, Entry entry) {
    public String value() {
      return entry.value();
    }
  }

  private final Map<String, Map<String, List<Entry>>> byCategoryAndFirstWord;

  private Lexicon(Map<String, Map<String, List<Entry>>> index) {
    this.byCategoryAndFirstWord = index;
  }

  /** Loads the embedded lexicon. */
  public static Lexicon load() {
    Map<String, Map<String, List<Entry>>> index = new HashMap<>();
    try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.tsv")) {
      if (in == null) {
        throw new IllegalStateException("lexicon.tsv missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 3) {
          throw new IllegalStateException("lexicon.tsv:" + n + ": expected category, phrase, value");
        }
        Set<String> flags = cols.length > 3 && !cols[3].isBlank() ? Set.of(cols[3].split(",")) : Set.of();
        Entry e = new Entry(cols[0], cols[1].split(" "), cols[2], flags);
        for (String form : forms(e, e.words()[0])) {
          index.computeIfAbsent(e.category(), k -> new HashMap<>())
              .computeIfAbsent(form, k -> new ArrayList<>()).add(e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    index.values().forEach(m -> m.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length)));
    return new Lexicon(index);
  }

  /** Non-overlapping longest matches of {@code category} in {@code tokens}, left to right. */
  public List<Match> find(List<Token> tokens, String category) {
    Map<String, List<Entry>> index = byCategoryAndFirstWord.getOrDefault(category, Map.of());
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Entry best = match(index, tokens, i);
      if (best != null) {
        out.add(new Match(i, i + best.words().length, best));
        i += best.words().length - 1;
      }
    }
    return out;
  }

  /** The longest entry of {@code category} starting at token {@code i}, or null. */
  public Entry at(List<Token> tokens, int i, String category) {
    return match(byCategoryAndFirstWord.getOrDefault(category, Map.of()), tokens, i);
  }

  /**
   * Whether some token could start an entry of one of {@code categories} (a cheap pre-check: a true answer still needs
   * {@link #any} or {@link #find}).
   */
  public boolean anyFirstWord(List<Token> tokens, String[] categories) {
    for (Token t : tokens) {
      String w = lower(t);
      for (String c : categories) {
        Map<String, List<Entry>> index = byCategoryAndFirstWord.get(c);
        if (index != null && index.containsKey(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether any entry of {@code category} occurs in {@code tokens}. */
  public boolean any(List<Token> tokens, String category) {
    Map<String, List<Entry>> index = byCategoryAndFirstWord.getOrDefault(category, Map.of());
    for (int i = 0; i < tokens.size(); i++) {
      if (match(index, tokens, i) != null) {
        return true;
      }
    }
    return false;
  }

  private static Entry match(Map<String, List<Entry>> index, List<Token> tokens, int i) {
    List<Entry> candidates = index.get(lower(tokens.get(i)));
    if (candidates == null) {
      return null;
    }
    for (Entry e : candidates) {
      if (i + e.words().length > tokens.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < e.words().length && ok; k++) {
        Token tk = tokens.get(i + k);
        ok = k == 0 || e.words()[k].equals(lower(tk)) || forms(e, e.words()[k]).contains(lower(tk));
      }
      if (ok) {
        return e;
      }
    }
    return null;
  }

  /** The forms a word of {@code e} matches: itself only when flagged exact ("storm" is not "stormed"). */
  private static Set<String> forms(Entry e, String w) {
    return e.has("exact") ? Set.of(w) : inflections(w);
  }

  /** The regular inflections of a word (see {@link Forms#inflections}). */
  static Set<String> inflections(String w) {
    return Forms.inflections(w);
  }

  static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  static String lemma(Token t) {
    return t.lemma() != null ? t.lemma() : Lemmas.lemma(t.text(), null);
  }
}
