package org.trucewatch.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.SentenceSplitter;
import org.trucewatch.resolve.actor.ActorDictionary;
import org.trucewatch.resolve.actor.ActorMention;

/**
 * Which dictionary actors a gold claimant string names ("Israeli military", "health ministry"), so that a prediction
 * naming the same speaker by its canonical name ("Israel Defense Forces (IDF)") counts: the string is read by the
 * same actor dictionary extraction uses, in the report's conflict. A string no entry covers names nobody; substring
 * matching still applies to it. Thread-safe (results are cached).
 */
public final class Speakers {

  /** Names nobody: the scorer then matches claimants by substring only. */
  public static final Speakers NONE = new Speakers(null);

  private final ActorDictionary dictionary;
  private final SentenceSplitter splitter = SentenceSplitter.english();
  private final ConcurrentHashMap<String, Set<String>> cache = new ConcurrentHashMap<>();

  public Speakers(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The ids of the actors {@code name} names in {@code conflict} (which may be null). */
  public Set<String> ids(String name, String conflict) {
    if (dictionary == null || name == null || name.isBlank()) {
      return Set.of();
    }
    return cache.computeIfAbsent(conflict + "\u0000" + name, k -> {
      List<Sentence> sentences = new ArrayList<>();
      // Read as the subject of a statement, where news names its speakers.
      String text = capitalised(name.strip()) + " said.";
      splitter.split(text, 0, text.length(), 0, sentences);
      Set<String> out = new LinkedHashSet<>();
      for (Sentence s : sentences) {
        for (ActorMention m : dictionary.find(s, conflict)) {
          out.add(m.actor().id());
        }
      }
      return Set.copyOf(out);
    });
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Whether any gold string names one of the predicted speakers' actors, or is a substring of their names. */
  public boolean match(List<String> wanted, List<String> names, List<String> ids, String conflict) {
    if (Matching.anySub(wanted, names)) {
      return true;
    }
    for (String w : wanted) {
      for (String id : ids(w, conflict)) {
        if (ids.contains(id)) {
          return true;
        }
      }
    }
    return false;
  }
}
