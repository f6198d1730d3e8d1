package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.clean.Article;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.SentenceSplitter;
import org.trucewatch.pipeline.Articles;

/**
 * The attack confidence stage: its features read how a sentence frames an attack (a hypothetical or future attack, a
 * reported one, one set in the past), its weights file is checked row by row, and its filter is deterministic.
 * Sentences written for this test, dated against Sunday 25 October 2020.
 */
class AttackConfidenceTest {

  private static final AttackFeatures FEATURES = new AttackFeatures(Lexicon.load());

  /** The first attack of a story of one sentence, in the army's voice. */
  private static Event anAttack() {
    List<Event> a = SundayStory.attacks("Artillery units shelled the village of Marmora on Saturday, the army said.");
    assertThat(a).isNotEmpty();
    return a.get(0);
  }

  /** The features of {@code e} read as if told by the one sentence {@code text}. */
  private static AttackFeatures.Vector readIn(Event e, String text) {
    Article article = Articles.of("t", SundayStory.SUNDAY.toString(), text);
    List<Sentence> sentences = SentenceSplitter.english().split(article);
    return FEATURES.of(e, List.of(e), article, sentences, SundayStory.SUNDAY);
  }

  @Test
  void aHypotheticalAttackIsToldApartFromAReportedOne() {
    Event e = anAttack();
    AttackFeatures.Vector reported = readIn(e, "Gunners shelled the hamlet of Oskaro on Saturday, police said.");
    AttackFeatures.Vector would = readIn(e, "Gunners would shell the hamlet of Oskaro if the talks broke down.");
    AttackFeatures.Vector will = readIn(e, "The rebels will shell the hamlet of Oskaro unless the troops withdraw.");
    assertThat(reported.get("speech_reports")).isEqualTo(1.0);
    assertThat(reported.get("modal_hypothetical")).isZero();
    assertThat(would.get("modal_hypothetical")).isEqualTo(1.0);
    assertThat(would.get("speech_reports")).isZero();
    assertThat(will.get("modal_future")).isEqualTo(1.0);
    assertThat(reported.values()).isNotEqualTo(would.values());
  }

  @Test
  void backgroundAndAllegationAreFeaturesOfTheirOwn() {
    Event e = anAttack();
    AttackFeatures.Vector past = readIn(e, "The hamlet of Oskaro has been shelled since the truce collapsed in 2011.");
    AttackFeatures.Vector claimed = readIn(e, "Gunners shelled the hamlet of Oskaro, the militia claimed.");
    AttackFeatures.Vector quoted = readIn(e, "\"They shelled our houses all night,\" a farmer in Oskaro told us.");
    assertThat(past.get("background_cue")).isEqualTo(1.0);
    assertThat(past.get("other_year")).isEqualTo(1.0);
    assertThat(claimed.get("background_cue")).isZero();
    assertThat(claimed.get("speech_alleges")).isEqualTo(1.0);
    assertThat(quoted.get("quoted")).isEqualTo(1.0);
    assertThat(claimed.get("quoted")).isZero();
  }

  @Test
  void theEventsOwnFieldsAreRead() {
    Event e = anAttack();
    AttackFeatures.Vector v = readIn(e, "Gunners shelled the hamlet of Oskaro on Saturday, police said.");
    assertThat(v.get("subtype_shelling")).isEqualTo(1.0);
    assertThat(v.get("no_anchor")).isZero();
    assertThat(v.values()).hasSize(AttackFeatures.NAMES.size());
    assertThatThrownBy(() -> v.get("no_such_feature")).hasMessageContaining("no_such_feature");
  }

  private static String file(String enabled, String threshold, String bias, int weights, String extraRow) {
    StringBuilder b = new StringBuilder("# a model written for this test\n");
    if (enabled != null) {
      b.append("enabled\t").append(enabled).append('\n');
    }
    b.append("threshold\t").append(threshold).append('\n').append("bias\t").append(bias).append('\n');
    for (int i = 0; i < weights; i++) {
      b.append("weight\t").append(AttackFeatures.NAMES.get(i)).append("\t0.5\t0\t1\n");
    }
    if (extraRow != null) {
      b.append(extraRow).append('\n');
    }
    return b.toString();
  }

  private static AttackConfidence parse(String text) throws Exception {
    return AttackConfidence.parse("test.tsv", new StringReader(text));
  }

