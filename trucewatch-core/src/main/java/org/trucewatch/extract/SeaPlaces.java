package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.PlaceSpan;
import org.trucewatch.nlp.Token;

/**
 * Where a blow at sea fell: a ship is hit out on the water, and news places it by the sea named after a coast town
 * ("struck a tanker in the Gulf of Suez") or by its distance from a port ("hit a freighter 120 km east of Port Said").
 * The sea of a town is a place of its own (the town's name inside it is no place), at the town's point, named as
 * written; where the clause tells a vessel hit, the port a far bearing is measured from is the place (the sea off
 * it), where on land it only says where another place lies; and where the crew came ashore is no place of the blow.
 * Reads tokens, place spans and the lexicon's {@code seaname} and {@code vessel} words; writes nothing. Stateless and
 * thread-safe.
 */
final class SeaPlaces {

  private final Lexicon lexicon;

  SeaPlaces(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The sentence's place spans, each town read inside a capitalised sea name ("the Gulf of Suez") replaced by the sea
   * (a span over the whole name, at the town's point, precision district: an act of its own, not a region summing up
   * a town's), where the act at {@code t} is told as one ("a drone struck", not "attacks on shipping in the Gulf").
   */
  List<PlaceSpan> read(AnnotatedSentence s, int t) {
    List<PlaceSpan> places = s.places();
    if (plural(s.sentence().tokens(), t)) {
      return places;
    }
    List<PlaceSpan> out = null;
    for (int i = 0; i < places.size(); i++) {
      PlaceSpan sea = sea(s, places.get(i));
      if (sea != null) {
        if (out == null) {
          out = new ArrayList<>(places);
        }
        out.set(i, sea);
      }
    }
    return out == null ? places : out;
  }

  // "attacks on ships", "the strikes": a plural act noun tells a campaign across the sea, no one blow's place
  private static boolean plural(List<Token> tokens, int t) {
    if (t < 0 || t >= tokens.size() || !"NOUN".equals(tokens.get(t).tag())) {
      return false;
    }
    String w = Lexicon.lower(tokens.get(t));
    return w.endsWith("s") && !w.endsWith("ss") && !w.equals(tokens.get(t).lemma());
  }

  // "Gulf of Suez", "Bay of Bengal": a town read inside the capitalised name of a sea is that sea
  private PlaceSpan sea(AnnotatedSentence s, PlaceSpan p) {
    List<Token> tokens = s.sentence().tokens();
    int of = p.from() - 1;
    if (!p.inName() || of < 1 || !Lexicon.lower(tokens.get(of)).equals("of") || !tokens.get(of - 1).isCapitalised()
        || lexicon.at(tokens, of - 1, "seaname") == null || p.location().precision().equals("country")) {
      return null;
    }
    Location w = p.location();
    String name = s.text(of - 1, p.to());
    Location sea = new Location(name, w.lat(), w.lon(), w.country(), w.admin1(), "district", name);
    return new PlaceSpan(of - 1, p.to(), sea, false);
  }

  /** Whether the place at {@code at} is where a crew came ashore ("brought ashore in X"), not where it was hit. */
  static boolean ashore(List<Token> tokens, int at) {
    return at >= 2 && Set.of("in", "at").contains(Lexicon.lower(tokens.get(at - 1)))
        && Lexicon.lower(tokens.get(at - 2)).equals("ashore");
  }

  /** Whether {@code [clause)} tells a vessel hit ("a tanker was struck"): then a port far off is where it was. */
  boolean atSea(AnnotatedSentence s, int[] clause) {
    List<Token> tokens = s.sentence().tokens();
    for (Lexicon.Match m : lexicon.find(tokens, "vessel")) {
      if (m.from() >= clause[0] && m.to() <= clause[1]) {
        return true;
      }
    }
    return false;
  }
}
