package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.PlaceSpan;
import org.trucewatch.extract.Spans.TimeSpan;
import org.trucewatch.nlp.Token;

/**
 * The villages and towns the gazetteer lacks, named as such ("strikes on the town of Kafr Sajna", "near the village of
 * Upper Dzhar", "the villages of Aykaghbyur and Norashen"): a capitalised name after "the [border] village of" is a
 * place of its own, so that the attack told there is placed at it rather than at the province around it or at nothing.
 * With no point of its own it takes the point of the place the clause names beside it (its district, a place after it),
 * or else the town the article last named, at precision district (the point is a neighbour's); with none of these it is
 * left out. Also a name a comma and "a [mainly Sunni] town" describe (each of a list "three villages" describe,
 * ApposedLists), one after "in neighbouring", one followed by ",
 * in D province," (D's point), and one told by its distance from a known town (DistancedTowns). Reads tokens, spans and
 * the lexicon's {@code townnoun}, {@code neartown}, {@code areanoun} and {@code bearing} words; writes nothing.
 * Stateless and thread-safe.
 */
final class UnknownTowns {

  private final Lexicon lexicon;
  private final DistancedTowns distanced;

  UnknownTowns(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.distanced = new DistancedTowns(lexicon);
  }

  /** The towns named in {@code [clause)} that no place span covers, and the places named only as what holds them. */
  Found of(AnnotatedSentence s, int[] clause, List<Location> broad, List<Location> specific, Location lastTown) {
    List<Token> tokens = s.sentence().tokens();
    List<Location> out = new ArrayList<>();
    List<Location> holders = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    int end = Math.min(tokens.size(), clause[1]);
    for (int k = Math.max(1, clause[0]); k < end; k++) {
      boolean town = lexicon.at(tokens, k, "townnoun") != null;
      int[] close = town ? null : neighboured(s, k, end);
      if (!town && close == null) {
        continue;
      }
      List<int[]> names = new ArrayList<>();
      int j = k + 2;
      boolean after = town && k + 2 < end && Lexicon.lower(tokens.get(k + 1)).equals("of")
          && definite(tokens, k, clause[0]);
      if (close != null) {
        names.add(close); // "in neighbouring Kfar Dounin": a town by the one the article last named
        j = close[1];
      } else if (!after) {
        // "Reddi, Tumna and Hatchmarg villages of X", "in nearby Dhakki village": the names before the noun
        names.addAll(namesBefore(s, k, clause[0]));
        if (names.isEmpty()) {
          names.addAll(apposed(s, k, clause[0])); // "Barja, a mainly Sunni town in the Chouf district"
        }
        j = k + 1;
      }
      while (after && j < end) {
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
    for (int k = Math.max(2, clause[0] + 1); k < end; k++) {
      // "retook Al Khuwei, in West Kordofan": an unknown name and the known area it lies in, after a comma
      int[] n = tokens.get(k).text().equals(",") ? nameBefore(s, k, clause[0]) : null;
      PlaceSpan area = n == null ? null : areaAfter(s, k + 1, end);
      if (area == null) {
        continue;
      }
      String name = s.text(n[0], n[1]);
      Location where = area.location();
      Location l = new Location(name, where.lat(), where.lon(), where.country(), where.admin1(), "district", name);
      if (!out.contains(l)) {
        out.add(l);
        at.add(n[0]);
        holders.add(where);
      }
    }
    for (DistancedTowns.Town d : distanced.of(s, clause)) { // "in Kafr Ruma, about 30 km north of Hama"
      if (!out.contains(d.town())) {
        out.add(d.town());
        at.add(d.at());
        holders.add(d.from());
      }
    }
    return new Found(out, at, holders);
  }

  // one to three unknown capitalised words ending before k, after a word that is no name, no comma and no "and"
  // (a list's members are listed's)
  static int[] nameBefore(AnnotatedSentence s, int k, int floor) {
    List<Token> tokens = s.sentence().tokens();
    int from = k;
    while (from - 1 > floor && listWord(s, from - 1)) {
      from--;
    }
    if (from == k || k - from > 3) {
      return null;
    }
    Token before = tokens.get(from - 1);
    String w = Lexicon.lower(before);
    if (nameWord(before) || known(s, from - 1) || s.actorAt(from - 1) != null || w.equals(",") || w.equals("and")
        || w.equals("or") || !Set.of("ADP", "VERB", "ADJ").contains(before.tag())) {
      return null;
    }
    return new int[] {from, k};
  }

  // ", in West Kordofan,", ", Idlib province.": a known province or district right after the comma, the clause
  // going on with a comma, a stop or a semicolon after it
  private PlaceSpan areaAfter(AnnotatedSentence s, int j, int end) {
    List<Token> tokens = s.sentence().tokens();
    if (j < end && Set.of("also", "in").contains(Lexicon.lower(tokens.get(j)))) {
      j++;
    }
    if (j < end && Lexicon.lower(tokens.get(j)).equals("in")) {
      j++;
    }
    // "West Kordofan": a compass word before a known area's name makes one name of them
    boolean compass = j + 1 < end && tokens.get(j).isCapitalised() && lexicon.at(tokens, j, "bearing") != null;
    j = compass ? j + 1 : j;
    PlaceSpan p = j < end ? s.placeAt(j) : null;
    if (p == null || p.from() != j || !p.location().precision().equals("region")) {
      return null;
    }
    int after = p.to();
    if (p.inName() && !compass) {
      if (after >= tokens.size() || lexicon.at(tokens, after, "areanoun") == null) {
        return null;
      }
      after++;
    } else if (after < tokens.size() && lexicon.at(tokens, after, "areanoun") != null) {
      after++;
    }
    return after >= tokens.size() || Set.of(",", ".", ";").contains(tokens.get(after).text()) ? p : null;
  }

  /**
   * The names the gazetteer lacks in a list with a town it knows, "near Pyshchevyk, Krasnohorivka and Hnutove",
   * "Zebdine and Kfar Tebnit were bombed": members of one list are places alike, so each unknown one is a town of
   * its own at the point of the known one nearest it (precision district). {@code specific} are the known places
   * the clause kept; a list must end in "and" or "or" after commas only. Found's nouns are each list's first token.
   */
  Found listed(AnnotatedSentence s, int[] clause, List<Location> specific) {
    List<Location> out = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (PlaceSpan p : s.places()) {
      if (p.inName() || p.from() < clause[0] || p.to() > clause[1] || !specific.contains(p.location())) {
        continue;
      }
      for (int[] n : listMates(s, p, clause)) {
        String name = s.text(n[0], n[1]);
        Location where = p.location();
        Location l = new Location(name, where.lat(), where.lon(), where.country(), where.admin1(), "district", name);
        if (!out.contains(l) && !specific.contains(l)) {
          out.add(l);
          at.add(n[2]);
        }
      }
    }
    return new Found(out, at, List.of());
  }

  // the unknown names coordinated with the known place p: "A, p and B", "p, A and B", "A and p"
  private List<int[]> listMates(AnnotatedSentence s, PlaceSpan p, int[] clause) {
    List<Token> tokens = s.sentence().tokens();
    int end = Math.min(tokens.size(), clause[1]);
    // members as [from, to, known?], separators as "," or "and"
    List<int[]> left = new ArrayList<>();
    List<String> leftSeps = new ArrayList<>();
    int i = p.from();
    while (i - 2 >= clause[0]) {
      String sep = Lexicon.lower(tokens.get(i - 1));
      int stop = i - 1;
      if (sep.equals("and") || sep.equals("or")) {
        sep = "and";
        if (stop - 1 >= clause[0] && tokens.get(stop - 1).text().equals(",")) {
          stop--; // "A, and p"
        }
      } else if (!sep.equals(",")) {
        break;
      }
      int[] m = memberEndingAt(s, stop, clause[0]);
      if (m == null) {
        break;
      }
      left.add(0, m);
      leftSeps.add(0, sep);
      i = m[0];
    }
    List<int[]> right = new ArrayList<>();
    List<String> rightSeps = new ArrayList<>();
    int j = p.to();
    while (j + 1 < end) {
      String sep = Lexicon.lower(tokens.get(j));
      int from = j + 1;
      if (sep.equals(",") && from < end
          && (Lexicon.lower(tokens.get(from)).equals("and") || Lexicon.lower(tokens.get(from)).equals("or"))) {
        sep = "and";
        from++; // "p, and A"
      } else if (sep.equals("or")) {
        sep = "and";
      } else if (!sep.equals(",") && !sep.equals("and")) {
        break;
      }
      int[] m = memberStartingAt(s, from, end);
      if (m == null) {
        break;
      }
      right.add(m);
      rightSeps.add(sep);
      j = m[1];
      if (sep.equals("and")) {
        break; // "and" closes the list
      }
    }
    // one list: commas, then one "and" before its last member; the one holding p is closed by the first "and" at or
    // after it and opens after the "and" before that
    List<int[]> members = new ArrayList<>(left);
    int pi = left.size();
    members.add(new int[] {p.from(), p.to(), 1});
    members.addAll(right);
    List<String> seps = new ArrayList<>(leftSeps);
    seps.addAll(rightSeps);
    int close = -1;
    for (int e = Math.max(0, pi - 1); e < seps.size() && close < 0; e++) {
      close = seps.get(e).equals("and") ? e : -1;
    }
    if (close < 0) {
      return List.of(); // "In Kharkiv, Sumy": commas alone make no list
    }
    int open = seps.subList(0, close).lastIndexOf("and") + 2;
    open = open == 1 ? 0 : open;
    int after = members.get(close + 1)[1];
    if (after < tokens.size() && tokens.get(after).tag().equals("NOUN")) {
      return List.of(); // "the Nakyal, Jandrot and Kel sectors", "the Riyadh and Texas neighbourhoods": parts named
    }
    int before = members.get(open)[0];
    for (int k = before - 1; k >= Math.max(0, before - 8); k--) {
      String w = Lexicon.lower(tokens.get(k));
      if (w.equals("between") || w.equals("from")) {
        // "on the road between Tyre and al-Housh", "from the direction of the settlements of A, B and C": the ends
        // of a stretch, or where fire came from
        return List.of();
      }
      if (!Set.of("DET", "ADP", "NOUN", "ADJ").contains(tokens.get(k).tag())) {
        break;
      }
    }
    List<int[]> out = new ArrayList<>();
    for (int k = open; k <= close + 1; k++) {
      if (members.get(k)[2] == 0) {
        out.add(new int[] {members.get(k)[0], members.get(k)[1], before});
      }
    }
    return out;
  }

  // a list member ending before {@code to}: a known place, or one to three capitalised words that name nothing else
  private static int[] memberEndingAt(AnnotatedSentence s, int to, int floor) {
    for (PlaceSpan q : s.places()) {
      if (q.to() == to && !q.inName() && q.from() >= floor) {
        return new int[] {q.from(), q.to(), 1};
      }
    }
    int from = to;
    while (from - 1 >= floor && listWord(s, from - 1)) {
      from--;
    }
    if (from == to || to - from > 3) {
      return null;
    }
    return new int[] {from, to, 0};
  }

  private static int[] memberStartingAt(AnnotatedSentence s, int from, int end) {
    PlaceSpan q = s.placeAt(from);
    if (q != null) {
      return q.inName() || q.from() != from || q.to() > end ? null : new int[] {q.from(), q.to(), 1};
    }
    int to = from;
    while (to < end && listWord(s, to)) {
      to++;
    }
    if (to == from || to - from > 3) {
      return null;
    }
    return new int[] {from, to, 0};
  }

  // a word of an unknown town's name: capitalised, tagged a proper noun or not opening the sentence, naming no
  // place, side or date
  static boolean listWord(AnnotatedSentence s, int k) {
    Token t = s.sentence().tokens().get(k);
    return nameWord(t) && (k > 0 || t.tag().equals("PROPN")) && !known(s, k) && s.actorAt(k) == null
        && !timed(s, k);
  }

  // a known place at k: one found only inside a longer name ("Sumbal" of "Sumbal Gali") is no place of its own
  static boolean known(AnnotatedSentence s, int k) {
    PlaceSpan p = s.placeAt(k);
    return p != null && !p.inName();
  }

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  // "Reddi, Tumna and Hatchmarg villages", "nearby Dhakki village": the names right before a town noun, a list only
  // before a plural; none after "a" ("a Druze village" tells what kind)
  private List<int[]> namesBefore(AnnotatedSentence s, int k, int floor) {
    List<Token> tokens = s.sentence().tokens();
    List<int[]> out = new ArrayList<>();
    boolean plural = Lexicon.lower(tokens.get(k)).endsWith("s");
    int to = k;
    while (true) {
      int from = to;
      while (from - 1 >= floor && listWord(s, from - 1)) {
        from--;
      }
      if (from == to || to - from > 3 || from - 1 >= 0 && known(s, from - 1)) {
        return out.isEmpty() ? out : List.of(); // none, or a list running into a known place
      }
      out.add(0, new int[] {from, to});
      if (!plural && from - 1 >= 0 && ARTICLES.contains(Lexicon.lower(tokens.get(from - 1)))) {
        return List.of(); // "the Druze village": what kind of village, not its name
      }
      if (from - 2 >= 0 && "ADV".equals(tokens.get(from - 1).tag())
          && ARTICLES.contains(Lexicon.lower(tokens.get(from - 2)))) {
        return List.of(); // "a mainly Sunni town": an adverb qualifies an adjective, never a name ("in nearby X")
      }
      if (!plural || from - 2 < floor) {
        break;
      }
      String sep = Lexicon.lower(tokens.get(from - 1));
      if (out.size() == 1 && (sep.equals("and") || sep.equals("or"))) {
        to = from - 1;
        if (tokens.get(to - 1).text().equals(",")) {
          to--;
        }
      } else if (out.size() > 1 && sep.equals(",")) {
        to = from - 1;
      } else {
        break;
      }
    }
    if (out.size() == 1 && plural) {
      return List.of(); // "Hatchmarg villages" alone: one name before a plural is no list
    }
    int before = out.get(0)[0] - 1;
    if (before >= 0 && Set.of("a", "an").contains(Lexicon.lower(tokens.get(before)))) {
      return List.of();
    }
    return out;
  }

  // "Kfar Zoumra, a mainly Shiite village", "Qalbun, a town": the name a comma and "a [words] village" describe;
  // none for "a village elder" (the noun qualifies another; "a village east of X" is no such noun) or a name
  // running into a known place or a side
  private List<int[]> apposed(AnnotatedSentence s, int k, int floor) {
    List<Token> tokens = s.sentence().tokens();
    if (k + 1 < tokens.size() && tokens.get(k + 1).tag().equals("NOUN")
        && lexicon.at(tokens, k + 1, "bearing") == null) {
      return List.of();
    }
    int i = k - 1;
    while (i >= floor && i > k - 5 && KINDS.contains(tokens.get(i).tag())
        && !ARTICLES.contains(Lexicon.lower(tokens.get(i)))) {
      i--;
    }
    // "A, B and C, three villages that ...": a count before a plural town noun tells what each of a list is
    boolean counted = i - 2 >= floor && Lexicon.lower(tokens.get(k)).endsWith("s")
        && tokens.get(i).tag().equals("NUM") && tokens.get(i - 1).text().equals(",");
    if (counted) {
      return ApposedLists.members(s, i - 1, floor);
    }
    if (i - 2 < floor || !Set.of("a", "an").contains(Lexicon.lower(tokens.get(i)))
        || !tokens.get(i - 1).text().equals(",")) {
      return List.of();
    }
    int to = i - 1;
    int from = to;
    while (from - 1 >= floor && listWord(s, from - 1)) {
      from--;
    }
    if (from == to || to - from > 3 || from - 1 >= 0 && (known(s, from - 1) || s.actorAt(from - 1) != null
        || nameWord(tokens.get(from - 1)))) {
      return List.of();
    }
    return List.of(new int[] {from, to});
  }

  // "in neighbouring Kfar Dounin", "at nearby Zelbovo": one to three unknown capitalised words after a word of
  // nearness that follows "in", "at" or "on"; none before a town or area noun (namesBefore reads "nearby X village")
  private int[] neighboured(AnnotatedSentence s, int k, int end) {
    List<Token> tokens = s.sentence().tokens();
    if (lexicon.at(tokens, k, "neartown") == null || k < 1
        || !Set.of("in", "at", "on").contains(Lexicon.lower(tokens.get(k - 1)))) {
      return null;
    }
    int j = k + 1;
    while (j < end && j < k + 4 && listWord(s, j)) {
      j++;
    }
    if (j == k + 1 || j < tokens.size() && (nameWord(tokens.get(j)) || known(s, j)
        || lexicon.at(tokens, j, "townnoun") != null || lexicon.at(tokens, j, "areanoun") != null)) {
      return null;
    }
    return new int[] {k + 1, j};
  }

  // the words that may say what kind of town it is: "a mainly Sunni", "a small farming", "a Druze border"
  private static final Set<String> KINDS = Set.of("ADJ", "ADV", "NOUN", "PROPN");

  /**
   * The towns found, each with the index of the noun that names it a town ("village"), and the places named only as
   * what holds them or where they lie.
   */
  record Found(List<Location> towns, List<Integer> nouns, List<Location> holders) {}

  private static final Set<String> THE = Set.of("the");

  // "the village of", "the border town of": a definite town noun before "of" names the town after it; "a village
  // of" is one of many and no name ("a village of 300 people")
  private static boolean definite(List<Token> tokens, int k, int from) {
    return AttackClauses.determinedBy(tokens, k, from, THE);
  }

  // ", in the Tyre district", ", west of Hays", ", known to the other side as X, in Y district": the known places
  // right after the name that say where it lies, up to a list's "and" or a clause's verb
  private List<Location> holdersAfter(AnnotatedSentence s, int j, int end) {
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
        // "of Kotli District": a place read as part of a capitalised name with its area noun is that area
        boolean area = p.to() < tokens.size() && lexicon.at(tokens, p.to(), "areanoun") != null;
        if ((!p.inName() || area) && !p.location().precision().equals("country") && !out.contains(p.location())) {
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
  static boolean nameWord(Token t) {
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
