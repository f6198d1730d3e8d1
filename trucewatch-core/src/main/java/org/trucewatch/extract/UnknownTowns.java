package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.PlaceSpan;
import org.trucewatch.extract.Spans.TimeSpan;
import org.trucewatch.nlp.Token;

/**
 * The villages and towns the gazetteer lacks, named as such ("strikes on the town of Kafr Sajna", "near the village
 * of Upper Dzhar", "the villages of Aykaghbyur and Norashen"): a capitalised name after "the [border] village of" is
 * a place of its own, so that the attack told there is placed at it rather than at the province around it or at
 * nothing. With no point of its own it takes the point of the place the clause names beside it (its district, a
 * place after it), or else the town the article last named, at precision district (the point is a neighbour's);
 * with none of these it is left out. Reads tokens, spans and the lexicon's {@code townnoun} words; writes nothing.
 * Stateless and thread-safe.
 */
final class UnknownTowns {

  private final Lexicon lexicon;

  UnknownTowns(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The towns named in {@code [clause)} that no place span covers, and the places named only as what holds them. */
  Found of(AnnotatedSentence s, int[] clause, List<Location> broad, List<Location> specific, Location lastTown) {
    List<Token> tokens = s.sentence().tokens();
    List<Location> out = new ArrayList<>();
    List<Location> holders = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    int end = Math.min(tokens.size(), clause[1]);
    for (int k = Math.max(1, clause[0]); k + 2 < end; k++) {
      if (lexicon.at(tokens, k, "townnoun") == null || !Lexicon.lower(tokens.get(k + 1)).equals("of")
          || !definite(tokens, k, clause[0])) {
        continue;
      }
      List<int[]> names = new ArrayList<>();
      int j = k + 2;
      while (j < end) {
        int from = j;
        while (j < end && j < from + 4 && nameWord(tokens.get(j)) && s.placeAt(j) == null && s.actorAt(j) == null
            && !timed(s, j)) {
          j++;
        }
        if (j == from) {
          break; // a known place, a side or a date: the list ends before it
        }
        if (j < end && nameWord(tokens.get(j))) {
          names.clear(); // a name too long to be a village's, or one running into a known place or a side
          break;
        }
        names.add(new int[] {from, j});
        // "the villages of Aykaghbyur and Norashen": a list after a plural
        if (j + 1 < end && Lexicon.lower(tokens.get(k)).endsWith("s")
            && (Lexicon.lower(tokens.get(j)).equals("and") || Lexicon.lower(tokens.get(j)).equals(","))) {
          j++;
          continue;
        }
        break;
      }
      if (names.isEmpty()) {
        continue;
      }
      List<Location> near = holdersAfter(s, j, end);
      Location where = near.isEmpty() ? null : near.get(0);
      for (List<Location> in : List.of(specific, broad)) {
        for (Location l : in) {
          where = where == null && !l.precision().equals("country") ? l : where;
        }
      }
      where = where == null ? lastTown : where;
      if (where == null) {
        continue; // nowhere to put it
      }
      holders.addAll(near); // "the village of Kalaa in Tyre district", "..., west of Tyre": Tyre says where it lies
      for (int[] n : names) {
        String name = s.text(n[0], n[1]);
        // a neighbour's point stands for it: no finer than a district
        Location l = new Location(name, where.lat(), where.lon(), where.country(), where.admin1(), "district", name);
        if (!out.contains(l)) {
          out.add(l);
          at.add(k);
        }
      }
    }
    return new Found(out, at, holders);
  }

  /**
   * The towns found, each with the index of the noun that names it a town ("village"), and the places named only as
   * what holds them or where they lie.
   */
  record Found(List<Location> towns, List<Integer> nouns, List<Location> holders) {}

  // "the village of", "the border town of", "a village of" is one of many and no name ("a village of 300 people")
  private static boolean definite(List<Token> tokens, int k, int from) {
    for (int j = k - 1; j >= Math.max(from, k - 3); j--) {
      String w = Lexicon.lower(tokens.get(j));
      if (w.equals("the")) {
        return true;
      }
      String tag = tokens.get(j).tag();
      if (!tag.equals("ADJ") && !tag.equals("NOUN")) {
        return false;
      }
    }
    return false;
  }

  // ", in the Tyre district", ", west of Hays", ", known to the other side as X, in Y district": the known places
  // right after the name that say where it lies, up to a list's "and" or a clause's verb
  private static List<Location> holdersAfter(AnnotatedSentence s, int j, int end) {
    List<Token> tokens = s.sentence().tokens();
    List<Location> out = new ArrayList<>();
    for (int k = j; k < Math.min(end, j + 12); k++) {
      Token t = tokens.get(k);
      String w = Lexicon.lower(t);
      if (w.equals("and") || w.equals("or") || w.equals(";")
          || (t.tag().equals("VERB") || t.tag().equals("AUX")) && !PARTICIPLES.contains(w)) {
        break;
      }
      PlaceSpan p = s.placeAt(k);
      if (p != null) {
        if (!p.inName() && !p.location().precision().equals("country") && !out.contains(p.location())) {
          out.add(p.location());
        }
        k = p.to() - 1;
      }
    }
    return out;
  }

  private static final Set<String> PARTICIPLES = Set.of("known", "called", "located", "situated",
      "lying", "named", "spelled", "spelt", "written");

  // "Kafr Sajna", "al-Raqa", "Upper Dzhar": capitalised words, or an article joined to one
  private static boolean nameWord(Token t) {
    String x = t.text();
    if (x.length() < 2 || !x.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
      return false;
    }
    return Character.isUpperCase(x.charAt(0)) || x.matches("(al|el|ad|an|ar|as|ash|at|az|ed)-\\p{Lu}.*");
  }

  private static boolean timed(AnnotatedSentence s, int k) {
    for (TimeSpan t : s.times()) {
      if (t.from() <= k && k < t.to()) {
        return true;
      }
    }
    return false;
  }
}
