package org.trucewatch.extract;

import java.time.LocalDate;
import java.util.List;
import org.trucewatch.clean.Article;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.SentenceSplitter;
import org.trucewatch.nlp.Token;

/**
 * Shows how the extractor reads each sentence of an article: tags, actors, places, times and attribution frames. For
 * people writing rules ({@code trucewatch extract --trace}); not used on the normal path.
 */
public final class ExtractionTrace {

  private ExtractionTrace() {}

  public static String trace(Article article, LocalDate anchor, SentenceSplitter splitter, SentenceAnnotator annotator,
      Lexicon lexicon) {
    StringBuilder sb = new StringBuilder();
    java.util.Set<Integer> all = new java.util.HashSet<>();
    for (int i = 0; i < article.paragraphs().size(); i++) {
      all.add(i);
    }
    SentenceAnnotator.Session session = annotator.open(article, anchor, false, all);
    Frames frames = new Frames(lexicon);
    for (Sentence s : splitter.split(article)) {
      AnnotatedSentence a = session.annotate(s, true);
      sb.append("#").append(s.index()).append(" [p").append(s.paragraph()).append("] ");
      List<Token> t = a.sentence().tokens();
      for (int i = 0; i < t.size(); i++) {
        sb.append(i).append(':').append(t.get(i).text()).append('/').append(t.get(i).tag()).append(' ');
      }
      sb.append('\n');
      a.actors().forEach(x -> sb.append("   actor ").append(x).append('\n'));
      a.places().forEach(x -> sb.append("   place ").append(x.from()).append('-').append(x.to()).append(' ')
          .append(x.location().name()).append(x.inName() ? " (in name)" : "").append('\n'));
      a.times().forEach(x -> sb.append("   time ").append(x).append('\n'));
      frames.find(a).forEach(x -> sb.append("   frame ").append(x).append('\n'));
    }
    return sb.toString();
  }
}
