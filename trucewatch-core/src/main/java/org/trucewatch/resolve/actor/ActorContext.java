package org.trucewatch.resolve.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.trucewatch.internal.Validate;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.Token;
import org.trucewatch.resolve.actor.Composer.Composed;
import org.trucewatch.resolve.actor.Lexeme.Keys;
import org.trucewatch.resolve.actor.Lexicon.Match;
import org.trucewatch.resolve.actor.MentionParser.Agents;
import org.trucewatch.resolve.actor.MentionParser.Found;

/**
 * Actors within one article, with coreference: fed the article's sentences in order, it returns for each the
 * actors it names ({@link ActorDictionary#find}) and the ones it refers back to:
 *
 * <ul>
 *   <li>"the ministry", "the defence ministry": the latest ministry of that kind (a spokeswoman's ministry
 *       counts);
 *   <li>"the official", "the spokesman", "the ombudsman", "the president", "the foreign minister": the latest person
 *       with that office (and a compatible grammatical gender);
 *   <li>"he", "she": the subject of the latest sentence that names a person, or the only person it names;
 *   <li>"it" as the subject of a verb: the subject of the latest sentence that names an organisation;
 *   <li>"the two sides", "both sides", "the warring parties", "each side": the two latest belligerents, as a group;
 *   <li>"that country": the latest country named;
 *   <li>"the group", "the paramilitary force", "the Iran-backed group": the latest armed group named;
 *   <li>a surname alone, after a person named with a title earlier ("spokesman Vagif Dargahli" ... "Dargahli").
 * </ul>
 *
 * Unresolved is better than wrong: a pronoun with two candidates stays unresolved, anaphors look back a few
 * sentences only, an anaphor outside quotation marks never resolves to a name inside them (the speaker of a quote is
 * not what the quote names), and a pronoun inside a quote only to a name in the quote (its "he" may be anyone the
 * speaker has in mind). Uses part-of-speech tags where the sentences carry them.
 *
 * <p>Mutable and not thread-safe: make one per article and feed it from one thread. It only reads the shared
 * {@link ActorDictionary}.
 */
public final class ActorContext {

  private static final java.util.regex.Pattern AD_HOC_ID = java.util.regex.Pattern.compile(".*/\\p{Lu}[^/]*_[^/]*");

  private static final int DESCRIPTION_WINDOW = 6;
  private static final int PRONOUN_WINDOW = 2;
  private static final int COUNTRY_WINDOW = 3;
  /** Sentences of history kept: as far as the widest window above looks back. */
  private static final int HISTORY_WINDOW = Math.max(DESCRIPTION_WINDOW, Math.max(PRONOUN_WINDOW, COUNTRY_WINDOW));
  /** Mentions of its own sentence an anaphor looks back over at most. */
  static final int BEFORE_WINDOW = 64;
  private static final List<String> GROUP_NOUNS = List.of("sides", "parties", "countries", "neighbors",
      "neighbours", "rivals", "nations", "foes", "adversaries", "belligerents", "republics");
  /** Head nouns by which a report points back to an armed group it named: "the group", "the paramilitary force". */
  private static final List<String> ARMED_HEADS = List.of("group", "movement", "militia", "force", "faction",
      "organisation", "organization");
  /** Modifiers that mark such a description as an armed group's ("the militant group", "the Iran-backed group"). */
  private static final List<String> ARMED_MODIFIERS = List.of("paramilitary", "militant", "rebel", "armed",
      "insurgent", "jihadist", "islamist", "extremist", "separatist", "terrorist", "guerrilla", "shiite", "shia");
  private static final List<String> ARMED_SUFFIXES = List.of("-backed", "-aligned", "-allied", "-linked",
      "-affiliated", "-supported");

  /** A mention seen earlier, with what coreference needs to know about it. */
  private record Seen(ActorMention mention, Keys keys, boolean subject, int quote, boolean conjoined) {
    int sentence() {
      return mention.sentence();
    }
  }

