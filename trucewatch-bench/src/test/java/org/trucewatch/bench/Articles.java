package org.trucewatch.bench;

import java.util.ArrayList;
import java.util.List;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.DateCandidate;
import org.trucewatch.clean.Paragraph;
import org.trucewatch.clean.PublishedDate;

/** Builds clean articles from paragraphs, for tests that start after cleaning (as core's test helper of that name). */
final class Articles {

  private Articles() {}

  static Article of(String id, String published, String... paragraphs) {
    StringBuilder body = new StringBuilder();
    List<Paragraph> ps = new ArrayList<>();
    for (String p : paragraphs) {
      if (body.length() > 0) {
        body.append("\n\n");
      }
      ps.add(new Paragraph(body.length(), body.length() + p.length(), Block.Kind.PARAGRAPH));
      body.append(p);
    }
    PublishedDate date = published == null ? null
        : new PublishedDate(published, published, DateCandidate.Origin.META, false);
    return new Article(id, id, null, "0", null, null, null, null, null, date, "en", body.toString(), ps, null, null);
  }
}
