package org.trucewatch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.Block;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.extract.Spans.TimeSpan;
import org.trucewatch.extract.pattern.Rule;
import org.trucewatch.nlp.PosTagger;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.SentenceSplitter;
import org.trucewatch.nlp.Token;

/**
 * The extraction stage: reads a clean {@link Article} and the date relative expressions resolve against, writes an
 * {@link Extraction}. Sentence by sentence it finds who says what ({@link Frames}), attacks, ceasefires, casualty
 * figures and the secondary types, each with its evidence sentence; then {@link EventAssembler} merges mentions of one
 * event (one attack per place, day and alleged perpetrator, as ACLED codes them) and links denials. Sentences with no
 * word of conflict or speech in them are split and skipped without tagging; an article in another language than
 * English (as detected by cleaning) is not read for events, since the rules are English. Immutable and thread-safe.
 */
public final class EventExtractor {

  // Speech alone does not make a sentence worth tagging: nearly every news sentence has "said". Talks, appeals,
  // threats and support are everyday words; they count only in an article that speaks of violence or truces.
  // pausenoun: "the pause in the north took effect" tells a truce with no truce word (TruceNouns.takesHold)
  // the paragraphs read for a letterhead: three, or a run of heading lines up to this many
  private static final int HEAD_PARAGRAPHS = 3;
  private static final int MAX_HEAD_PARAGRAPHS = 7;
  // cfstill: "troops would stand down for three days" tells a pause with no truce word (TruceNouns.pauses)
  private static final String[] CONFLICT_CATEGORIES = {"attack", "ceasefire", "casualty", "denial", "damage",
      "pausenoun", "cfstill"};
  // warend: "a statement ... ending the war" is a truce agreed (TruceNouns.warEnders)
  private static final String[] SECONDARY_CATEGORIES = {"talks", "talksverb", "appeal", "threat", "support", "accord",
      "warend"};
  // An article about a war with no word of violence in it ("resumed talks ... after the war began") is still read for
  // talks and the other secondary types.
  private static final String[] WAR_CATEGORIES = {"war"};

  private final Lexicon lexicon;
  private final Issuer issuers;
  private final OtherWarNames otherWars;
  private final SpeakerAnaphora anaphora;
  private final PronounSpeakers pronouns;
  private final SentenceSplitter splitter;
  private final SentenceAnnotator annotator;
  private final PosTagger posTagger;
  private final Frames frames;
  private final AttackFinder attacks;
  private final CeasefireFinder ceasefires;
  private final CasualtyFinder casualties;
  private final SecondaryFinder secondary;
  private final EventAssembler assembler;
  private final ActsToldTwice actsToldTwice;
  private final DenialLinks denials;
  private final Budget budget;
  private final AttackPatterns attackPatterns;
  private final AttackConfidence confidence;
  private final AttackFeatures attackFeatures;
  private final UnharmedTolls unharmed;

  public EventExtractor(Lexicon lexicon, SentenceSplitter splitter, SentenceAnnotator annotator, PosTagger posTagger) {
    this(lexicon, splitter, annotator, posTagger, Budget.UNLIMITED);
  }

  /** An extractor that rejects a document over {@code budget} with {@link Budget.TooCostly}. */
  public EventExtractor(Lexicon lexicon, SentenceSplitter splitter, SentenceAnnotator annotator, PosTagger posTagger,
      Budget budget) {
    this(lexicon, splitter, annotator, posTagger, budget, AttackPatterns.load());
  }

  /** An extractor with the attack patterns given (the built-in ones and one's own: {@link AttackPatterns#load}). */
  public EventExtractor(Lexicon lexicon, SentenceSplitter splitter, SentenceAnnotator annotator, PosTagger posTagger,
      Budget budget, AttackPatterns attackPatterns) {
    this(lexicon, splitter, annotator, posTagger, budget, attackPatterns, AttackConfidence.load());
  }

