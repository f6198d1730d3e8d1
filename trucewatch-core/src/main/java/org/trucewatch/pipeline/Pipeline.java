package org.trucewatch.pipeline;

import java.time.Clock;
import org.trucewatch.clean.ArticleCleaner;
import org.trucewatch.clean.PublicationDates;
import org.trucewatch.clean.html.HtmlPageExtractor;
import org.trucewatch.clean.lang.LanguageDetector;
import org.trucewatch.clean.text.TextPageExtractor;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.dedup.SyndicationIndex;
import org.trucewatch.ingest.Ingestor;

/**
 * The stages wired from one configuration, built once per process: immutable, and every stage it hands out is
 * thread-safe except the {@link SyndicationIndex}, which is made new for each run. Nothing here needs closing.
 */
public final class Pipeline {

  private final TrucewatchConfig config;
  private final Ingestor ingestor;
  private final ArticleCleaner cleaner;

  public Pipeline(TrucewatchConfig config, Clock clock) {
    this.config = config;
    LanguageDetector languages = LanguageDetector.load();
    this.ingestor = new Ingestor(config.ingest());
    this.cleaner = new ArticleCleaner(new HtmlPageExtractor(), new TextPageExtractor(languages),
        new PublicationDates(clock), languages, config.clean().minBodyChars());
  }

  public TrucewatchConfig config() {
    return config;
  }

  public Ingestor ingestor() {
    return ingestor;
  }

  public ArticleCleaner cleaner() {
    return cleaner;
  }

  public SyndicationIndex newSyndicationIndex() {
    return new SyndicationIndex(config.dedup());
  }
}
