package org.trucewatch.extract;

import static org.trucewatch.extract.CeasefireFinder.EVENTS;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.CeasefireFinder.Status;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * The status words said of a sentence's truce words, for {@link CeasefireFinder}: which status word (lexicon:
 * cfstatus) is said of which truce word, in reach or in a series, unless negated, hedged, sought or about another
 * thing; a proposal that is only accepted, a signing to come, an agreeing that only opens an extension or a start.
 * Reads the sentence and its truce words; writes the statuses kept, in order. Thread-safe.
 */
final class TruceStatuses {

  private static final int REACH = 7; // words between a truce word and its status word
  private static final int CHAIN = 10; // words between two status words of one series ("agreed ..., announced ...")
  // truce words that say no status of themselves ("hostilities stopped" does)
  private static final Set<String> BARE_NOUNS = Set.of("ceasefire", "agreement", "pause");
  /** The status of a war's own start or end, which owns its date and makes no truce event. */
  static final String WAR = "war";

  private final Lexicon lexicon;
  private final TruceCues cues;

  TruceStatuses(Lexicon lexicon, TruceCues cues) {
    this.lexicon = lexicon;
    this.cues = cues;
  }

  /**
   * The status words said of the truce words: those within reach of one, those in a series with one kept ("agreed
   * ..., announced ... and brokered ..."), "from" and a date right after a truce word, and a truce phrase that is its
   * own status; none negated or hedged. A weak one ("a ceasefire agreement") only where no other stands.
   */
  List<Status> statuses(AnnotatedSentence s, List<Lexicon.Match> nouns) {
    List<Token> tokens = s.sentence().tokens();
    List<Lexicon.Match> words = lexicon.find(tokens, "cfstatus");
    List<Status> kept = new ArrayList<>();
    boolean[] taken = new boolean[words.size()];
    // "since the fighting began on 3 October": the war's start owns its date
    List<Status> wars = new ArrayList<>();
    for (int i = 0; i < words.size() && !nouns.isEmpty(); i++) {
      Lexicon.Match m = words.get(i);
      // Anywhere in the sentence, so that a truce with no day of its own does not take the war's
      if (TruceCues.usable(s, m) && cues.warSubject(tokens, m, nouns)) {
        wars.add(new Status(m.from(), m.to(), WAR, nearestNoun(nouns, m)));
        taken[i] = true;
      }
    }
    for (boolean weak : new boolean[] {false, true}) {
      if (weak && !kept.isEmpty()) {
        break;
      }
      for (int i = 0; i < words.size(); i++) {
        Lexicon.Match m = words.get(i);
        if (taken[i] || m.entry().has("weak") != weak || !TruceCues.usable(s, m) || cues.endsOther(tokens, m)
            || wished(tokens, nouns, m)) {
          continue;
        }
        // "agreed ... that the sides would fully implement a ceasefire": what was done is the agreeing
        Lexicon.Match agreed = cues.hedgedAgreement(tokens, m);
        if (agreed == null && cues.negated(tokens, m.from()) != null
            || CeasefireFinder.EVENTS.contains(m.value()) && cues.askedFor(tokens, m.from())) {
          continue;
        }
        for (Lexicon.Match n : nouns) {
          if ((weak || n.value().equals("start")) && m.from() < n.to() && n.from() < m.to()) {
            continue; // "the agreement" says no more of itself than that it is one; "hold fire" is no truce holding
          }
          // a bare "pause" is a truce as the subject of its status ("the pause took hold"), not "mediated the pause"
          if (n.value().equals("pause") && m.from() < n.from()) {
            continue;
          }
          // "agreed on a package of measures that includes a ceasefire": the agreeing reaches the truce's container
          int held = m.to() <= n.from() ? TruceContainers.from(lexicon, tokens, n) : n.from();
          if (TruceCues.distance(tokens, held, n.to(), m.from(), m.to()) - TruceDates.timeWords(s, n, m) <= REACH
              && !cues.aboutOther(tokens, n, m) && !cues.sought(tokens, m, n)) {
            Lexicon.Match said = agreed != null ? agreed : m;
            kept.add(new Status(said.from(), said.to(), said.value(), n));
            taken[i] = true;
            break;
          }
        }
      }
    }
    for (boolean grew = true; grew; ) { // a series: each further status word within CHAIN of one kept
      grew = false;
      for (int i = 0; i < words.size(); i++) {
        Lexicon.Match m = words.get(i);
        if (taken[i] || m.entry().has("weak") || !TruceCues.usable(s, m) || cues.negated(tokens, m.from()) != null
            || cues.endsOther(tokens, m) || CeasefireFinder.EVENTS.contains(m.value()) && cues.askedFor(tokens, m.from())) {
          continue;
        }
        for (Status k : List.copyOf(kept)) {
          if (TruceCues.distance(tokens, k.from(), k.to(), m.from(), m.to()) <= CHAIN && !wished(tokens, nouns, m)
              && !cues.sought(tokens, m, k.noun())) {
            kept.add(new Status(m.from(), m.to(), m.value(), k.noun()));
            taken[i] = grew = true;
            break;
          }
        }
      }
    }
    for (Lexicon.Match n : nouns) {
      int at = n.to() < tokens.size() && tokens.get(n.to()).text().matches("[\"”’']") ? n.to() + 1 : n.to();
      at = pastPlaces(s, at); // "to stop firing along the Line of Control and the border from midnight"
      Lexicon.Entry cue = at < tokens.size() ? lexicon.at(tokens, at, "cfcue") : null;
      // "a ceasefire from 13:00 on 20 September", "accepted a ceasefire from 14:00": a day or an hour begins it
      if (cue != null && cue.value().equals("from") && (TruceCues.dateWithin(s, at + cue.words().length, 3)
          || TruceDates.clockWithin(s, at + cue.words().length, 3))) {
        kept.add(new Status(at, at + cue.words().length, "start", n));
      }
      if (!BARE_NOUNS.contains(n.value()) && TruceDates.nearest(kept, n) == null) {
        kept.add(new Status(n.from(), n.to(), n.value(), n)); // "hostilities stopped from 13:00"
      }
    }
    // "a peace agreement, to be signed by August 18": a signing to come is planned, not done
    kept.replaceAll(k -> k.value().equals("agreed") && (proposed(words, k) && !accepted(s, kept, k)
        || toBe(tokens, k.from())) ? new Status(k.from(), k.to(), "proposal", k.noun()) : k);
    // "accepted an Egyptian proposal for a ceasefire on Tuesday": the proposal accepted is the truce agreed, its date
    // the acceptance's
    kept.removeIf(k -> k.value().equals("proposal") && kept.stream().anyMatch(a -> a.value().equals("agreed")
        && a.to() <= k.from() && k.from() < a.noun().from()));
    kept.addAll(wars);
    kept.sort(java.util.Comparator.comparingInt(Status::from));
    kept.removeIf(k -> agreedTo(tokens, kept, k));
    kept.removeIf(k -> byModifier(tokens, kept, k));
    return kept;
  }