  /** An extractor with the learned filter of doubtful attacks given ({@link AttackConfidence#load}). */
  public EventExtractor(Lexicon lexicon, SentenceSplitter splitter, SentenceAnnotator annotator, PosTagger posTagger,
      Budget budget, AttackPatterns attackPatterns, AttackConfidence confidence) {
    this.budget = budget;
    this.confidence = confidence;
    this.attackPatterns = attackPatterns;
    this.lexicon = lexicon;
    this.posTagger = posTagger;
    this.splitter = budget.maxSentenceTokens() > 0 ? splitter.withMaxTokens(budget.maxSentenceTokens()) : splitter;
    this.annotator = annotator;
    this.frames = new Frames(lexicon);
    this.issuers = new Issuer(lexicon);
    this.otherWars = new OtherWarNames(lexicon);
    this.anaphora = new SpeakerAnaphora(lexicon);
    this.pronouns = new PronounSpeakers(lexicon);
    this.attacks = new AttackFinder(lexicon, new Dating(lexicon));
    this.ceasefires = new CeasefireFinder(lexicon);
    this.casualties = new CasualtyFinder(lexicon);
    this.secondary = new SecondaryFinder(lexicon);
    this.assembler = new EventAssembler(lexicon);
    this.actsToldTwice = new ActsToldTwice(lexicon);
    this.denials = new DenialLinks(lexicon);
    this.attackFeatures = new AttackFeatures(lexicon);
    this.unharmed = new UnharmedTolls(lexicon);
  }

