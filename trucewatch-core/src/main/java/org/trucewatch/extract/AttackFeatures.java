package org.trucewatch.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.Block;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.Token;

/**
 * The general features of one dated attack of an article, for {@link AttackConfidence}: what kind of word told it
 * (lexicon classes, never the words), how the sentence frames it (speech, quotation, modality, background), where in
 * the article it stands, how it was dated and placed, and how many other attacks share its sentence or day. No
 * corpus word, place or name is a feature. Stateless once built.
 */
public final class AttackFeatures {

  /** The features' names, in the order of {@link Vector#values()}; the weights file names them so. */
  public static final List<String> NAMES = List.of(
      "subtype_shelling", "subtype_air", "subtype_clash", "subtype_territory", "subtype_unknown", "subtype_other",
      "triggers_log", "trigger_generic", "trigger_weapon", "trigger_weak", "no_trigger",
      "modal_future", "modal_hypothetical", "modal_threat", "modal_negated", "modal_purpose",
      "speech_reports", "speech_alleges", "speech_denies", "quoted",
      "ongoing_cue", "war_cue", "background_cue", "mishap_cue", "other_year",
      "sentence_first", "sentence_log", "sentence_rel", "paragraph_log", "heading", "list_item", "quote_block",
      "basis_explicit", "basis_paragraph", "basis_publication", "basis_other", "date_span", "clock_time",
      "days_back_log", "after_anchor", "no_anchor",
      "place_point", "place_district", "place_region", "place_country", "in_conflict",
      "perpetrator_named", "perpetrator_inferred", "claimant", "denier", "acknowledger", "casualties", "target",
      "evidence_log", "same_sentence_log", "same_day_log", "attacks_log", "sentence_length_log");

  /** One attack's feature values, in the order of {@link #NAMES}. */
  public record Vector(double[] values) {
    public Vector {
      if (values.length != NAMES.size()) {
        throw new IllegalArgumentException("features: " + values.length + " values, " + NAMES.size() + " names");
      }
      values = values.clone();
    }

    @Override
    public double[] values() {
      return values.clone();
    }

