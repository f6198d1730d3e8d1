package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * The members of a list of unknown names that a counted town noun describes after a comma ("fell on A, B and C, three
 * villages near the line"): each is a town of its own, as one named with "a village" after it would be. A list has
 * two members or more, one to three capitalised words each, commas between them and "and" or "or" before the last;
 * one running into a known place, a side or another name is no such list. Stateless.
 */
final class ApposedLists {

  private ApposedLists() {}

  /** The members, each as {from, to}, of the list ending right before {@code comma}; none when no such list. */
  static List<int[]> members(AnnotatedSentence s, int comma, int floor) {
    List<Token> tokens = s.sentence().tokens();
    List<int[]> out = new ArrayList<>();
    int to = comma;
    boolean joined = false; // an "and" seen: only commas may come before it
    while (true) {
      int from = to;
      while (from - 1 >= floor && UnknownTowns.listWord(s, from - 1)) {
        from--;
      }
      if (from == to || to - from > 3) {
        return List.of();
      }
      out.add(0, new int[] {from, to});
      if (from - 1 < floor) {
        return List.of(); // a list is told after a word that opens it ("on", "at")
      }
      String sep = Lexicon.lower(tokens.get(from - 1));
      if (!joined && (sep.equals("and") || sep.equals("or"))) {
        joined = true;
        to = from - 1;
        to = to - 1 >= floor && tokens.get(to - 1).text().equals(",") ? to - 1 : to; // "A, B, and C"
      } else if (joined && sep.equals(",")) {
        to = from - 1;
      } else {
        break;
      }
      if (to - 1 < floor) {
        return List.of();
      }
    }
    Token before = tokens.get(out.get(0)[0] - 1);
    if (!joined || out.size() < 2 || UnknownTowns.nameWord(before) || UnknownTowns.known(s, out.get(0)[0] - 1)
        || s.actorAt(out.get(0)[0] - 1) != null || Lexicon.lower(before).equals("of")) {
      return List.of(); // "residents of A and B, two villages hit last week": whose people speak, not where it fell
    }
    return out;
  }
}
