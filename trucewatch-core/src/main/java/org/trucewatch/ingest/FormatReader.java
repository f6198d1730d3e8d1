package org.trucewatch.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one input format: the documents of a stream positioned at its start go to an {@link Emitter}, as do rejections
 * of single records. Implementations are immutable and thread-safe; all state of one read lives in the call.
 */
interface FormatReader {

  /**
   * Reads {@code in} to its end, or as far as it can. Does not close {@code in}: whoever opened it does. Throws only for
   * a failure of the whole input that no record can be named for; {@link IngestException} says which kind.
   */
  void read(InputStream in, Emitter out) throws IOException;
}