  private static final int PLACES_REACH = 16; // words of a list of places after a truce: "along the LoC, the border and the glacier"

  /**
   * Past a phrase of where the truce holds right after the truce word (lexicon: cfcue where, then only names, nouns,
   * modifiers, "of", "and" and commas, holding a place the sentence names), the word after it; else {@code at}.
   */
  private int pastPlaces(AnnotatedSentence s, int at) {
    List<Token> tokens = s.sentence().tokens();
    Lexicon.Entry where = at < tokens.size() ? lexicon.at(tokens, at, "cfcue") : null;
    if (where == null || !where.value().equals("where")) {
      return at;
    }
    int k = at + 1;
    while (k < tokens.size() && k - at <= PLACES_REACH && placeWord(tokens.get(k))) {
      k++;
    }
    int end = k;
    boolean place = s.places().stream().anyMatch(p -> p.from() > at && p.to() <= end);
    return place && end > at + 1 && end < tokens.size() ? end : at;
  }

  private static boolean placeWord(Token t) {
    String tag = t.tag();
    return "DET".equals(tag) || "ADJ".equals(tag) || "NOUN".equals(tag) || "PROPN".equals(tag) || "NUM".equals(tag)
        || "CCONJ".equals(tag) || t.text().equals(",") || Lexicon.lower(t).equals("of");
  }

  /** The truce word nearest the status word. */
  private static Lexicon.Match nearestNoun(List<Lexicon.Match> nouns, Lexicon.Match m) {
    Lexicon.Match best = nouns.get(0);
    for (Lexicon.Match n : nouns) {
      if (Math.abs(n.from() - m.from()) < Math.abs(best.from() - m.from())) {
        best = n;
      }
    }
    return best;
  }

  /**
   * "agreed to a humanitarian truce proposed by the Quad", "accepted a US proposal for a ceasefire": a proposal word
   * between the agreeing word and its truce, or right after the truce, makes the agreeing one side's acceptance of a
   * plan, not a truce agreed.
   */
  private static boolean proposed(List<Lexicon.Match> words, Status k) {
    int from = Math.min(k.to(), k.noun().to());
    int to = Math.max(k.from(), k.noun().to() + 1);
    return words.stream().anyMatch(w -> w.value().equals("proposal") && w.from() >= from && w.from() <= to);
  }