  @Test
  void aMalformedWeightsFileIsRejectedWithItsLineAndFault() throws Exception {
    int n = AttackFeatures.NAMES.size();
    assertThat(parse(file("true", "0.4", "0.1", n, null)).threshold()).isEqualTo(0.4);
    assertThatThrownBy(() -> parse(file("true", "0.4", "0.1", n - 1, null)))
        .hasMessageContaining("no weight for feature '" + AttackFeatures.NAMES.get(n - 1) + "'");
    assertThatThrownBy(() -> parse(file("true", "1.5", "0.1", n, null)))
        .hasMessageContaining("test.tsv:3:").hasMessageContaining("not in [0, 1]");
    assertThatThrownBy(() -> parse(file("true", "0.4", "lots", n, null)))
        .hasMessageContaining("test.tsv:4:").hasMessageContaining("'lots' is not a finite number");
    assertThatThrownBy(() -> parse(file("true", "0.4", "0.1", n, "weight\tdistance_to_mars\t1\t0\t1")))
        .hasMessageContaining("unknown feature 'distance_to_mars'");
    assertThatThrownBy(() -> parse(file("true", "0.4", "0.1", n, "weight\tquoted\t1\t0\t1")))
        .hasMessageContaining("feature 'quoted' given twice");
    assertThatThrownBy(() -> parse(file(null, "0.4", "0.1", n, null)))
        .hasMessageContaining("needs the rows enabled, threshold and bias");
    assertThatThrownBy(() -> parse(file("maybe", "0.4", "0.1", n, null)))
        .hasMessageContaining("enabled must be true or false");
    assertThatThrownBy(() -> parse(file("true", "0.4", "0.1", n, "weight\tquoted\t1\t0")))
        .hasMessageContaining("wants 5 tab-separated columns");
  }

  @Test
  void theShippedModelLoadsAndIsOffByDefault() {
    AttackConfidence shipped = AttackConfidence.load();
    assertThat(shipped.enabled()).isFalse();
    assertThat(shipped.threshold()).isBetween(0.0, 1.0);
  }

  private static AttackConfidence constant(double bias, double threshold) {
    double[] zeros = new double[AttackFeatures.NAMES.size()];
    double[] ones = new double[zeros.length];
    Arrays.fill(ones, 1);
    return new AttackConfidence(bias, zeros, zeros, ones, threshold, true);
  }

  @Test
  void theFilterIsDeterministicAndKeepsWhatItDropsAsUndated() {
    String[] story = {"Artillery units shelled the village of Marmora on Saturday and troops clashed near Berdarevo, "
        + "the army said.", "A drone struck a depot in Pelagon on Saturday, police said."};
    List<Event> events = SundayStory.events(story);
    Article article = Articles.of("t", SundayStory.SUNDAY.toString(), story);
    List<Sentence> sentences = SentenceSplitter.english().split(article);
    long attacks = events.stream().filter(e -> e.type() == EventType.ATTACK).count();
    assertThat(attacks).isPositive();
    // a model at 0.3 for every attack drops them all under 0.5 and keeps them all under 0.2
    AttackConfidence low = constant(Math.log(0.3 / 0.7), 0.5);
    List<Event> undated = new ArrayList<>();
    List<Event> kept = low.keep(events, undated, FEATURES, article, sentences, SundayStory.SUNDAY);
    assertThat(kept).noneMatch(e -> e.type() == EventType.ATTACK).hasSize(events.size() - (int) attacks);
    assertThat(undated).hasSize((int) attacks);
    assertThat(low.withThreshold(0.2).keep(events, new ArrayList<>(), FEATURES, article, sentences,
        SundayStory.SUNDAY)).isEqualTo(events);
    assertThat(low.enabled(false).keep(events, new ArrayList<>(), FEATURES, article, sentences, SundayStory.SUNDAY))
        .isEqualTo(events);
    // the same input gives the same scores and the same events, every time
    AttackConfidence real = AttackConfidence.load().enabled(true);
    List<Event> once = real.keep(events, new ArrayList<>(), FEATURES, article, sentences, SundayStory.SUNDAY);
    List<Event> again = real.keep(events, new ArrayList<>(), FEATURES, article, sentences, SundayStory.SUNDAY);
    assertThat(again).isEqualTo(once);
    Event first = events.stream().filter(e -> e.type() == EventType.ATTACK).findFirst().orElseThrow();
    assertThat(real.score(FEATURES.of(first, events, article, sentences, SundayStory.SUNDAY)))
        .isEqualTo(real.score(FEATURES.of(first, events, article, sentences, SundayStory.SUNDAY)));
  }
  @Test
  void theExtractorCallsTheFilterWhenTheConfigurationTurnsItOn() throws Exception {
    String[] story = {"Artillery units shelled the village of Marmora on Saturday, the army said."};
    assertThat(SundayStory.attacks(story)).isNotEmpty(); // the shipped model is off
    // no attack scores 1: all are held back
    java.nio.file.Path conf = java.nio.file.Files.createTempFile("conf", ".json");
    try {
      java.nio.file.Files.writeString(conf,
          "{\"extract\": {\"attackConfidence\": {\"enabled\": true, \"threshold\": 1}}}");
      Extraction x = extractor(conf).extract(Articles.of("t", SundayStory.SUNDAY.toString(), story),
          SundayStory.SUNDAY, DateBasis.PUBLICATION);
      assertThat(x.events()).noneMatch(e -> e.type() == EventType.ATTACK);
      assertThat(x.undated()).anyMatch(e -> e.type() == EventType.ATTACK && e.date() != null);
      // the defaults leave it to the weights file, which keeps it off
      assertThat(org.trucewatch.config.TrucewatchConfig.defaults().extract().attackConfidence().enabled()).isNull();
    } finally {
      java.nio.file.Files.deleteIfExists(conf);
    }
  }

