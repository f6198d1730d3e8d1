package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.PlaceSpan;
import org.trucewatch.internal.GreatCircle;
import org.trucewatch.nlp.Token;

/**
 * The sectors of a front that the gazetteer lacks ("across the Line of Control in the Dhalwan sector", "opposite the
 * Kalsar and Moorpur sectors", and the belts named alike: "the Kalsar and Moorpur belts"): a capitalised name before
 * "sector(s)", after "the" or a possessive, is a place of its own, finer than the line or region the clause names, so
 * one strike there is one attack at the sector, not at the line. With no point of its own it is placed at the nearest
 * place the sentence gives it: a sector named beside it, the place "of" which it is a sector, the line or region of
 * the clause, or else (a clause naming no place: "into the Dharampur sector of the district") the town the article last
 * named. A list with no "the" is read only where it parts the line named just before it ("along the
 * LoC in the A, B and C sectors" told as "along the LoC in A, B and C sectors"), and a name of the list the gazetteer
 * places far off that line or holder (a namesake town across the country) is read as one more sector. Reads tokens,
 * spans and the lexicon's {@code bearing} and {@code areabearing} words; writes nothing. Stateless and thread-safe.
 */
final class UnknownSectors {

  // a sub-sector or a belt is named as a sector is: "the Jandrot sub-sector of Kotli Sector", "the A and B belts"
  private static final Set<String> SECTOR = Set.of("sector", "sectors", "sub-sector", "sub-sectors", "subsector",
      "subsectors", "belt", "belts");

  // the sectors of one list lie along one stretch of a front: a namesake this far off is another town of that name
  private static final double FAR_KM = 300;

  private final Lexicon lexicon;

