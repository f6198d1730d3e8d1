package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * Links an article's denials and accusations to the attacks they answer: a denial ("Azerbaijan rejected the
 * accusations") to the attacks before it that accuse the denier's camp, a defender's word that it still holds the
 * ground to the other camp's capture, a headline's denial, and an accusation naming who fired. Reads the sentence's
 * frames and the article's events; writes the events' deniers, blamed sides and accusations in {@code ctx}. Stateless.
 */
final class DenialLinks {

  private final Lexicon lexicon;
  private final JointDeniers joint;

  // the nouns a definite speaker may stand on alone to point back to a body named before ("the coalition")
  private final Set<String> heads = new HashSet<>();

  DenialLinks(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.joint = new JointDeniers(lexicon);
    for (Lexicon.Entry e : lexicon.entries("anaphor")) {
      if ("head".equals(e.value()) && e.words().length == 1) {
        heads.add(e.words()[0]);
      }
    }
  }

  /**
   * "The Saudi-led coalition ... The coalition denied involvement.": a denier written as a definite noun alone
   * (lexicon: anaphor, value head) is the belligerent the article last named with that noun in the sentences before;
   * the frame unchanged when there is none.
   */
  Frame definiteDenier(AnnotatedSentence s, Frame f, ArticleContext ctx) {
    if (!f.denies() || f.speaker() != null || f.speakerText() == null) {
      return f;
    }
    String[] words = f.speakerText().strip().split("\\s+");
    if (words.length != 2 || !words[0].equalsIgnoreCase("the")
        || !heads.contains(words[1].toLowerCase(Locale.ROOT))) {
      return f;
    }
    String noun = words[1].toLowerCase(Locale.ROOT);
    int here = s.sentence().index();
    for (int k = ctx.sidedActors.size() - 1; k >= 0; k--) {
      ActorSpan a = ctx.sidedActors.get(k).getValue();
      if (ctx.sidedActors.get(k).getKey() >= here || !ctx.sides.isBelligerent(a.side())
          || !a.name().toLowerCase(Locale.ROOT).contains(noun)
          && (a.text() == null || !a.text().toLowerCase(Locale.ROOT).contains(noun))) {
        continue;
      }
      // (the words this sentence wrote: the mention's place is the noun's, the antecedent's name is the speaker's)
      int at = Math.max(0, f.verb() - 1);
      return f.withSpeaker(a.speakingAt(Math.max(0, at - 1), at + 1, false, f.speakerText().strip()), null);
    }
    return f;
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
    List<Frame> speakers = new ArrayList<>(); // ("both groups denied it": each of the two denies)
    for (Frame f0 : frames) {
      speakers.addAll(joint.each(s, f0, ctx));
    }
    for (Frame f0 : speakers) {
      Frame f = definiteDenier(s, f0, ctx);
      List<Lexicon.Match> denialWords = lexicon.find(tokens.subList(f.from(), f.to()), "denial");
      boolean phrase = !denialWords.isEmpty();
      // "the army said its forces had not struck the vehicle": a side negating its own camp's act denies it
      boolean negated = !f.denies() && !phrase && f.speaker() != null && ctx.sides.isBelligerent(f.speaker().side())
          && NegatedActs.ownActDenied(lexicon, s, f, ctx.sides);
      if (!(f.denies() || phrase || negated) || f.speakerName() == null) {
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
      if (phrase && !held && DeniedAllegations.link(s, f, frames, f.from() + denialWords.get(0).from(), ctx)) {
        continue; // "considers the allegations of Y that ... to be disinformation": what Y alleges here is denied
      }
      if (!lexicon.find(tokens.subList(f.from(), f.to()), "attack").isEmpty() && !phrase && !negated
          && attackToldIn(ctx, here, true)) {
        continue; // "denied shelling Stepanakert": the attack mention carries the denial itself
      }
      String side = f.speaker() == null ? null : f.speaker().side();
      // the events of the six sentences before (a denial follows a few paragraphs on in wire copy), not all of them;
      // a side rejecting "the account" or "the accusation" answers the story's allegation, told further up
      // (so too a side denying in so many words, "denied carrying out any strike": its answer comes paragraphs on)
      // (as does one giving "a different account" or "picture" of it, its version in the phrase itself)
      Lexicon.Entry said = f.verb() < tokens.size() ? lexicon.at(tokens, f.verb(), "speech") : null;
      int back = side != null && (!lexicon.find(tokens.subList(f.from(), f.to()), "claimnoun").isEmpty()
          || f.denies() && said != null && said.has("account")
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
      if (linked && f.denies() && side != null && ctx.sides.isBelligerent(side)) {
        // (read again once the story is whole: an attack near it whose attacker of its camp is named only later)
        ctx.answeredDenials.add(new UnansweredDenials.Denial(here, back, f.speakerName(),
            f.speaker() == null ? null : f.speaker().id(), side, Dating.evidence(s), f.speakerWritten()));
      }
      if (!linked && f.denies() && side != null && ctx.sides.isBelligerent(side)) {
        linkFarDenial(s, f, side, here - back, ctx);
        // (read again once the story is whole: the attackers it infers, a statement's own voice, and which of the
        // attacks the far denial answered were only a headline's copies, are known only then)
        ctx.unansweredDenials.add(new UnansweredDenials.Denial(here, back, f.speakerName(),
            f.speaker() == null ? null : f.speaker().id(), side, Dating.evidence(s), f.speakerWritten()));
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
  static void addDenial(Event e, int i, AnnotatedSentence s, Frame f, String side, ArticleContext ctx) {
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
    // (or by a pronoun alone, "has denied this": what it points at is the account just told)
    boolean pointed = f.from() > f.verb() && f.from() < tokens.size() && "PRON".equals(tokens.get(f.from()).tag())
        && (f.from() + 1 >= Math.min(f.to(), tokens.size()) || "PUNCT".equals(tokens.get(f.from() + 1).tag()));
    if (!f.denies() || !sides.isBelligerent(side) || e.perpetratorSide() == null
        || lexicon.find(tokens.subList(f.from(), f.to()), "claimnoun").isEmpty() && !fact && !pointed
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
}
