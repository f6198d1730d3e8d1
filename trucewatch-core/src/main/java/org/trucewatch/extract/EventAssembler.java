package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.TimeSpan;
import org.trucewatch.nlp.Token;

/**
 * Builds an article's events from its mentions: casualty figures become casualty reports (and the casualties of the
 * attack they describe), denials attach to the allegations they answer, and mentions of one event merge. Stateless.
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

  private final Lexicon lexicon;
  private final TollLinks tollLinks;
  private final TollClauses tollClauses;
  private final PeriodTolls periodTolls;

  EventAssembler(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.tollLinks = new TollLinks(lexicon);
    this.tollClauses = new TollClauses(lexicon);
    this.periodTolls = new PeriodTolls(lexicon);
  }

  /**
   * A denial ("Azerbaijan rejected the accusations", "saying the reports were completely false") is attached to the
   * attacks of the six sentences before it that accuse the denier's camp.
   */
  void linkDenials(AnnotatedSentence s, List<Frame> frames, ArticleContext ctx) {
    List<Token> tokens = s.sentence().tokens();
    for (Frame f : frames) { // (an accused party outside the camps may deny the attacks of its accusation later)
      if (f.kind().equals("accuses") && f.accused() != null && f.accused().side() != null) {
        ctx.accusedAt.put(f.accused().side(), s.sentence().index());
      }
    }
    for (Frame f : frames) {
      List<Lexicon.Match> denialWords = lexicon.find(tokens.subList(f.from(), f.to()), "denial");
      boolean phrase = !denialWords.isEmpty();
      if (!(f.denies() || phrase) || f.speakerName() == null) {
        continue;
      }
      // "the garrison was still holding out": the defender's word denies only the other camp's capture
      boolean held = !f.denies() && phrase && denialWords.stream().allMatch(m -> m.entry().has("held"));
      // "X said its units had only returned fire", "accused Y of starting the fighting": a counter-accusation denies
      // only as a belligerent's answer (its camp's attacks told before), never as an unnamed or neutral voice's
      if (!f.denies() && denialWords.stream().allMatch(m -> m.entry().has("counter"))
          && (f.speaker() == null || !ctx.sides.isBelligerent(f.speaker().side()))) {
        continue;
      }
      int here = s.sentence().index();
      if (!lexicon.find(tokens.subList(f.from(), f.to()), "attack").isEmpty() && !phrase
          && attackToldIn(ctx, here, true)) {
        continue; // "denied shelling Stepanakert": the attack mention carries the denial itself
      }
      String side = f.speaker() == null ? null : f.speaker().side();
      // the events of the six sentences before (a denial follows a few paragraphs on in wire copy), not all of them;
      // a side rejecting "the account" or "the accusation" answers the story's allegation, told further up
      // (so too a side denying in so many words, "denied carrying out any strike": its answer comes paragraphs on)
      int back = side != null && (!lexicon.find(tokens.subList(f.from(), f.to()), "claimnoun").isEmpty()
          || f.denies() && ctx.sides.isBelligerent(side)
          && !lexicon.find(tokens.subList(f.from(), f.to()), "attack").isEmpty()) ? 12 : 6;
      int[] range = ctx.eventsIn(here - back, here);
      boolean namedElsewhere = false; // an attack that names the denier's side: the unnamed mentions merge with it
      for (int i = range[0]; i < range[1] && side != null; i++) {
        Event e = ctx.events.get(i);
        namedElsewhere |= e.type() == EventType.ATTACK && e.perpetratorSide() != null
            && ctx.sides.sameCamp(side, e.perpetratorSide());
      }
      boolean linked = false; // whether this denial answered an attack of the sentences before
      if (held) {
        // (the nearest speaker before the words: "an army source told Al Jazeera that ..., the channel reported" is
        // the source's)
        int words = f.from() + denialWords.get(0).from();
        if (frames.stream().noneMatch(g -> g != f && g.speakerName() != null && g.contains(words) && g.verb() < words
            && (f.verb() > words || g.verb() > f.verb()))) {
          linkHeldGround(s, f, side, ctx.eventsIn(here - back, here + 1), ctx);
        }
        continue;
      }
      // "Washington accused Iran of ordering the raid. Tehran rejected the accusation.": a party outside the camps
      // denies what it was accused of, the attacks told up to the accusation
      Integer accused = side != null && !ctx.sides.isBelligerent(side) && f.denies() ? ctx.accusedAt.get(side) : null;
      int accusedSince = accused != null && accused < here && accused >= here - back ? accused : -1;
      for (int i = range[0]; i < range[1]; i++) {
        Event e = ctx.events.get(i);
        int at = e.evidence().get(0).sentence();
        if (e.type() != EventType.ATTACK || at >= here || at < here - back) {
          continue;
        }
        if (e.perpetrator() == null) {
          // "A drone killed a boy, the separatists said. Ukraine has rejected the account.": a side that denies an
          // attack someone else alleges with no attacker named is the side the allegation is against
          if (!f.denies() || side == null || namedElsewhere || !ctx.sides.isBelligerent(side)
              || !allegedByOther(e, side, ctx.sides)) {
            continue;
          }
          e = e.withPerpetrator(side, ctx.sides.name(side), ctx.sides.name(side));
        }
        String perp = e.perpetratorSide();
        if (side != null && !ctx.sides.sameCamp(side, perp) && !side.equals(perp)
            && !(at <= accusedSince) && !deniesOthersOwnAccount(e, f, side, tokens, ctx, range)) {
          continue;
        }
        // "Azerbaijan rejected the accusations, with Baku officials saying ...": one side denying once per sentence
        if (e.claims().stream().anyMatch(c -> c.stance() == Stance.DENIES && (c.actor().equals(f.speakerName())
            || side != null && side.equals(c.side()) && c.evidence().sentence() == here))) {
          linked = true;
          continue;
        }
        addDenial(e, i, s, f, side, ctx);
        linked = true;
      }
      if (!linked && f.denies() && side != null && ctx.sides.isBelligerent(side)) {
        linkFarDenial(s, f, side, here - back, ctx);
      }
    }
  }

  /**
   * "The paramilitaries said they had taken the town; an army source said the garrison was still holding out": a
   * belligerent's word that its side still holds the ground denies the captures by the other camp that someone else
   * tells, in the sentences before or in the same one; never an act of its own camp, nor anything but a capture.
   */
  private static void linkHeldGround(AnnotatedSentence s, Frame f, String side, int[] range, ArticleContext ctx) {
    if (side != null && !ctx.sides.isBelligerent(side)) {
      return;
    }
    for (int i = range[0]; i < range[1]; i++) {
      Event e = ctx.events.get(i);
      if (e.type() != EventType.ATTACK || !AttackSubtype.TERRITORY_TAKEN.label().equals(e.subtype())
          || e.perpetratorSide() == null || !ctx.sides.isBelligerent(e.perpetratorSide())
          || side != null && ctx.sides.sameCamp(side, e.perpetratorSide())
          // ("a senior army source", a speaker of no known side: only against a capture its maker tells)
          || side == null && !acknowledgedByItsAttacker(e, ctx.sides)
          // (told by someone else: a capture this speaker's own words make is none it denies)
          || e.claims().stream().noneMatch(c -> c.stance() != Stance.DENIES && !c.actor().equals(f.speakerName())
              && (side == null || c.side() == null || !ctx.sides.sameCamp(c.side(), side)))
          || e.claims().stream().anyMatch(c -> c.stance() == Stance.DENIES && (c.actor().equals(f.speakerName())
              || side != null && c.side() != null && ctx.sides.sameCamp(c.side(), side)))) {
        continue;
      }
      addDenial(e, i, s, f, side, ctx);
    }
  }

  /**
   * "Pakistan's military denied the allegation" sixteen sentences after the statement that alleged the raid: a
   * belligerent's denial that finds nothing of its camp's near it answers the allegations against its camp told
   * further up, however far (long statements and wire copy place the other side's word low). Only attacks with an
   * attacker of the denier's camp that someone else alleges (or the statement itself), and only when such attacks
   * are all of one day (a denial placed after a war's many days of fire answers no one of them).
   */
  private void linkFarDenial(AnnotatedSentence s, Frame f, String side, int before, ArticleContext ctx) {
    int[] range = ctx.eventsIn(0, before);
    List<Integer> answered = new ArrayList<>();
    java.util.Set<java.time.LocalDate> days = new java.util.HashSet<>();
    for (int i = range[0]; i < range[1]; i++) {
      Event e = ctx.events.get(i);
      int at = e.evidence().isEmpty() ? -1 : e.evidence().get(0).sentence();
      if (e.type() != EventType.ATTACK || at < 0 || at >= before || e.perpetratorSide() == null
          || !ctx.sides.sameCamp(side, e.perpetratorSide())
          // (a statement's own account has its claimant only once the article is read: no claim yet is no answer)
          || !e.claims().isEmpty() && !allegedByOther(e, side, ctx.sides)
          || e.claims().stream().anyMatch(c -> c.side() != null && ctx.sides.sameCamp(c.side(), side))) {
        continue; // (an attack its own camp tells or already answers is no allegation left unanswered)
      }
      answered.add(i);
      days.add(e.date());
    }
    if (days.size() != 1 || days.contains(null)) {
      return;
    }
    for (int i : answered) {
      addDenial(ctx.events.get(i), i, s, f, side, ctx);
    }
  }

  /** Stores event {@code e} (at {@code i}) with the frame's speaker as one more denier of it. */
  private static void addDenial(Event e, int i, AnnotatedSentence s, Frame f, String side, ArticleContext ctx) {
    List<Claim> claims = new ArrayList<>(e.claims());
    claims.add(new Claim(f.speakerName(), f.speaker() == null ? null : f.speaker().id(), side, Stance.DENIES,
        null, Dating.evidence(s), f.speakerWritten()));
    ctx.events.set(i, e.withClaims(claims));
  }

  /**
   * "Militia denies role in market strike" over "A drone hit the market, killing 12, the army said, blaming the
   * militia": a headline's denial answers the lead's attacks alleged against the denier's camp (the lead is the
   * headline's next three paragraphs), unless that camp itself tells them.
   */
  void linkHeadlineDenial(ArticleContext ctx, List<org.trucewatch.nlp.Sentence> sentences) {
    Frame f = ctx.headlineDenial;
    if (f == null) {
      return;
    }
    String side = f.speaker().side();
    List<Token> tokens = ctx.headlineDenialSentence.sentence().tokens();
    boolean deniesAnAttack = f.from() < f.to() && !lexicon.find(tokens.subList(f.from(), f.to()), "attack").isEmpty();
    // (a title set apart from the body heads a lead that starts at the body's first paragraph)
    int first = ctx.headlineDenialSentence.sentence().index() < 0 ? 0 : 1;
    int lastParagraph = first + 2;
    for (int i = 0; i < ctx.events.size(); i++) {
      Event e = ctx.events.get(i);
      int at = e.evidence().isEmpty() ? -1 : e.evidence().get(0).sentence();
      if (e.type() != EventType.ATTACK || at < 0 || at >= sentences.size()
          || sentences.get(at).paragraph() < first || sentences.get(at).paragraph() > lastParagraph
          || e.claims().stream().anyMatch(c -> c.side() != null && ctx.sides.sameCamp(c.side(), side)
              && (c.stance() != Stance.DENIES || c.actor().equals(f.speakerName())))) {
        continue;
      }
      // ("Hezbollah denies any clash" over a firefight placed in Lebanon: in a clash, where both sides fire, an
      // attacker only guessed yields to the belligerent that denies the act itself, as an unnamed one does)
      if (e.perpetrator() == null || e.perpetratorInferred() && deniesAnAttack
          && "armed_clash".equals(AttackSubtypes.soFar(e, ctx.sides)) && !side.equals(e.perpetratorSide())) {
        if (!ctx.sides.isBelligerent(side) || !allegedByOther(e, side, ctx.sides)) {
          continue;
        }
        e = e.withPerpetrator(side, ctx.sides.name(side), ctx.sides.name(side));
      } else if (!side.equals(e.perpetratorSide()) && !ctx.sides.sameCamp(side, e.perpetratorSide())
          && !(deniesAnAttack && ctx.sides.isBelligerent(side) && acknowledgedByItsAttacker(e, ctx.sides))) {
        continue; // "India says commandos hit launch pads; Pakistan denies any strike": the act itself is denied
      }
      List<Claim> claims = new ArrayList<>(e.claims());
      claims.add(new Claim(f.speakerName(), f.speaker().id(), side, Stance.DENIES, null,
          Dating.evidence(ctx.headlineDenialSentence), f.speakerWritten()));
      ctx.events.set(i, e.withClaims(claims));
    }
  }

  /**
   * "The separatists said they had taken Vodiane. Kyiv did not accept the account.": a belligerent denying, by a
   * report's noun, what the other camp told of its own act (an acknowledgement) denies that act.
   */
  private boolean deniesOthersOwnAccount(Event e, Frame f, String side, List<Token> tokens, ArticleContext ctx,
      int[] range) {
    Sides sides = ctx.sides;
    // (by a report's noun, "did not accept the account", or by its fact, "denied that the village had fallen")
    boolean fact = f.from() > f.verb() && f.from() > 0 && Lexicon.lower(tokens.get(f.from() - 1)).equals("that");
    if (!f.denies() || !sides.isBelligerent(side) || e.perpetratorSide() == null
        || lexicon.find(tokens.subList(f.from(), f.to()), "claimnoun").isEmpty() && !fact
        || e.claims().stream().noneMatch(c -> c.stance() == Stance.ACKNOWLEDGES && c.side() != null
            && sides.sameCamp(c.side(), e.perpetratorSide()) && !sides.sameCamp(c.side(), side))) {
      return false;
    }
    // a camp that itself alleges an act of that attacker nearby rejects the other's account of why, not the act
    for (int i = range[0]; i < range[1]; i++) {
      Event other = ctx.events.get(i);
      if (other.type() == EventType.ATTACK && e.perpetratorSide().equals(other.perpetratorSide())
          && other.claims().stream().anyMatch(c -> c.stance() == Stance.ALLEGES && c.side() != null
              && (c.side().equals(side) || sides.sameCamp(c.side(), side)))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the event's attacker's own camp tells it. */
  private static boolean acknowledgedByItsAttacker(Event e, Sides sides) {
    return e.claims().stream().anyMatch(c -> c.stance() == Stance.ACKNOWLEDGES && c.side() != null
        && sides.sameCamp(c.side(), e.perpetratorSide()));
  }

  /** Whether someone outside {@code side}'s camp alleges the event. */
  private static boolean allegedByOther(Event e, String side, Sides sides) {
    return e.claims().stream().anyMatch(c -> c.stance() == Stance.ALLEGES
        && (c.side() == null || !sides.sameCamp(c.side(), side)));
  }

  /**
   * "Pagers exploded across Lebanon, killing nine. Hezbollah blamed Israel.": an accusation with no attack of its
   * own names the attacker of the attacks of the two sentences before that have none named (or only inferred), and
   * the accuser alleges them.
   */
  void linkAccusations(AnnotatedSentence s, List<Frame> frames, ArticleContext ctx) {
    int here = s.sentence().index();
    List<Token> tokens = s.sentence().tokens();
    for (Frame f : frames) {
      ActorSpan accused = f.accused();
      // "... a drone struck a mosque, a volunteer group said, blaming the RSF": a participle after the statement
      // names the attacker of the statement's own attacks, and its speaker is the statement's
      boolean participle = f.verb() > 0 && tokens.get(f.verb() - 1).text().equals(",")
          && Lexicon.lower(tokens.get(f.verb())).endsWith("ing");
      if (!f.kind().equals("accuses") || accused == null || !Perpetrators.isArmed(accused)
          || !participle && attackToldIn(ctx, here)) {
        continue;
      }
      if (participle && f.speakerName() == null) {
        for (Frame g : frames) {
          if (g.verb() < f.verb() && g.speakerName() != null && !g.kind().equals("accuses")) {
            f = new Frame(f.verb(), g.speaker(), g.speakerText(), f.from(), f.to(), f.kind(), g.via(), accused);
          }
        }
      }
      Frame by0 = f;
      String by = f.speaker() == null ? null : f.speaker().side();
      if (by != null && ctx.sides.sameCamp(by, accused.side())) {
        continue;
      }
      int[] range = ctx.eventsIn(here - 2, participle ? here + 1 : here);
      for (int i = range[0]; i < range[1]; i++) {
        Event e = ctx.events.get(i);
        if (e.type() != EventType.ATTACK || e.perpetratorSide() != null && !e.perpetratorInferred()) {
          continue;
        }
        Event named = e.withPerpetrator(accused.side(), ctx.sides.name(accused.side()), accused.name());
        if (by0.speakerName() != null && e.claims().stream().noneMatch(c -> c.actor().equals(by0.speakerName()))) {
          List<Claim> claims = new ArrayList<>(e.claims());
          claims.add(new Claim(by0.speakerName(), by0.speaker() == null ? null : by0.speaker().id(), by,
              Stance.ALLEGES, null, Dating.evidence(s), by0.speakerWritten()));
          named = named.withClaims(claims);
        }
        ctx.events.set(i, named);
      }
    }
  }

  /** Whether an attack event was read from sentence {@code here} ("denies targeting civilians" makes none). */
  private static boolean attackToldIn(ArticleContext ctx, int here) {
    return attackToldIn(ctx, here, false);
  }

  /**
   * The same, counting only placed attacks when {@code placed}: "Rebel leaders denied they had fired at the city"
   * tells no attack of its own, it denies the one told before.
   */
  private static boolean attackToldIn(ArticleContext ctx, int here, boolean placed) {
    int[] range = ctx.eventsIn(here, here + 1);
    for (int i = range[0]; i < range[1]; i++) {
      Event e = ctx.events.get(i);
      if (e.type() == EventType.ATTACK && e.evidence().get(0).sentence() == here && (!placed || e.location() != null)) {
        return true;
      }
    }
    return false;
  }

  List<Event> assemble(ArticleContext ctx, List<Figures> figures, Dating dating) {
    List<Event> events = new ArrayList<>(ctx.events);
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
        // a figure told in the story's own voice is its attack's, not someone's report
        // tolls28b: a figure counted from a since clause ("killed since fighting flared") is a total, no attack's toll
        boolean running = tollClauses.sinceClause(s.sentence().tokens(), clause[0], clause[1], s.times());
        boolean attached = !running && (attachToAttack(events, range, s, c, claims,
            e -> tollLinks.tellsOn(s, e.date(), e.dateEnd())) || pointedBack(events, s, clause, c, claims)
            || risenForOnlyAttack(events, s, clause, fig.from(), c, claims));
        if (!attached || !claims.isEmpty() && TollLinks.reportedApart(c, events, here)) {
          events.add(report);
        }
      }
    }
    // after the merge, so that an unnamed mention joins its place and day's attack before it takes the story's attacker
    // blame23b: a side blamed in a sentence of its own is named before the story's attacker is inferred
    List<Event> merged = TollLinks.toldOnce(EventMerges.merge(attachPlaceless(TollLinks.halvesJoined(events),
        ctx.sides), ctx.sides));
    return StoryAttackers.toldEarlier(Blames.link(merged, ctx.blames.told(), ctx.sides), ctx.sides);
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
    // miss27: a placed attack of unknown kind is no clash yet, so a weapon told on fits it
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
    out.set(t, p.withClaims(claims).withSubtype(toldKind(p, e)));
    return true;
  }

  /**
   * miss27: the kind a placed attack keeps when a mention told on joins it: its own, unless its own is unknown and the
   * mention names a weapon ("Explosions tore through the airport hall. The minister said it had been hit by missiles").
   */
  private static String toldKind(Event placed, Event toldOn) {
    return weaponToldOn(placed, toldOn) ? toldOn.subtype() : placed.subtype();
  }

  /** Whether the placed attack's kind is unknown and the mention told on names a weapon. */
  private static boolean weaponToldOn(Event placed, Event toldOn) {
    return "attack".equals(placed.subtype()) && WEAPON_KINDS.contains(toldOn.subtype());
  }

  // the kinds a weapon names (ground taken or a raid on civilians is no weapon)
  private static final Set<String> WEAPON_KINDS = Set.of("shelling", "air_drone_strike", "remote_explosive",
      "suicide_bomb", "grenade");

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

  /** toll25b: a toll pointing back to its attack told further back ({@link TollLinks#pointedAttack}); whether given. */
  private boolean pointedBack(List<Event> events, AnnotatedSentence s, int[] clause, Casualties c, List<Claim> claims) {
    int i = tollLinks.pointedAttack(events, s, clause[0], clause[1], c);
    if (i < 0) {
      return false;
    }
    events.set(i, withToll(events.get(i), c, claims));
    return true;
  }

  /**
   * tolls30b: "the number of people killed has risen to five", "raised the death toll to five": a count that grew,
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
  private static boolean attachToAttack(List<Event> events, int[] range, AnnotatedSentence s, Casualties c,
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
    int first = firstPlaced(events, range, s);
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
    int here = s.sentence().index();
    int best = -1;
    int bestFrom = Integer.MAX_VALUE;
    for (int i = range[0]; i < range[1]; i++) {
      Event e = events.get(i);
      if (e.type() != EventType.ATTACK || e.casualties() != null || e.location() == null
          || e.evidence().get(0).sentence() != here) {
        continue;
      }
      for (Spans.PlaceSpan p : s.places()) {
        if (p.location().equals(e.location()) && p.from() < bestFrom) {
          best = i;
          bestFrom = p.from();
        }
      }
    }
    return best;
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