  UnknownSectors(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The sectors named in {@code [clause)} that no place span covers, each placed at the point of the place that says
   * where it lies ({@code broad}, the clause's lines and regions, when no nearer one is named; {@code lastTown}, the
   * town the article last named, only to judge and replace a namesake far off), and the places named as what holds
   * them or read as sectors instead.
   */
  Found of(AnnotatedSentence s, int[] clause, List<Location> broad, List<Location> specific, Location lastTown) {
    List<Token> tokens = s.sentence().tokens();
    List<Location> out = new ArrayList<>();
    List<Location> holders = new ArrayList<>();
    List<Location> misread = new ArrayList<>();
    for (int k = Math.max(1, clause[0]); k < Math.min(tokens.size(), clause[1]); k++) {
      if (!SECTOR.contains(Lexicon.lower(tokens.get(k)))) {
        continue;
      }
      String noun = Lexicon.lower(tokens.get(k));
      boolean plural = noun.endsWith("s");
      if (!plural && s.placeAt(k - 1) != null) {
        continue; // "the Jammu sector": the gazetteer knows it
      }
      List<int[]> names = new ArrayList<>();
      List<Location> of = ofPlaces(s, k);
      List<Location> namesakes = new ArrayList<>();
      Location sibling = null;
      int j = k - 1;
      int end = k; // the end of the name being read
      while (j >= clause[0]) {
        Token t = tokens.get(j);
        PlaceSpan known = s.placeAt(j);
        if (known != null && plural && far(known.location(), of, broad, specific, lastTown)) {
          namesakes.add(known.location()); // "the Tarwali and Madurai sectors": a Madurai far off
          j = known.from() - 1;
          continue;
        }
        if (known != null && plural) {
          sibling = sibling == null ? known.location() : sibling; // "the Nakyal and Dhalwan sectors"
          j = known.from() - 1;
          end = j + 1;
          continue;
        }
        if (capitalised(t) && known == null && s.actorAt(j) == null && !compass(tokens, j)) {
          j--;
          continue;
        }
        if (j + 1 < end) {
          names.add(new int[] {j + 1, end});
        }
        String w = Lexicon.lower(t);
        if (plural && (w.equals("and") || w.equals(","))) {
          end = j;
          j--;
          continue;
        }
        break;
      }
      // "in the Dhalwan sector", "Kotli's Dhalwan sector", a headline's "in Dhalwan sector": not "Monday sector" or a
      // sentence's first word ("in Jura, Shahkot and Nauseri sectors" with no "the" may name one stretch of a valley)
      // (a line named just before says the list parts it: "along the LoC in A and B sectors")
      if (names.isEmpty() || j < clause[0] || !(Lexicon.lower(tokens.get(j)).equals("the")
          || Lexicon.possessive(tokens.get(j)) || Lexicon.lower(tokens.get(j)).equals("in") && (!plural
          || partsLine(s, j)))) {
        continue;
      }
      if (j > 0 && Lexicon.lower(tokens.get(j - 1)).equals("of") && !specific.isEmpty()) {
        continue; // "Gondria village of the Dhalwan sector": the sector only says where the village lies
      }
      holders.addAll(of); // "the Nakyal and Dhalwan sectors of Kotli district": Kotli only says where they lie
      misread.addAll(namesakes); // read as a sector of the list, the far-off town is no place of this clause
      Location where = sibling != null ? sibling : of.isEmpty() ? null : of.get(of.size() - 1);
      for (List<Location> in : List.of(broad, specific)) {
        for (Location l : in) {
          // a country's middle is no point for a sector: "Pakistani posts in the Dhalwan sector" names no line
          where = where == null && !l.precision().equals("country") && !namesakes.contains(l) ? l : where;
        }
      }
      where = where == null && !namesakes.isEmpty() ? lastTown : where; // the town last named stands for the far one
      // "fired into the Dharampur sector of the district": a clause naming no place leaves it where the article last was
      // (a noun written as a name's head is a force or a body: "the Security Belt")
      where = where == null && tokens.get(k).text().equals(noun) ? lastTown : where;
      if (where == null) {
        continue; // nowhere to put it: the line or area it lies in is not named
      }
      for (int i = names.size() - 1; i >= 0; i--) { // read from the end back: put back in text order
        String name = s.text(names.get(i)[0], names.get(i)[1]) + (noun.startsWith("belt") ? " belt" : " sector");
        Location l = new Location(name, where.lat(), where.lon(), where.country(), where.admin1(), "district", name);
        if (!out.contains(l)) {
          out.add(l);
        }
      }
    }
    return new Found(out, holders, misread);
  }

  /**
   * Whether {@code l} lies far from every other point told: the place "of" which the list is, the clause's lines,
   * regions and towns, and the town the article last named (a list of sectors lies along one stretch of front).
   */
  private static boolean far(Location l, List<Location> of, List<Location> broad, List<Location> specific,
      Location lastTown) {
    List<Location> near = new ArrayList<>(of);
    near.addAll(broad);
    near.addAll(specific);
    if (lastTown != null) {
      near.add(lastTown);
    }
    near.removeIf(x -> x.equals(l) || x.precision().equals("country"));
    return !near.isEmpty()
        && near.stream().allMatch(x -> GreatCircle.km(l.lat(), l.lon(), x.lat(), x.lon()) > FAR_KM);
  }

  // "along the LoC in Tarwali and Moorpur sectors", "the Line of Control (LoC) in ...": the list parts the line
  private static boolean partsLine(AnnotatedSentence s, int in) {
    List<Token> tokens = s.sentence().tokens();
    int k = in - 1;
    if (k > 0 && tokens.get(k).text().equals(")")) {
      while (k > 0 && !tokens.get(k).text().equals("(")) {
        k--;
      }
      k--; // "(LoC)" spells out the line
    }
    PlaceSpan line = k >= 0 ? s.placeAt(k) : null;
    return line != null && line.to() == k + 1 && line.location().precision().equals("region");
  }

  /**
   * The sectors found, the places named only as what holds them ("of Kotli district"), and the far-off namesakes read
   * as sectors instead.
   */
  record Found(List<Location> sectors, List<Location> holders, List<Location> namesakes) {}

  // "the Dhalwan sector of Kotli district", "of north Kashmir's Kupwara district": the places of which it is a sector
  private List<Location> ofPlaces(AnnotatedSentence s, int sector) {
    List<Token> tokens = s.sentence().tokens();
    List<Location> out = new ArrayList<>();
    if (sector + 2 >= tokens.size() || !Lexicon.lower(tokens.get(sector + 1)).equals("of")) {
      return out;
    }
    int k = sector + 2;
    while (k < tokens.size() && k < sector + 10) {
      PlaceSpan p = s.placeAt(k);
      if (p != null) {
        out.add(p.location());
        k = p.to();
      } else if (Lexicon.possessive(tokens.get(k)) || compass(tokens, k) || capitalised(tokens.get(k))
          || Set.of("the", "district", "region", "province").contains(Lexicon.lower(tokens.get(k)))) {
        k++;
      } else {
        break;
      }
    }
    return out;
  }

  private boolean compass(List<Token> tokens, int k) {
    return lexicon.at(tokens, k, "bearing") != null || lexicon.at(tokens, k, "areabearing") != null;
  }

  private static boolean capitalised(Token t) {
    String x = t.text();
    return x.length() > 1 && Character.isUpperCase(x.charAt(0)) && x.chars().allMatch(c -> Character.isLetter(c)
        || c == '-' || c == '\'');
  }
}