  private final ActorDictionary dictionary;
  private final List<Seen> history = new ArrayList<>(); // the last HISTORY_WINDOW sentences' mentions only
  private final Map<String, Actor> latestOfCamp = new LinkedHashMap<>(); // in the order their latest party came
  private final Map<String, String> camps;
  private final Map<String, Seen> learned = new LinkedHashMap<>();
  private final Map<String, Integer> learnedOrder = new java.util.HashMap<>(); // id -> when first learned
  private final List<String> learnedIds = new ArrayList<>(); // ids in the order learned
  private final Map<String, List<String>> learnedBy = new java.util.HashMap<>(); // first or last word -> ids
  private int lastSentence = Integer.MIN_VALUE; // a page title, read before the body, is sentence -1
  private int lastParagraph = -1;
  private int quote; // the id of the quotation open at the end of the last sentence, 0 for none
  private int quotes;

  private final String conflict;

  /** A context for an article of no particular conflict. */
  public ActorContext(ActorDictionary dictionary) {
    this(dictionary, null);
  }

  /**
   * @param conflict the article's conflict (its profile id): its sides are "the two sides", its words ("separatists")
   *     name its parties; null for none
   */
  public ActorContext(ActorDictionary dictionary, String conflict) {
    this.dictionary = Validate.notNull(dictionary, "dictionary");
    this.conflict = conflict;
    this.camps = dictionary.lexicon.camps(conflict);
  }

