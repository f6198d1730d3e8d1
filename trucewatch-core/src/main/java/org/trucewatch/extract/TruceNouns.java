package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * The truce words of a sentence, for {@link CeasefireFinder}: its truce nouns (lexicon: ceasefire), a side's pause
 * of set length (cfpause), a document that ends a war (warend, cfdoc), a pause or halt of set length the lexicon's
 * fixed phrases cannot spell, and beside a truce word an accord, a bare "pause" or a bare status phrase. Reads the
 * sentence's tokens, tags and dates; writes lexicon matches in the category ceasefire. Thread-safe.
 */
final class TruceNouns {

  private final Lexicon lexicon;
  private final TruceCues cues;

  TruceNouns(Lexicon lexicon, TruceCues cues) {
    this.lexicon = lexicon;
    this.cues = cues;
  }

  // (sets, not regular expressions: these are asked at every token of a sentence near a truce word)

  /**
   * The truce words of the sentence: its truce nouns; beside a truce word (within two sentences), also an accord
   * ("the Minsk Protocol"), a bare "pause" and, with neither, a bare status phrase ("came into force at midnight on
   * 15 February").
   */
  List<Lexicon.Match> nouns(AnnotatedSentence s, boolean nearTruce) {
    List<Token> tokens = s.sentence().tokens();
    List<Lexicon.Match> nouns = new ArrayList<>(lexicon.find(tokens, "ceasefire"));
    nouns.addAll(pauses(s));
    nouns.addAll(lengthNouns(tokens));
    nouns.addAll(warEnders(tokens));
    if (nearTruce) {
      nouns.addAll(lexicon.find(tokens, "accord"));
    }
    for (int k = 0; k < tokens.size(); k++) { // "The pause took hold at 7am on Friday" beside a truce word
      int at = k;
      if (lexicon.at(tokens, k, "pausenoun") != null && "NOUN".equals(tokens.get(k).tag())
          && (nearTruce || takesHold(tokens, k + 1)) && nouns.stream().noneMatch(n -> n.from() <= at && at < n.to())) {
        nouns.add(truceWords(tokens, k, k + 1, "pause"));
      }
      // "an Egyptian-mediated calm took hold at dawn": a calm someone brokered is a truce, a lull is not
      if (Lexicon.lower(tokens.get(k)).equals("calm") && brokered(tokens, k)
          && nouns.stream().noneMatch(n -> n.from() <= at && at < n.to())) {
        nouns.add(truceWords(tokens, k, k + 1, "pause"));
      }
    }
    nouns.removeIf(n -> cues.absent(tokens, n.from())); // "broke down without an agreement"
    if (!nearTruce) {
      return nouns;
    }
    if (nouns.isEmpty()) {
      lexicon.find(tokens, "cfstatus").stream().filter(m -> m.entry().has("bare")).forEach(nouns::add);
    }
    nouns.sort(java.util.Comparator.comparingInt(Lexicon.Match::from));
    return nouns;
  }

