package org.trucewatch.extract;

import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * Who a speech verb's subject is: the nearest dictionary actor before the verb in its clause, or the noun phrase
 * written there when the dictionary does not know the speaker, past relative clauses, appositions and lists of places
 * that belong to the speaker's name. Reads a tagged sentence; stateless. Split from {@link Frames}, which finds the
 * verbs and complements.
 */
final class Subjects {

  // a live blog's entry time ("04:55") or dash before the speaker's name
  static final java.util.regex.Pattern ENTRY_TIME = java.util.regex.Pattern.compile("\\d{1,2}[:.]\\d{2}|[-–—|]");
  private static final Set<String> SUBJECT_STOP = Set.of(";", "that", "who", "which", "where", "“", "”", "\"");

  private Subjects() {}

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
    if (best == null || v - best.to() > 12 || nameGoesOn(s, best)) {
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
      if (tokens.get(k).text().equals(",") && (npLike(tokens, k + 1, v) || ownerAndOffice(tokens, k + 1, v))) {
        return null;
      }
    }
    // "the UN humanitarian coordinator for Yemen said": a name after "for"/"in" that follows a title is what the
    // title covers; the title's owner before it speaks
    int p = best.from() - 1;
    // "a spokesman for Ukraine's delegation to the Trilateral Contact Group": past the name's article
    if (p > 1 && Set.of("the", "a", "an").contains(Lexicon.lower(tokens.get(p)))) {
      p--;
    }
    if (p > 0 && Set.of("for", "in", "to", "on").contains(Lexicon.lower(tokens.get(p)))
        && "NOUN".equals(tokens.get(p - 1).tag())) {
      ActorSpan owner = null;
      for (ActorSpan a : s.actors()) {
        if (a.to() <= p - 1 && p - 1 - a.to() <= 3 && !a.modifier() && (owner == null || a.to() > owner.to())) {
          owner = a;
        }
      }
      // (a possessive owner's "'s" opens the title: "Ukraine's delegation")
      int title = owner != null && owner.possessive() && owner.to() < p && (tokens.get(owner.to()).text().startsWith("'")
          || tokens.get(owner.to()).text().startsWith("’"))
          ? owner.to() + 1 : owner == null ? p : owner.to();
      if (owner != null && onlyTitleWords(tokens, title, p)) {
        return owner;
      }
    }
    // "Armenian forces" as possessor of another noun ("Azerbaijani forces' positions said") is not the subject.
    return best;
  }

  /**
   * "The Sudan Doctors Network said", "the UK Maritime Trade Operations centre said": a country's bare name
   * followed by capitalised words of the same name is the first word of a body the dictionary does not know, not the
   * speaker; the name as written speaks (a possessive or a demonym, "Sudan's army", stays its own actor).
   */
  private static boolean nameGoesOn(AnnotatedSentence s, ActorSpan a) {
    List<Token> tokens = s.sentence().tokens();
    int k = a.to();
    if (a.possessive() || a.demonym() || !"STATE".equals(a.role()) || k + 1 >= tokens.size()) {
      return false;
    }
    for (Spans.TimeSpan t : s.times()) {
      if (t.from() <= k && k < t.to()) {
        return false; // "Sudan Monday said": a day, not a name's word
      }
    }
    String next = tokens.get(k).text();
    return !next.isEmpty() && Character.isUpperCase(next.charAt(0)) && next.chars().anyMatch(Character::isLowerCase)
        && ("PROPN".equals(tokens.get(k).tag()) || "NOUN".equals(tokens.get(k).tag()));
  }

  /** Whether {@code [from, to)} holds only nouns and adjectives, a title's words ("humanitarian coordinator"). */
  private static boolean onlyTitleWords(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String tag = tokens.get(k).tag();
      if (tag == null || !(tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("PROPN"))) {
        return false;
      }
    }
    return from < to;
  }

  /**
   * A speaker outside the dictionary ("Witnesses said", "a tally based on tolls"): the noun phrase right before the
   * verb, if the words there are one (a noun, no verb, not starting with a preposition or conjunction).
   */
  static String subjectText(AnnotatedSentence s, int v) {
    List<Token> tokens = s.sentence().tokens();
    int cite = SpeakerAsides.citingAside(tokens, v);
    if (cite >= 0) {
      // "Shafaq News, citing local officials, put the toll at nine": the source relayed speaks, else the outlet
      String source = SpeakerAsides.citedSource(s, cite, v);
      return source != null ? source : subjectText(s, cite);
    }
    int rel = relativeBefore(tokens, v);
    if (rel >= 0) {
      String named = titleAndName(s, v);
      return named != null ? named : subjectText(s, rel);
    }
    int who = SpeakerAsides.whoClause(tokens, v);
    if (who > 0) {
      return subjectText(s, who); // "a doctor who asked not to be named said": the noun before the clause speaks
    }
    // "... targets that the military said belonged to ...": a relative pronoun opens the speaker's clause
    int k = clauseBoundary(tokens, v, 6);
    int from = k + 1;
    String longName = k >= 0 && v - k > 6 ? nameJoinedByOf(s, v) : null;
    if (longName != null) {
      return longName; // "The Ministry of Public Works (MPW) in Gaza said": a long name is not cut
    }
    if (k >= 0 && v - k > 6 && PREPOSITIONS.contains(Lexicon.lower(tokens.get(k)))) {
      // "The director of health services for the coastal areas of the governorate reported": the words before the
      // verb are a preposition's object; the speaker is the phrase's head, cut before a later preposition
      return headOfLongSubject(s, k, v);
    }
    // "..., he said, and the army denied that ...": the conjunction after the comma is not part of the name
    if (from < v - 1 && k >= 0 && tokens.get(k).text().equals(",")
        && Set.of("and", "but").contains(Lexicon.lower(tokens.get(from)))) {
      from++;
    }
    int head = listHead(tokens, k, v);
    if (head >= 0 && npLike(tokens, head, k)) {
      return s.sentence().span(head, v).strip(); // the places listed belong to the speaker's name
    }
    from = pastEntryTime(tokens, from, v); // a live blog's "04:55 Gaza's civil defence said": not the speaker's name
    int to = v;
    // "Witnesses also reported", "The army has denied", "Kyiv has not confirmed": adverbs, auxiliaries and negation
    // before the verb are not part of the name
    while (to > from + 1 && tokens.get(to - 1).tag() != null
        && Set.of("ADV", "AUX", "PART").contains(tokens.get(to - 1).tag())) {
      if (PASSIVE_AUX.contains(Lexicon.lower(tokens.get(to - 1)))) {
        return null; // "Strikes are also reported": a passive's subject is what is reported, not who reports
      }
      to--;
    }
    // "..., only hours after he told a channel": a subordinator opens the speaker's clause; the words before it are not
    // the speaker's name (a pronoun left alone names nobody)
    for (int j = to - 1; j > from; j--) {
      if (SUBORDINATORS.contains(Lexicon.lower(tokens.get(j)))) {
        from = j + 1;
        break;
      }
    }
    if (npLike(tokens, from, to) || SubjectShapes.loneName(tokens, from, to)) {
      return s.sentence().span(from, to).strip();
    }
    int start = clauseStart(tokens, v);
    // "The Health Ministry's public health emergency operations centre said": an owner and its office, each
    // a noun phrase, too long together for the window
    for (int p = start + 1; start >= 0 && p < to - 1; p++) {
      String w = tokens.get(p).text();
      if ((w.equals("'s") || w.equals("’s")) && npLike(tokens, start, p) && npLike(tokens, p + 1, to)) {
        return s.sentence().span(start, to).strip();
      }
    }
    int nounEnd = start < 0 ? -1 : participleHead(tokens, start, v);
    if (nounEnd > start) {
      return s.sentence().span(start, nounEnd).strip();
    }
    int contact = SubjectShapes.contactSubject(tokens, from, to);
    return contact < 0 ? null : s.sentence().span(contact, to).strip();
  }

  /** Where the clause of the verb at {@code v} starts, up to 16 tokens back (past a live blog's time), or -1. */
  private static int clauseStart(List<Token> tokens, int v) {
    int k = clauseBoundary(tokens, v, 16);
    return k >= 0 && v - k > 16 ? -1 : pastEntryTime(tokens, k + 1, v);
  }

  /**
   * The nearest punctuation or relative pronoun before the verb at {@code v} within {@code window} tokens; else the
   * token {@code window + 1} back (or -1 at the sentence's start).
   */
  private static int clauseBoundary(List<Token> tokens, int v, int window) {
    int k = v - 1;
    while (k >= 0 && v - k <= window && !FrameTokens.isPunct(tokens.get(k).text(), ",;:\"“”")
        && !RELATIVES.contains(Lexicon.lower(tokens.get(k)))) {
      k--;
    }
    return k;
  }

  /** The first token from {@code from} that is not a live blog entry's time. */
  private static int pastEntryTime(List<Token> tokens, int from, int v) {
    while (from < v && ENTRY_TIME.matcher(tokens.get(from).text()).matches()) {
      from++;
    }
    return from;
  }

  /**
   * "Residents reached by phone", "witnesses quoted by local media", "two doctors speaking from the hospital": where
   * the head of a speaker's noun phrase from {@code from} ends when a participle and a verbless prepositional phrase
   * follow it up to the verb at {@code v}; -1 when they do not.
   */
  static int participleHead(List<Token> tokens, int from, int v) {
    for (int p = from + 1; p < Math.min(v - 1, from + 7); p++) {
      String w = Lexicon.lower(tokens.get(p));
      if (!"VERB".equals(tokens.get(p).tag()) || !(w.endsWith("ed") || w.endsWith("ing"))
          || !"ADP".equals(tokens.get(p + 1).tag())) {
        continue;
      }
      for (int k = p + 1; k < v; k++) {
        String tag = tokens.get(k).tag();
        if (tag == null || tag.equals("VERB") || tag.equals("AUX") || tokens.get(k).text().equals(",")) {
          return -1;
        }
      }
      return npLike(tokens, from, p) ? p : -1;
    }
    return -1;
  }

  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "in", "at", "from", "on", "near", "with");

  /** The head of a subject too long for the window, from its clause's start to a preposition, or null. */
  private static String headOfLongSubject(AnnotatedSentence s, int k, int v) {
    List<Token> tokens = s.sentence().tokens();
    int start = k;
    while (start >= 0 && v - start <= 16 && !FrameTokens.isPunct(tokens.get(start).text(), ",;:\"“”")
        && !RELATIVES.contains(Lexicon.lower(tokens.get(start)))) {
      start--;
    }
    if (start >= 0 && v - start > 16) {
      return null; // no clause start in reach
    }
    start++;
    for (int p = Math.min(k, start + 8); p > start + 1; p--) {
      if (PREPOSITIONS.contains(Lexicon.lower(tokens.get(p))) && npLike(tokens, start, p)) {
        return nameOf(tokens, p) ? nameThrough(s, start, p, v) : s.sentence().span(start, p).strip();
      }
    }
    return null;
  }

  /**
   * A capitalised name joined by "of" that opens the clause of the verb at {@code v} ("The Ministry of Public Works
   * (MPW) in Gaza"), through its capitalised words and acronym; null when the clause opens otherwise.
   */
  private static String nameJoinedByOf(AnnotatedSentence s, int v) {
    List<Token> tokens = s.sentence().tokens();
    int start = v - 1;
    while (start >= 0 && v - start <= 16 && !FrameTokens.isPunct(tokens.get(start).text(), ",;:\"“”")
        && !RELATIVES.contains(Lexicon.lower(tokens.get(start)))) {
      start--;
    }
    if (start >= 0 && v - start > 16) {
      return null;
    }
    start = pastEntryTime(tokens, start + 1, v);
    int p = start;
    while (p < v && (capitalised(tokens.get(p)) || p == start && Lexicon.lower(tokens.get(p)).equals("the"))) {
      p++;
    }
    return p > start && p < v && (p > start + 1 || capitalised(tokens.get(start))) && nameOf(tokens, p)
        ? nameThrough(s, start, p, v) : null;
  }

  /** The "of" of a capitalised name ("Ministry of Health"), which joins the name rather than cutting it. */
  private static boolean nameOf(List<Token> tokens, int p) {
    return Lexicon.lower(tokens.get(p)).equals("of") && p + 1 < tokens.size() && capitalised(tokens.get(p - 1))
        && capitalised(tokens.get(p + 1));
  }

  /**
   * "The Ministry of Health (MoH) in Gaza reported": a name joined by "of" runs over its capitalised words and a
   * bracketed acronym; the speaker is cut at the first preposition after them (the name itself when none is before
   * the verb at {@code v}).
   */
  private static String nameThrough(AnnotatedSentence s, int start, int p, int v) {
    List<Token> tokens = s.sentence().tokens();
    int q = p + 1;
    while (q < v && (capitalised(tokens.get(q)) || FrameTokens.isPunct(tokens.get(q).text(), "()"))) {
      q++;
    }
    return s.sentence().span(start, q).strip();
  }

  private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "since", "because",
      "until", "once", "although", "though", "if", "as", "whereas", "unless");

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
      while (p >= 0 && !FrameTokens.isPunct(tokens.get(p).text(), ",;:\"“”")) {
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

  private static final Set<String> PASSIVE_AUX = Set.of("is", "are", "was", "were", "be", "been", "being", "get",
      "got", "gets");

  private static final Set<String> RELATIVES = Set.of("which", "who", "whose", "where", "that");

  /**
   * Where a non-restrictive relative clause or an apposition ending right before {@code v} opens (", which ... ," or
   * ", an adviser to ... ," + verb), or -1: its comma is the end of the subject.
   */
  static int relativeBefore(List<Token> tokens, int v) {
    // "X, a body run by Y, later put the toll at 14": an adverb between the aside and the verb is the verb's
    while (v > 3 && "ADV".equals(tokens.get(v - 1).tag())) {
      v--;
    }
    if (v < 3 || !tokens.get(v - 1).text().equals(",")) {
      return -1;
    }
    for (int k = v - 2; k >= Math.max(1, v - 30); k--) {
      if (!tokens.get(k).text().equals(",") || k + 1 >= v) {
        continue;
      }
      if (RELATIVES.contains(Lexicon.lower(tokens.get(k + 1)))) {
        // "Residents of X, the capital of Y, which the RSF holds, said": a relative clause after an apposition
        int outer = relativeBefore(tokens, k + 1);
        return outer >= 0 ? outer : k;
      }
      if (appositive(tokens, k + 1, v - 1) || relativeApposition(tokens, k + 1, v - 1)
          || nameAfterTitle(tokens, k, v - 1) || participleAside(tokens, k + 1, v - 1)
          || SpeakerAsides.reasonedAside(tokens, k + 1, v - 1)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "The head of the district, Ivan Petrenko, said": a name of capitalised words set off by commas after a title that
   * ends in a common noun (so not a list of places, "Marinka, Avdiivka, ...").
   */
  private static boolean nameAfterTitle(List<Token> tokens, int comma, int to) {
    if (to - comma - 1 < 2 || to - comma - 1 > 5 || comma < 2 || !"NOUN".equals(tokens.get(comma - 1).tag())
        || !Character.isLowerCase(tokens.get(comma - 1).text().charAt(0))
        && !SubjectShapes.titleOfName(tokens, comma)) { // (or a body's name after "head of": SubjectShapes)
      return false;
    }
    for (int k = comma + 1; k < to; k++) {
      // (the tagger reads an unknown name as nouns: its capitals make it one)
      if (!capitalised(tokens.get(k)) || !Set.of("PROPN", "NOUN").contains(tokens.get(k).tag())
          && !tokens.get(k).text().contains("-")) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> RELAYING = Set.of("citing", "quoting");

  /** "A local official, speaking by telephone, said": a short participle clause set off by commas, with no verb after. */
  private static boolean participleAside(List<Token> tokens, int from, int to) {
    if (to - from < 2 || to - from > 6) {
      return false;
    }
    String w = Lexicon.lower(tokens.get(from));
    // (", quoting the coalition, says": the source relayed is the sentence's speaker, read by FramePasses.cited)
    if (!"VERB".equals(tokens.get(from).tag()) || !(w.endsWith("ing") || w.endsWith("ed")) || RELAYING.contains(w)) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      String tag = tokens.get(k).tag();
      if ("VERB".equals(tag) || "AUX".equals(tag) || tokens.get(k).text().equals(",")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "The head of the council, Ivan Petrenko, said": the title and the name together, when the aside closing right
   * before {@code v} is a name after a title; else null.
   */
  static String titleAndName(AnnotatedSentence s, int v) {
    List<Token> tokens = s.sentence().tokens();
    int rel = relativeBefore(tokens, v);
    if (rel < 0 || !nameAfterTitle(tokens, rel, v - 1)) {
      return null;
    }
    int start = rel;
    while (start > 0 && rel - start < 8 && !FrameTokens.isPunct(tokens.get(start - 1).text(), ",;:\"“”")) {
      start--;
    }
    String title = npLike(tokens, start, rel) ? s.sentence().span(start, rel).strip() : subjectText(s, rel);
    return title == null ? null : title + ", " + s.sentence().span(rel + 1, v - 1).strip();
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

  /**
   * "The Popular Front, armed volunteers who fight beside the army, denied": a short noun phrase with no article, then
   * a relative clause, with no comma inside.
   */
  private static boolean relativeApposition(List<Token> tokens, int from, int to) {
    if (to - from < 3 || to - from > 14 || Character.isUpperCase(tokens.get(from).text().charAt(0))) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (tokens.get(k).text().equals(",")) {
        return false;
      }
    }
    for (int r = from + 1; r <= Math.min(to - 2, from + 4); r++) {
      if (RELATIVES.contains(Lexicon.lower(tokens.get(r))) && !Lexicon.lower(tokens.get(r)).equals("that")) {
        return npLike(tokens, from, r);
      }
    }
    return false;
  }

  private static boolean capitalised(Token t) {
    return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
  }

  /**
   * "the Health Ministry's Public Health Emergency Operations Center": an owner and its office, each a noun
   * phrase, joined by a possessive mark (too long together for {@link #npLike}).
   */
  static boolean ownerAndOffice(List<Token> tokens, int from, int to) {
    for (int p = from + 1; p < to - 1; p++) {
      if (Lexicon.possessive(tokens.get(p))) {
        return npLike(tokens, from, p) && npLike(tokens, p + 1, to);
      }
    }
    return false;
  }

  static boolean npLike(List<Token> tokens, int from, int to) {
    if (from >= to || to - from > 8) {
      return false;
    }
    String first = tokens.get(from).tag();
    // "Doctors Without Walls said", "Save the Children said": a name's capitalised words are its own, whatever the
    // tagger made of them (a verb, a subordinator) when the phrase ends in a capitalised word too
    boolean name = to - from >= 2 && capitalised(tokens.get(to - 1));
    if (first == null || Set.of("ADP", "CCONJ", "PUNCT").contains(first)
        || Set.of("SCONJ", "VERB", "AUX", "ADV").contains(first) && !(name && capitalised(tokens.get(from)))) {
      return false;
    }
    boolean noun = false;
    for (int k = from; k < to; k++) {
      String tag = tokens.get(k).tag();
      if (tag == null || (tag.equals("VERB") || tag.equals("AUX")) && !(name && capitalised(tokens.get(k)))) {
        return false;
      }
      noun |= tag.equals("NOUN") || tag.equals("PROPN");
    }
    // "the military said": an adjective after a determiner, with nothing after it, is used as a noun
    return noun || to - from >= 2 && SpeechVerbs.DETERMINERS.contains(Lexicon.lower(tokens.get(from)))
        && "ADJ".equals(tokens.get(to - 1).tag());
  }
}
