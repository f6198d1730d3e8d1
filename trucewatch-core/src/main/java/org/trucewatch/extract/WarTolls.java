package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * Whether a generic war word is the subject of a war's whole toll told in the perfect ("the fighting in the east has
 * killed more than 9,000 people", "hostilities have killed thousands"): the story's background, no act of its day.
 * Only a toll in the thousands counts ("the fighting has killed 40" may be a fresh outbreak's news), and a day named in
 * the clause keeps the toll that day's. The toll verbs are the lexicon's {@code casualty} rows of value killed.
 */
final class WarTolls {

  // a toll this large is a war's or a campaign's, never one day's act
  private static final int WAR_SIZE = 1000;
  // how many words may stand between the war word and the perfect's auxiliary ("in the Donbas", "in the region")
  private static final int REACH = 6;
  private static final Set<String> PERFECT = Set.of("has", "have");
  private static final Set<String> MANY = Set.of("thousands", "millions");

  private final Lexicon lexicon;

  WarTolls(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Whether the trigger at {@code t} is a war's toll told in {@code clause}: the generic war word that heads it, or
   * its toll verb ("has killed").
   */
  boolean told(AnnotatedSentence s, int[] clause, int t) {
    List<Token> tokens = s.sentence().tokens();
    for (int g = Math.max(0, clause[0]); g <= t && g < tokens.size(); g++) {
      Lexicon.Entry e = lexicon.at(tokens, g, "attack");
      if (e != null && e.has("generic")) {
        int verb = tollVerb(s, clause, g, e.words().length);
        if (verb >= 0 && t <= verb) {
          return true;
        }
      }
    }
    return false;
  }

  /** Where the toll verb of a war's toll headed by the war word over {@code [g, g + len)} stands, or -1. */
  private int tollVerb(AnnotatedSentence s, int[] clause, int g, int len) {
    List<Token> tokens = s.sentence().tokens();
    int end = Math.min(tokens.size(), clause[1]);
    int aux = -1;
    for (int k = g + len; k < Math.min(end, g + len + REACH) && aux < 0; k++) {
      if (PERFECT.contains(Lexicon.lower(tokens.get(k)))) {
        aux = k;
      } else if ("VERB".equals(tokens.get(k).tag())) {
        return -1; // another verb first: the war word is not the toll's subject
      }
    }
    if (aux < 0 || aux + 1 >= end) {
      return -1;
    }
    Lexicon.Entry verb = lexicon.at(tokens, aux + 1, "casualty");
    if (verb == null || !verb.value().equals("killed")) {
      return -1;
    }
    return warSized(tokens, aux + 2, Math.min(end, aux + 6)) && !dayIn(s, clause) ? aux + 1 : -1;
  }

  /** A figure in the thousands over {@code [from, to)}: "13,000", "tens of thousands". */
  private static boolean warSized(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = Lexicon.lower(tokens.get(k));
      if (MANY.contains(w)) {
        return true;
      }
      String digits = w.replace(",", "");
      if ("NUM".equals(tokens.get(k).tag()) && digits.matches("\\d{1,9}")) {
        return Long.parseLong(digits) >= WAR_SIZE;
      }
    }
    return false;
  }

  /** A day named in the clause, not one counted from ("the attack on Sunday has killed 1,200" is that day's toll). */
  private static boolean dayIn(AnnotatedSentence s, int[] clause) {
    return s.times().stream().anyMatch(ts -> ts.from() >= clause[0] && ts.to() <= clause[1] && ts.date() != null
        && !ts.since());
  }
}