  /** The mentions of {@code sentence}, direct and resolved, in text order. Sentences must come in article order. */
  public List<ActorMention> resolve(Sentence sentence) {
    Validate.notNull(sentence, "sentence");
    Validate.isTrue(sentence.index() > lastSentence, "sentence " + sentence.index()
        + " fed after sentence " + lastSentence + ": feed an article's sentences in order, one context per article");
    lastSentence = sentence.index();
    List<Token> t = sentence.tokens();
    int[] quoted = quotes(sentence);
    List<List<Match>> matches = dictionary.lexicon.match(sentence, conflict);
    List<Found> direct = dictionary.parser.parse(sentence, matches);
    boolean[] covered = new boolean[t.size()];
    List<Seen> current = new ArrayList<>();
    boolean[] subjects = Clauses.subjects(direct, t);
    for (int d = 0; d < direct.size(); d++) {
      ActorMention m = direct.get(d).mention();
      for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
        covered[i] = true;
      }
      boolean conjoined = d + 1 < direct.size() && Clauses.joined(m, direct.get(d + 1).mention(), t);
      current.add(new Seen(m, direct.get(d).keys(), subjects[d], quoted[m.tokenStart()], conjoined));
    }
    List<Seen> resolved = new ArrayList<>();
    // The mentions that end before each token, in text order, grown as the tokens go by instead of rebuilt and
    // sorted for every token; each mention is ranked by (start, direct before resolved, order found), as a stable
    // sort of the direct then the resolved ones would place it.
    List<Seen> before = new ArrayList<>();
    List<long[]> ranks = new ArrayList<>();
    Integer[] byEnd = new Integer[current.size()];
    for (int d = 0; d < byEnd.length; d++) {
      byEnd[d] = d;
    }
    java.util.Arrays.sort(byEnd, Comparator.comparingInt(d -> current.get(d).mention().tokenEnd()));
    int nextDirect = 0;
    int nextResolved = 0;
    for (int i = 0; i < t.size(); i++) {
      while (nextDirect < byEnd.length && current.get(byEnd[nextDirect]).mention().tokenEnd() <= i) {
        insert(before, ranks, current.get(byEnd[nextDirect]), byEnd[nextDirect]);
        nextDirect++;
      }
      while (nextResolved < resolved.size() && resolved.get(nextResolved).mention().tokenEnd() <= i) {
        insert(before, ranks, resolved.get(nextResolved), current.size() + nextResolved);
        nextResolved++;
      }
      if (covered[i]) {
        continue;
      }
      Seen r = anaphor(sentence, matches, i, window(before), quoted[i], covered);
      if (r != null) {
        resolved.add(r);
        for (int k = r.mention().tokenStart(); k < r.mention().tokenEnd(); k++) {
          covered[k] = true;
        }
        i = r.mention().tokenEnd() - 1;
      }
    }
    List<Seen> all = new ArrayList<>(current);
    all.addAll(resolved);
    all.sort(Comparator.comparingInt(c -> c.mention().tokenStart()));
    for (Seen c : all) {
      remember(c);
    }
    forget(sentence.index());
    current.forEach(this::learn);
    return all.stream().map(Seen::mention).toList();
  }

  /** Mentions held in the history (for the tests that bound it). */
  int historySize() {
    return history.size();
  }

  /** Inserts {@code c} into {@code before} at its rank (almost always at the end: mentions end in text order). */
  private static void insert(List<Seen> before, List<long[]> ranks, Seen c, int order) {
    long[] rank = {c.mention().tokenStart(), order};
    int k = before.size();
    while (k > 0 && (ranks.get(k - 1)[0] > rank[0] || ranks.get(k - 1)[0] == rank[0] && ranks.get(k - 1)[1] > rank[1])) {
      k--;
    }
    before.add(k, c);
    ranks.add(k, rank);
  }

  /**
   * The latest {@link #BEFORE_WINDOW} mentions of the sentence before a token: an anaphor looks back that far in its
   * own sentence at most, so that a sentence of thousands of names costs linear time, not their square. No sentence
   * of an article comes near it.
   */
  private static List<Seen> window(List<Seen> before) {
    return before.size() <= BEFORE_WINDOW ? before : before.subList(before.size() - BEFORE_WINDOW, before.size());
  }

  /** Adds a mention to the history, and to the latest party of its camp ("the two sides"). */
  private void remember(Seen c) {
    history.add(c);
    String camp = campOf(c);
    if (camp != null) {
      latestOfCamp.remove(camp); // re-inserted last: the map runs from the camp seen longest ago to the latest
      latestOfCamp.put(camp, dictionary.lexicon.owners.get(c.mention().actor().side()).self());
    }
  }

  /** The camp a mention shows acting as a party, where its side has an owner; else null. */
  private String campOf(Seen c) {
    String side = c.mention().actor().side();
    String camp = side == null ? null : camps.get(side);
    return camp != null && party(c) && dictionary.lexicon.owners.get(side) != null ? camp : null;
  }

  /** Drops the history older than any window looks back, so that a long article holds a few sentences of it. */
  private void forget(int sentence) {
    int k = 0;
    while (k < history.size() && history.get(k).sentence() < sentence - HISTORY_WINDOW) {
      k++;
    }
    if (k > 0) {
      history.subList(0, k).clear();
    }
  }

  // ------------------------------------------------------------------------------------------------ anaphors

  private Seen anaphor(Sentence s, List<List<Match>> matches, int i, List<Seen> before, int quoted,
      boolean[] covered) {
    List<Token> t = s.tokens();
    Token tok = t.get(i);
    String w = Words.lower(tok);
    boolean subject = i + 1 < t.size() && Words.isVerb(t.get(i + 1));
    switch (w) {
      case "he", "she" -> {
        char g = w.equals("he") ? 'm' : 'f';
        Seen a = pronounTarget(before, s.index(), quoted, c -> c.keys().isPerson()
            && (c.keys().gender() == '-' || c.keys().gender() == g), false);
        return a == null ? null : seen(s, i, i + 1, a.mention().actor(), a, true, quoted);
      }
      case "it" -> {
        if (!Clauses.itIsAnActor(t, i)) {
          return null;
        }
        // "Armenian army units had fired ..., it said": a plural common noun is "they", never "it"
        Seen a = pronounTarget(before, s.index(), quoted, c -> !c.keys().isPerson()
            && c.mention().members().isEmpty() && c.mention().actor().role() != Role.CIVILIAN
            && !pluralNoun(c.mention().text()), true);
        return a == null ? null : seen(s, i, i + 1, a.mention().actor(), a, true, quoted);
      }
      case "that" -> {
        if (i + 1 < t.size() && Words.is(t.get(i + 1), "country")) {
          Seen a = latest(before, s.index(), quoted, COUNTRY_WINDOW, c -> countryOwner(c) != null);
          if (a != null) {
            Actor state = countryOwner(a).self();
            return seen(s, i, i + 2, state, a, subject, quoted);
          }
        }
        return null;
      }
      default -> {
        Seen group = group(s, i, before, quoted);
        if (group != null) {
          return group;
        }
        if (Words.is(tok, "the", "this") && i + 1 < t.size() && !covered[i + 1]) {
          Seen armed = armedDescription(s, i + 1, before, quoted, covered);
          return armed != null ? armed : description(s, matches, i + 1, before, quoted);
        }
        Seen name = learnedName(s, i, quoted);
        return name;
      }
    }
  }

  /** "the ministry", "the spokeswoman": the latest body or person of that kind. */
  private Seen description(Sentence s, List<List<Match>> matches, int i, List<Seen> before, int quoted) {
    List<Token> t = s.tokens();
    Agents ag = dictionary.parser.agentsAt(s, matches, i);
    if (ag == null || (ag.end() < t.size() && (Words.continuesNoun(t.get(ag.end()))
        || Words.is(t.get(ag.end()), "of", "for") || Words.isPossessive(t.get(ag.end()))))) {
      return null;
    }
    Lexicon lex = dictionary.lexicon;
    Predicate<Seen> fits;
    if (ag.person() == null) {
      String body = ag.body();
      boolean anyMinistry = body.equals("MINISTRY");
      if (!lex.keys.get(body).ministry()) {
        return null; // "the government", "the army" are too often generic or the writer's own country's
      }
      fits = c -> c.keys().body() != null && (anyMinistry ? lex.keys.get(c.keys().body()).ministry()
          : c.keys().body().equals(body));
    } else {
      String person = ag.person();
      if (Role.OFFICIAL != lex.keys.get(person).role()) {
        return null; // "the soldier", "the civilian": not an office
      }
      String body = ag.body() != null && lex.keys.get(ag.body()).ministry() ? ag.body() : null;
      char g = ag.gender();
      fits = c -> c.keys().isPerson() && personFits(person, c.keys().person())
          && (body == null || body.equals(c.keys().body()))
          && (g == '-' || c.keys().gender() == '-' || c.keys().gender() == g);
    }
    Seen a = latest(before, s.index(), quoted, DESCRIPTION_WINDOW, fits);
    if (a == null) {
      return null;
    }
    Actor actor = a.mention().actor();
    if (ag.person() == null && a.keys().isPerson()) {
      Composed body = dictionary.composer.bodyOf(a.keys()); // "the ministry" of a ministry's spokeswoman
      if (body == null) {
        return null;
      }
      actor = body.actor();
      return new Seen(mention(s, ag.start(), ag.end(), actor, a), body.keys(), false, quoted, false);
    }
    return seen(s, ag.start(), ag.end(), actor, a, false, quoted);
  }

  /**
   * "the group", "the paramilitary force", "the Iran-backed group": the armed group named last. With a modifier that
   * marks it armed ("militant", "Iran-backed") it is the latest armed group within the window; a bare "the group"
   * only when the latest organisation named (not a state, government or person) is an armed group, for "the group"
   * after an aid group or a monitor is that one.
   */
  private Seen armedDescription(Sentence s, int i, List<Seen> before, int quoted, boolean[] covered) {
    List<Token> t = s.tokens();
    int k = i;
    boolean marked = false;
    while (k < t.size() && k - i < 2 && !covered[k] && !ARMED_HEADS.contains(Words.lower(t.get(k)))) {
      String w = Words.lower(t.get(k));
      boolean suffix = ARMED_SUFFIXES.stream().anyMatch(w::endsWith);
      if (!suffix && (t.get(k).isCapitalised() || !t.get(k).isWord())) {
        return null; // "the UN force", "the Wagner group": a name, not a description
      }
      marked |= suffix || ARMED_MODIFIERS.contains(w);
      k++;
    }
    if (k >= t.size() || covered[k] || !ARMED_HEADS.contains(Words.lower(t.get(k)))) {
      return null;
    }
    String head = Words.lower(t.get(k));
    marked |= head.equals("militia");
    int end = k + 1;
    // "the group's forces had targeted Jizan airport": the group's own armed men or weapons are the group
    boolean ownForce = end + 1 < t.size() && Words.isPossessive(t.get(end)) && Words.is(t.get(end + 1), "forces",
        "fighters", "units", "drones", "missiles", "rockets", "artillery", "gunmen", "militants", "warplanes");
    if (end < t.size() && (Words.continuesNoun(t.get(end)) || Words.is(t.get(end), "of", "for")
        || Words.isPossessive(t.get(end)) && !ownForce)) {
      return null; // "the group leader", "the group of fighters", "the group's leader"
    }
    boolean armedOnly = marked;
    Seen a = latest(before, s.index(), quoted, DESCRIPTION_WINDOW, c -> !c.keys().isPerson()
        && !c.mention().locative() && c.mention().members().isEmpty() && (armedOnly
        ? c.mention().actor().role() == Role.NON_STATE_ARMED : organisation(c.mention().actor().role())));
    if (a == null || a.mention().actor().role() != Role.NON_STATE_ARMED) {
      return null;
    }
    boolean subject = end < t.size() && Words.isVerb(t.get(end));
    return seen(s, i - 1, end, a.mention().actor(), a, subject, quoted);
  }

  /** A body outside a state's own institutions: an armed group, a monitor, an aid group, an agency. */
  private static boolean organisation(Role r) {
    return r != Role.STATE && r != Role.GOVERNMENT && r != Role.OFFICIAL && r != Role.CIVILIAN;
  }

  private boolean personFits(String wanted, String had) {
    if (wanted.equals("OFFICIAL")) {
      AgentKey k = dictionary.lexicon.keys.get(had);
      return k != null && k.official();
    }
    return wanted.equals(had);
  }

  /** "the two sides", "both sides", "the warring parties", "each side". */
  private Seen group(Sentence s, int i, List<Seen> before, int quoted) {
    List<Token> t = s.tokens();
    Token first = t.get(i);
    int k = i;
    boolean counted = false;
    if (Words.is(first, "each", "either") && i + 1 < t.size() && Words.is(t.get(i + 1), "side")) {
      k = i + 2;
      counted = true;
    } else if (Words.is(first, "the", "both")) {
      counted = Words.is(first, "both");
      k++;
      while (k < t.size() && k - i <= 3 && Words.is(t.get(k), "two", "warring", "opposing", "conflicting",
          "rival", "caucasus", "neighbouring", "neighboring")) {
        counted |= Words.is(t.get(k), "two", "warring");
        k++;
      }
      if (k >= t.size() || !GROUP_NOUNS.contains(Words.lower(t.get(k)))) {
        return null;
      }
      k++;
    }
    if (!counted) {
      return null;
    }
    // The two latest camps: in the sentence before the phrase, then in the whole article (kept per camp, so that
    // the article's mentions are not scanned again for every phrase).
    Map<String, Actor> found = new LinkedHashMap<>();
    for (int j = before.size() - 1; j >= 0 && found.size() < 2; j--) {
      Seen c = before.get(j);
      String camp = campOf(c);
      if (camp != null && !found.containsKey(camp)) {
        found.put(camp, dictionary.lexicon.owners.get(c.mention().actor().side()).self());
      }
    }
    List<Map.Entry<String, Actor>> latest = new ArrayList<>(latestOfCamp.entrySet());
    for (int j = latest.size() - 1; j >= 0 && found.size() < 2; j--) {
      found.putIfAbsent(latest.get(j).getKey(), latest.get(j).getValue());
    }
    Map<String, Actor> sides = found;
    if (sides.size() < 2) {
      return null;
    }
    List<Actor> members = new ArrayList<>(sides.values());
    members.sort(Comparator.comparing(Actor::id));
    Actor a = new Actor(members.get(0).id() + "+" + members.get(1).id(),
        members.get(0).name() + " and " + members.get(1).name() + " (both sides)", null, null, Role.OTHER, null);
    int start = Words.is(first, "the") ? i + 1 : i;
    Token st = t.get(start);
    ActorMention m = new ActorMention(s.index(), start, k, st.start(), t.get(k - 1).end(), s.span(start, k), a,
        false, false, true, false, null, members);
    return new Seen(m, new Keys(null, null, null, '-'), false, quoted, false);
  }

  /** A surname or full name of a person introduced earlier with a title. */
  private Seen learnedName(Sentence s, int i, int quoted) {
    List<Token> t = s.tokens();
    Token tok = t.get(i);
    if (!tok.isCapitalised() || !tok.isWord()) {
      return null;
    }
    // Only the names whose first or last word is this token can match: looked up, not scanned, in learning order.
    String folded = Lexicon.fold(tok.text());
    java.util.TreeSet<Integer> order = new java.util.TreeSet<>();
    for (String id : learnedBy.getOrDefault(folded, List.of())) {
      order.add(learnedOrder.get(id));
    }
    for (int o : order) {
      Seen p = learned.get(learnedIds.get(o));
      List<Token> name = nameTokens(p);
      int n = name.size();
      if (i + n <= t.size() && sameWords(t, i, name)) {
        return seen(s, i, i + n, p.mention().actor(), p, false, quoted);
      }
      Token last = name.get(n - 1);
      boolean afterName = i > 0 && t.get(i - 1).isCapitalised() && t.get(i - 1).isWord();
      if (!afterName && Lexicon.fold(tok.text()).equals(Lexicon.fold(last.text()))) {
        return seen(s, i, i + 1, p.mention().actor(), p, false, quoted);
      }
    }
    return null;
  }

  // ------------------------------------------------------------------------------------------------ search

  /**
   * A pronoun's antecedent: in this sentence before it, else in the latest sentence (within the window) with a
   * candidate: its first subject, or its only candidate; null when that is ambiguous.
   */
  private Seen pronounTarget(List<Seen> before, int sentence, int quoted, Predicate<Seen> fits,
      boolean subjectsOnly) {
    for (int back = 0; back <= PRONOUN_WINDOW; back++) {
      List<Seen> pool = back == 0 ? before : inSentence(sentence - back);
      // A pronoun in a quote refers to what that quote names; one outside, to what no quote names.
      List<Seen> cands = pool.stream().filter(c -> c.quote() == quoted && fits.test(c)).toList();
      if (cands.isEmpty()) {
        continue;
      }
      List<Seen> subjects = cands.stream().filter(Seen::subject).toList();
      if (back == 0 && subjectsOnly && subjects.size() > 1) {
        // "Israel said Hezbollah violated the truce when it fired": in its own sentence "it" is the nearest
        // singular subject before it, the reported one rather than the speaker
        Seen last = subjects.get(subjects.size() - 1);
        if (!pluralNoun(last.mention().text()) && !last.conjoined()) {
          return last;
        }
      }
      if (!subjects.isEmpty()) {
        Seen first = subjects.get(0);
        boolean coordinated = first.conjoined() && subjects.size() > 1
            && !subjects.get(1).mention().actor().id().equals(first.mention().actor().id());
        return coordinated ? null : first; // "X and Y said they ..." has no one antecedent
      }
      if (subjectsOnly) {
        continue;
      }
      boolean one = cands.stream().map(c -> c.mention().actor().id()).distinct().count() == 1;
      return one ? cands.get(0) : null;
    }
    return null;
  }

  // "militants", "Russian forces": a common noun in the plural is "they", never "it" ("Hamas" is a name).
  private static boolean pluralNoun(String text) {
    String last = text.substring(text.lastIndexOf(' ') + 1);
    return last.length() > 3 && Character.isLowerCase(last.charAt(0)) && last.endsWith("s") && !last.endsWith("ss");
  }

  /** The latest candidate within {@code window} sentences. */
  private Seen latest(List<Seen> before, int sentence, int quoted, int window, Predicate<Seen> fits) {
    for (int j = before.size() - 1; j >= 0; j--) {
      Seen c = before.get(j);
      if ((quoted != 0 || c.quote() == 0) && fits.test(c)) {
        return c;
      }
    }
    for (int j = history.size() - 1; j >= 0; j--) {
      Seen c = history.get(j);
      if (c.sentence() < sentence - window) {
        break;
      }
      if ((quoted != 0 || c.quote() == 0) && fits.test(c)) {
        return c;
      }
    }
    return null;
  }

  private List<Seen> inSentence(int index) {
    List<Seen> out = new ArrayList<>();
    for (int j = history.size() - 1; j >= 0 && history.get(j).sentence() >= index; j--) {
      if (history.get(j).sentence() == index) {
        out.add(0, history.get(j));
      }
    }
    return out;
  }

  /**
   * Whether a mention shows its actor acting as a party, not just as a place or a topic: a subject, an owner in the
   * genitive, a whole agent phrase or a person; "the disputed Nagorno-Karabakh region" and "in Armenia" are not.
   */
  private static boolean party(Seen c) {
    ActorMention m = c.mention();
    return !m.locative() && (c.subject() || m.possessive() || m.agentHead() || c.keys().isPerson());
  }

  private Owner countryOwner(Seen c) {
    Owner o = c.keys().owner() == null ? null : dictionary.lexicon.owners.get(c.keys().owner());
    return o != null && o.kind() == Owner.Kind.COUNTRY && !c.keys().isPerson() ? o : null;
  }

  // ------------------------------------------------------------------------------------------------ pieces

  /** For each token, the id of the quotation it stands in (0: none); a quotation may span sentences, not paragraphs. */
  private int[] quotes(Sentence s) {
    int q = s.paragraph() == lastParagraph ? quote : 0;
    List<Token> t = s.tokens();
    int[] out = new int[t.size()];
    for (int i = 0; i < t.size(); i++) {
      String x = t.get(i).text();
      boolean open = x.equals("“") || x.equals("«") || (x.equals("\"") && q == 0);
      boolean close = x.equals("”") || x.equals("»") || (x.equals("\"") && q != 0);
      if (open) {
        q = ++quotes;
        out[i] = q;
      } else if (close) {
        out[i] = q;
        q = 0;
      } else {
        out[i] = q;
      }
    }
    quote = q;
    lastParagraph = s.paragraph();
    return out;
  }

  private void learn(Seen c) {
    Actor a = c.mention().actor();
    boolean adHoc = c.keys().isPerson() && !dictionary.lexicon.actors.containsKey(a.id())
        && AD_HOC_ID.matcher(a.id()).matches() && c.mention().tokenEnd() - c.mention().tokenStart() >= 2;
    if (adHoc) {
      if (learned.put(a.id(), c) == null) {
        learnedOrder.put(a.id(), learnedIds.size());
        learnedIds.add(a.id());
        List<Token> name = nameTokens(c);
        for (Token w : List.of(name.get(0), name.get(name.size() - 1))) {
          List<String> ids = learnedBy.computeIfAbsent(Lexicon.fold(w.text()), k -> new ArrayList<>());
          if (!ids.contains(a.id())) {
            ids.add(a.id());
          }
        }
      }
    }
  }

  private List<Token> nameTokens(Seen p) {
    String slug = p.mention().actor().id().substring(p.mention().actor().id().lastIndexOf('/') + 1);
    String[] words = slug.split("_");
    List<Token> out = new ArrayList<>();
    for (String w : words) {
      out.add(new Token(0, w.length(), w));
    }
    return out;
  }

  private static boolean sameWords(List<Token> t, int i, List<Token> name) {
    for (int k = 0; k < name.size(); k++) {
      if (!Lexicon.fold(t.get(i + k).text()).equals(Lexicon.fold(name.get(k).text()))) {
        return false;
      }
    }
    return true;
  }

  private Seen seen(Sentence s, int from, int to, Actor actor, Seen antecedent, boolean subject, int quoted) {
    return new Seen(mention(s, from, to, actor, antecedent), antecedent.keys(), subject, quoted, false);
  }

  private static ActorMention mention(Sentence s, int from, int to, Actor actor, Seen antecedent) {
    List<Token> t = s.tokens();
    ActorMention m = new ActorMention(s.index(), from, to, t.get(from).start(), t.get(to - 1).end(),
        s.span(from, to), actor, false, false, false, false, null, List.of());
    return m.resolvedTo(actor, antecedent.mention());
  }
}
