package org.trucewatch.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.Paragraph;
import org.trucewatch.dedup.SharedParagraph;
import org.trucewatch.pipeline.CleanRun;

/**
 * The {@code clean --json} line for one article: the contract's fields ({@code article, title, published, outlet,
 * body, cluster, language}) first, then provenance (source file, record, hash, paragraph offsets, shared paragraphs,
 * how the date was found). Stateless.
 */
public final class ArticleJson {

  private ArticleJson() {}

  public static ObjectNode toJson(ObjectMapper mapper, CleanRun.ClusteredArticle ca) {
    Article a = ca.article();
    ObjectNode o = mapper.createObjectNode();
    o.put("article", a.id());
    o.put("title", a.title());
    o.put("published", a.published() == null ? null : a.published().value());
    o.put("outlet", a.outlet());
    o.put("body", a.body());
    o.put("cluster", ca.cluster());
    o.put("language", a.language());
    o.put("url", a.url());
    o.put("byline", a.byline());
    o.put("dateline", a.dateline());
    if (a.published() != null) {
      ObjectNode p = o.putObject("published_from");
      p.put("origin", a.published().origin().name().toLowerCase(java.util.Locale.ROOT));
      p.put("text", a.published().evidence());
      p.put("inferred", a.published().inferred());
    } else {
      o.putNull("published_from");
    }
    o.put("source", a.sourceFile());
    o.put("record", a.record());
    o.put("sha256", a.sha256());
    ArrayNode paras = o.putArray("paragraphs");
    for (Paragraph p : a.paragraphs()) {
      ObjectNode po = paras.addObject();
      po.put("start", p.start());
      po.put("end", p.end());
      po.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
    ArrayNode shared = o.putArray("shared_paragraphs");
    for (SharedParagraph s : ca.shared()) {
      ObjectNode so = shared.addObject();
      so.put("paragraph", s.paragraph());
      so.put("with", s.otherArticle());
      so.put("other_paragraph", s.otherParagraph());
      so.put("similarity", Math.round(s.similarity() * 100) / 100.0);
    }
    ArrayNode captions = o.putArray("captions");
    a.captions().forEach(captions::add);
    return o;
  }
}