  /**
   * A proposal accepted that is a truce agreed: accepted by two sides at once ("Israel and the Palestinian factions
   * accepted an Egyptian proposal", "both sides accepted"), or one that then takes effect in the same sentence ("...,
   * and the truce came into force at 7 p.m."; not a speech verb: "announced").
   */
  private boolean accepted(AnnotatedSentence s, List<Status> kept, Status k) {
    List<Token> tokens = s.sentence().tokens();
    boolean takesEffect = kept.stream().anyMatch(j -> j.value().equals("start") && j.from() > k.to()
        && lexicon.at(tokens, j.from(), "speech") == null);
    return takesEffect || bothSides(s, k.from());
  }

  /**
   * Whether the subject right before {@code at} (no clause's end between) joins two sides with "and" ("Israel and the
   * Palestinian factions", "Armenia and Azerbaijan") or says "both sides", "the two parties".
   */
  private static boolean bothSides(AnnotatedSentence s, int at) {
    List<Token> tokens = s.sentence().tokens();
    int from = at;
    while (from > 0 && at - from < 12 && !("PUNCT".equals(tokens.get(from - 1).tag())
        && !Lexicon.lower(tokens.get(from - 1)).equals("'s"))) {
      from--;
    }
    for (int k = from; k + 1 < at; k++) {
      if (Lexicon.lower(tokens.get(k)).matches("both|two")
          && Lexicon.lower(tokens.get(k + 1)).matches("sides|parties")) {
        return true;
      }
    }
    Set<String> sides = new HashSet<>();
    int first = Integer.MAX_VALUE;
    int last = -1;
    for (ActorSpan a : s.actors()) {
      if (a.from() >= from && a.to() <= at && a.side() != null && !a.modifier()) {
        sides.add(a.side());
        first = Math.min(first, a.to());
        last = Math.max(last, a.from());
      }
    }
    if (sides.size() < 2) {
      return false;
    }
    boolean and = false;
    for (int k = first; k < last; k++) {
      and |= Lexicon.lower(tokens.get(k)).equals("and");
      if ("VERB".equals(tokens.get(k).tag())) {
        return false; // "the truce that Washington proposed and Kyiv accepted": two clauses, one side each
      }
    }
    return and;
  }

  /** Whether the status word at {@code at} follows "to be" ("to be signed", "is due to be announced"). */
  private static boolean toBe(List<Token> tokens, int at) {
    return at >= 2 && Lexicon.lower(tokens.get(at - 1)).equals("be") && Lexicon.lower(tokens.get(at - 2)).equals("to");
  }

  /** A status word that modifies a truce word under a hedge ("an extended truce would provide"). */
  private boolean wished(List<Token> tokens, List<Lexicon.Match> nouns, Lexicon.Match m) {
    return nouns.stream().anyMatch(n -> cues.hedgedModifier(tokens, m, n));
  }

  /**
   * "agreed on Monday to extend the ceasefire": an agreeing word whose "to" opens an extension (within five
   * words) says only that the extension was agreed; the extension is the event, on the agreeing word's day.
   */
  private static boolean agreedTo(List<Token> tokens, List<Status> kept, Status k) {
    return k.value().equals("agreed") && kept.stream().anyMatch(j -> j.value().equals("extended")
        && j.from() > k.to() && j.from() - k.to() <= 5 && Lexicon.lower(tokens.get(j.from() - 1)).equals("to"));
  }

  /**
   * "agreed to implement the ceasefire from noon on Saturday": an agreeing word whose "to" opens a start (within three
   * words) tells one step, the agreeing of that start, as agreedTo does an extension's.
   */
  static boolean agreedToStart(List<Token> tokens, List<Status> statuses) {
    return statuses.stream().anyMatch(k -> k.value().equals("agreed") && statuses.stream().anyMatch(j ->
        j.value().equals("start") && j.from() > k.to() && j.from() - k.to() <= 3
            && Lexicon.lower(tokens.get(j.from() - 1)).equals("to")));
  }

  /**
   * "a ceasefire urged by Turkey and Russia took effect": a plea or proposal word right after the truce word and
   * followed by "by" only says who wanted it; where a status word that makes an event follows for the same truce,
   * the plea gives way to it.
   */
  private static boolean byModifier(List<Token> tokens, List<Status> kept, Status k) {
    if (!k.value().equals("appeal") && !k.value().equals("proposal") || k.from() != k.noun().to()
        || k.to() >= tokens.size() || !Lexicon.lower(tokens.get(k.to())).equals("by")) {
      return false;
    }
    return kept.stream().anyMatch(j -> j.noun() == k.noun() && j.from() > k.to() && EVENTS.contains(j.value()));
  }
}
