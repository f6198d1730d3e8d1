package org.trucewatch.extract;

import static org.trucewatch.extract.FrameTokens.afterPhrase;
import static org.trucewatch.extract.FrameTokens.firstActorIn;
import static org.trucewatch.extract.FrameTokens.isPunct;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * The passes over a sentence's frames once each speech word has made its own: subjects shared by coordinated verbs,
 * complements trimmed at the next speaker, a cited source or a relaying outlet, a denial of the speaker's own part,
 * an attacker's allegiance. Reads the frames and the sentence; writes a new list. Thread-safe.
 */
final class FramePasses {

  private static final Set<String> CLAUSE_BREAK = Set.of(";", "while", "whereas", "but");

  private final Lexicon lexicon;

  FramePasses(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Frame> apply(AnnotatedSentence s, List<Frame> frames) {
    List<Token> tokens = s.sentence().tokens();
    return fullNames(s, allegiance(s, denials(s, relayed(cited(s, lexicon,
        trim(ownedClaims(s, shareSubjects(frames, tokens)), tokens))))));
  }

  /**
   * "Lebanon's Ministry of Public Health said": the dictionary took "Lebanon's Ministry", a body of the
   * country; the capitalised "of" words right after it, up to the verb or a comma, are the rest of the speaker's name
   * and are kept as its written words (so a reader, and the contract's claimed_by, see which ministry spoke).
   */
  private static List<Frame> fullNames(AnnotatedSentence s, List<Frame> frames) {
    List<Token> tokens = s.sentence().tokens();
    List<Frame> out = new ArrayList<>(frames.size());
    for (Frame f : frames) {
      ActorSpan a = f.speaker();
      int end = a == null ? -1 : nameTail(tokens, a);
      boolean ends = end > 0 && (end == f.verb() || end < tokens.size() && isPunct(tokens.get(end).text(), ",("));
      if (ends) {
        f = f.withSpeaker(a.withText(s.sentence().span(a.from(), end).strip()), f.speakerText());
      }
      out.add(f);
    }
    return out;
  }

  /** Where "of" and up to four capitalised words after an actor whose last word is capitalised end, or -1. */
  private static int nameTail(List<Token> tokens, ActorSpan a) {
    int k = a.to();
    String last = tokens.get(a.to() - 1).text();
    if (k + 1 >= tokens.size() || !Lexicon.lower(tokens.get(k)).equals("of") || last.isEmpty()
        || !Character.isUpperCase(last.charAt(0))) {
      return -1;
    }
    int from = Lexicon.lower(tokens.get(k + 1)).equals("the") ? k + 2 : k + 1;
    int end = from;
    while (end < tokens.size() && end - from < 4 && tokens.get(end).isWord() && !tokens.get(end).text().isEmpty()
        && Character.isUpperCase(tokens.get(end).text().charAt(0))) {
      end++;
    }
    return end > from ? end : -1;
  }

  // the verbs that lead a claim noun's predicate to the word calling it untrue ("are false", "did not correspond")
  private static final Set<String> PREDICATES = Set.of("is", "are", "was", "were", "be", "did", "does", "do");

  /**
   * "The claims of the Armenian ministry that its troops came under fire are false, Baku said", "Kyiv said Moscow's
   * reports of a raid did not correspond to reality": a claim noun owned by a named side (its possessive or
   * adjective, or "of"/"by" and the side), whose predicate calls it untrue, is the owner's allegation (the words
   * between the noun and its predicate) and, where the sentence has a speaker, that speaker's denial of it.
   */
  private List<Frame> ownedClaims(AnnotatedSentence s, List<Frame> frames) {
    List<Token> tokens = s.sentence().tokens();
    List<Frame> out = null;
    for (Lexicon.Match n : lexicon.find(tokens, "claimnoun")) {
      int k = n.from();
      // ("Yerevan's reports that ..." read as the verb "reports": the noun's frame, its owner the speaker)
      Frame own = frames.stream().filter(f -> f.verb() == k).findFirst().orElse(null);
      ActorSpan owner = null;
      int start = n.to();
      for (ActorSpan a : s.actors()) {
        boolean before = a.to() == k || a.possessive() && a.to() == k - 1 && tokens.get(k - 1).text().startsWith("'");
        if (before && (a.possessive() || a.modifier() || a.demonym()) && a.side() != null) {
          owner = a;
        }
      }
      if (owner == null && start + 1 < tokens.size() && Set.of("of", "by", "from").contains(Lexicon.lower(
          tokens.get(start)))) {
        int at = Lexicon.lower(tokens.get(start + 1)).equals("the") ? start + 2 : start + 1;
        for (ActorSpan a : s.actors()) {
          // the side is the whole phrase ("of the Azerbaijani defence ministry"), not "of Azerbaijani shelling"
          if (a.from() == at && a.side() != null && a.to() < tokens.size()
              && (Lexicon.lower(tokens.get(a.to())).equals("that") || isPunct(tokens.get(a.to()).text(), ","))) {
            owner = a;
            start = a.to();
          }
        }
      }
      if (owner == null || own != null && (own.speaker() == null || own.speaker().from() != owner.from())) {
        continue;
      }
      int pred = predicate(tokens, start);
      if (pred < 0) {
        continue;
      }
      int from = own != null ? own.from() : Lexicon.lower(tokens.get(start)).equals("that") ? start + 1 : start;
      int to = tokens.get(pred - 1).text().equals(",") ? pred - 1 : pred;
      if (from >= to) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(frames);
      }
      out.remove(own);
      out.add(new Frame(k, owner, null, from, to, "alleges", null, null));
      Frame outer = null;
      for (Frame f : frames) {
        if (outer == null && f != own && f.speakerName() != null && f.contains(k) && !f.denies()
            && f.speaker() != owner) {
          outer = f;
        }
      }
      if (outer != null) {
        out.add(new Frame(pred, outer.speaker(), outer.speakerText(), k, to, "denies", outer.via(), null));
      } else {
        // "The ministry considers the allegations of X that ... to be disinformation": the subject of the verb
        // that takes the claim as its object is who denies it
        ActorSpan subject = Subjects.subjectBefore(s, k);
        boolean verb = false;
        for (int j = subject == null ? k : subject.to(); j < k && !verb; j++) {
          // (a present verb the tagger took for a plural noun: "considers the allegations")
          verb = "VERB".equals(tokens.get(j).tag()) || j == k - 2 && Lexicon.lower(tokens.get(j + 1)).equals("the")
              && tokens.get(j).text().matches("[a-z]+s");
        }
        if (verb && subject.side() != null && subject.from() != owner.from()) {
          out.add(new Frame(pred, subject, null, k, to, "denies", null, null));
        }
      }
    }
    // (appended: the frames before them end where the claim noun starts, as at any later speaker)
    return out == null ? frames : out;
  }