  /** Whether a mediating word stands within three words before {@code at} ("a Qatari-brokered calm"). */
  private static boolean brokered(List<Token> tokens, int at) {
    for (int k = Math.max(0, at - 3); k < at; k++) {
      if (Lexicon.lower(tokens.get(k)).matches("(.+-)?(mediated|brokered)")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PHRASE_TAGS = Set.of("PROPN", "NOUN", "DET", "ADJ", "NUM", "CCONJ");

  /**
   * Whether a start word follows at {@code at}, past a short phrase of place or sides and an auxiliary or adverb ("the pause took hold", "the pause
   * has now taken effect"): a pause that takes hold is a truce even with no truce word near it.
   */
  private boolean takesHold(List<Token> tokens, int at) {
    int k = at;
    if (k < tokens.size() && "ADP".equals(tokens.get(k).tag()) && !Lexicon.lower(tokens.get(k)).equals("of")) {
      // "the pause in Gaza took effect", "the pause between the sides is now in force": past its short phrase
      int end = k + 1;
      while (end < tokens.size() && end - k < 6 && PHRASE_TAGS.contains(tokens.get(end).tag())) {
        end++;
      }
      k = end;
    }
    int start = k;
    while (k < tokens.size() && k - start < 2 && ("AUX".equals(tokens.get(k).tag()) || "ADV".equals(tokens.get(k).tag()))) {
      k++;
    }
    Lexicon.Entry e = k < tokens.size() ? lexicon.at(tokens, k, "cfstatus") : null;
    return e != null && e.value().equals("start") && !Lexicon.lower(tokens.get(k)).matches("announce.*|declare.*");
  }

  /**
   * A side's pause of set length is a truce announced ("the Houthis will stop missile and drone attacks on
   * Saudi Arabia for three days"): a pausing verb (lexicon: cfpause, value verb), within five words its object (value
   * object: attacks, strikes, operations) or none for a verb that takes none (cfstill: "stand down"), and within
   * six words after it "for" and a length (a number or "a" and a day, hour or week word), or right after the object a
   * word of acting alone (cfpause alone: "halting offensive operations unilaterally"). Not when negated ("refused
   * to halt attacks for a day").
   */
  private List<Lexicon.Match> pauses(AnnotatedSentence s) {
    List<Token> tokens = s.sentence().tokens();
    List<Lexicon.Match> out = new ArrayList<>();
    List<Lexicon.Match> verbs = new ArrayList<>(lexicon.find(tokens, "cfpause"));
    verbs.addAll(lexicon.find(tokens, "cfstill"));
    for (Lexicon.Match v : verbs) {
      String cue = cues.negated(tokens, v.from());
      boolean still = v.entry().category().equals("cfstill"); // "would stand down for three days": no object
      if (!v.value().equals("verb") && !still || !"VERB".equals(tokens.get(v.from()).tag())
          || cue != null && (cue.equals("neg") || cues.hedgedAgreement(tokens, v) == null && !declared(tokens, v))) {
        continue; // but "agreed that Russia would refrain from striking ... for 30 days" is a pause agreed
      }
      int obj = still ? v.to() - 1 : -1;
      for (int k = v.to(); k < Math.min(tokens.size(), v.to() + 5) && obj < 0; k++) {
        if (tokens.get(k).tag().equals("PUNCT")) {
          break;
        }
        Lexicon.Entry e = lexicon.at(tokens, k, "cfpause");
        obj = e != null && e.value().equals("object") ? k : -1;
      }
      if (obj >= 0 && (lengthAfter(tokens, obj + 1) || untilDate(s, obj + 1) || alone(tokens, obj + 1))) {
        out.add(truceWords(tokens, v.from(), obj + 1, "agreed"));
      }
    }
    return out;
  }

  /**
   * "it would halt operations against its opponents until April 22": "until" and a day within six words end a pause
   * as a length does; no clause's end between. (SecondaryFinder.truceEnd reads the other way, back from a day.)
   */
  private static boolean untilDate(AnnotatedSentence s, int at) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = at; k < Math.min(tokens.size() - 1, at + 6); k++) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("until") || w.equals("till") || w.equals("through")) {
        int day = k + 1;
        return s.times().stream().anyMatch(t -> t.date() != null && t.from() == day);
      }
      if (tokens.get(k).tag().equals("PUNCT") && !w.equals("'s")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "the junta said it would halt operations ...", "the Kremlin said on Monday that its troops would stand down": "would"
   * or "will" after a speech verb of its clause (within eight words, no punctuation between) tells a pause declared,
   * not one only wished for.
   */
  private static final int DECLARED_REACH = 8; // "said on Monday that its troops would": a day and a subject between

  private boolean declared(List<Token> tokens, Lexicon.Match v) {
    int h = v.from() - 1;
    if (h < 1 || !Lexicon.lower(tokens.get(h)).matches("would|will|'ll|'d")) {
      return false;
    }
    for (int k = h - 1; k >= Math.max(0, h - DECLARED_REACH); k--) {
      if (tokens.get(k).tag().equals("PUNCT") && !Lexicon.lower(tokens.get(k)).equals("'s")) {
        return false; // a speaker of another clause
      }
      Lexicon.Entry sp = lexicon.at(tokens, k, "speech");
      if (sp != null && sp.value().equals("reports")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "a statement with the presidents of Russia and Azerbaijan ending the war", "a deal to end the fighting": a
   * document (lexicon: cfdoc) whose ending word has a war word (cfcue ended) for its object, no verb or clause's end
   * between them: a truce agreed, from the document to the war word. Not under a hedge ("a deal that would end").
   */
  private List<Lexicon.Match> warEnders(List<Token> tokens) {
    List<Lexicon.Match> out = new ArrayList<>();
    for (Lexicon.Match m : lexicon.find(tokens, "warend")) {
      int k = m.from();
      boolean toEnd = Lexicon.lower(tokens.get(k)).equals("end");
      if (toEnd && (k == 0 || !Lexicon.lower(tokens.get(k - 1)).equals("to")) || cues.negated(tokens, k) != null) {
        continue; // "would end the war" is wished for; "to end" needs its document: "a deal to end the war"
      }
      for (int d = toEnd ? k - 2 : k - 1; d >= Math.max(0, k - 12); d--) {
        if (lexicon.at(tokens, d, "cfdoc") != null) {
          out.add(truceWords(tokens, d, m.to(), "agreed"));
          break;
        }
        String tag = tokens.get(d).tag();
        if ("VERB".equals(tag) || "AUX".equals(tag) || "PUNCT".equals(tag) && !Lexicon.lower(tokens.get(d)).equals("'s")) {
          break;
        }
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern SPAN_WORD =
      java.util.regex.Pattern.compile("[a-z0-9]+-(day|hour|week|month)");
  private static final Set<String> HALTS = Set.of("halt", "halted", "halting", "stop", "stopped", "stopping");
  private static final Set<String> FIGHTING = Set.of("fighting", "clashes", "hostilities", "combat");

  /**
   * A pause of set length ("the four-day pause between Israel and Hamas") and a halt to days of fighting ("agreed to
   * halt four days of fighting"), which the lexicon's fixed phrases cannot spell: truce words, as a pause is.
   */
  private static List<Lexicon.Match> lengthNouns(List<Token> tokens) {
    List<Lexicon.Match> out = new ArrayList<>();
    for (int k = 1; k < tokens.size(); k++) {
      String w = Lexicon.lower(tokens.get(k));
      if ((w.equals("pause") || w.equals("pauses")) && SPAN_WORD.matcher(Lexicon.lower(tokens.get(k - 1))).matches()) {
        out.add(truceWords(tokens, k - 1, k + 1));
      }
      if (HALTS.contains(w) && k + 4 < tokens.size() && "NUM".equals(tokens.get(k + 1).tag())
          && LENGTH_UNITS.contains(Lexicon.lower(tokens.get(k + 2))) && Lexicon.lower(tokens.get(k + 3)).equals("of")
          && FIGHTING.contains(Lexicon.lower(tokens.get(k + 4)))) {
        out.add(truceWords(tokens, k, k + 5));
      }
    }
    return out;
  }

  private static Lexicon.Match truceWords(List<Token> tokens, int from, int to) {
    return truceWords(tokens, from, to, "ceasefire");
  }

  private static Lexicon.Match truceWords(List<Token> tokens, int from, int to, String value) {
    String[] words = tokens.subList(from, to).stream().map(Lexicon::lower).toArray(String[]::new);
    return new Lexicon.Match(from, to, new Lexicon.Entry("ceasefire", words, value, Set.of()));
  }

  /**
   * "said it was halting offensive operations unilaterally": a word of one side acting alone (lexicon: cfpause alone)
   * right after the object makes the pause a truce declared, with no length told.
   */
  private boolean alone(List<Token> tokens, int at) {
    Lexicon.Entry e = at < tokens.size() ? lexicon.at(tokens, at, "cfpause") : null;
    return e != null && e.value().equals("alone");
  }

  private static final Set<String> LENGTH_UNITS = Set.of("day", "days", "hour", "hours", "week", "weeks", "month",
      "months");

  /** Whether "for" and a length ("for three days", "for 72 hours", "for a week") begins within six words of {@code at}. */
  private static boolean lengthAfter(List<Token> tokens, int at) {
    for (int k = at; k < Math.min(tokens.size() - 2, at + 6); k++) {
      if (Lexicon.lower(tokens.get(k)).equals("for")) {
        String n = Lexicon.lower(tokens.get(k + 1));
        String unit = Lexicon.lower(tokens.get(k + 2));
        boolean count = n.equals("a") || n.equals("one") || "NUM".equals(tokens.get(k + 1).tag());
        return count && LENGTH_UNITS.contains(unit);
      }
      if (tokens.get(k).tag().equals("PUNCT") && !Lexicon.lower(tokens.get(k)).equals("'s")) {
        return false; // a possessive is no clause's end: "stop striking each other's power plants for 30 days"
      }
    }
    return false;
  }
}
