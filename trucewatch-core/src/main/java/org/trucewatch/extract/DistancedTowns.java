package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.PlaceSpan;
import org.trucewatch.nlp.Token;

/**
 * The towns the gazetteer lacks, told by how far they lie from one it knows: "the market in Kafr Ruma, about 30
 * kilometres north of Hama, was bombed", "retook Umm Sawra, in North Darfur, some 60 km west of Nyala", "took Bir
 * Tawil, roughly 100 km east of Wadi Halfa": the unknown name before the comma is a town of its own, put at the point
 * of the known town (precision district: the point is a neighbour's), which only says where it lies. Reads tokens,
 * place spans and the lexicon's {@code bearing} words; writes nothing. Stateless and thread-safe.
 */
final class DistancedTowns {

  // the units of a distance, shared with AttackPlaces' far bearings
  static final Set<String> UNITS = Set.of("km", "kms", "kilometres", "kilometers", "kilometre", "kilometer",
      "miles", "mile");
  // the hedges before a distance: "about 40 km", "some 3 km", "roughly 100 km", "less than 20 km"
  private static final Set<String> HEDGES = Set.of("about", "some", "roughly", "around", "nearly", "approximately",
      "almost", "just", "only", "barely", "over", "under", "less", "more", "than", "a", "few", "several");
  private static final Pattern FIGURE = Pattern.compile("\\d+([.,]\\d+)?(km|kms)?");

  private final Lexicon lexicon;

  DistancedTowns(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A town found: its name and point, where its name starts, and the known town it was measured from. */
  record Town(Location town, int at, Location from) {}

  /** The unknown towns of {@code [clause)} told by their distance from a known one. */
  List<Town> of(AnnotatedSentence s, int[] clause) {
    List<Token> tokens = s.sentence().tokens();
    int end = Math.min(tokens.size(), clause[1]);
    List<Town> out = new ArrayList<>();
    for (int k = Math.max(2, clause[0] + 1); k < end; k++) {
      int[] n = tokens.get(k).text().equals(",") ? UnknownTowns.nameBefore(s, k, clause[0]) : null;
      PlaceSpan from = n == null ? null : measuredFrom(s, k + 1, end);
      if (from == null) {
        continue;
      }
      String name = s.text(n[0], n[1]);
      Location w = from.location();
      out.add(new Town(new Location(name, w.lat(), w.lon(), w.country(), w.admin1(), "district", name), n[0], w));
    }
    return out;
  }

  // ", about 40 kilometres northwest of X", ", in D, some 60 km west of X", ", also in D and roughly 100 km east of X":
  // the known place X the distance is measured from, or null
  private PlaceSpan measuredFrom(AnnotatedSentence s, int j, int end) {
    List<Token> tokens = s.sentence().tokens();
    if (j < end && Lexicon.lower(tokens.get(j)).equals("also")) {
      j++;
    }
    if (j < end && Lexicon.lower(tokens.get(j)).equals("in")) {
      // "in West Kordofan,": the area it lies in, told before the distance
      int i = j + 1;
      while (i < end && i < j + 5 && tokens.get(i).isCapitalised()) {
        i++;
      }
      if (i == j + 1 || i >= end || !Set.of(",", "and").contains(Lexicon.lower(tokens.get(i)))) {
        return null;
      }
      j = i + 1;
    }
    int hedged = j;
    while (j < end && j < hedged + 3 && HEDGES.contains(Lexicon.lower(tokens.get(j)))) {
      j++;
    }
    boolean few = j > hedged && Lexicon.lower(tokens.get(j - 1)).equals("few"); // "a few kilometres from X"
    boolean figure = j < end && FIGURE.matcher(Lexicon.lower(tokens.get(j))).matches();
    if (!figure && !few) {
      return null;
    }
    boolean joined = figure && Lexicon.lower(tokens.get(j)).matches(".*\\d(km|kms)"); // "89km"
    j = figure ? j + 1 : j;
    if (!joined) {
      if (j < end && Lexicon.lower(tokens.get(j)).equals("-")) {
        j++;
      }
      if (j >= end || !UNITS.contains(Lexicon.lower(tokens.get(j)))) {
        return null;
      }
      j++;
    }
    if (j < end && lexicon.at(tokens, j, "bearing") != null) {
      j++;
    }
    if (j >= end || !Set.of("of", "from").contains(Lexicon.lower(tokens.get(j)))) {
      return null;
    }
    j++;
    // "from the coastal town of X": a described town is the town itself
    if (j < end && Lexicon.lower(tokens.get(j)).equals("the")) {
      int i = j + 1;
      while (i < end && i < j + 4 && !Lexicon.lower(tokens.get(i)).equals("of") && s.placeAt(i) == null) {
        i++;
      }
      j = i < end && Lexicon.lower(tokens.get(i)).equals("of") ? i + 1 : j;
    }
    PlaceSpan p = j < end ? s.placeAt(j) : null;
    return p != null && p.from() == j && !p.inName() && !p.location().precision().equals("country") ? p : null;
  }
}
