package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.nlp.Token;

/**
 * A swap or release of captives told with their count ("an exchange of nearly 900 detainees", "the release of some
 * 40 prisoners of war"), which the lexicon's fixed phrases ("exchange of detainee") cannot spell for the count between:
 * an act word (lexicon: swapcount act), "of", a count of at most four words with a number in it, and a captives word
 * (swapcount held). Each is talks of value agreement, from the act word to the captives word. Stateless.
 */
final class CountedSwaps {

  private static final int COUNT_WORDS = 4; // "more than 1,000", "nearly 900", "some 40"
  private static final Set<String> COUNT_TAGS = Set.of("NUM", "ADV", "ADJ", "ADP", "DET");

  private CountedSwaps() {}

  static List<Lexicon.Match> find(Lexicon lexicon, List<Token> tokens) {
    List<Lexicon.Match> out = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      Lexicon.Entry act = lexicon.at(tokens, k, "swapcount");
      int of = k + (act == null ? 0 : act.words().length);
      if (act == null || !act.value().equals("act") || of >= tokens.size()
          || !Lexicon.lower(tokens.get(of)).equals("of")) {
        continue;
      }
      boolean counted = false;
      int j = of + 1;
      while (j < tokens.size() && j - of <= COUNT_WORDS && COUNT_TAGS.contains(tokens.get(j).tag())
          && lexicon.at(tokens, j, "swapcount") == null) {
        counted |= "NUM".equals(tokens.get(j).tag());
        j++;
      }
      Lexicon.Entry held = counted && j < tokens.size() ? lexicon.at(tokens, j, "swapcount") : null;
      if (held != null && held.value().equals("held")) {
        int to = j + held.words().length;
        String[] words = tokens.subList(k, to).stream().map(Lexicon::lower).toArray(String[]::new);
        out.add(new Lexicon.Match(k, to, new Lexicon.Entry("talks", words, "agreement", Set.of())));
      }
    }
    return out;
  }
}
