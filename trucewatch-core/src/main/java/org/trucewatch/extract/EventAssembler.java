package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.TimeSpan;
import org.trucewatch.nlp.Token;

/**
 * Builds an article's events from its mentions: casualty figures become casualty reports (and the casualties of the
 * attack they describe) and mentions of one event merge ({@link DenialLinks} links denials). Stateless.
 */
final class EventAssembler {

  /** The casualty figures found in one sentence, with its frames. */
  record Figures(AnnotatedSentence sentence, List<Frame> frames, List<CasualtyFinder.Figure> figures,
      Frame paragraphSpeaker, AnnotatedSentence speakerSentence) {
    Figures(AnnotatedSentence sentence, List<Frame> frames, List<CasualtyFinder.Figure> figures) {
      this(sentence, frames, figures, null, null);
    }

    /** The same figures with the one speaker of their paragraph, who speaks for what the paragraph leaves unsaid. */
    Figures withParagraphSpeaker(Frame speaker, AnnotatedSentence where) {
      return new Figures(sentence, frames, figures, speaker, where);
    }
  }

  /** "the airport", "the town": a definite noun a later sentence points back with. */
  private static final Pattern DEFINITE = Pattern.compile("\\bthe ([a-z]{4,})\\b");

  private static final Set<String> EVENT_ANAPHORS = Set.of("shelling", "shellfire", "attack", "attacks", "strike",
      "strikes", "bombardment", "shooting", "barrage", "fire");

  private final TollLinks tollLinks;
  private final TollClauses tollClauses;
  private final PeriodTolls periodTolls;
  private final HeadlineTolls headlineTolls;
  private final EarlierCounts earlierCounts;

  EventAssembler(Lexicon lexicon) {
    this.tollLinks = new TollLinks(lexicon);
    this.tollClauses = new TollClauses(lexicon);
    this.periodTolls = new PeriodTolls(lexicon);
    this.headlineTolls = new HeadlineTolls(lexicon, tollLinks);
    this.earlierCounts = new EarlierCounts(lexicon);
  }