  /**
   * @param anchor the article's date for resolving "on Wednesday", or null
   * @param anchorBasis how the anchor was found (publication, cluster, estimated, register), or null
   */
  public Extraction extract(Article article, LocalDate anchor, DateBasis anchorBasis) {
    Budget.Deadline deadline = budget.start();
    List<Sentence> sentences = splitter.split(article);
    if (article.language() != null && !article.language().equals("en")) {
      return new Extraction(article.id(), sentences, List.of(), List.of()); // the rules are for English
    }
    boolean[] triggeredAt = new boolean[sentences.size()];
    java.util.Set<Integer> paragraphs = new java.util.HashSet<>();
    java.util.BitSet truces = new java.util.BitSet();
    // A sentence's speech verbs, found once: they tell a denial (a trigger) and an accusation (the next pass).
    java.util.BitSet accuses = new java.util.BitSet();
    boolean heavy = false;
    boolean otherWeapon = false;
    boolean cyber = false;
    for (Sentence s : sentences) { // one pass: a sentence's tokens are looked up in the lexicon while they are cached
      boolean heading = article.paragraphs().get(s.paragraph()).kind() == Block.Kind.HEADING;
      List<Lexicon.Match> speech = lexicon.find(s.tokens(), "speech");
      triggeredAt[s.index()] = !heading && (speech.stream().anyMatch(m -> m.value().equals("denies"))
          || hasTrigger(s, CONFLICT_CATEGORIES));
      accuses.set(s.index(), speech.stream().anyMatch(m -> m.entry().value().equals("accuses")));
      if (triggeredAt[s.index()]) {
        paragraphs.add(s.paragraph());
      }
      if (lexicon.any(s.tokens(), "ceasefire")) {
        truces.set(s.index());
      }
      for (Lexicon.Match m : lexicon.find(s.tokens(), "weapon_cue")) {
        heavy |= m.value().equals("heavy");
        otherWeapon |= m.value().equals("other");
        cyber |= m.value().equals("cyber");
      }
    }
    for (Sentence s : sentences) {
      // "... killing nine. Hezbollah blamed Israel.": an accusation right after an attack names its attacker, as does
      // "the attacker belonged to X"
      int i = s.index();
      if (!triggeredAt[i] && i > 0 && (triggeredAt[i - 1] || i > 1 && triggeredAt[i - 2])
          && (accuses.get(i) || lexicon.any(s.tokens(), "allegiance"))) { // "... the attacker belonged to X"
        triggeredAt[i] = true;
        paragraphs.add(s.paragraph());
      }
    }
    if (paragraphs.isEmpty() && sentences.stream().noneMatch(s -> hasTrigger(s, WAR_CATEGORIES))) {
      return new Extraction(article.id(), sentences, List.of(), List.of()); // nothing of conflict in it
    }
    for (Sentence s : sentences) {
      boolean heading = article.paragraphs().get(s.paragraph()).kind() == Block.Kind.HEADING;
      if (triggeredAt[s.index()] || heading) {
        continue; // already read, or never read
      }
      // beside a truce word, "came into force on 15 February" tells a truce without naming it (CeasefireFinder)
      boolean bare = ArticleContext.near(truces, s.index())
          && lexicon.find(s.tokens(), "cfstatus").stream().anyMatch(m -> m.entry().has("bare"));
      if (bare || hasTrigger(s, SECONDARY_CATEGORIES)) {
        triggeredAt[s.index()] = true;
        paragraphs.add(s.paragraph());
      }
    }
    // the lead's calendar days are read even where it tells no event: "based on information received as of 19:30, 24
    // October" dates the findings of a report published the next day (ArticleContext.leadDate); a bare weekday of a
    // sentence about something else ("did not comment on Saturday") is no day of the story
    if (!paragraphs.isEmpty()) {
      for (Sentence s : sentences.subList(0, Math.min(sentences.size(), ArticleContext.LEAD_SENTENCES))) {
        if (article.paragraphs().get(s.paragraph()).kind() != Block.Kind.HEADING && hasDigit(s)) {
          paragraphs.add(s.paragraph());
        }
      }
    }
    SentenceAnnotator.Session session = annotator.open(article, anchor, anchorBasis == DateBasis.REGISTER, paragraphs);
    ArticleContext ctx = new ArticleContext(article.id(), anchor, anchorBasis, session::country, session.sides(), lexicon);
    ctx.capitals = session::capital;
    ctx.truceSentences.or(truces);
    ctx.paragraphOf = sentences.stream().mapToInt(Sentence::paragraph).toArray();
    ctx.heavyWeaponsOnly = heavy && !otherWeapon;
    ctx.cyberOnly = cyber && !heavy && !otherWeapon;
    ctx.liveBlog = ArticleContext.stampedLines(article.removed().stream().map(r -> r.text()).toList());
    ctx.notePageLines(article.removed().stream().map(r -> r.text()).toList());
    ctx.dayHeadings = DayHeadings.of(article, anchor);
    // the lines under the title, kept or dropped as page furniture ("Press release | 28.05.2021")
    List<String> topParagraphs = article.paragraphs().stream().limit(MAX_HEAD_PARAGRAPHS)
        .map(p -> article.body().substring(p.start(), p.end())).toList();
    int head = headLength(topParagraphs);
    int dropHead = headLength(article.removed().stream().limit(MAX_HEAD_PARAGRAPHS).map(r -> r.text()).toList());
    List<String> firstLines = new ArrayList<>(topParagraphs.subList(0, head));
    article.removed().stream().limit(dropHead).forEach(r -> firstLines.add(r.text()));
    String issuer = issuers.of(article.title(), firstLines);
    if (issuer == null && article.title() == null && !firstLines.isEmpty() && headingLike(firstLines.get(0))) {
      // a page whose title the cleaner did not find: its first line, short and with no full stop, stands for it
      issuer = issuers.of(firstLines.get(0).strip(), firstLines.subList(1, firstLines.size()));
    }
    if (issuer == null && article.title() == null && !article.removed().isEmpty()) {
      // a page whose heading lines the cleaner dropped ("PRESS RELEASE" over "Inter Services Public
      // Relations Rawalpindi - July 6, 2020"): the first dropped line stands for the title, the next for those under it
      List<String> dropped = article.removed().stream().limit(dropHead).map(r -> r.text().strip()).toList();
      if (headingLike(dropped.get(0))) {
        issuer = issuers.of(dropped.get(0), dropped.subList(1, dropped.size()));
      }
    }
    if (issuer == null) { // a statement's heading under a headline, or one too long to be taken for a title
      // (with the head's lines the cleaner dropped after it: a letterhead's "Release No. 12" or date under its name)
      issuer = issuers.ofLines(firstLines.stream().flatMap(LINES::splitAsStream).toList());
    }
    if (issuer == null && !article.removed().isEmpty()) {
      issuer = issuers.ofLines(article.removed().stream().limit(dropHead).flatMap(r -> LINES.splitAsStream(r.text()))
          .toList());
    }
    ctx.issued = issuer != null;
    // the issuer as the dictionary knows it ("INTER SERVICES PUBLIC RELATIONS" is ISPR), with its side
    Spans.ActorSpan issuerActor = issuer == null ? null : session.actorNamed(issuer).orElse(null);
    // Read paragraph by paragraph (a quotation never runs past one): a paragraph's tagged sentences are dropped once
    // its events are found, so a long article holds the tagged tokens of one paragraph, not of the whole body.
    // (read before the body: the annotator takes an article's sentences in order, and the title comes first)
    AnnotatedSentence[] titleSentence = new AnnotatedSentence[1];
    Frame[] titleDenial = new Frame[1];
    Frame title = titleSpeaker(article.title(), session, titleSentence, titleDenial);
    if (titleSentence[0] != null) { // a toll told only in the title (HeadlineTolls)
      AnnotatedSentence t = titleSentence[0];
      ctx.titleTollSentence = t;
      ctx.leadPlaces.note(t, true, false);
      ctx.titleFigures = casualties.find(t.sentence().tokens().get(0).tag() != null ? t.sentence().tokens()
          : posTagger.tag(t.sentence()).tokens());
    }
    List<EventAssembler.Figures> figures = new ArrayList<>();
    for (int from = 0; from < sentences.size(); ) {
      int to = from + 1;
      while (to < sentences.size() && sentences.get(to).paragraph() == sentences.get(from).paragraph()) {
        to++;
      }
      readParagraph(sentences.subList(from, to), triggeredAt, session, ctx, figures, deadline);
      from = to;
    }
    if (ctx.headline == null && title != null) {
      ctx.headline = title;
      ctx.headlineSentence = titleSentence[0];
      ctx.headlineDetached = true;
    }
    if (ctx.headlineDenial == null && titleDenial[0] != null) {
      ctx.headlineDenial = titleDenial[0];
      ctx.headlineDenialSentence = titleSentence[0];
    }
    HeadlineSpeaker.lend(ctx, sentences, ctx.headline, ctx.headlineSentence);
    // (after the headline's speaker has lent its claim: "X says it struck ...; Y denies" denies X's own account)
    denials.linkHeadlineDenial(ctx, sentences);
    LeadSpeaker.lend(ctx, sentences); // (after the headline's: a headline speaker tells the lead first)
    List<Event> told = new ArrayList<>();
    List<Event> assembledAll = new ArrayList<>();
    // one act read as two (an overnight act on two days, a strike pointed back to at a finer place)
    for (Event e : actsToldTwice.merge(anaphora.resolve(assembler.assemble(ctx, figures, new Dating(lexicon)),
        sentences), sentences)) {
      if (issuer != null && e.claims().stream().allMatch(c -> c.stance() == Stance.DENIES)
          && e.type() != EventType.TALKS && !e.evidence().isEmpty()) {
        // A statement's own voice is its issuer's (a denial it reports leaves it so): the claim points at the
        // sentence that says it.
        List<Claim> claims = new ArrayList<>(e.claims());
        claims.add(0, issuerActor == null ? new Claim(issuer, null, null, Stance.ALLEGES, null, e.evidence().get(0))
            : new Claim(issuerActor.name(), issuerActor.id(), issuerActor.side(), Stance.ALLEGES, null,
                e.evidence().get(0), issuer));
        e = e.withClaims(claims);
      }
      assembledAll.add(e);
    }
    // (after the issuer's claims: a ministry's statement alleging the other side's attack answers that side's)
    // (after the issuer's claims and the inferred attackers: a denial that found no attack may answer one now)
    assembledAll = UnansweredDenials.link(assembledAll, ctx.unansweredDenials, ctx.sides, ctx.live());
    // (and one that answered some attacks answers those beside them whose attacker of its camp is named only now)
    assembledAll = AnsweredDenials.widen(assembledAll, ctx.answeredDenials, ctx.sides);
    // (before the conflict is read from the place: an attack placed by its story's lead is of that place's war)
    assembledAll = ctx.leadPlaces.lend(assembledAll, l -> session.conflictOf(l, java.util.Set.of()) != null,
        ctx.anchor);
    for (Event assembled : CounterClaims.link(assembledAll, ctx.sides)) {
      Event e = assembled;
      boolean violence = e.type() == EventType.ATTACK || e.type() == EventType.CASUALTY_REPORT;
      java.util.Set<String> parties = partiesOf(e, ctx.sides);
      String conflict = violence ? session.conflictOf(e.location(), parties) : session.conflictOfParties(parties);
      if (conflict != null && !session.during(conflict, e.date())) {
        // a day outside the war's period (a shelling of Avdiivka in 2024 is not the Donbas war's): not its event, and
        // an attacker its sides lent (from the speaker or the ground, no actor named) is not known
        conflict = null;
        e = e.perpetratorActor() == null ? e.withoutPerpetrator() : e;
      }
      told.add(e.withConflict(conflict));
    }
    told = ToldPlaces.lend(told, ctx.toldPlaces, ctx.sides);
    // (before the log drops unplaced attacks beside placed ones: the toll one took is the placed one's)
    List<Event> all = unharmed.zeroed(UnplacedTolls.handedOn(LogFilters.withoutHeadlineCopies(told, sentences)),
        sentences);
    List<Event> undated = new ArrayList<>();
    List<Event> logged = LogFilters.logged(all, undated, anchor, otherWars);
    logged = TollsToldFirst.linked(logged); // (once the log's attacks are known: the act told after a lead toll)
    // the learned confidence (off unless the configuration turns it on) keeps doubtful attacks unlogged
    logged = confidence.keep(logged, undated, attackFeatures, article, sentences, anchor);
    logged = TwinSpeakers.lend(logged); // (last: a twin's speakers change no other field)
    return new Extraction(article.id(), sentences, logged, undated);
  }

