package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * Finds who says what in a sentence: "X said (that) ...", "..., X said.", "..., said X.", "according to X, ...",
 * "X accused Y of ...", "X quoted Y as saying ...", "X rejected the accusations". Stateless and thread-safe.
 *
 * <p>The speaker of a preposed verb is the nearest actor before it in the same clause; of a verb that ends the
 * sentence, the actor between the last comma and the verb (or right after it, "said Rabiee"). A complement runs to the
 * next speaker or to a clause conjunction ("while", "whereas", ";").
 */
final class Frames {

  private static final java.util.regex.Pattern ENTRY_TIME = java.util.regex.Pattern.compile("\\d{1,2}[:.]\\d{2}|[-–—|]"); // compiled once

  private static final Set<String> CLAUSE_BREAK = Set.of(";", "while", "whereas", "but");
  private static final Set<String> TRAILING =
      Set.of("on", "in", "at", "a", "statement", "late", "early", "also", "then", "the", "afternoon", "morning",
          "evening", "night", "later", "earlier", "today", "yesterday", "tonight");
  private static final Set<String> SUBJECT_STOP = Set.of(";", "that", "who", "which", "where", "“", "”", "\"");

  private final Lexicon lexicon;

  Frames(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Frame> find(AnnotatedSentence s) {
    List<Token> tokens = s.sentence().tokens();
    List<Frame> frames = new ArrayList<>();
    for (Lexicon.Match m : lexicon.find(tokens, "speech")) {
      Frame f = m.entry().words().length == 2 && m.entry().words()[0].equals("according")
          ? accordingTo(s, m) : verbFrame(s, m);
      if (f != null) {
        frames.add(f);
      }
    }
    Frame colon = colonFrame(s);
    if (colon != null) {
      frames.add(0, colon);
    }
    return relayed(trim(shareSubjects(frames, tokens), tokens));
  }

  /**
   * "..., the Ukrainian military said, ..., RFE/RL reported": a statement inside a news outlet's report is its
   * speaker's, relayed by the outlet.
   */
  private static List<Frame> relayed(List<Frame> frames) {
    List<Frame> out = new ArrayList<>(frames);
    for (Frame media : frames) {
      if (media.speaker() == null || !"MEDIA".equals(media.speaker().role())) {
        continue;
      }
      for (int i = 0; i < out.size(); i++) {
        Frame f = out.get(i);
        if (f != media && f.via() == null && f.speakerName() != null && media.contains(f.verb())
            && (f.speaker() == null || !"MEDIA".equals(f.speaker().role()))) {
          out.set(i, new Frame(f.verb(), f.speaker(), f.speakerText(), f.from(), f.to(), f.kind(), media.speaker(),
              f.accused()));
        }
      }
    }
    return out;
  }

  /**
   * "14:00 Gaza's health ministry: 404 killed", "Ukraine's army: two soldiers wounded": a live blog's or a headline's
   * speaker named at the start and followed by a colon says what comes after it.
   */
  private static Frame colonFrame(AnnotatedSentence s) {
    List<Token> tokens = s.sentence().tokens();
    int start = 0;
    while (start < tokens.size() && tokens.get(start).text().matches("\\d{1,2}[:.]\\d{2}|[-–—|]")) {
      start++;
    }
    for (ActorSpan a : s.actors()) {
      if (a.from() <= start + 1 && a.to() + 1 < tokens.size() && tokens.get(a.to()).text().equals(":")
          && !a.modifier()) {
        return new Frame(a.to(), a, null, a.to() + 1, tokens.size(), "reports", null, null);
      }
    }
    return null;
  }

  private Frame accordingTo(AnnotatedSentence s, Lexicon.Match m) {
    List<Token> tokens = s.sentence().tokens();
    int end = m.to();
    while (end < tokens.size() && !isPunct(tokens.get(end).text(), ",.;")) {
      end++;
    }
    ActorSpan speaker = firstActorIn(s, m.to(), end);
    String text = end - m.to() <= 10 ? s.sentence().span(m.to(), end) : null;
    if (m.from() <= 1) {
      return new Frame(m.from(), speaker, text, Math.min(end + 1, tokens.size()), tokens.size(), "reports", null, null);
    }
    return new Frame(m.from(), speaker, text, 0, m.from(), "reports", null, null);
  }

  private Frame verbFrame(AnnotatedSentence s, Lexicon.Match m) {
    List<Token> tokens = s.sentence().tokens();
    int v = m.from();
    if (!usedAsVerb(tokens, v)) {
      return null;
    }
    String kind = m.value();
    int after = m.to();
    if (notSpeech(s, m, after)) {
      return null;
    }
    // "X quoted Y as saying (that) ..."
    if (kind.equals("quotes")) {
      ActorSpan quoted = firstActorIn(s, after, Math.min(tokens.size(), after + 12));
      int as = indexOf(tokens, "as", after, Math.min(tokens.size(), after + 14));
      if (quoted == null || as < 0) {
        return null;
      }
      int from = skipThat(tokens, Math.min(tokens.size(), as + 2));
      return new Frame(v, quoted, null, from, tokens.size(), "reports", subjectBefore(s, v), null);
    }
    if (kind.equals("accuses")) {
      ActorSpan accused = firstActorIn(s, after, Math.min(tokens.size(), after + 8));
      int of = indexOfAny(tokens, Set.of("of", "for"), after, Math.min(tokens.size(), after + 10));
      int from = of >= 0 ? of + 1 : after;
      return new Frame(v, subjectBefore(s, v), null, from, tokens.size(), kind, null, accused);
    }
    if (endsClause(s, after) || trailingAside(s, v, after)) {
      // "..., the ministry said (on Thursday)." or "..., said Rabiee."
      ActorSpan before = subjectBefore(s, v);
      // "said Rabiee", "said the ministry": the inverted speaker stands right after the verb, not a clause later
      ActorSpan inverted = firstActorIn(s, after, tokens.size());
      inverted = inverted != null && inverted.from() <= after + 2 ? inverted : null;
      ActorSpan speaker = before != null ? before : inverted;
      int comma = lastComma(tokens, speaker != null && speaker.from() < v ? speaker.from() : v);
      String text = speaker == null && comma >= 0 && npLike(tokens, comma + 1, v) ? s.sentence().span(comma + 1, v)
          : null;
      return new Frame(v, speaker, text, 0, comma >= 0 ? comma : v, kind, null, null);
    }
    ActorSpan subject = subjectBefore(s, v);
    int from = skipThat(tokens, after);
    return new Frame(v, subject, subject == null ? subjectText(s, v) : null, from, tokens.size(), kind, null, null);
  }

  /**
   * "Five soldiers were killed ..., the Ukrainian military said, in some of the worst clashes for months": a comma and
   * a short subject before the verb and a comma right after it make an attribution of what came before, whatever
   * aside follows.
   */
  private static boolean trailingAside(AnnotatedSentence s, int v, int after) {
    List<Token> tokens = s.sentence().tokens();
    after = afterPhrase(tokens, after); // "..., the ministry said in a statement, adding ..."
    if (after >= tokens.size() || !tokens.get(after).text().equals(",") || v < 3) {
      return false;
    }
    int k = commaShortlyBefore(tokens, v);
    return k > 2 && k < v - 1 && npLike(tokens, k + 1, v);
  }

  /** The comma among the six tokens before the verb at {@code v} that opens its short subject, or -1. */
  private static int commaShortlyBefore(List<Token> tokens, int v) {
    for (int k = v - 1; k >= Math.max(0, v - 6); k--) {
      if (tokens.get(k).text().equals(",")) {
        return k;
      }
    }
    return -1;
  }

  /** "X accused Y of ... and said that ...": a second verb with no subject of its own shares the first's. */
  private static List<Frame> shareSubjects(List<Frame> frames, List<Token> tokens) {
    List<Frame> out = new ArrayList<>();
    for (Frame f : frames) {
      Frame prev = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean coordinated = f.verb() > 0 && Set.of("and", "but").contains(Lexicon.lower(tokens.get(f.verb() - 1)));
      // "Afif told Reuters ... and denied the allegations": the listener of the first verb is not the second's subject
      boolean listener = f.speaker() != null && prev != null && f.speaker().from() > prev.verb()
          && f.speaker().from() <= prev.verb() + 2 && (prev.speaker() == null || prev.speaker().from() < prev.verb());
      if ((f.speaker() == null || listener) && coordinated && prev != null && prev.speakerName() != null) {
        f = new Frame(f.verb(), prev.speaker(), prev.speakerText(), f.from(), f.to(), f.kind(), f.via(), null);
      }
      out.add(f);
    }
    return out;
  }

  /**
   * Speech words used otherwise: "claimed over 400 lives" (a toll), "due to reported shelling" (a participle before
   * its noun, with no one reporting).
   */
  private boolean notSpeech(AnnotatedSentence s, Lexicon.Match m, int after) {
    List<Token> tokens = s.sentence().tokens();
    if (after >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(after);
    String lemma = m.entry().words()[0];
    // ("reported five dead" is speech whose object is the figure; "claimed 400 lives" is a toll)
    if (lemma.equals("claim") && (next.isNumber()
        || lexicon.at(tokens, after, "qualifier") != null || lexicon.at(tokens, after, "number") != null
        || Lexicon.lower(next).equals("lives") || Lexicon.lower(next).equals("the") && after + 1 < tokens.size()
            && Lexicon.lower(tokens.get(after + 1)).equals("lives"))) {
      return true;
    }
    // "the previously declared humanitarian ceasefire", "due to reported shelling": a participle before its noun
    boolean modifier = next.tag() != null && (next.tag().equals("ADJ") || next.tag().equals("NOUN"));
    return modifier && subjectBefore(s, m.from()) == null && !nounBefore(tokens, m.from());
  }

  // "Witnesses also reported strikes": a noun (past adverbs) before the word is its subject, so the word is a verb.
  private static boolean nounBefore(List<Token> tokens, int v) {
    int k = v - 1;
    while (k >= 0 && "ADV".equals(tokens.get(k).tag())) {
      k--;
    }
    String tag = k >= 0 ? tokens.get(k).tag() : null;
    return tag != null && (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON"));
  }

  /** Complements end where the next frame's speaker starts, or at a clause conjunction. */
  private static List<Frame> trim(List<Frame> frames, List<Token> tokens) {
    List<Frame> out = new ArrayList<>();
    for (int i = 0; i < frames.size(); i++) {
      Frame f = frames.get(i);
      int to = f.to();
      for (int j = i + 1; j < frames.size(); j++) {
        Frame g = frames.get(j);
        int start = g.speaker() != null && g.speaker().from() < g.verb() ? g.speaker().from() : g.verb();
        if (start > f.from() && start < to && g.from() > f.from()) {
          to = start;
        }
      }
      // A complement after its verb ends at a clause conjunction; one before it ("A but B, X said") is all X's.
      for (int k = f.from(); k < to && f.from() > f.verb(); k++) {
        if (k > f.from() && CLAUSE_BREAK.contains(Lexicon.lower(tokens.get(k)))) {
          to = k;
          break;
        }
      }
      out.add(new Frame(f.verb(), f.speaker(), f.speakerText(), f.from(), Math.max(f.from(), to), f.kind(), f.via(),
          f.accused()));
    }
    return out;
  }

  /** The nearest actor ending before token {@code v}, in the same clause. */
  static ActorSpan subjectBefore(AnnotatedSentence s, int v) {
    List<Token> tokens = s.sentence().tokens();
    int rel = relativeBefore(tokens, v);
    if (rel >= 0) {
      // "Residents of Taiz, which the Houthis have besieged for a year, blamed ...": the subject precedes the clause
      return subjectBefore(s, rel);
    }
    ActorSpan best = null;
    for (ActorSpan a : s.actors()) {
      if (a.to() <= v && !a.modifier() && (best == null || a.to() > best.to())) {
        best = a;
      }
    }
    if (best == null || v - best.to() > 12) {
      return null;
    }
    // "the Interior Ministry of Artsakh that governs Nagorno-Karabakh said": the head before the relative clause speaks
    for (ActorSpan a : s.actors()) {
      if (a.to() < best.from() && a.to() < tokens.size()
          && Set.of("that", "which", "who").contains(Lexicon.lower(tokens.get(a.to())))
          && best.from() - a.to() <= 4) {
        return a;
      }
    }
    for (int k = best.to(); k < v; k++) {
      if (SUBJECT_STOP.contains(Lexicon.lower(tokens.get(k)))) {
        return null;
      }
      // "..., killing 22 people, among them a Lebanese soldier, and wounding 124, the health ministry said": the noun
      // phrase after the last comma is the subject, whether or not the dictionary knows it.
      if (tokens.get(k).text().equals(",") && npLike(tokens, k + 1, v)) {
        return null;
      }
    }
    // "Armenian forces" as possessor of another noun ("Azerbaijani forces' positions said") is not the subject.
    return best;
  }

  /**
   * A speaker outside the dictionary ("Witnesses said", "a tally based on tolls"): the noun phrase right before the
   * verb, if the words there are one (a noun, no verb, not starting with a preposition or conjunction).
   */
  private static String subjectText(AnnotatedSentence s, int v) {
    List<Token> tokens = s.sentence().tokens();
    int rel = relativeBefore(tokens, v);
    if (rel >= 0) {
      return subjectText(s, rel);
    }
    int k = v - 1;
    // "... targets that the military said belonged to ...": a relative pronoun opens the speaker's clause
    while (k >= 0 && !isPunct(tokens.get(k).text(), ",;:\"“”") && v - k <= 6
        && !RELATIVES.contains(Lexicon.lower(tokens.get(k)))) {
      k--;
    }
    int from = k + 1;
    int head = listHead(tokens, k, v);
    if (head >= 0 && npLike(tokens, head, k)) {
      return s.sentence().span(head, v).strip(); // the places listed belong to the speaker's name
    }
    while (from < v && ENTRY_TIME.matcher(tokens.get(from).text()).matches()) {
      from++; // a live blog's "04:55 Gaza's civil defence said": the entry's time is not the speaker's name
    }
    int to = v;
    while (to > from + 1 && "ADV".equals(tokens.get(to - 1).tag())) {
      to--; // "Witnesses also reported": the adverb is not part of the name
    }
    return npLike(tokens, from, to) ? s.sentence().span(from, to).strip() : null;
  }

  /**
   * Where a speaker's noun phrase starts whose last words, from the comma at {@code comma} to the verb at {@code v},
   * end a list of names ("Residents in Gaza City, Khan Younis and Rafah say"), or -1 when they do not.
   */
  static int listHead(List<Token> tokens, int comma, int v) {
    if (comma < 1 || !tokens.get(comma).text().equals(",") || !namesList(tokens, comma + 1, v, true)) {
      return -1;
    }
    int end = comma;
    while (true) {
      int p = end - 1;
      while (p >= 0 && !isPunct(tokens.get(p).text(), ",;:\"“”")) {
        p--;
      }
      int start = p + 1;
      if (p >= 0 && tokens.get(p).text().equals(",") && namesList(tokens, start, end, false)) {
        end = p; // another item of the list
        continue;
      }
      return end - start <= 8 && start < end ? start : -1;
    }
  }

  /** Capitalised words only, with "and"/"or" between them when {@code last} (a list's last item). */
  private static boolean namesList(List<Token> tokens, int from, int to, boolean last) {
    if (from >= to || to - from > 6) {
      return false;
    }
    boolean joined = false;
    for (int k = from; k < to; k++) {
      String t = tokens.get(k).text();
      if (t.equals("and") || t.equals("or")) {
        joined = true;
      } else if (!Character.isUpperCase(t.charAt(0))) {
        return false;
      }
    }
    return joined == last;
  }

  private static final Set<String> RELATIVES = Set.of("which", "who", "whose", "where", "that");

  /**
   * Where a non-restrictive relative clause or an apposition ending right before {@code v} opens (", which ... ," or
   * ", an adviser to ... ," + verb), or -1: its comma is the end of the subject.
   */
  static int relativeBefore(List<Token> tokens, int v) {
    if (v < 3 || !tokens.get(v - 1).text().equals(",")) {
      return -1;
    }
    for (int k = v - 2; k >= Math.max(1, v - 30); k--) {
      if (tokens.get(k).text().equals(",") && k + 1 < v && (RELATIVES.contains(Lexicon.lower(tokens.get(k + 1)))
          || appositive(tokens, k + 1, v - 1))) {
        return k;
      }
    }
    return -1;
  }

  /** "Zoryan Shkiryak, an adviser to the minister, wrote": a verbless noun phrase opened by an article. */
  private static boolean appositive(List<Token> tokens, int from, int to) {
    if (to - from < 2 || to - from > 10 || !Set.of("a", "an", "the").contains(Lexicon.lower(tokens.get(from)))) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String tag = tokens.get(k).tag();
      String t = tokens.get(k).text();
      if (("VERB".equals(tag) || "AUX".equals(tag)) && !Character.isUpperCase(t.charAt(0)) || t.equals(",")) {
        return false;
      }
    }
    return true;
  }

  static boolean npLike(List<Token> tokens, int from, int to) {
    if (from >= to || to - from > 8) {
      return false;
    }
    String first = tokens.get(from).tag();
    if (first == null || Set.of("ADP", "CCONJ", "SCONJ", "VERB", "AUX", "PUNCT", "ADV").contains(first)) {
      return false;
    }
    boolean noun = false;
    for (int k = from; k < to; k++) {
      String tag = tokens.get(k).tag();
      if (tag == null || tag.equals("VERB") || tag.equals("AUX")) {
        return false;
      }
      noun |= tag.equals("NOUN") || tag.equals("PROPN");
    }
    // "the military said": an adjective after a determiner, with nothing after it, is used as a noun
    return noun || to - from >= 2 && DETERMINERS.contains(Lexicon.lower(tokens.get(from)))
        && "ADJ".equals(tokens.get(to - 1).tag());
  }

  static ActorSpan firstActorIn(AnnotatedSentence s, int from, int to) {
    for (ActorSpan a : s.actors()) {
      if (a.from() >= from && a.to() <= to) {
        return a;
      }
    }
    return null;
  }

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
      "their", "his", "her", "such", "any", "no", "our", "my", "your");

  /**
   * ", the military said." tagged as a noun: "said" or "says" closing the sentence after a comma and a short noun
   * phrase is the verb of attribution whatever the tagger thought.
   */
  private static boolean saidAtTheEnd(List<Token> tokens, int v) {
    String w = Lexicon.lower(tokens.get(v));
    if (!w.equals("said") && !w.equals("says") || v + 1 >= tokens.size()
        || !Set.of(".", ",", "on", "in", "late", "earlier", "today", "yesterday").contains(
            Lexicon.lower(tokens.get(v + 1)))) {
      return false;
    }
    int k = commaShortlyBefore(tokens, v);
    return k >= 0 && k < v - 1;
  }

  private static boolean usedAsVerb(List<Token> tokens, int v) {
    Token t = tokens.get(v);
    if (v > 0 && DETERMINERS.contains(Lexicon.lower(tokens.get(v - 1)))) {
      return false;
    }
    if (t.tag() != null) {
      // the tagger reads "The Israeli military said six rockets ..." with "said" as an adjective
      return t.tag().equals("VERB") || t.tag().equals("AUX") || Set.of("said", "says").contains(Lexicon.lower(t))
          || (t.tag().equals("NOUN") && v > 0 && tokens.get(v - 1).text().equalsIgnoreCase("to"))
          || saidAtTheEnd(tokens, v) || thatFollows(tokens, v) || presentAfterName(tokens, v);
    }
    if (v > 0) {
      String prev = Lexicon.lower(tokens.get(v - 1));
      return !Set.of("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her").contains(prev);
    }
    return true;
  }

  // "The Sudan Doctors Network condemns in the strongest terms ...": the tagger reads a present tense right after a
  // name as a noun of a compound; followed by a determiner, preposition or pronoun it is the name's verb.
  private static boolean presentAfterName(List<Token> tokens, int v) {
    Token t = tokens.get(v);
    return v > 1 && v + 1 < tokens.size() && Character.isUpperCase(tokens.get(v - 1).text().charAt(0))
        && t.text().endsWith("s") && !t.text().endsWith("ss") && Character.isLowerCase(t.text().charAt(0))
        && Set.of("DET", "ADP", "PRON").contains(tokens.get(v + 1).tag());
  }

  // "the Brigades announce that ...": a speech word right before "that" is its verb whatever the tagger said (it
  // reads a present-tense "announce" as a conjunction), unless a determiner made it a noun above.
  private static boolean thatFollows(List<Token> tokens, int v) {
    return v + 1 < tokens.size() && Lexicon.lower(tokens.get(v + 1)).equals("that") && v > 0
        && !Lexicon.lower(tokens.get(v - 1)).equals("to");
  }

  /**
   * Where a prepositional phrase with no verb that starts at {@code i} ends ("said on its Facebook page", "in a
   * provisional toll"): the next comma or the sentence's end; {@code i} itself when no such phrase starts there.
   */
  private static int afterPhrase(List<Token> tokens, int i) {
    if (i >= tokens.size() || !"ADP".equals(tokens.get(i).tag())) {
      return i;
    }
    int k = i + 1;
    for (; k < tokens.size() && k - i <= 8; k++) {
      Token t = tokens.get(k);
      if (t.text().equals(",") || t.text().equals(".")) {
        return k;
      }
      if (t.tag() == null || t.tag().equals("VERB") || t.tag().equals("AUX") || t.tag().equals("SCONJ")
          || Lexicon.lower(t).equals("that")) {
        return i;
      }
    }
    return k == tokens.size() ? k : i;
  }

  /** Whether only time words, adverbs, a verbless prepositional phrase and punctuation follow token {@code i}. */
  private static boolean endsClause(AnnotatedSentence s, int i) {
    List<Token> tokens = s.sentence().tokens();
    for (int k = afterPhrase(tokens, i); k < tokens.size(); k++) {
      Token t = tokens.get(k);
      // "..., the ministry said on Sunday, adding that ...": a participle clause after the speaker is the speaker's
      if (t.text().equals(",") && k + 1 < tokens.size() && Lexicon.lower(tokens.get(k + 1)).endsWith("ing")
          && (tokens.get(k + 1).tag() == null || tokens.get(k + 1).tag().equals("VERB"))) {
        return true;
      }
      if (!(covered(s, k) || !t.isWord() || t.tag() != null && t.tag().equals("ADV")
          || TRAILING.contains(Lexicon.lower(t)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean covered(AnnotatedSentence s, int k) {
    for (Spans.TimeSpan ts : s.times()) {
      if (ts.from() <= k && k < ts.to()) {
        return true;
      }
    }
    for (ActorSpan a : s.actors()) {
      if (a.from() <= k && k < a.to()) {
        return true;
      }
    }
    return false;
  }

  private static int lastComma(List<Token> tokens, int before) {
    for (int k = before - 1; k >= 0; k--) {
      String t = tokens.get(k).text();
      if (t.equals(",") || t.equals("”") || t.equals("\"")) {
        return k;
      }
    }
    return -1;
  }

  private static int skipThat(List<Token> tokens, int i) {
    return i < tokens.size() && Lexicon.lower(tokens.get(i)).equals("that") ? i + 1 : i;
  }

  private static int indexOf(List<Token> tokens, String word, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Lexicon.lower(tokens.get(k)).equals(word)) {
        return k;
      }
    }
    return -1;
  }

  private static int indexOfAny(List<Token> tokens, Set<String> words, int from, int to) {
    for (int k = from; k < to; k++) {
      if (words.contains(Lexicon.lower(tokens.get(k)))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isPunct(String t, String set) {
    return t.length() == 1 && set.indexOf(t.charAt(0)) >= 0;
  }
}