    /** The value of the feature so named. */
    public double get(String name) {
      int i = NAMES.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException("no feature '" + name + "'");
      }
      return values[i];
    }
  }

  private final Lexicon lexicon;

  public AttackFeatures(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The features of {@code e}, one of the article's dated events {@code events}.
   *
   * @param sentences the article's sentences (evidence indices point into them)
   * @param anchor the article's date, or null
   */
  public Vector of(Event e, List<Event> events, Article article, List<Sentence> sentences, LocalDate anchor) {
    List<Double> v = new ArrayList<>(NAMES.size());
    String sub = Objects.toString(e.subtype(), "attack");
    add(v, sub.equals("shelling"));
    add(v, sub.equals("air_drone_strike"));
    add(v, sub.equals("armed_clash"));
    add(v, sub.equals("territory_taken"));
    add(v, sub.equals("attack"));
    add(v, !List.of("shelling", "air_drone_strike", "armed_clash", "territory_taken", "attack").contains(sub));
    int at = e.evidence().isEmpty() ? -1 : e.evidence().get(0).sentence();
    Sentence s = at >= 0 && at < sentences.size() ? sentences.get(at) : null;
    List<Token> tokens = s == null ? List.of() : s.tokens();
    List<Lexicon.Match> triggers = lexicon.find(tokens, "attack");
    v.add(Math.log1p(triggers.size()));
    add(v, triggers.stream().anyMatch(m -> m.entry().has("generic")));
    add(v, triggers.stream().anyMatch(m -> m.entry().has("weapon")));
    add(v, triggers.stream().anyMatch(m -> m.entry().has("weak")));
    add(v, triggers.isEmpty()); // told by a pattern or another sentence's word
    List<Lexicon.Match> modal = lexicon.find(tokens, "modal");
    for (String kind : List.of("future", "hypothetical", "threat", "negated", "purpose")) {
      add(v, modal.stream().anyMatch(m -> m.value().equals(kind)));
    }
    List<Lexicon.Match> speech = lexicon.find(tokens, "speech");
    add(v, speech.stream().anyMatch(m -> m.value().equals("reports") || m.value().equals("quotes")));
    add(v, speech.stream().anyMatch(m -> m.value().equals("alleges") || m.value().equals("accuses")));
    add(v, speech.stream().anyMatch(m -> m.value().equals("denies")));
    add(v, tokens.stream().anyMatch(t -> !t.text().isEmpty() && QUOTES.indexOf(t.text().charAt(0)) >= 0));
    add(v, lexicon.any(tokens, "ongoing"));
    add(v, lexicon.any(tokens, "war"));
    add(v, lexicon.any(tokens, "background"));
    add(v, lexicon.any(tokens, "mishap"));
    add(v, otherYear(tokens, e.date()));
    add(v, at == 0);
    v.add(Math.log1p(Math.max(at, 0)));
    v.add(sentences.isEmpty() ? 0 : (double) Math.max(at, 0) / sentences.size());
    int paragraph = s == null ? 0 : s.paragraph();
    v.add(Math.log1p(paragraph));
    Block.Kind kind = s == null || paragraph >= article.paragraphs().size() ? Block.Kind.PARAGRAPH
        : article.paragraphs().get(paragraph).kind();
    add(v, kind == Block.Kind.HEADING);
    add(v, kind == Block.Kind.LIST_ITEM);
    add(v, kind == Block.Kind.QUOTE);
    DateBasis basis = e.dateBasis();
    add(v, basis == DateBasis.EXPLICIT);
    add(v, basis == DateBasis.PARAGRAPH);
    add(v, basis == DateBasis.PUBLICATION || basis == DateBasis.CLUSTER);
    add(v, basis != DateBasis.EXPLICIT && basis != DateBasis.PARAGRAPH && basis != DateBasis.PUBLICATION
        && basis != DateBasis.CLUSTER);
    add(v, e.dateEnd() != null);
    add(v, e.time() != null);
    long back = anchor == null || e.date() == null ? 0 : ChronoUnit.DAYS.between(e.date(), anchor);
    v.add(Math.log1p(Math.max(back, 0)));
    add(v, back < 0);
    add(v, anchor == null);
    String precision = e.location() == null ? "" : Objects.toString(e.location().precision(), "");
    add(v, precision.equals("place"));
    add(v, precision.equals("district"));
    add(v, precision.equals("region"));
    add(v, precision.equals("country"));
    add(v, e.conflict() != null);
    add(v, e.perpetrator() != null && !e.perpetratorInferred());
    add(v, e.perpetrator() != null && e.perpetratorInferred());
    add(v, e.claims().stream().anyMatch(c -> c.stance() == Stance.ALLEGES));
    add(v, e.claims().stream().anyMatch(c -> c.stance() == Stance.DENIES));
    add(v, e.claims().stream().anyMatch(c -> c.stance() == Stance.ACKNOWLEDGES));
    add(v, e.casualties() != null);
    add(v, e.target() != null);
    v.add(Math.log1p(e.evidence().size()));
    int sameSentence = 0;
    int sameDay = 0;
    int attacks = 0;
    for (Event o : events) {
      if (o.type() != EventType.ATTACK) {
        continue;
      }
      attacks++;
      if (o != e && !o.evidence().isEmpty() && o.evidence().get(0).sentence() == at) {
        sameSentence++;
      }
      if (o != e && Objects.equals(o.date(), e.date())) {
        sameDay++;
      }
    }
    v.add(Math.log1p(sameSentence));
    v.add(Math.log1p(sameDay));
    v.add(Math.log1p(attacks));
    v.add(Math.log1p(tokens.size()));
    double[] out = new double[v.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = v.get(i);
    }
    return new Vector(out);
  }

  private static final String QUOTES = "\"\u201c\u201d\u00ab\u00bb";

  private static void add(List<Double> v, boolean b) {
    v.add(b ? 1.0 : 0.0);
  }

  /** Whether the sentence names a year ("in 2014") other than the attack's own: background told by its year. */
  private static boolean otherYear(List<Token> tokens, LocalDate date) {
    for (Token t : tokens) {
      String w = t.text();
      if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit)
          && (date == null || Integer.parseInt(w) != date.getYear())) {
        return true;
      }
    }
    return false;
  }
}
