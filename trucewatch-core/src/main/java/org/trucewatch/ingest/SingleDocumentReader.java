package org.trucewatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.trucewatch.internal.Hashing;

/**
 * Reads an input that is one document, a text or an HTML page: at most {@code maxDocumentBytes} are read (a larger input
 * is refused, never loaded whole), decoded by {@link TextDecoder}, and named by the input's file name. The hash is of the
 * bytes as decompressed, so {@code a.html} and {@code a.html.gz} hash alike.
 */
final class SingleDocumentReader implements FormatReader {

  private final ContentType type;
  private final long maxDocumentBytes;

  SingleDocumentReader(ContentType type, long maxDocumentBytes) {
    this.type = type;
    this.maxDocumentBytes = maxDocumentBytes;
  }

  @Override
  public void read(InputStream in, Emitter out) throws IOException {
    byte[] bytes = Streams.readAtMost(in, maxDocumentBytes, "the document");
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, bytes.length, null,
        type == ContentType.HTML ? TextDecoder.Markup.HTML : TextDecoder.Markup.NONE);
    if (TextDecoder.isBlank(decoded.text())) {
      out.reject(null, Rejection.Reason.EMPTY,
          bytes.length == 0 ? "the file is empty" : "the file holds only white space");
      return;
    }
    if (decoded.warning() != null) {
      out.warn(null, decoded.warning());
    }
    out.document(out.fileName(), null, type, decoded.text(), Hashing.sha256(bytes), DocumentHints.NONE);
  }
}
