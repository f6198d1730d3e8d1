package org.trucewatch.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.trucewatch.internal.Hashing;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds, each item or entry one document (see {@link FeedItems} for which
 * elements become what). The feed is parsed as it streams in, leniently (jsoup's XML parser: a bare {@code &} or an
 * problems tag does not stop it), and each item is dropped once read, so memory holds one item. What leniency cost is
 * reported: a warning for a feed that is not well-formed, a TRUNCATED rejection for an item cut off by the end of the
 * file, TOO_LARGE when one item exceeds {@code maxRecordBytes} characters (the rest of the feed is then not read).
 * Linked pages are never fetched. A document's hash is of its item's XML as the parser re-serialises it.
 */
final class FeedReader implements FormatReader {

  private static final int MAX_ERRORS = 100;

  private final long maxRecordBytes;

  FeedReader(long maxRecordBytes) {
    this.maxRecordBytes = maxRecordBytes;
  }

  @Override
  public void read(InputStream in, Emitter out) throws IOException {
    BufferedInputStream bin = Streams.buffered(in);
    byte[] head = Streams.peek(bin);
    TextDecoder.Choice choice = TextDecoder.choose(head, head.length, null, TextDecoder.Markup.XML, false);
    if (choice.warning() != null) {
      out.warn(null, choice.warning());
    }
    bin.skipNBytes(choice.bomLength());
    CharsetDecoder decoder = choice.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    // the budget: an item, or the channel header before the first item, may not exceed the record limit (plus slack
    // for the parser's read-ahead buffer)
    GuardedReader reader = new GuardedReader(new InputStreamReader(bin, decoder), maxRecordBytes + 64 * 1024);
    Parser parser = Parser.xmlParser().setTrackErrors(MAX_ERRORS).setTrackPosition(true);
    FeedItems items = new FeedItems(out.fileName());
    int problems = 0;
    String firstProblem = null;
    boolean endedEarly = false;
    try (StreamParser stream = new StreamParser(parser).parse(reader, "")) {
      Iterator<Element> it = stream.iterator();
      while (it.hasNext()) {
        Element e = it.next();
        boolean implicitEnd = e.endSourceRange().isImplicit();
        boolean atEof = reader.atEof() && e.endSourceRange().endPos() >= reader.charsRead();
        if (FeedItems.isItem(e)) {
          int number = items.next();
          if (implicitEnd && atEof) {
            out.reject("item " + number, Rejection.Reason.TRUNCATED,
                "item " + number + " is cut off by the end of the file; the items before it were read");
          } else {
            emit(items.read(e), number, e, out);
            if (implicitEnd && e.childNodeSize() > 0) {
              problems++;
              firstProblem = firstProblem == null ? "<" + e.tagName() + "> " + number + " is not closed" : firstProblem;
            }
          }
          e.remove(); // keep one item in memory
          reader.resetBudget();
        } else if (implicitEnd && e.parent() != null && e.parent().parent() == null) {
          endedEarly = true; // the root element was never closed
        } else if (implicitEnd && !atEof && e.childNodeSize() > 0 && e.parent() != null) {
          problems++;
          firstProblem = firstProblem == null ? "<" + e.tagName() + "> is not closed" : firstProblem;
        }
      }
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      String next = "item " + (items.count() + 1);
      if (cause instanceof IngestException ie && ie.reason() == Rejection.Reason.TOO_LARGE) {
        out.reject(next, Rejection.Reason.TOO_LARGE, next + " is larger than the limit of " + maxRecordBytes
            + " characters; the rest of the feed was not read");
        return;
      }
      if (cause instanceof EOFException) {
        out.reject(next, Rejection.Reason.TRUNCATED, cause.getMessage() + " after " + items.count()
            + " items; the rest of the feed is lost");
        return;
      }
      throw cause;
    }
    if (reader.bareAmpersands() > 0) {
      problems += reader.bareAmpersands();
      firstProblem = firstProblem == null ? "a bare '&' where XML needs '&amp;'" : firstProblem;
    }
    report(parser, problems, firstProblem, endedEarly, items.count(), out);
  }

  private static void emit(FeedItems.Item item, int number, Element e, Emitter out) {
    String record = "item " + number;
    if (item.content() == null) {
      out.reject(record, Rejection.Reason.INVALID, "item " + number
          + " has no content (no content:encoded, content, description or summary); linked pages are not fetched");
      return;
    }
    String sha = Hashing.sha256(e.outerHtml().getBytes(StandardCharsets.UTF_8));
    out.document(item.id(), record, item.type(), TextDecoder.normalise(item.content()), sha, item.hints());
  }

  private static void report(
      Parser parser, int problems, String firstProblem, boolean endedEarly, int itemCount, Emitter out) {
    int total = parser.getErrors().size() + problems;
    String first = parser.getErrors().isEmpty() ? firstProblem : describe(parser.getErrors().get(0));
    if (itemCount == 0) {
      if (total > 0 || endedEarly) {
        out.reject(null, Rejection.Reason.MALFORMED, "no feed item could be read: the XML is broken"
            + (first == null ? " (it ends early)" : " (first problem: " + first + ")"));
      } else {
        out.warn(null, "the feed holds no items");
      }
      return;
    }
    if (total > 0) {
      out.warn(null, "the feed is not well-formed XML (" + total
          + " problem(s), first: " + first + "); it was read leniently, and markup near the problems may be lost");
    }
    if (endedEarly) {
      out.warn(null, "the feed ends early (its root element is never closed); " + itemCount + " item(s) were found");
    }
  }

  private static String describe(ParseError error) {
    return error.getErrorMessage() + " at " + error.getCursorPos();
  }

  /** Counts characters read, and fails once more than a budget were read since the last reset. */
  private static final class GuardedReader extends FilterReader {
    private final long budget;
    private final BareAmpersands ampersands = new BareAmpersands();
    private long sinceReset;
    private long total;
    private boolean eof;

    GuardedReader(Reader in, long budget) {
      super(in);
      this.budget = budget;
    }

    void resetBudget() {
      sinceReset = 0;
    }

    boolean atEof() {
      return eof;
    }

    long charsRead() {
      return total;
    }

    int bareAmpersands() {
      return ampersands.count();
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      int n = super.read(cbuf, off, len);
      if (n < 0) {
        eof = true;
        return n;
      }
      ampersands.feed(cbuf, off, n);
      total += n;
      sinceReset += n;
      if (sinceReset > budget) {
        throw new IngestException(Rejection.Reason.TOO_LARGE, "a feed item is too large");
      }
      return n;
    }
  }
}