  /** Annotates one paragraph's sentences and finds their events; keeps only the sentences with casualty figures. */
  private void readParagraph(List<Sentence> paragraph, boolean[] triggeredAt, SentenceAnnotator.Session session,
      ArticleContext ctx, List<EventAssembler.Figures> figures, Budget.Deadline deadline) {
    List<AnnotatedSentence> annotated = new ArrayList<>();
    List<List<Frame>> framesOf = new ArrayList<>();
    int firstEvent = ctx.events.size();
    int firstFigures = figures.size();
    for (Sentence s : paragraph) {
      deadline.check(s.index());
      boolean triggered = triggeredAt[s.index()];
      AnnotatedSentence a = session.annotate(budget.forResolvers(s), triggered);
      ctx.noteActors(a);
      annotated.add(a);
      framesOf.add(triggered ? frames.find(a) : List.of());
    }
    Quotes.inheritSpeakers(annotated, framesOf, i -> {
      AnnotatedSentence a = annotated.get(i);
      AnnotatedSentence tagged = new AnnotatedSentence(posTagger.tag(a.sentence()), a.actors(), a.places(),
          a.times());
      annotated.set(i, tagged);
      return frames.find(tagged);
    });
    for (int i = 0; i < annotated.size(); i++) { // "It said ...": a pronoun no actor resolved speaks for the latest
      framesOf.set(i, RelativeSpeakers.spoken(pronouns.resolve(annotated.get(i), framesOf.get(i), ctx)));
    }
    Frame headline = HeadlineSpeaker.of(annotated, framesOf);
    if (headline != null) {
      ctx.headline = headline;
      ctx.headlineSentence = annotated.get(0);
    }
    Frame denial = HeadlineSpeaker.denial(annotated, framesOf);
    if (denial != null) {
      ctx.headlineDenial = denial;
      ctx.headlineDenialSentence = annotated.get(0);
    }
    for (int i = 0; i < annotated.size(); i++) {
      AnnotatedSentence a = annotated.get(i);
      deadline.check(a.sentence().index());
      List<Frame> fs = framesOf.get(i);
      ctx.noteEntry(a);
      int index = a.sentence().index(); // a lone first line over a body is the headline; an opening may be a dateline
      ctx.leadPlaces.note(a, index == 0 && annotated.size() == 1 && ctx.paragraphOf.length > 1, i == 0 && index <= 1);
      if (a.sentence().tokens().get(0).tag() != null) {
        List<Event> found = new ArrayList<>();
        List<Rule.Match> matches = attackPatterns.find(a, lexicon); // run once: the attacks and the figures read them
        found.addAll(attacks.find(a, matches, fs, ctx, ctx.sides));
        found.addAll(ceasefires.find(a, fs, ctx));
        found.addAll(secondary.find(a, fs, ctx));
        ctx.addEvents(found);
        List<CasualtyFinder.Figure> fig = new ArrayList<>(casualties.find(a.sentence().tokens()));
        if (!fig.isEmpty()) { // a figure inside another event's words ("since the killing of 26 people") is its toll
          List<int[]> other = AttackPatterns.otherEvents(matches);
          fig.removeIf(f -> AttackPatterns.inside(other, f.from(), f.to()));
        }
        if (!fig.isEmpty()) { // a sentence without figures adds nothing when events are assembled
          figures.add(new EventAssembler.Figures(a, fs, fig));
        }
        denials.linkDenials(a, fs, ctx);
        denials.linkAccusations(a, fs, ctx);
        FireOrigins.link(a, ctx); // "It came from Azerbaijani positions": the attacker of the attack told before
        ToldPlaces.note(a, fs, ctx.toldPlaces);
      }
      for (TimeSpan t : a.times()) {
        if (!Dating.dateline(a, t)) { // the day a story was filed does not date the paragraph's later sentences
          ctx.noteDate(a, fs, t);
        }
      }
      if (a.places().stream().anyMatch(p -> !p.inName())) {
        ctx.placeSentences.set(a.sentence().index());
      }
      for (Spans.PlaceSpan p : a.places()) {
        if (!p.inName() && "place".equals(p.location().precision())
            && !attacks.destination(a.sentence().tokens(), p.from()) // "the city" is not where fighters were going
            && !attacks.farReference(a.sentence().tokens(), p.from())) { // nor the Donetsk of "89km south of Donetsk"
          ctx.lastTown = p.location();
        }
      }
      List<Location> heading = AttackPlaces.heading(a); // "c. Kotli. Masjid Abbas was hit."
      if (!heading.isEmpty()) {
        ctx.heading = heading;
        ctx.headingSentence = a.sentence().index();
      }
    }
    carrySpeaker(annotated, framesOf, ctx, firstEvent, figures, firstFigures);
    LeadSpeaker.note(lexicon, ctx, annotated, framesOf); // (before the lead is noted: a lead's own speakers are not its follower's)
    LeadSpeaker.noteLead(ctx, annotated.get(0).sentence().paragraph(), firstEvent);
  }

