package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.nlp.Token;

/**
 * Talks told by a verb (lexicon: talks rows flagged verb, doc): a meeting verb in the active voice ("the
 * ministers met in Moscow", not "were met with gunfire"), and a signing verb whose object or passive subject is a
 * document (lexicon: cfdoc) of no truce ("signed a Saudi-brokered agreement", "the deal was sealed"; a truce's deal is
 * the CeasefireFinder's). The function words that frame the verb (a clause of background before it, a form of "be"
 * making it passive) are lexicon rows too (talksframe). Stateless.
 */
final class TalksVerbs {

  private static final int OBJECT_REACH = 5; // words from a signing verb to its document

  private TalksVerbs() {}

  /** Whether the talks match {@code m} is one its flags allow; a match with neither flag always is. */
  static boolean held(Lexicon lexicon, Spans.AnnotatedSentence s, Lexicon.Match m) {
    List<Token> tokens = s.sentence().tokens();
    Lexicon.Entry e = m.entry();
    if (!e.has("verb") && !e.has("doc")) {
      return true;
    }
    if (e.has("verb") && !"VERB".equals(tokens.get(m.from()).tag()) || background(lexicon, tokens, m.from())) {
      return false;
    }
    if (e.has("doc")) {
      return document(lexicon, tokens, m);
    }
    // a meeting verb: not passive ("were met with"), not meeting fire ("met with gunfire"), and with whom or where
    // right after it ("met in Cairo", "met Trump", "met the Armenian prime minister"), not "the sorties met their goals"
    if (passive(lexicon, tokens, m.from()) || violenceAfter(lexicon, tokens, m.to()) || m.to() >= tokens.size()) {
      return false;
    }
    String next = tokens.get(m.to()).tag();
    return next != null && next.matches("ADP|ADV|PROPN|NUM")
        || s.actors().stream().anyMatch(a -> a.from() >= m.to() && a.from() <= m.to() + 3);
  }

  /**
   * "Talks should be held with them", "the negotiations would go ahead": a modal (lexicon: talksframe modal)
   * right after a talks noun, past one adverb, tells talks to come or wished for, not a round held.
   */
  static boolean toCome(Lexicon lexicon, List<Token> tokens, Lexicon.Match m) {
    if (!m.entry().category().equals("talks")) { // (the tagger may call a sentence's first "Talks" a verb)
      return false;
    }
    for (int k = m.to(); k < Math.min(tokens.size(), m.to() + 2); k++) {
      if (frame(lexicon, tokens, k, "modal")) {
        return true;
      }
      if (!"ADV".equals(tokens.get(k).tag())) {
        return false;
      }
    }
    return false;
  }

  /**
   * "a plan endorsed by the UN Security Council", "calls for a truce from Moscow, Paris and the UN Security Council":
   * a council (lexicon: talksverb session) named only as who endorsed or asked, "by" or "from" before it past a list
   * of names, is no session held.
   */
  static boolean agentOnly(Lexicon lexicon, List<Token> tokens, Lexicon.Match m) {
    if (!m.entry().category().equals("talksverb") || !m.value().equals("session")) {
      return false;
    }
    int k = m.from() - 1;
    while (k >= 0 && (tokens.get(k).text().equals(",") || "PROPN".equals(tokens.get(k).tag())
        || "DET".equals(tokens.get(k).tag()) || "CCONJ".equals(tokens.get(k).tag()))) {
      k--;
    }
    return k >= 0 && Lexicon.lower(tokens.get(k)).matches("by|from");
  }

  /** "until a deal was struck", "after they met": a clause of background opened within four words before. */
  private static boolean background(Lexicon lexicon, List<Token> tokens, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 4); k--) {
      if (frame(lexicon, tokens, k, "background")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A document of no truce as the verb's object ("signed a Russian-brokered agreement": only determiners, adjectives,
   * nouns, names, numbers and hyphens between) or as the subject of its passive ("the accord was signed").
   */
  private static boolean document(Lexicon lexicon, List<Token> tokens, Lexicon.Match m) {
    for (int k = m.to(); k < Math.min(tokens.size(), m.to() + OBJECT_REACH); k++) {
      if (lexicon.at(tokens, k, "ceasefire") != null) {
        return false; // "signed a ceasefire agreement": a truce agreed
      }
      if (lexicon.at(tokens, k, "cfdoc") != null) {
        return !truceAfter(lexicon, tokens, k + 1); // "an agreement on a ceasefire"
      }
      boolean compound = tokens.get(k).text().contains("-") || k > 0 && tokens.get(k - 1).text().equals("-");
      if (!filler(tokens.get(k)) && !compound) { // "a Russian-brokered agreement"
        break;
      }
    }
    if (!passive(lexicon, tokens, m.from())) {
      return false;
    }
    int k = m.from() - 1;
    while (k >= 0 && (frame(lexicon, tokens, k, "be") || "ADV".equals(tokens.get(k).tag()))) {
      k--;
    }
    // the subject's head within seven words before, past "between A and B" ("a border accord between X and Y was sealed")
    for (int j = k; j >= Math.max(0, k - 7); j--) {
      if (lexicon.at(tokens, j, "cfdoc") != null) {
        return !background(lexicon, tokens, j) && !truceAfter(lexicon, tokens, j + 1) && !truceAfter(lexicon, tokens, m.to());
      }
      if ("VERB".equals(tokens.get(j).tag()) || tokens.get(j).text().matches("[,;:]")) {
        return false;
      }
    }
    return false;
  }

  private static boolean filler(Token t) {
    String tag = t.tag();
    return "DET".equals(tag) || "ADJ".equals(tag) || "NOUN".equals(tag) || "PROPN".equals(tag) || "NUM".equals(tag)
        || t.text().equals("-") || t.text().matches("[\"“”'‘’]");
  }

  /** A truce word within eight words after {@code from} ("was reached at 10:00 on the resumption of the truce"). */
  private static boolean truceAfter(Lexicon lexicon, List<Token> tokens, int from) {
    for (int k = from; k < Math.min(tokens.size(), from + 8); k++) {
      if (lexicon.at(tokens, k, "ceasefire") != null) {
        return true;
      }
    }
    return false;
  }

  /** A form of "be" (past adverbs) right before the verb at {@code at}. */
  private static boolean passive(Lexicon lexicon, List<Token> tokens, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
      if (frame(lexicon, tokens, k, "be")) {
        return true;
      }
      if (!"ADV".equals(tokens.get(k).tag())) {
        return false;
      }
    }
    return false;
  }

  /** Whether the word at {@code k} is a one-word {@code talksframe} row of that value (lexicon: background, be). */
  private static boolean frame(Lexicon lexicon, List<Token> tokens, int k, String value) {
    Lexicon.Entry e = lexicon.at(tokens, k, "talksframe");
    return e != null && e.value().equals(value) && e.words().length == 1;
  }

  /** An attack word (lexicon: attack) within three words after the verb ("met with heavy fire"). */
  private static boolean violenceAfter(Lexicon lexicon, List<Token> tokens, int from) {
    for (int k = from; k < Math.min(tokens.size(), from + 3); k++) {
      if (lexicon.at(tokens, k, "attack") != null) {
        return true;
      }
    }
    return false;
  }
}