  /** The predicate verb after {@code start} whose next words call the claim untrue, before the clause ends; or -1. */
  private int predicate(List<Token> tokens, int start) {
    for (int j = start; j < tokens.size() - 1; j++) {
      String w = Lexicon.lower(tokens.get(j));
      if (isPunct(w, ";:") || w.equals("said")) {
        return -1;
      }
      if (!PREDICATES.contains(w)) {
        continue;
      }
      for (Lexicon.Match d : lexicon.find(tokens.subList(j + 1, Math.min(tokens.size(), j + 7)), "denial")) {
        if (d.from() <= 2 && !d.entry().has("own") && !d.entry().has("counter")) {
          return j;
        }
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
      } else if (prev != null && prev.speakerName() != null && saying(f, prev, tokens)) {
        // "X blamed Y, saying its forces had shelled Z": the participle is X's, and what it tells is laid
        // at Y's door ("its" is the accused's); the name before the comma is the object, not the speaker
        f = new Frame(f.verb(), prev.speaker(), prev.speakerText(), f.from(), f.to(), f.kind(), prev.via(),
            prev.accused());
      }
      out.add(f);
    }
    return out;
  }

  /**
   * A speech participle after a comma ("..., saying", "..., adding") that follows another frame's verb, whose own
   * subject would be a name standing after that verb (its object) or nobody: it shares the earlier verb's subject.
   */
  private static boolean saying(Frame f, Frame prev, List<Token> tokens) {
    int v = f.verb();
    if (v < 2 || !tokens.get(v - 1).text().equals(",") || !Lexicon.lower(tokens.get(v)).endsWith("ing")
        || prev.verb() >= v || prev.from() < prev.verb()) {
      return false;
    }
    return f.speaker() == null ? f.speakerText() == null : f.speaker().from() > prev.verb();
  }