  /**
   * The frames less those that call a report untrue ("the ministry called that claim baseless"): a reaction to what
   * the paragraph tells, as a denial verb is, not a second speaker of it ("responding to a provocation" still speaks).
   */
  private List<List<Frame>> withoutPhraseDenials(List<AnnotatedSentence> annotated, List<List<Frame>> framesOf) {
    List<List<Frame>> out = new ArrayList<>(framesOf.size());
    for (int i = 0; i < framesOf.size(); i++) {
      List<Token> tokens = annotated.get(i).sentence().tokens();
      out.add(framesOf.get(i).stream().filter(f -> f.denies() || f.speakerName() == null || f.from() >= f.to()
          || f.verb() < 0 || f.verb() >= tokens.size()
          || !CALLING.contains(VERB_ENDING.matcher(Lexicon.lower(tokens.get(f.verb()))).replaceAll(""))
          || lexicon.find(tokens.subList(f.from(), f.to()), "denial").isEmpty()).toList());
    }
    return out;
  }

  // compiled once: String.replaceAll and split compile their expression at every call
  private static final java.util.regex.Pattern VERB_ENDING = java.util.regex.Pattern.compile("(e?[sd]|ing)$");
  private static final java.util.regex.Pattern LINES = java.util.regex.Pattern.compile("\\R");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern BRACKETED_END = java.util.regex.Pattern.compile(
      "\\([^()]{0,40}\\)\\s*$");
  // the verbs that name what a report is ("called that claim baseless", "described it as disinformation")
  private static final java.util.Set<String> CALLING = java.util.Set.of("call", "describ", "describe", "term", "brand");

