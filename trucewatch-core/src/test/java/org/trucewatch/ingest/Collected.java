package org.trucewatch.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.internal.Hashing;

/** What one ingestion run sent: documents, rejections and warnings, in order. Test support. */
final class Collected {

  final List<IngestResult> results = new ArrayList<>();
  final List<SourceDocument> documents = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();
  final List<IngestWarning> warnings = new ArrayList<>();

  static final TrucewatchConfig.Ingest DEFAULTS = TrucewatchConfig.defaults().ingest();

  void accept(IngestResult r) {
    results.add(r);
    if (r instanceof IngestResult.Read read) {
      documents.add(read.document());
    } else if (r instanceof IngestResult.Rejected rejected) {
      rejections.add(rejected.rejection());
    }
  }

  /** Reads {@code bytes} as a stream called {@code name} with the default limits. */
  static Collected stream(String name, byte[] bytes) {
    return stream(new Ingestor(DEFAULTS), name, bytes);
  }

  static Collected stream(Ingestor ingestor, String name, byte[] bytes) {
    Collected c = new Collected();
    ingestor.read(name, new ByteArrayInputStream(bytes), c::accept, c.warnings::add);
    return c;
  }

  /** Reads {@code args} against {@code dir} with the given limits. */
  static Collected args(TrucewatchConfig.Ingest config, Path dir, List<String> args) {
    Collected c = new Collected();
    new Ingestor(config, dir, () -> InputStream.nullInputStream()).read(args, c::accept, c.warnings::add);
    return c;
  }

  static Collected args(Path dir, String... args) {
    return args(DEFAULTS, dir, List.of(args));
  }

  static TrucewatchConfig.Ingest limits(long maxDocumentBytes, long maxRecordBytes, int maxDirectoryDepth) {
    return new TrucewatchConfig.Ingest(maxDocumentBytes, maxRecordBytes, maxDirectoryDepth);
  }

  /** A fixture from {@code src/test/resources/ingest/}. */
  static byte[] fixture(String name) {
    try (InputStream in = Collected.class.getResourceAsStream("/ingest/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path fixturePath(String name) {
    try {
      return Path.of(Collected.class.getResource("/ingest/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(byte[] bytes) {
    return Hashing.sha256(bytes);
  }

  static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  SourceDocument only() {
    if (documents.size() != 1 || !rejections.isEmpty()) {
      throw new AssertionError("expected one document, got " + documents + " and " + rejections);
    }
    return documents.get(0);
  }

  Rejection onlyRejection() {
    if (rejections.size() != 1 || !documents.isEmpty()) {
      throw new AssertionError("expected one rejection, got " + rejections + " and " + documents);
    }
    return rejections.get(0);
  }

  List<String> ids() {
    return documents.stream().map(SourceDocument::id).toList();
  }

  List<String> sourceFiles() {
    return results.stream().map(r -> r instanceof IngestResult.Read d ? d.document().sourceFile()
        : ((IngestResult.Rejected) r).rejection().sourceFile()).toList();
  }
}