  List<Event> assemble(ArticleContext ctx, List<Figures> figures, Dating dating) {
    List<Event> events = new ArrayList<>(ctx.events);
    // the sentences whose reports are free tolls (an only attack's) and those telling a count that grew
    Set<Integer> free = new HashSet<>();
    Set<Integer> notFree = new HashSet<>();
    Set<Integer> risen = new HashSet<>();
    Set<Integer> earlier = new HashSet<>();
    Set<Event> halvesOnly = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Figures fs : figures) {
      int here = fs.sentence().sentence().index();
      // Only the article's own events (in sentence order) can take a figure: those of this and two sentences before.
      int[] range = ctx.eventsIn(here - 2, here + 1);
      AnnotatedSentence s = fs.sentence();
      for (CasualtyFinder.Figure fig : fs.figures()) {
        Frame frame = Clauses.frameOf(fs.frames(), fig.from());
        int[] clause = Clauses.clause(fs.frames(), frame, s.sentence().tokens(), fig.from());
        if (periodTolls.counts(s, clause, fig.from(), fig.to())) {
          continue; // total26b: a war's or a period's toll is background, neither a report nor an attack's figure
        }
        Dating.Dated when = dating.date(s, frame, clause, fig.from(), false, ctx);
        Casualties c = TollLinks.sinceYear(withSince(fig.casualties(), s), s.sentence().tokens());
        List<Claim> claims = Claims.of(frame, null, false, s, ctx.sides);
        if (claims.isEmpty() && frame == null && fs.paragraphSpeaker() != null) {
          // "Ten passengers died on the spot. Seventeen were wounded, the hospital said.": one speaker a paragraph
          claims = Claims.of(fs.paragraphSpeaker(), null, false, fs.speakerSentence(), ctx.sides);
        }
        String subtype = c.killed() != null && c.wounded() != null ? "killed_and_wounded"
            : c.killed() != null ? "killed" : "wounded";
        Event report = new Event(ctx.article, EventType.CASUALTY_REPORT, subtype, when.date(), when.dateEnd(), null,
            when.basis(), null, null, null, null, false, null, claims, c, List.of(), null, List.of(Dating.evidence(s)));
        // (asked before an attack takes this very toll: the story's first toll told a sentence after its attack)
        boolean firstWoundedOnly = TollLinks.woundedOnly(c) && TollLinks.noTollBefore(events, here);
        // a figure told in the story's own voice is its attack's, not someone's report
        // A figure counted from a since clause ("killed since fighting flared") is a total, no attack's toll
        boolean running = tollClauses.sinceClause(s.sentence().tokens(), clause[0], clause[1], s.times());
        boolean attached = !running && (attachToAttack(events, range, s, c, fig.from(), claims,
            e -> tollLinks.tellsOn(s, e.date(), e.dateEnd())) || pointedBack(events, s, clause, c, claims)
            || risenForOnlyAttack(events, s, clause, fig.from(), c, claims));
        // a toll that carries on an attack's telling a few sentences on is that act's figure (a report only as above);
        // a count that grew is an update, which OnlyAttackTolls weighs against the act's own
        attached = attached || !running && !tollLinks.risenTo(s, clause[0], fig.from())
            && !tollLinks.raisedTo(s, clause[0], fig.from()) && continuedOn(events, s, c, ctx);
        boolean apart = !claims.isEmpty()
            && (TollLinks.reportedApart(c, events, here) || firstWoundedOnly);
        // the wounded an attack took after the story's first toll are a report only as the other half of
        // the dead reported next to them ("13 were killed. 22 people were injured."), never alone
        boolean half = attached && !apart && !claims.isEmpty() && TollLinks.woundedOnly(c);
        if (!attached || apart || half) {
          events.add(report);
          if (half) {
            halvesOnly.add(report);
          }
          (!running && tollLinks.freeToll(s, clause[0], clause[1], fig.from()) ? free : notFree).add(here);
          if (tollLinks.risenTo(s, clause[0], fig.from()) || tollLinks.raisedTo(s, clause[0], fig.from())) {
            risen.add(here);
          }
          if (earlierCounts.told(s, fig.from())) {
            earlier.add(here);
          }
        }
      }
    }
    // after the merge, so that an unnamed mention joins its place and day's attack before it takes the story's attacker
    // blame23b: a side blamed in a sentence of its own is named before the story's attacker is inferred
    List<Event> halves = TollLinks.halvesJoined(events);
    halves.removeIf(halvesOnly::contains); // a half that joined no other half stays the attack's figure only
    List<Event> merged = TollLinks.toldOnce(EventMerges.merge(attachPlaceless(halves, ctx.sides), ctx.sides));
    free.removeAll(notFree);
    merged = OnlyAttackTolls.linked(merged, free, risen, earlier);
    merged = headlineTolls.linked(merged, ctx.titleTollSentence, ctx.titleFigures);
    merged = ResponsibilityClaims.link(Blames.link(merged, ctx.blames.told(), ctx.sides),
        ctx.responsibility.claimed(), ctx.sides);
    merged = StoryAttackers.toldEarlier(merged, ctx.sides);
    // a conflict's default attacker the article never names yields to the attacker it does name
    return NamedOverDefault.applied(merged, ctx);
  }

  /**
   * An attack read without a place right after one read with a place and no named attacker is the same attack told
   * on ("Shells hit Avdiivka on Tuesday. The army said separatists had shelled the town."): its attacker, claims and
   * evidence join the placed one. Only within two sentences, and never over a named attacker.
   */
  static List<Event> attachPlaceless(List<Event> events, Sides sides) {
    List<Event> out = new ArrayList<>(events);
    // The first placed attack of each sentence: a placed attack stays placed and keeps its first evidence when
    // joined, so this index holds throughout, and each placeless attack looks up two sentences instead of all.
    Map<Integer, Integer> placedAt = new HashMap<>();
    for (int j = 0; j < out.size(); j++) {
      Event p = out.get(j);
      if (p.type() == EventType.ATTACK && p.location() != null) {
        placedAt.putIfAbsent(p.evidence().get(0).sentence(), j);
      }
    }
    boolean[] joinedIn = new boolean[out.size()];
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      if (e.type() == EventType.ATTACK && e.location() == null && !e.claims().isEmpty()
          && lendClaims(out, placedAt, e, sides)) {
        joinedIn[i] = true;
        continue;
      }
      if (e.type() != EventType.ATTACK || e.location() != null || e.perpetrator() == null) {
        continue;
      }
      int at = e.evidence().get(0).sentence();
      Integer t = placedAt.get(at - 1);
      if (t == null) {
        t = placedAt.get(at - 2);
      }
      int target = t == null ? onlyPlacedBefore(out, at, e) : t;
      if (target < 0 || out.get(target).perpetrator() != null) {
        continue;
      }
      Event p = out.get(target);
      Event joined = new Event(p.article(), p.type(), toldKind(p, e), p.date(), p.dateEnd(), p.time() != null ? p.time()
          : e.time(), p.dateBasis(), p.location(), e.perpetratorSide(), e.perpetrator(), e.perpetratorActor(), e.perpetratorInferred(),
          p.target(), p.claims(), p.casualties() != null ? p.casualties() : e.casualties(), p.parties(), p.mediator(),
          p.evidence(), p.conflict()).mergedWith(e.withClaims(e.claims()));
      out.set(target, joined);
      joinedIn[i] = true;
    }
    List<Event> kept = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      if (!joinedIn[i]) {
        kept.add(out.get(i));
      }
    }
    return kept;
  }

  /**
   * "Reports of a drone strike in Bint Jbeil. According to the state news agency NNA, one missile hit a motorcycle":
   * an attributed mention with no place in the two sentences after a placed attack of its day tells that attack on,
   * and its speakers speak for it too, when it names no attacker or the placed attack's own ("Pakistani troops opened
   * fire in Sunderbani. According to a defence spokesman, the Pakistan Army resorted to unprovoked firing"); whether
   * it was joined.
   */
  private static boolean lendClaims(List<Event> out, Map<Integer, Integer> placedAt, Event e, Sides sides) {
    int at = e.evidence().get(0).sentence();
    Integer t = placedAt.get(at - 1);
    if (t == null) {
      t = placedAt.get(at - 2);
    }
    if (t == null || e.date() == null || !e.date().equals(out.get(t).date())) {
      return false;
    }
    Event p = out.get(t);
    // A placed attack of unknown kind is no clash yet, so a weapon told on fits it
    if (!weaponToldOn(p, e)
        && !EventMerges.sameFire(AttackSubtypes.soFar(p, sides), AttackSubtypes.soFar(e, sides))) {
      return false; // "both sides reported continued shelling" after a clash is other fire, not the clash told on
    }
    if (e.perpetrator() != null && (p.perpetrator() == null || !Objects.equals(p.perpetratorSide(),
        e.perpetratorSide()))) {
      return false; // an attacker the placed attack lacks is joined below; another attacker's is another attack
    }
    List<Claim> claims = new ArrayList<>(p.claims());
    e.claims().stream().filter(c -> claims.stream().noneMatch(m -> m.actor().equals(c.actor()))).forEach(claims::add);
    out.set(t, withTollToldOn(p.withClaims(claims).withSubtype(toldKind(p, e)), e));
    return true;
  }

  /**
   * "Tanks shelled X on Friday. An army source said a drone struck the city's hospital, killing six": the placed attack
   * takes the halves of the toll it lacks from the mention told on that joins it (the mention is gone once joined).
   */
  private static Event withTollToldOn(Event placed, Event toldOn) {
    Casualties told = toldOn.casualties();
    if (told == null || told.isEmpty()) {
      return placed;
    }
    Casualties had = placed.casualties();
    Casualties filled = had == null || had.isEmpty() ? told : Casualties.gapsFilled(had, told.killed(), told.wounded());
    return filled == had ? placed : placed.withCasualties(filled);
  }

  /**
   * The kind a placed attack keeps when a mention told on joins it: its own, unless its own is unknown and the
   * mention names a weapon ("Explosions tore through the airport hall. The minister said it had been hit by missiles").
   */
  private static String toldKind(Event placed, Event toldOn) {
    return weaponToldOn(placed, toldOn) ? toldOn.subtype() : placed.subtype();
  }

  /** Whether the placed attack's kind is unknown and the mention told on names a weapon. */
  private static boolean weaponToldOn(Event placed, Event toldOn) {
    return "attack".equals(placed.subtype()) && AttackSubtype.namesWeapon(toldOn.subtype());
  }

  /**
   * The placed attack without attacker that a later attributed mention of the same day tells on, up to ten sentences
   * back: wire copy names the attacker paragraphs after the lead ("Blasts hit Aden airport ... The minister said the
   * airport had been hit by missiles fired by the Houthis"). The only such attack, or else the only one whose sentence
   * holds the noun the mention points back to ("the airport"); -1 when none or several.
   */
  private static int onlyPlacedBefore(List<Event> events, int at, Event e) {
    List<Integer> found = new ArrayList<>();
    for (int j = 0; j < events.size(); j++) {
      Event p = events.get(j);
      int pAt = p.evidence().get(0).sentence();
      if (p.type() == EventType.ATTACK && p.location() != null && pAt < at && at - pAt <= 10
          && p.perpetrator() == null && p.date() != null && p.date().equals(e.date())) {
        found.add(j);
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    Set<String> pointed = new HashSet<>();
    Matcher m = DEFINITE.matcher(e.evidence().get(0).text().toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (!EVENT_ANAPHORS.contains(m.group(1))) {
        pointed.add(m.group(1));
      }
    }
    List<Integer> named = found.stream().filter(j -> Arrays.stream(events.get(j).evidence().get(0).text()
        .toLowerCase(Locale.ROOT).split("\\W+")).anyMatch(pointed::contains)).toList();
    return named.size() == 1 ? named.get(0) : -1;
  }

  /**
   * Whether the sentence at {@code here} tells one kind of attack on one day at several places (the
   * places listed after one trigger): a figure of that sentence is then their total.
   */
  private static boolean listedPlaces(List<Event> events, int[] range, AnnotatedSentence s) {
    int here = s.sentence().index();
    Map<List<Object>, Set<Location>> placesOf = new HashMap<>();
    for (int i = range[0]; i < range[1]; i++) {
      Event e = events.get(i);
      if (e.type() == EventType.ATTACK && e.location() != null && e.evidence().get(0).sentence() == here) {
        placesOf.computeIfAbsent(Arrays.asList(e.subtype(), e.date()), k -> new HashSet<>()).add(e.location());
      }
    }
    if (placesOf.size() != 1 || placesOf.values().iterator().next().size() < 2) {
      return false;
    }
    // "the Jabalia camp in northern Gaza", "near Yeraskh, on the border with Nakhchivan": a place and where it lies
    // are one place told twice; only places joined as a list ("Donetsk and Horlivka") share one total
    Set<Location> places = placesOf.values().iterator().next();
    List<Spans.PlaceSpan> spans = s.places().stream().filter(p -> places.contains(p.location())).toList();
    List<Token> tokens = s.sentence().tokens();
    for (int a = 0; a + 1 < spans.size(); a++) {
      if (joined(tokens, spans.get(a).to(), spans.get(a + 1).from())) {
        return true;
      }
    }
    return spans.size() < 2; // places the spans do not show: read them as listed, as before
  }

  // what may stand between two places of one list: "Marinka and Krasnohorivka", "Samahni sector ... and the Nakyal"
  private static final Set<String> LIST_GLUE = Set.of(",", "and", "or", "the", "village", "villages", "town", "towns",
      "city", "cities", "district", "districts", "sector", "sectors", "area", "areas", "camp", "camps", "as", "well");

  private static boolean joined(List<Token> tokens, int from, int to) {
    boolean join = false;
    for (int j = from; j < to; j++) {
      String w = Lexicon.lower(tokens.get(j));
      if (!LIST_GLUE.contains(w)) {
        return false;
      }
      join |= w.equals(",") || w.equals("and") || w.equals("or");
    }
    return join;
  }

  /** A toll carrying on the telling of an attack a few sentences back ({@link ContinuedTolls}); whether given. */
  private boolean continuedOn(List<Event> events, AnnotatedSentence s, Casualties c, ArticleContext ctx) {
    int i = ContinuedTolls.few(c) ? ContinuedTolls.attack(events, s.sentence().index(), ctx) : -1;
    if (i < 0 || !TollLinks.completes(events.get(i).casualties(), c)
        || !tollLinks.tellsOn(s, events.get(i).date(), events.get(i).dateEnd())) {
      return false;
    }
    // (its speaker is the toll's, not the act's: a count told sentences on is often a bystander's or a hospital's)
    events.set(i, withToll(events.get(i), c, List.of()));
    return true;
  }

  /** A toll pointing back to its attack told further back ({@link TollLinks#pointedAttack}); whether given. */
  private boolean pointedBack(List<Event> events, AnnotatedSentence s, int[] clause, Casualties c, List<Claim> claims) {
    int i = tollLinks.pointedAttack(events, s, clause[0], clause[1], c);
    if (i < 0) {
      return false;
    }
    events.set(i, withToll(events.get(i), c, claims));
    return true;
  }

  /**
   * "the number of people killed has risen to five", "raised the death toll to five": a count that grew,
   * told after the story's only attack, is that attack's figure now (the half it updates replaced when the count
   * grew); whether given.
   */
  private boolean risenForOnlyAttack(List<Event> events, AnnotatedSentence s, int[] clause, int from, Casualties c,
      List<Claim> claims) {
    int only = -1;
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).type() == EventType.ATTACK) {
        if (only >= 0) {
          return false; // two attacks: which one's count grew is not told by the story's order
        }
        only = i;
      }
    }
    if (only < 0 || events.get(only).evidence().get(0).sentence() >= s.sentence().index()
        || !tollLinks.risenTo(s, clause[0], from)) {
      return false;
    }
    Casualties had = events.get(only).casualties();
    Casualties now = TollLinks.risen(had, c);
    if (now == null) {
      return false;
    }
    events.set(only, withToll(events.get(only).withCasualties(null), now, claims));
    return true;
  }

  /** The attack with a toll told in another sentence joined to its figures, and that toll's sources to its claims. */
  private static Event withToll(Event e, Casualties c, List<Claim> claims) {
    Event updated = e.withCasualties(TollLinks.joined(e.casualties(), c));
    if (claims.isEmpty()) {
      return updated;
    }
    List<Claim> merged = new ArrayList<>(e.claims());
    claims.stream().filter(cl -> merged.stream().noneMatch(m -> m.actor().equals(cl.actor()))).forEach(merged::add);
    return updated.withClaims(merged);
  }

  /**
   * The attack of the same sentence, or the one "the shelling" refers back to, takes the figure and its source;
   * whether one did.
   */
  private static boolean attachToAttack(List<Event> events, int[] range, AnnotatedSentence s, Casualties c, int figure,
      List<Claim> claims, java.util.function.Predicate<Event> tellsOnOf) {
    int here = s.sentence().index();
    if (listedPlaces(events, range, s)) {
      return false; // "strikes on Jabalia and Rafah left 53 dead": a total for the places listed, none's own figure
    }
    boolean anaphor = s.sentence().tokens().stream().anyMatch(t -> EVENT_ANAPHORS.contains(Lexicon.lower(t)));
    boolean ownAttack = false;
    Set<Location> placesBefore = new HashSet<>(); // a toll after "strikes hit X, Y and Z" is their total
    for (int i = range[0]; i < range[1]; i++) {
      Event e = events.get(i);
      int at = e.evidence().get(0).sentence();
      ownAttack |= e.type() == EventType.ATTACK && at == here;
      if (e.type() == EventType.ATTACK && at == here - 1 && e.location() != null) {
        placesBefore.add(e.location());
      }
    }
    boolean tellsOn = !ownAttack && placesBefore.size() <= 1;
    // figs24: "Two soldiers were killed. Another was wounded.": the other half two sentences on, no attack told between
    boolean attackBefore = false;
    for (int i = range[0]; i < range[1]; i++) {
      attackBefore |= events.get(i).type() == EventType.ATTACK && events.get(i).evidence().get(0).sentence() == here - 1;
    }
    int own = TollSubjectPlace.attack(events, range, s, figure);
    int first = own >= 0 ? own : firstPlaced(events, range, s);
    for (int i = first >= 0 ? first : range[1] - 1; i >= range[0]; i--) {
      Event e = events.get(i);
      int at = e.evidence().get(0).sentence();
      if (e.type() != EventType.ATTACK || !TollLinks.completes(e.casualties(), c)) {
        continue;
      }
      boolean twoOn = tellsOn && at == here - 2 && !attackBefore && e.casualties() != null && !anaphor;
      if (at == here || anaphor && at >= here - 2 && at < here || (tellsOn && at == here - 1 || twoOn)
          && tellsOnOf.test(e)) {
        events.set(i, withToll(e, c, at != here ? claims : List.of())); // its own sentence's sources are its own
        return !twoOn; // a half told two sentences on is the attack's and, as its sentence's own toll, a report too
      }
    }
    return false;
  }

  /**
   * The attack of this sentence, without a figure yet, whose place the sentence names first: "killed 50 in the Jabalia
   * camp in northern Gaza" is Jabalia's toll; -1 when the sentence names none.
   */
  private static int firstPlaced(List<Event> events, int[] range, AnnotatedSentence s) {
    return TollSubjectPlace.firstPlacedIn(events, range, s, 0, Integer.MAX_VALUE);
  }

  private static Casualties withSince(Casualties c, AnnotatedSentence s) {
    for (TimeSpan t : s.times()) {
      if (t.since() && t.resolved()) {
        return new Casualties(c.killed(), c.wounded(), c.victims(), c.qualifier(), c.civilianKilled(),
            t.first().toString());
      }
    }
    return c;
  }
}