  @Test
  void aWeightsFileOfOnesOwnReplacesTheShippedOne() throws Exception {
    java.nio.file.Path own = java.nio.file.Files.createTempFile("own-model", ".tsv");
    java.nio.file.Path conf = java.nio.file.Files.createTempFile("conf", ".json");
    try {
      java.nio.file.Files.writeString(own, file("true", "0.35", "-2", AttackFeatures.NAMES.size(), null));
      AttackConfidence m = AttackConfidence.load(null, null, own);
      assertThat(m.enabled()).isTrue();
      assertThat(m.threshold()).isEqualTo(0.35);
      assertThat(AttackConfidence.load(false, 0.5, own).enabled()).isFalse();
      assertThat(AttackConfidence.load(false, 0.5, own).threshold()).isEqualTo(0.5);
      java.nio.file.Files.writeString(own, "enabled\ttrue\n");
      assertThatThrownBy(() -> AttackConfidence.load(null, null, own)).hasMessageContaining(own.toString());
      // named in the configuration, a broken file stops the start with the key and the file named
      java.nio.file.Files.writeString(conf, "{\"extract\": {\"attackConfidence\": {\"weights\": \""
          + own.toString().replace("\\", "\\\\") + "\"}}}");
      assertThatThrownBy(() -> extractor(conf))
          .isInstanceOf(org.trucewatch.config.TrucewatchConfig.ConfigException.class)
          .hasMessageContaining("extract.attackConfidence.weights").hasMessageContaining(own.toString());
    } finally {
      java.nio.file.Files.deleteIfExists(own);
      java.nio.file.Files.deleteIfExists(conf);
    }
    assertThat(AttackConfidence.load().enabled()).isFalse();
  }

  @Test
  void aThresholdOutsideZeroToOneOrAnUnknownKeyIsAConfigurationError() throws Exception {
    java.nio.file.Path conf = java.nio.file.Files.createTempFile("conf", ".json");
    try {
      java.nio.file.Files.writeString(conf, "{\"extract\": {\"attackConfidence\": {\"threshold\": 2}}}");
      assertThatThrownBy(() -> org.trucewatch.config.TrucewatchConfig.load(conf))
          .hasMessageContaining("extract.attackConfidence.threshold");
      java.nio.file.Files.writeString(conf, "{\"extract\": {\"attackConfidence\": {\"on\": true}}}");
      assertThatThrownBy(() -> org.trucewatch.config.TrucewatchConfig.load(conf))
          .hasMessageContaining("unknown configuration key 'on'");
    } finally {
      java.nio.file.Files.deleteIfExists(conf);
    }
  }

  private static EventExtractor extractor(java.nio.file.Path conf) {
    return new org.trucewatch.pipeline.Pipeline(org.trucewatch.config.TrucewatchConfig.load(conf),
        java.time.Clock.fixed(java.time.Instant.parse("2020-11-01T00:00:00Z"), java.time.ZoneOffset.UTC)).extractor();
  }
}