  /**
   * A paragraph whose statements all have one speaker ("Militants fired a barrage. Sirens sounded in Sderot, the
   * military said.") attributes its unattributed events to that speaker, as wire copy attributes once a paragraph;
   * the claim's evidence is the sentence where the speaker is named, and its casualty figures are that speaker's. Two
   * speakers in the paragraph: nobody is guessed.
   */
  private void carrySpeaker(List<AnnotatedSentence> annotated, List<List<Frame>> framesOf, ArticleContext ctx,
      int firstEvent, List<EventAssembler.Figures> figures, int firstFigures) {
    Frame before = ctx.closingSpeaker;
    AnnotatedSentence beforeSentence = ctx.closingSentence;
    boolean adjacent = ctx.closingParagraph == annotated.get(0).sentence().paragraph() - 1;
    ctx.closingSpeaker = closing(framesOf);
    ctx.closingSentence = annotated.get(annotated.size() - 1);
    ctx.closingParagraph = annotated.get(annotated.size() - 1).sentence().paragraph();
    Frame only = null;
    AnnotatedSentence where = null;
    List<List<Frame>> speaking = withoutPhraseDenials(annotated, framesOf);
    for (int i = 0; i < annotated.size(); i++) {
      for (Frame f : speaking.get(i)) {
        if (!f.tells()) { // (naming in passing: "struck what the army called posts" tells one act)
          continue;
        }
        if (only != null && !only.speakerName().equals(f.speakerName())) {
          HeadSpeakers.carry(annotated, speaking, ctx, firstEvent); // several speakers: each speaks till the next
          return;
        }
        only = f;
        where = annotated.get(i);
      }
    }
    boolean framed = framesOf.stream().anyMatch(fs -> !fs.isEmpty());
    boolean timed = annotated.stream().anyMatch(a -> !a.times().isEmpty()); // "On Monday, ...": another story
    if (only == null && !framed && !timed && before != null && adjacent && !ctx.issued
        && !ctx.liveEntry(annotated.get(0).sentence().paragraph())) {
      // "..., the ministry said. // Positions near X came under fire.": a paragraph with no attribution of
      // its own, right after one whose last sentence is one speaker's, goes on with that speaker's statement
      only = before;
      AnnotatedSentence continued = beforeSentence;
      for (int i = firstEvent; i < ctx.events.size(); i++) {
        Event e = ctx.events.get(i);
        if (e.claims().isEmpty() && e.type() == EventType.ATTACK) {
          ctx.events.set(i, Claims.toldBy(only, e, continued, ctx.sides));
        }
      }
      return;
    }
    if (only == null) {
      return;
    }
    for (int i = firstFigures; i < figures.size(); i++) {
      figures.set(i, figures.get(i).withParagraphSpeaker(only, where));
    }
    for (int i = firstEvent; i < ctx.events.size(); i++) {
      Event e = ctx.events.get(i);
      // (a denial alone alleges nothing: "Rockets hit A. X denied it." is still the paragraph speaker's account)
      if (e.alleged() || e.type() != EventType.ATTACK && e.type() != EventType.CEASEFIRE) {
        continue;
      }
      ctx.events.set(i, Claims.toldBy(only, e, where, ctx.sides));
    }
  }

