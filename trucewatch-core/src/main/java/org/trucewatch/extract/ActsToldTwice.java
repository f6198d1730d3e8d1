package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trucewatch.internal.GreatCircle;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.Token;

/**
 * One act read as two attacks, after every other merge and the attackers' inference: an overnight act one sentence
 * dates on two days at one place ("fired on the village over Saturday night and Sunday", "buried them on Saturday, a
 * day after drones struck the camp") is one attack dated by its first day; and a later sentence that points back to
 * an act ("the strike flattened a home in X", "bodies from the camp strike") at a place a few km from the only act
 * of its day, kind and side told before is that act told at a finer or coarser place, kept at the more precise.
 * Words that tell a second act (lexicon {@code actagain}: "again", "another", "also") keep the two apart; the nouns
 * that point back are lexicon {@code actref} (a plural, "the raids", may be one act at each of several places, and
 * joins nothing). Reads the events and the article's sentences; returns a new list.
 */
final class ActsToldTwice {

  /** How far apart two places of one act told twice may lie (a city and its district, a camp and its town). */
  static final double NEAR_KM = 15.0;

  /** How many words may stand between "the" and the noun that points back ("the overnight air strike"). */
  private static final int MODIFIERS = 2;

  private final Lexicon lexicon;

  ActsToldTwice(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The events with each act told twice joined into one. */
  List<Event> merge(List<Event> events, List<Sentence> sentences) {
    return pointedBack(overnight(events, sentences), sentences);
  }

  /**
   * Two attacks of one sentence at one place on two days in a row, of one kind and attacker, with no word of a
   * repeat: one act, kept on its first day.
   */
  private List<Event> overnight(List<Event> events, List<Sentence> sentences) {
    List<Event> out = new ArrayList<>(events);
    for (int i = 0; i < out.size(); i++) {
      Event a = out.get(i);
      if (!placedAttack(a) || a.dateEnd() != null) {
        continue;
      }
      for (int j = 0; j < out.size(); j++) {
        Event b = out.get(j);
        if (j == i || b == null || !placedAttack(b) || b.dateEnd() != null
            || b.evidence().get(0).sentence() != a.evidence().get(0).sentence()
            || !a.location().name().equals(b.location().name()) || !a.date().plusDays(1).equals(b.date())
            || !oneActor(a, b) || !EventMerges.sameFire(a.subtype(), b.subtype())
            || again(sentences, a.evidence().get(0).sentence(), true)) {
          continue;
        }
        out.set(i, joined(a, b, a.location()));
        out.set(j, null);
        a = out.get(i);
      }
    }
    out.removeIf(Objects::isNull);
    return out;
  }

  /**
   * A later sentence whose attack is pointed back to ("the strike") and lies near the only earlier attack of its day,
   * kind and attacker joins that attack, which takes the more precise of the two places.
   */
  private List<Event> pointedBack(List<Event> events, List<Sentence> sentences) {
    List<Event> out = new ArrayList<>(events);
    for (int i = 0; i < out.size(); i++) {
      Event later = out.get(i);
      if (!placedAttack(later)) {
        continue;
      }
      int at = later.evidence().get(0).sentence();
      Sentence s = sentenceAt(sentences, at);
      Boolean plural = pointsBack(s == null ? List.of() : s.tokens());
      if (s == null || plural == null || plural || again(sentences, at, false)) {
        continue; // "the raids hit buildings in X, Y and Z": acts, one at each place, the place list not always read
      }
      int found = -1;
      for (int j = 0; j < out.size(); j++) {
        Event told = out.get(j);
        if (j == i || told == null || !placedAttack(told) || told.evidence().get(0).sentence() >= at
            || told.location().name().equals(later.location().name()) || !told.date().equals(later.date())
            || !Objects.equals(told.dateEnd(), later.dateEnd()) || !oneActor(told, later)
            || !EventMerges.sameFire(told.subtype(), later.subtype()) || otherVictims(told, later)
            || km(told.location(), later.location()) > NEAR_KM) {
          continue;
        }
        if (found >= 0) {
          found = -2; // two acts it could point back to: which one is not told
          break;
        }
        found = j;
      }
      if (found >= 0) {
        Event told = out.get(found);
        out.set(found, joined(told, later, finer(told.location(), later.location())));
        out.set(i, null);
      }
    }
    out.removeIf(Objects::isNull);
    return out;
  }

  private static boolean placedAttack(Event e) {
    return e != null && e.type() == EventType.ATTACK && e.location() != null && e.date() != null
        && !e.evidence().isEmpty();
  }

  // one attacker, or one told and one not: a different side named is another act
  private static boolean oneActor(Event a, Event b) {
    return a.perpetratorSide() == null || b.perpetratorSide() == null
        || a.perpetratorSide().equals(b.perpetratorSide());
  }

  // two different death tolls are two acts' victims
  private static boolean otherVictims(Event a, Event b) {
    return a.casualties() != null && b.casualties() != null && a.casualties().killed() != null
        && b.casualties().killed() != null && !a.casualties().killed().equals(b.casualties().killed());
  }

  /** The first event with the second merged in, at the place given, and the attacker only the second named. */
  private static Event joined(Event kept, Event other, Location place) {
    Event m = kept.mergedWith(other);
    if (m.perpetratorSide() == null && other.perpetratorSide() != null) {
      m = m.withPerpetratorOf(other);
    }
    if (!Objects.equals(m.location(), place)) {
      m = new Event(m.article(), m.type(), m.subtype(), m.date(), m.dateEnd(), m.time(), m.dateBasis(), place,
          m.perpetratorSide(), m.perpetrator(), m.perpetratorActor(), m.perpetratorInferred(), m.target(), m.claims(),
          m.casualties(), m.parties(), m.mediator(), m.evidence(), m.conflict());
    }
    return m;
  }

  // place before district before region before country; the first told when both are as precise
  private static Location finer(Location first, Location second) {
    return rank(second.precision()) < rank(first.precision()) ? second : first;
  }

  private static int rank(String precision) {
    Integer r = Map.of("place", 0, "district", 1, "region", 2, "country", 3).get(String.valueOf(precision));
    return r == null ? 1 : r;
  }

  /**
   * Whether the noun of an act that "the" stands before within a few words ("the strike", "the camp strike") is a
   * plural ("the raids"); null when the sentence points back to no act.
   */
  private Boolean pointsBack(List<Token> tokens) {
    for (Lexicon.Match m : lexicon.find(tokens, "actref")) {
      for (int k = m.from() - 1; k >= 0 && k >= m.from() - 1 - MODIFIERS; k--) {
        String w = Lexicon.lower(tokens.get(k));
        if (w.equals("the")) {
          return "acts".equals(m.value());
        }
        if (!Character.isLetterOrDigit(w.charAt(0))) {
          break; // a comma or a quote ends the noun phrase
        }
      }
    }
    return null;
  }

  /** Whether the sentence tells a second act: a repeat of the day ("again") or, unless dayOnly, another act. */
  private boolean again(List<Sentence> sentences, int at, boolean dayOnly) {
    Sentence s = sentenceAt(sentences, at);
    if (s == null) {
      return true;
    }
    for (Lexicon.Match m : lexicon.find(s.tokens(), "actagain")) {
      if (!dayOnly || "repeat".equals(m.value())) {
        return true;
      }
    }
    return false;
  }

  private static Sentence sentenceAt(List<Sentence> sentences, int at) {
    if (at >= 0 && at < sentences.size() && sentences.get(at).index() == at) {
      return sentences.get(at);
    }
    for (Sentence s : sentences) {
      if (s.index() == at) {
        return s;
      }
    }
    return null;
  }

  /** The distance between two places in km. */
  static double km(Location a, Location b) {
    return GreatCircle.km(a.lat(), a.lon(), b.lat(), b.lon());
  }
}
