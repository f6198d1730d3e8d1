package org.trucewatch.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet schemas of the job's four outputs, field for field the JSON forms of core's
 * {@link org.trucewatch.report.ArticleJson} (plus {@code removed}) and {@link org.trucewatch.report.EventJson}, so
 * that a row read back as JSON is the line {@code clean --json} or {@code extract --json} prints. Written out rather
 * than inferred: inference would read the data twice and guess a type for a field that is null throughout. The
 * golden comparison test fails when the JSON forms gain a field these lack.
 */
final class OutputSchemas {

  private OutputSchemas() {}

  private static final StructType SHARED = struct("paragraph", IntegerType, "with", StringType,
      "other_paragraph", IntegerType, "similarity", DoubleType);

  private static final StructType EVIDENCE = struct("sentence", StringType, "sentence_index", IntegerType,
      "start", IntegerType, "end", IntegerType);

  /** {@code articles/}: one row per article. */
  static final StructType ARTICLES = struct(
      "article", StringType, "title", StringType, "published", StringType, "outlet", StringType,
      "body", StringType, "cluster", StringType, "language", StringType, "url", StringType,
      "byline", StringType, "dateline", StringType,
      "published_from", struct("origin", StringType, "text", StringType, "inferred", BooleanType),
      "source", StringType, "record", StringType, "sha256", StringType,
      "paragraphs", createArrayType(struct("start", IntegerType, "end", IntegerType, "kind", StringType)),
      "shared_paragraphs", createArrayType(SHARED),
      "captions", createArrayType(StringType),
      "removed", createArrayType(struct("text", StringType, "reason", StringType, "before", IntegerType)));

  /** {@code events/}: one row per dated event. */
  static final StructType EVENTS = struct(
      "article", StringType, "type", StringType, "subtype", StringType, "date", StringType,
      "date_end", StringType, "time", StringType,
      "location", struct("name", StringType, "lat", DoubleType, "lon", DoubleType, "country", StringType,
          "admin1", StringType, "precision", StringType, "as_written", StringType),
      "perpetrator", StringType, "conflict", StringType, "target", StringType,
      "claimed_by", createArrayType(StringType), "denied_by", createArrayType(StringType),
      "acknowledged_by", createArrayType(StringType),
      "killed", IntegerType, "wounded", IntegerType, "victims", StringType,
      "evidence", EVIDENCE,
      "date_basis", StringType, "perpetrator_side", StringType, "perpetrator_actor", StringType, "perpetrator_inferred", BooleanType,
      "qualifier", StringType, "civilians_killed", IntegerType, "since", StringType,
      "parties", createArrayType(StringType), "mediator", StringType,
      "claims", createArrayType(struct("actor", StringType, "actor_id", StringType, "side", StringType,
          "stance", StringType, "via", StringType, "written", StringType, "evidence", EVIDENCE)),
      "evidence_all", createArrayType(EVIDENCE),
      "acled_event_type", StringType);

  /** {@code clusters/}: one row per article, with the paragraphs its copies share. */
  static final StructType CLUSTERS = struct("article", StringType, "cluster", StringType,
      "shared_paragraphs", createArrayType(SHARED));

  /** {@code rejections/}: one row per input or record that did not become an article. */
  static final StructType REJECTIONS = struct("source", StringType, "record", StringType, "reason", StringType,
      "message", StringType);

  /** A struct of nullable fields from alternating names and types. */
  private static StructType struct(Object... namesAndTypes) {
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      fields.add(createStructField((String) namesAndTypes[i], (DataType) namesAndTypes[i + 1], true));
    }
    return createStructType(fields);
  }
}