  /**
   * the one speaker of a paragraph that is wholly one statement (every sentence told by that speaker, none
   * a denial or an accusation), or null: a sentence of narration or a second speaker ends the statement.
   */
  private static Frame closing(List<List<Frame>> framesOf) {
    Frame one = null;
    for (List<Frame> frames : framesOf) {
      if (frames.isEmpty()) {
        return null;
      }
      for (Frame f : frames) {
        if (f.speakerName() == null || !(f.kind().equals("reports") || f.kind().equals("alleges"))
            || one != null && !one.speakerName().equals(f.speakerName())) {
          return null;
        }
        one = f;
      }
    }
    return one;
  }

  /**
   * How many of the first blocks (kept paragraphs, or lines dropped as furniture) may hold a statement's letterhead:
   * three, and past them while the heading lines run on ("REPUBLIC OF X", "MINISTRY OF DEFENCE", then
   * "Press Release No. 12 | 3 May 2019" fourth under a headline). Blocks past MAX_HEAD_PARAGRAPHS are never read.
   */
  private static int headLength(List<String> blocks) {
    int n = Math.min(HEAD_PARAGRAPHS, blocks.size());
    while (n >= HEAD_PARAGRAPHS && n < Math.min(MAX_HEAD_PARAGRAPHS, blocks.size())
        && headingLike(blocks.get(n - 1)) && headingLike(blocks.get(n))) {
      n++;
    }
    return n;
  }

