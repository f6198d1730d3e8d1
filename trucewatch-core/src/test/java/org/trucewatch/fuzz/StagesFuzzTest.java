package org.trucewatch.fuzz;

import org.trucewatch.extract.DateBasis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.trucewatch.clean.html.HtmlPageExtractor;
import org.trucewatch.clean.lang.LanguageDetector;
import org.trucewatch.clean.text.TextPageExtractor;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.ingest.IngestResult;
import org.trucewatch.ingest.Ingestor;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.SentenceSplitter;
import org.trucewatch.nlp.Token;
import org.trucewatch.pipeline.Articles;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.resolve.time.TemporalAnchor;
import org.trucewatch.resolve.time.TemporalTagger;

/**
 * Coverage-guided fuzzing of every stage that reads text from outside (see FUZZING.md). In a plain test run each
 * target replays its seeds under {@code src/test/resources/org/trucewatch/fuzz/StagesFuzzTestInputs/<target>/},
 * among them every crash and slow input found so far; with {@code JAZZER_FUZZ=1} it fuzzes. A target fails on any
 * exception or error escaping the stage, a broken invariant, or (when fuzzing) an input slower than Jazzer's limit.
 */
class StagesFuzzTest {

  private static final TrucewatchConfig CONFIG = TrucewatchConfig.defaults();
  private static final Ingestor INGESTOR = new Ingestor(CONFIG.ingest());
  private static final TextPageExtractor TEXT = new TextPageExtractor(LanguageDetector.load());
  private static final HtmlPageExtractor HTML = new HtmlPageExtractor();
  private static final SentenceSplitter SPLITTER = SentenceSplitter.english();
  private static final TemporalTagger TIMES = TemporalTagger.english();
  private static final TemporalAnchor ANCHOR = TemporalAnchor.of(LocalDate.of(2020, 10, 14));
  private static Pipeline pipeline;

  /** Format detection and every decoder: bytes in, documents or rejections out, never an exception. */
  @FuzzTest(maxDuration = "50s")
  void readers(byte[] bytes) {
    List<IngestResult> out = new ArrayList<>();
    INGESTOR.read("fuzz-input", new ByteArrayInputStream(bytes), out::add, w -> { });
    out.forEach(r -> assertNotNull(r));
  }

  @FuzzTest(maxDuration = "50s")
  void textCleaner(String page) {
    page = page == null ? "" : page; // Jazzer's first input is null
    assertNotNull(TEXT.extract(page, null));
  }

  @FuzzTest(maxDuration = "50s")
  void htmlCleaner(String page) {
    page = page == null ? "" : page;
    assertNotNull(HTML.extract(page, "https://example.com/2020/10/14/story.html"));
  }

  /** Tokens lie inside their sentence, in order, and are the text they claim to be. */
  @FuzzTest(maxDuration = "50s")
  void tokenizerAndSplitter(String text) {
    text = text == null ? "" : text;
    List<Sentence> out = new ArrayList<>();
    SPLITTER.split(text, 0, text.length(), 0, out);
    int last = 0;
    for (Sentence s : out) {
      for (Token t : s.tokens()) {
        assertTrue(t.start() >= last && t.end() > t.start() && t.end() <= text.length(), "token " + t);
        assertEquals(text.substring(t.start(), t.end()), t.text());
        last = t.end();
      }
    }
  }

  @FuzzTest(maxDuration = "50s")
  void temporalTagger(FuzzedDataProvider data) {
    boolean anchored = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    assertNotNull(TIMES.tag(text, anchored ? ANCHOR : null));
  }

  /** Text to events: the whole extraction on one article of fuzzed paragraphs. */
  @FuzzTest(maxDuration = "50s")
  void textToEvents(FuzzedDataProvider data) {
    String first = data.consumeString(400);
    String second = data.consumeRemainingAsString();
    var article = Articles.of("fuzz", data.consumeBoolean() ? null : "2020-10-14", first, second);
    assertNotNull(extractor().extract(article, LocalDate.of(2020, 10, 14), DateBasis.PUBLICATION));
  }

  private static synchronized org.trucewatch.extract.EventExtractor extractor() {
    if (pipeline == null) {
      pipeline = new Pipeline(CONFIG, Clock.systemUTC());
    }
    return pipeline.extractor();
  }
}