  /** Complements end where the next frame's speaker starts, or at a clause conjunction. */
  private static List<Frame> trim(List<Frame> frames, List<Token> tokens) {
    List<Frame> out = new ArrayList<>();
    for (int i = 0; i < frames.size(); i++) {
      Frame f = frames.get(i);
      int to = f.to();
      for (int j = i + 1; j < frames.size(); j++) {
        Frame g = frames.get(j);
        // (a speaker shared with an earlier verb, "He denied ..., saying ...", stands before this complement)
        int start = g.speaker() != null && g.speaker().from() < g.verb() && g.speaker().from() > f.from()
            ? g.speaker().from() : g.verb();
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

  /**
   * "The interior ministry said the attacker belonged to the Islamic State group": a statement that an attack's author
   * belongs to an armed group accuses that group (lexicon categories {@code assailant} and {@code allegiance}).
   */
  private List<Frame> allegiance(AnnotatedSentence s, List<Frame> frames) {
    List<Token> tokens = s.sentence().tokens();
    List<Frame> out = new ArrayList<>(frames);
    for (int i = 0; i < out.size(); i++) {
      Frame f = out.get(i);
      if (f.speakerName() == null || f.accused() != null || f.from() < f.verb()
          || !(f.kind().equals("reports") || f.kind().equals("alleges"))) {
        continue;
      }
      // the author noun opens the complement ("the (suicide) attacker"), the link words follow it
      for (int k = f.from(); k < Math.min(f.to(), f.from() + 4); k++) {
        if (lexicon.at(tokens, k, "assailant") == null || k + 1 >= f.to()) {
          continue;
        }
        Lexicon.Entry link = lexicon.at(tokens, k + 1, "allegiance");
        if (link == null) {
          break;
        }
        int after = k + 1 + link.words().length;
        ActorSpan group = firstActorIn(s, after, Math.min(f.to(), after + 4));
        if (group != null && Perpetrators.isArmed(group)) {
          out.set(i, new Frame(f.verb(), f.speaker(), f.speakerText(), f.from(), f.to(), "accuses", f.via(), group));
        }
        break;
      }
    }
    return out;
  }

  // what precedes a speaker text's last word (compiled once, not at each frame)
  private static final java.util.regex.Pattern LAST_WORD = java.util.regex.Pattern.compile(".*\\s");

  /**
   * "..., state news agency SANA reported, citing the health ministry": an outlet's report that cites a source is the
   * source's statement, relayed by the outlet (lexicon: cites).
   */
  private static List<Frame> cited(AnnotatedSentence s, Lexicon lexicon, List<Frame> frames) {
    List<Token> tokens = s.sentence().tokens();
    List<Frame> out = new ArrayList<>(frames);
    for (int i = 0; i < out.size(); i++) {
      Frame f = out.get(i);
      // (an outlet the dictionary does not know, "Al-Hadath television reported, citing ...", relays too)
      boolean outlet = f.speaker() == null && f.speakerText() != null && lexicon.phrases("outlet")
          .contains(LAST_WORD.matcher(f.speakerText().strip()).replaceAll("").toLowerCase(java.util.Locale.ROOT));
      if (!outlet && (f.speaker() == null || !"MEDIA".equals(f.speaker().role()))) {
        continue;
      }
      int k = afterPhrase(tokens, f.verb() + 1);
      if (k + 1 >= tokens.size() || !tokens.get(k).text().equals(",")
          || lexicon.at(tokens, k + 1, "cites") == null) {
        continue;
      }
      int end = k + 2;
      while (end < tokens.size() && !isPunct(tokens.get(end).text(), ",.;")) {
        end++;
      }
      ActorSpan source = firstActorIn(s, k + 2, end);
      // ("citing the press centre of the Joint Forces Operation": a body's office, named last, is the body)
      boolean office = source != null && source.to() == end && source.from() <= k + 9
          && Subjects.npLike(tokens, k + 2, source.from() - 1);
      if (source != null && (source.from() <= k + 4 || office) && !"MEDIA".equals(source.role())) {
        out.set(i, new Frame(f.verb(), source, null, f.from(), f.to(), f.kind(), f.speaker(), f.accused()));
      } else if (source == null && end - (k + 2) <= 6 && Subjects.npLike(tokens, k + 2, end)) {
        // "citing the health ministry": a source outside the dictionary, as written
        out.set(i, new Frame(f.verb(), null, s.sentence().span(k + 2, end).strip(), f.from(), f.to(), f.kind(),
            f.speaker(), f.accused()));
      }
    }
    return out;
  }

  /**
   * "Hamas said it had no connection to the shooting", "the DPR says its forces do not fire on towns": a statement
   * denying the speaker's own part in an attack is a denial by its speaker.
   */
  private List<Frame> denials(AnnotatedSentence s, List<Frame> frames) {
    List<Token> tokens = s.sentence().tokens();
    List<Frame> out = new ArrayList<>();
    for (Frame f : frames) {
      if ((f.kind().equals("reports") || f.kind().equals("alleges")) && f.speakerName() != null
          && (ownDenialPhrase(tokens, f) || deniesOwnFire(tokens, f))) {
        f = new Frame(f.verb(), f.speaker(), f.speakerText(), f.from(), f.to(), "denies", f.via(), f.accused());
      }
      out.add(f);
    }
    return out;
  }

  private boolean ownDenialPhrase(List<Token> tokens, Frame f) {
    return lexicon.find(tokens.subList(f.from(), f.to()), "denial").stream().anyMatch(m -> m.entry().has("own"));
  }

  /** "it did not fire", "its forces do not shell towns": a negated attack word whose subject is the speaker's own. */
  private boolean deniesOwnFire(List<Token> tokens, Frame f) {
    for (int k = f.from(); k < f.to(); k++) {
      if (!Negators.ofVerb(lexicon, tokens, k)) {
        continue;
      }
      boolean attack = false;
      for (int j = k + 1; j <= Math.min(f.to() - 1, k + 2) && !attack; j++) {
        Lexicon.Entry e = lexicon.at(tokens, j, "attack");
        attack = e != null && !e.has("noun");
      }
      boolean own = false;
      for (int j = Math.max(f.from(), k - 8); j < k && !own; j++) {
        own = OWN.contains(Lexicon.lower(tokens.get(j)));
      }
      if (attack && own) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> OWN = Set.of("it", "its", "they", "their", "we", "our");

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
}
