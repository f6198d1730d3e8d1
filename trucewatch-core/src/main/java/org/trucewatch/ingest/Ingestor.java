package org.trucewatch.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.ZipException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.internal.Validate;

/**
 * The ingestion stage: reads every input the user names into {@link SourceDocument}s, streaming, and never throws for
 * bad input. Formats are told by content ({@link FormatSniffer}), not by extension: plain text and HTML pages (one
 * document per file), RSS and Atom feeds (one per item), JSON Lines (one per line), WARC files (one per page record),
 * and gzip of any of them. Each document or rejection goes to the sink as soon as it is read, so memory holds one
 * record, never a whole WARC or JSON Lines file; warnings (what was read with care: an unknown declared charset, a feed
 * that is not well-formed, skipped WARC records) go to a second consumer, or to the log when none is given.
 *
 * <p>Reads files and standard input; writes nothing. Closes every file it opens; a stream handed to
 * {@link #read(String, InputStream, Consumer)} stays the caller's to close. Immutable and thread-safe: concurrent calls
 * share nothing. An exception thrown by the sink or the warning consumer passes through unchanged.
 */
public final class Ingestor {

  private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);
  // a .gz inside a .gz is seen in the wild; a third layer is not, and would invite a decompression bomb
  private static final int MAX_GZIP_LAYERS = 2;
  private static final Consumer<IngestWarning> LOG_WARNINGS = w -> LOG.warn(w.oneLine());

  private final TrucewatchConfig.Ingest config;
  private final InputExpander expander;
  private final Supplier<InputStream> stdin;
  private final FormatReader text;
  private final FormatReader html;
  private final FormatReader jsonLines;
  private final FormatReader feeds;
  private final FormatReader warc;
  private final Clock clock;

  /** Reads relative paths against the process's working directory, and {@code -} from {@link System#in}. */
  public Ingestor(TrucewatchConfig.Ingest config) {
    this(config, Path.of(""), () -> System.in);
  }

  /**
   * @param config the size and depth limits
   * @param workingDirectory what relative paths and patterns are resolved against
   * @param stdin what {@code -} reads (not closed by the ingestor)
   */
  public Ingestor(TrucewatchConfig.Ingest config, Path workingDirectory, Supplier<InputStream> stdin) {
    this(config, workingDirectory, stdin, Clock.systemUTC());
  }

  /**
   * @param config the size and depth limits
   * @param workingDirectory what relative paths and patterns are resolved against
   * @param stdin what {@code -} reads (not closed by the ingestor)
   * @param clock today's date, past which a container's publication date is reported as in the future
   */
  public Ingestor(TrucewatchConfig.Ingest config, Path workingDirectory, Supplier<InputStream> stdin, Clock clock) {
    this.config = Validate.notNull(config, "config");
    Validate.isTrue(config.maxDocumentBytes() > 0, "ingest.maxDocumentBytes must be positive");
    Validate.isTrue(config.maxRecordBytes() > 0, "ingest.maxRecordBytes must be positive");
    Validate.isTrue(config.maxDirectoryDepth() >= 0, "ingest.maxDirectoryDepth must not be negative");
    this.expander = new InputExpander(Validate.notNull(workingDirectory, "workingDirectory"),
        config.maxDirectoryDepth());
    this.stdin = Validate.notNull(stdin, "stdin");
    this.clock = Validate.notNull(clock, "clock");
    this.text = new SingleDocumentReader(ContentType.TEXT, config.maxDocumentBytes());
    this.html = new SingleDocumentReader(ContentType.HTML, config.maxDocumentBytes());
    this.jsonLines = new JsonLinesReader(config.maxRecordBytes());
    this.feeds = new FeedReader(config.maxRecordBytes());
    this.warc = new WarcFileReader(config.maxRecordBytes());
  }

  /**
   * Reads every input named by args (files, directories recursively, glob patterns, "-" for standard input) in a stable
   * order (sorted paths within a directory), sending each document or rejection to sink as it is read. Warnings go to
   * the log.
   */
  public void read(List<String> args, Consumer<IngestResult> sink) {
    read(args, sink, LOG_WARNINGS);
  }

  /** As {@link #read(List, Consumer)}, with warnings sent to {@code warnings}. */
  public void read(List<String> args, Consumer<IngestResult> sink, Consumer<IngestWarning> warnings) {
    Validate.notNull(args, "args");
    Validate.notNull(sink, "sink");
    Validate.notNull(warnings, "warnings");
    boolean stdinRead = false;
    for (String arg : args) {
      if (arg == null || arg.isBlank()) {
        sink.accept(IngestResult.rejected(String.valueOf(arg), null, Rejection.Reason.NOT_FOUND,
            "an empty argument names no file"));
      } else if (arg.equals("-")) {
        if (stdinRead) {
          sink.accept(IngestResult.rejected("-", null, Rejection.Reason.INVALID,
              "standard input was named twice; it was read once"));
        } else {
          stdinRead = true;
          read("-", stdin.get(), sink, warnings);
        }
      } else {
        expander.expand(arg, listener(sink, warnings));
      }
    }
  }

  /**
   * Reads one already-open stream named {@code name} (standard input, a test fixture). The caller closes {@code in}.
   */
  public void read(String name, InputStream in, Consumer<IngestResult> sink) {
    read(name, in, sink, LOG_WARNINGS);
  }

  /** As {@link #read(String, InputStream, Consumer)}, with warnings sent to {@code warnings}. */
  public void read(String name, InputStream in, Consumer<IngestResult> sink, Consumer<IngestWarning> warnings) {
    Validate.notBlank(name, "name");
    Validate.notNull(in, "in");
    Emitter out = new Emitter(name, fileName(name), Validate.notNull(sink, "sink"),
        Validate.notNull(warnings, "warnings"), LocalDate.now(clock));
    readGuarded(out, () -> Streams.nonClosing(in));
  }

  private InputExpander.Listener listener(Consumer<IngestResult> sink, Consumer<IngestWarning> warnings) {
    return new InputExpander.Listener() {
      @Override
      public void file(InputExpander.InputFile file) {
        Emitter out = new Emitter(file.name(), fileName(file.name()), sink, warnings, LocalDate.now(clock));
        readGuarded(out, () -> Files.newInputStream(file.path()));
      }

      @Override
      public void rejected(String name, Rejection.Reason reason, String message) {
        sink.accept(IngestResult.rejected(name, null, reason, message));
      }

      @Override
      public void warning(String name, String message) {
        warnings.accept(new IngestWarning(name, null, message));
      }
    };
  }

  /** An opener of a stream that may fail with an I/O error. */
  private interface Opener {
    InputStream open() throws IOException;
  }

  /** Reads one input, turning every failure into a rejection of it (records rejected on their own are not repeated). */
  private void readGuarded(Emitter out, Opener opener) {
    try (InputStream in = opener.open()) {
      readStream(in, out, 0);
    } catch (Emitter.SinkFailure e) {
      throw (RuntimeException) e.getCause();
    } catch (NoSuchFileException e) {
      out.reject(null, Rejection.Reason.NOT_FOUND, "no such file or directory");
    } catch (AccessDeniedException e) {
      out.reject(null, Rejection.Reason.PERMISSION_DENIED, "cannot be opened: the file is not readable by this user");
    } catch (IngestException e) {
      out.reject(null, e.reason(), e.getMessage());
    } catch (EOFException e) {
      out.reject(null, Rejection.Reason.TRUNCATED, e.getMessage() == null ? "the file ends early" : e.getMessage());
    } catch (ZipException e) {
      out.reject(null, Rejection.Reason.MALFORMED, e.getMessage());
    } catch (IOException e) {
      out.reject(null, Rejection.Reason.IO, "read error: " + e);
    } catch (RuntimeException e) {
      // a parser that fails on input it should have refused politely: the input is what is wrong, say what broke
      LOG.debug("failure reading {}", out.sourceFile(), e);
      out.reject(null, Rejection.Reason.MALFORMED, "cannot be parsed (" + e + ")");
    } catch (StackOverflowError e) {
      // nesting deeper than a parser can walk: this input's fault, not the batch's
      out.reject(null, Rejection.Reason.TOO_COSTLY, "nested too deeply to read (the stack ran out)");
    } catch (Error e) {
      if (e instanceof VirtualMachineError) {
        throw e; // out of memory, or the JVM itself failing: nothing after it can be trusted
      }
      LOG.debug("failure reading {}", out.sourceFile(), e);
      out.reject(null, Rejection.Reason.FAILED, "the reader failed on this input (" + e + ")");
    }
  }

  private void readStream(InputStream raw, Emitter out, int gzipLayers) throws IOException {
    BufferedInputStream in = Streams.buffered(raw);
    byte[] head = Streams.peek(in);
    FormatSniffer.Detection detection = FormatSniffer.sniff(head, head.length, out.sourceFile());
    switch (detection.format()) {
      case EMPTY -> out.reject(null, Rejection.Reason.EMPTY,
          gzipLayers > 0 ? "the compressed data is empty" : "the file is empty");
      case GZIP -> {
        if (gzipLayers >= MAX_GZIP_LAYERS) {
          out.reject(null, Rejection.Reason.UNSUPPORTED, "gzip nested more than " + MAX_GZIP_LAYERS + " deep");
          return;
        }
        try (GzipStream gzip = new GzipStream(in)) {
          readStream(gzip, out, gzipLayers + 1);
          if (gzip.ignoredTrailingBytes()) {
            out.warn(null, "bytes after the end of the gzip data were ignored");
          }
        }
      }
      case UNSUPPORTED -> out.reject(null, Rejection.Reason.UNSUPPORTED,
          "not a format TruceWatch reads: " + detection.detail());
      case BINARY -> out.reject(null, Rejection.Reason.BINARY, "not text: " + detection.detail());
      case WARC -> warc.read(in, out);
      case JSON_LINES -> jsonLines.read(in, out);
      case FEED -> feeds.read(in, out);
      case HTML -> html.read(in, out);
      case TEXT -> text.read(in, out);
    }
  }

  /** The name documents of a single-document input are called by: the path's last segment. */
  private static String fileName(String name) {
    if (name.equals("-")) {
      return "stdin";
    }
    String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
    return last.isEmpty() ? name : last;
  }
}
