/**
 * Ingestion: reading every input format into {@link org.trucewatch.ingest.SourceDocument}s.
 *
 * <p>The API is {@link org.trucewatch.ingest.Ingestor}: it takes command-line arguments (files, directories, patterns,
 * {@code -}) or one open stream, and sends each {@link org.trucewatch.ingest.IngestResult} (a document, or a
 * {@link org.trucewatch.ingest.Rejection} naming the input, the record and the reason) to a sink as it is read, and each
 * {@link org.trucewatch.ingest.IngestWarning} to a second consumer. Bad input never throws.
 *
 * <p>Inside, an argument is expanded ({@code InputExpander}, {@code Glob}), its bytes are unwrapped from gzip
 * ({@code GzipStream}) and sniffed ({@code FormatSniffer}), and one {@code FormatReader} per format reads it: text and
 * HTML pages, RSS/Atom feeds, JSON Lines, WARC. {@code TextDecoder} decides every charset.
 */
package org.trucewatch.ingest;
