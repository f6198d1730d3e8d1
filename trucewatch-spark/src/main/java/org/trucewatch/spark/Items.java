package org.trucewatch.spark;

import java.io.Serializable;
import java.util.List;
import org.trucewatch.clean.PublishedDate;
import org.trucewatch.dedup.SharedParagraph;
import org.trucewatch.ingest.Rejection;

/** The records that travel between the job's stages: each small, immutable and serializable. */
final class Items {

  private Items() {}

  /** What reading one input yields, one at a time: a clean article or a rejection. */
  sealed interface Read extends Serializable permits Doc, Rejected {}

  /**
   * A clean article before clustering.
   *
   * @param order its place in the input: the file's index in the high 32 bits, the document's within it in the low
   * @param id the article's id
   * @param json its form from {@link JsonForms#articleString}
   * @param published its own publication date, or null: what a cluster's undated copies may take
   */
  record Doc(long order, String id, String json, Dated published) implements Read {}

  /** An input, or a record of one, that did not become an article. */
  record Rejected(String source, String record, String reason, String message) implements Read {

    static Rejected of(Rejection r) {
      return new Rejected(r.sourceFile(), r.record(), r.reason().name().toLowerCase(java.util.Locale.ROOT),
          r.message());
    }
  }

  /** A publication date with the order of the article that gave it (the earliest in input order wins ties). */
  record Dated(String value, String evidence, String origin, long order) implements Serializable {

    static Dated of(PublishedDate d, long order) {
      return d == null || d.inferred() ? null : new Dated(d.value(), d.evidence(), d.origin().name(), order);
    }

    String date() {
      return value.substring(0, 10);
    }

    Dated earlier(Dated other) {
      int c = date().compareTo(other.date());
      return c < 0 || c == 0 && order <= other.order ? this : other;
    }
  }

  /**
   * A paragraph's key in one LSH band, with its signature, its article's place in the input, and the lengths the copy
   * test reads: the paragraph's and the article's story in characters.
   */
  record BandRow(long key, int band, long order, String id, int paragraph, int[] signature, int chars, int total)
      implements Serializable {}

  /**
   * A paragraph of {@code id} that a copy carries too; {@code tie} orders entries of one paragraph and one other
   * article as the index lists them.
   */
  record Shared(String id, int paragraph, String other, int otherParagraph, double similarity, long tie)
      implements Serializable {

    SharedParagraph toShared() {
      return new SharedParagraph(paragraph, other, otherParagraph, similarity);
    }
  }

  /** What clustering decided for one article that has copies: its cluster, date from it, and shared paragraphs. */
  record Placement(String cluster, Dated clusterDate, List<Shared> shared) implements Serializable {}

  /** An article ready to be extracted: its clean form and, when it has copies, its placement. */
  record Prepared(Doc doc, Placement placement) implements Serializable {}

  /** What the job writes for one article: its JSON form, its cluster, and its events' JSON forms. */
  record Output(String id, String cluster, String articleJson, String clusterJson, List<String> events)
      implements Serializable {}
}