  /** A line that reads as a heading: a few words and no closing full stop. */
  private static boolean headingLike(String line) {
    // (a date or a place in brackets after a heading is no more words of it: "Bulletin of the ... (July 4, 2016)")
    String l = BRACKETED_END.matcher(line).replaceAll("").strip();
    return !l.isEmpty() && SPACES.split(l).length <= 16 && !l.endsWith(".");
  }

  /** The party codes an event names: its perpetrator, its claimants' sides, its parties. */
  private static java.util.Set<String> partiesOf(Event e, Sides sides) {
    java.util.Set<String> out = new java.util.HashSet<>();
    if (e.perpetrator() != null) {
      out.add(e.perpetratorSide());
    }
    for (Claim c : e.claims()) {
      if (c.side() != null) {
        out.add(c.side());
      }
    }
    e.parties().forEach(p -> out.add(sides.code(p)));
    return out;
  }

  /** Whether a word of {@code categories} (or, for the conflict ones, an attack pattern's anchor) is in the sentence;
   * a denial verb, which also triggers a sentence, is asked by the caller with the sentence's other speech verbs. */
  private boolean hasTrigger(Sentence s, String[] categories) {
    if (categories == CONFLICT_CATEGORIES && attackPatterns.anyAttackAnchor(s.tokens())) {
      return true; // an attack pattern's anchor word: a pattern may make an attack of it
    }
    if (!lexicon.anyFirstWord(s.tokens(), categories)) {
      return false; // no token can start a trigger: the common case, settled by one lookup a token
    }
    for (String c : categories) {
      if (lexicon.any(s.tokens(), c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Armenia says Azerbaijani drones hit Stepanakert" as the page's title, which the cleaner set apart from the body:
   * a title of one sentence naming one speaker attributes the lead's unattributed attacks as a headline in the body
   * does (HeadlineSpeaker). It is read as sentence -1 spanning no text of the body, so no place or day is taken from
   * it.
   */
  private Frame titleSpeaker(String title, SentenceAnnotator.Session session, AnnotatedSentence[] annotated,
      Frame[] denial) {
    if (title == null || title.isBlank()) {
      return null;
    }
    List<Sentence> split = new ArrayList<>();
    splitter.split(title, 0, title.length(), 0, split);
    if (split.size() != 1) {
      return null;
    }
    Sentence t = split.get(0);
    // (an empty span at the title's start: no place or day of the body falls inside it)
    Sentence detached = new Sentence(-1, 0, t.start(), t.start(), title.substring(t.start(), t.end()), t.tokens());
    annotated[0] = session.annotate(detached, true);
    List<Frame> found = frames.find(annotated[0]);
    denial[0] = HeadlineSpeaker.denial(List.of(annotated[0]), List.of(found));
    return HeadlineSpeaker.of(List.of(annotated[0]), List.of(found));
  }

  private static boolean hasDigit(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.text().chars().anyMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }
}
