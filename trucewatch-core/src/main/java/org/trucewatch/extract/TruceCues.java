package org.trucewatch.extract;

import java.util.List;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * The words around a truce word and its status words that steer how {@link CeasefireFinder} reads them (lexicon:
 * cfcue): negations and hedges, "how", "within hours", and how far apart two words stand. Immutable and thread-safe.
 */
final class TruceCues {

  private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "the", "any");
  private final Lexicon lexicon;

  TruceCues(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** "broke down within hours": a cue (lexicon: cfcue sameday) within three words after the status word. */
  boolean sameDay(List<Token> tokens, int after) {
    for (int k = after; k < Math.min(tokens.size(), after + 3); k++) {
      Lexicon.Entry cue = lexicon.at(tokens, k, "cfcue");
      if (cue != null && cue.value().equals("sameday")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "without an agreement", "no ceasefire": a cue (lexicon: cfcue absent) right before the truce word at {@code at},
   * past one word that qualifies it ("without any announced agreement", "no formal truce") and one article, says
   * there is none.
   */
  boolean absent(List<Token> tokens, int at) {
    int k = at - 1;
    if (k >= 0 && qualifier(tokens.get(k))) {
      k--;
    }
    if (k >= 0 && ARTICLES.contains(Lexicon.lower(tokens.get(k)))) {
      k--;
    }
    Lexicon.Entry cue = k >= 0 ? lexicon.at(tokens, k, "cfcue") : null;
    return cue != null && cue.value().equals("absent");
  }

  // an adjective or a participle before a noun: "formal", "announced"
  private static boolean qualifier(Token t) {
    return t.tag() != null && (t.tag().equals("ADJ") || t.tag().equals("VERB") && t.text().endsWith("ed"));
  }

  /** Whether a comma stands in {@code [from, to)}. */
  static boolean comma(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).text().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an end or extension ({@code value}) is dated after the story's day {@code anchor} ("the renewed truce
   * ends on 2 August" in a story of June): a planned end, not an event.
   */
  boolean afterStory(java.time.LocalDate anchor, String value, Spans.TimeSpan when) {
    boolean ends = value.equals("ended") || value.equals("collapsed") || value.equals("extended");
    return ends && anchor != null && when.first() != null && when.first().isAfter(anchor);
  }

  /**
   * Whether a comma sets the date off from the status word before it, as an aside ("was twice extended by two months,
   * on 2 June": at most "on" or "in" between the comma and the date), rather than opening the date's own clause
   * ("agreed on October 10, announced for October 18"; "..., officials said on Saturday").
   */
  static boolean dateAside(List<Token> tokens, int status, Spans.TimeSpan ts) {
    int k = ts.from() - 1;
    if (k > status && Lexicon.lower(tokens.get(k)).matches("on|in")) {
      k--;
    }
    return k > status && tokens.get(k).text().equals(",") && !comma(tokens, status, k);
  }

  /** Whether a resolved date begins within {@code words} words from {@code at}. */
  static boolean dateWithin(AnnotatedSentence s, int at, int words) {
    return s.times().stream().anyMatch(t -> t.resolved() && t.from() >= at && t.from() <= at + words);
  }

  /**
   * Words between two spans, in either order, not counting one inserted clause between commas (", which backs the
   * government,").
   */
  static int distance(List<Token> tokens, int aFrom, int aTo, int bFrom, int bTo) {
    int from = Math.min(aTo, bTo);
    int to = Math.max(aFrom, bFrom);
    if (to <= from) {
      return 0;
    }
    int gap = to - from - parties(tokens, from, to);
    int open = -1;
    for (int k = from; k < to; k++) {
      if (tokens.get(k).text().equals(",")) {
        if (open >= 0 && k - open <= 20) {
          return gap - (k - open + 1);
        }
        open = k;
      }
    }
    return gap;
  }

  /**
   * The words of a "between A and B" phrase that opens the gap ("a ceasefire between Israel and the Islamic
   * Jihad militant group took hold"): the parties of the truce, not words that set it apart from its verb.
   */
  private static int parties(List<Token> tokens, int from, int to) {
    if (!Lexicon.lower(tokens.get(from)).equals("between")) {
      return 0;
    }
    for (int k = from + 1; k < Math.min(to, from + 7); k++) {
      if (!Lexicon.lower(tokens.get(k)).equals("and")) {
        continue;
      }
      for (int v = k + 1; v < Math.min(to + 1, k + 8); v++) {
        String tag = tokens.get(v).tag();
        if ("VERB".equals(tag) || "AUX".equals(tag)) {
          return v - from;
        }
        if (!Character.isLetterOrDigit(tokens.get(v).text().charAt(0))) {
          return 0;
        }
      }
      return 0;
    }
    return 0;
  }

  /**
   * An end word whose object is a war word (lexicon: cfcue ended), "the ceasefire that ended the war" or
   * "ended eleven days of fighting": the truce ended that, it did not end itself. Only determiners, numbers, adjectives,
   * nouns and "of" may stand between.
   */
  boolean endsOther(List<Token> tokens, Lexicon.Match m) {
    if (!m.value().equals("collapsed") && !m.value().equals("ended")) {
      return false;
    }
    for (int k = m.to(); k < Math.min(tokens.size(), m.to() + 8); k++) {
      Lexicon.Entry cue = lexicon.at(tokens, k, "cfcue");
      if (cue != null && cue.value().equals("ended")) {
        return true;
      }
      String tag = tokens.get(k).tag();
      // A length told loosely ("ended more than a year of", "nearly two years of") is still a length
      boolean filler = "DET".equals(tag) || "NUM".equals(tag) || "ADJ".equals(tag) || "NOUN".equals(tag)
          || "ADV".equals(tag) || Lexicon.lower(tokens.get(k)).matches("of|than|over");
      if (!filler) {
        return false;
      }
    }
    return false;
  }

  /**
   * A start word whose subject is a war word (lexicon: cfcue ended) right before it, past an adverb or an auxiliary,
   * in a "since" clause ("since the fighting began on 3 October", "since the war had started"), a relative clause
   * ("fighting that began in June") or a clause it opens ("The war began on 27 September and ..."), and not the last
   * word of a truce phrase ("since the cessation of hostilities began"): it tells when the war began, not the truce.
   */
  boolean warSubject(List<Token> tokens, Lexicon.Match m, List<Lexicon.Match> nouns) {
    if (!m.value().equals("start")) {
      return false; // "the fighting ended at noon" may be the truce taking hold
    }
    int k = m.from() - 1;
    while (k >= 0 && m.from() - k <= 2 && ("ADV".equals(tokens.get(k).tag()) || "AUX".equals(tokens.get(k).tag()))) {
      k--;
    }
    // "fighting that began in June", "the war, which had started on 2 May": a relative clause on a war word
    boolean relative = k >= 0 && Lexicon.lower(tokens.get(k)).matches("that|which");
    if (relative) {
      k -= k > 0 && tokens.get(k - 1).text().equals(",") ? 2 : 1;
    }
    int at = k;
    Lexicon.Entry cue = k >= 0 ? lexicon.at(tokens, k, "cfcue") : null;
    if (cue == null || !cue.value().equals("ended") || nouns.stream().anyMatch(n -> n.from() <= at && at < n.to())) {
      return false;
    }
    if (relative) {
      return true;
    }
    int d = k - 1;
    while (d >= 0 && ("DET".equals(tokens.get(d).tag()) || "ADJ".equals(tokens.get(d).tag()))) {
      d--;
    }
    if (d >= 0 && Lexicon.lower(tokens.get(d)).equals("since")) {
      return true;
    }
    // A war word opening a clause of its own ("The war began on 27 September and ended with the truce"), but
    // "fighting started again on Monday" may be the truce's end
    boolean opens = d < 0 || "PUNCT".equals(tokens.get(d).tag()) || "CCONJ".equals(tokens.get(d).tag());
    for (int a = m.to(); a < Math.min(tokens.size(), m.to() + 3); a++) {
      if (Lexicon.lower(tokens.get(a)).matches("again|anew|afresh|once")) {
        return false;
      }
    }
    return opens;
  }

  /**
   * The start of the "since" clause around {@code ts} ("since the rebels seized the airport on 3 October"): "since"
   * before the date with a verb between them and no clause's end; -1 when the date stands in none ("since 3 October").
   */
  static int sinceClause(List<Token> tokens, Spans.TimeSpan ts) {
    boolean verb = false;
    for (int k = ts.from() - 1; k >= 0 && ts.from() - k <= 12; k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals(",") || w.equals(";") || w.equals(":")) {
        return -1;
      }
      if (w.equals("since")) {
        return verb ? k : -1;
      }
      verb |= "VERB".equals(tokens.get(k).tag());
    }
    return -1;
  }

  /** The end of a clause: the first comma, semicolon or colon from {@code after} on, else the sentence's end. */
  static int clauseEnd(List<Token> tokens, int after) {
    for (int k = after; k < tokens.size(); k++) {
      String w = tokens.get(k).text();
      if (w.equals(",") || w.equals(";") || w.equals(":")) {
        return k;
      }
    }
    return tokens.size();
  }

  /**
   * Whether {@code ts} stands in a "since" clause of its own ("have agreed to stop fighting three times since the
   * army entered the province on 3 October") that does not hold the words {@code [from, to)}: that clause's day, not
   * theirs.
   */
  static boolean otherSinceClause(List<Token> tokens, Spans.TimeSpan ts, int from, int to) {
    int since = sinceClause(tokens, ts);
    return since >= 0 && (to <= since || from >= clauseEnd(tokens, ts.to()));
  }

  /**
   * A status word that modifies the truce word right after it, with a hedge right after the truce ("an
   * extended and expanded truce would provide ..."): a truce wished for, not one extended.
   */
  boolean hedgedModifier(List<Token> tokens, Lexicon.Match m, Lexicon.Match n) {
    if (m.to() > n.from() || n.from() - m.to() > 3) {
      return false;
    }
    for (int k = m.to(); k < n.from(); k++) {
      String tag = tokens.get(k).tag();
      if (!"ADJ".equals(tag) && !"CCONJ".equals(tag) && !"VERB".equals(tag)) {
        return false;
      }
    }
    for (int k = n.to(); k < Math.min(tokens.size(), n.to() + 2); k++) {
      Lexicon.Entry cue = lexicon.at(tokens, k, "cfcue");
      if (cue != null && cue.value().equals("hedge")) {
        return true;
      }
    }
    return false;
  }

  private static final int PLEA_REACH = 4; // words from a plea to the truce it seeks: "towards a lasting ceasefire"

  /**
   * "since the invasion began, with Kyiv pressing for an immediate ceasefire": a plea (lexicon: cfcue plea) between a
   * status word and the truce word after it, or just before a truce word told before its status word ("calls for a
   * truce went unheeded"); the truce is only sought, the status word is another's.
   */
  boolean sought(List<Token> tokens, Lexicon.Match m, Lexicon.Match n) {
    // "an effort to push the parties towards a ceasefire fell apart": a plea just before a truce told first
    return m.from() >= n.to() && pleaIn(tokens, Math.max(0, n.from() - PLEA_REACH), n.from(), n.from())
        || pleaIn(tokens, m.to(), n.from(), Integer.MAX_VALUE);
  }

  // a plea (lexicon: cfcue plea) starting in [from, to) and ending by endBy
  private boolean pleaIn(List<Token> tokens, int from, int to, int endBy) {
    for (int k = from; k < to; k++) {
      Lexicon.Entry cue = lexicon.at(tokens, k, "cfcue");
      if (cue != null && cue.value().equals("plea") && k + cue.words().length <= endBy) {
        return true;
      }
    }
    return false;
  }

  /** "agreed on how a ceasefire would be verified": a wh-word between the status word and the truce word. */
  boolean aboutOther(List<Token> tokens, Lexicon.Match n, Lexicon.Match m) {
    for (int k = Math.min(n.to(), m.to()); k < Math.max(n.from(), m.from()); k++) {
      Lexicon.Entry cue = lexicon.at(tokens, k, "cfcue");
      if (cue != null && cue.value().equals("wh")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "urged both sides on Wednesday to agree to a ceasefire", "pressed the army to sign up to a truce": a status word
   * right after a "to" (past one adverb: "to quickly agree") that an asking word (lexicon: cfcue ask) governs is only
   * asked for, not done.
   */
  boolean askedFor(List<Token> tokens, int i) {
    int to = i - 1;
    if (to >= 1 && "ADV".equals(tokens.get(to).tag()) && !Lexicon.lower(tokens.get(to)).equals("to")) {
      to--; // "urged the sides to quickly agree a truce": the tagger's universal tag, not Penn's "RB"
    }
    if (to < 1 || !Lexicon.lower(tokens.get(to)).equals("to")) {
      return false;
    }
    for (int k = to - 1; k >= Math.max(0, to - ASK_REACH); k--) {
      String w = tokens.get(k).text();
      if (w.equals(";") || w.equals(":") || w.equals(".")) {
        return false;
      }
      Lexicon.Entry cue = lexicon.at(tokens, k, "cfcue");
      if (cue != null && cue.value().equals("ask")) {
        return true;
      }
    }
    return false;
  }

  private static final int ASK_REACH = 15; // "pressed the country's army and the paramilitary forces on Wednesday to sign up"

  /** The negation or hedge (lexicon: cfcue neg, hedge) within three words before the status word, or null. */
  String negated(List<Token> tokens, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      Lexicon.Entry cue = lexicon.at(tokens, k, "cfcue");
      if (cue != null && (cue.value().equals("neg") || cue.value().equals("hedge"))) {
        return cue.value();
      }
    }
    return null;
  }

  /**
   * For a status word under a hedge in a clause that an agreeing word governs ("agreed in Paris on Monday that the
   * sides would fully implement a ceasefire"): that agreeing word, within six words before the "that"; else null.
   */
  Lexicon.Match hedgedAgreement(List<Token> tokens, Lexicon.Match m) {
    if (!"hedge".equals(negated(tokens, m.from()))) {
      return null;
    }
    for (int k = m.from() - 1; k >= Math.max(0, m.from() - 12); k--) {
      if (!Lexicon.lower(tokens.get(k)).equals("that")) {
        continue;
      }
      for (Lexicon.Match a : lexicon.find(tokens.subList(0, k), "cfstatus")) {
        if (a.value().equals("agreed") && a.to() >= k - 6 && negated(tokens, a.from()) == null) {
          return a;
        }
      }
      return null;
    }
    return null;
  }

  /** A status word of the right part of speech (flag verb) and not part of a time expression ("the end of 2019"). */
  static boolean usable(AnnotatedSentence s, Lexicon.Match m) {
    String tag = s.sentence().tokens().get(m.from()).tag();
    if (m.entry().has("verb") && tag != null && !tag.equals("VERB")) {
      return false;
    }
    return s.times().stream().noneMatch(t -> t.from() < m.to() && m.from() < t.to());
  }
}
