package org.trucewatch.resolve.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.trucewatch.internal.Validate;
import org.trucewatch.resolve.time.Resolver.Resolution;
import org.trucewatch.resolve.time.TenseCues.Tense;

/**
 * Finds time expressions in English text and resolves them against an anchor, in the manner of HeidelTime: rules
 * read each expression's underspecified meaning, then normalisation places it on the calendar using the anchor, the
 * tense of its clause and, for "the day before", the last day the text named.
 *
 * <p>Reads a {@code String} and a {@link TemporalAnchor}; writes a list of {@link TimeMention}s. Holds no resources.
 * Immutable and thread-safe: build one with {@link #english()} (which loads and compiles the rules once) and share it.
 */
public final class TemporalTagger {

  /** How many sentences back "the day before" may look for the day it counts from. */
  private static final int NARRATIVE_REACH = 2;

  private final Extractor extractor;
  private final TenseCues tenses;
  private final Resolver resolver;

  private TemporalTagger(Lexicon lexicon) {
    this.extractor = new Extractor(lexicon);
    this.tenses = new TenseCues(lexicon);
    this.resolver = new Resolver();
  }

  /** The English tagger, with the word tables of {@code english.json}. */
  public static TemporalTagger english() {
    return Holder.ENGLISH;
  }

  /** Loads the rules on first use only. */
  private static final class Holder {
    static final TemporalTagger ENGLISH = new TemporalTagger(Lexicon.load("english.json"));
  }

  /**
   * Tags {@code text}.
   *
   * @param text any English text; offsets in the result index into it
   * @param anchor the time of writing, or null: then expressions that need it (weekdays, "yesterday", "last month")
   *     get a null value, and a month-day without a year gets {@code XXXX-MM-DD}
   * @return the mentions in text order, none overlapping
   * @throws IllegalArgumentException when {@code text} is null
   */
  public List<TimeMention> tag(String text, TemporalAnchor anchor) {
    Validate.notNull(text, "text to tag");
    Reading reading = read(text);
    Candidate[] candidates = reading.candidates;
    if (candidates.length == 0) {
      return List.of();
    }
    List<TimeMention> out = new ArrayList<>(candidates.length);
    LocalDate reference = null;
    int referenceSentence = -1;
    for (int k = 0; k < candidates.length; k++) {
      Candidate c = candidates[k];
      int s = reading.sentence[k];
      LocalDate ref = reference != null && s - referenceSentence <= NARRATIVE_REACH ? reference : null;
      Resolution r = resolver.resolve(c.expr(), anchor, reading.tense[k], ref);
      out.add(mention(text, c, r, anchor));
      if (r.date() != null) {
        reference = r.date();
        referenceSentence = s;
      }
    }
    return List.copyOf(out);
  }

  /**
   * What tagging reads from the text alone, whatever the anchor: the candidates, the sentence of each and the tense
   * around it. The anchor estimator tags an undated article's paragraphs without an anchor and the annotator tags the
   * same paragraphs again with one, so the last readings are kept per thread (by the text's content) and shared.
   */
  private static final class Reading {
    final String text;
    final Candidate[] candidates;
    final int[] sentence;
    final Tense[] tense;

    Reading(String text, Candidate[] candidates, int[] sentence, Tense[] tense) {
      this.text = text;
      this.candidates = candidates;
      this.sentence = sentence;
      this.tense = tense;
    }
  }

  /** Readings kept per thread, direct-mapped by the text's hash: an article's paragraphs fit. */
  private static final int MEMO_SIZE = 128;

  private final ThreadLocal<Reading[]> memo = ThreadLocal.withInitial(() -> new Reading[MEMO_SIZE]);

  private Reading read(String text) {
    Reading[] kept = memo.get();
    int slot = (text.hashCode() * 0x9E3779B9 >>> 16) & (MEMO_SIZE - 1);
    Reading r = kept[slot];
    if (r != null && r.text.equals(text)) {
      return r;
    }
    List<Candidate> found = extractor.find(text);
    Candidate[] candidates = found.toArray(new Candidate[0]);
    int[] sentence = new int[candidates.length];
    Tense[] tense = new Tense[candidates.length];
    if (candidates.length > 0) {
      Sentences sentences = Sentences.of(text);
      TenseCues.Span span = null; // the sentence read once for all its expressions
      for (int k = 0; k < candidates.length; k++) {
        Candidate c = candidates[k];
        int s = sentences.indexOf(c.start());
        // a joined expression may run past the end of the sentence it starts in
        int sentenceEnd = Math.max(c.end(), sentences.end(s, text.length()));
        if (span == null || span.from != sentences.start(s) || span.to != sentenceEnd) {
          span = tenses.span(text, sentences.start(s), sentenceEnd);
        }
        sentence[k] = s;
        tense[k] = tenses.around(span, c.start(), c.end());
      }
    }
    r = new Reading(text, candidates, sentence, tense);
    kept[slot] = r;
    return r;
  }

  private static TimeMention mention(String text, Candidate c, Resolution r, TemporalAnchor anchor) {
    LocalDate rangeStart = r.rangeStart();
    LocalDate rangeEnd = r.rangeEnd();
    if (c.since() && anchor != null) {
      LocalDate from = r.date() != null ? r.date() : r.rangeStart();
      if (from != null && !from.isAfter(anchor.date())) {
        rangeStart = from;
        rangeEnd = anchor.date();
      }
    }
    return new TimeMention(c.start(), c.end(), text.substring(c.start(), c.end()), Expr.typeOf(c.expr()), r.value(),
        r.date(), rangeStart, rangeEnd, r.time(), r.offset(), c.since(), r.partOfDay());
  }
}
