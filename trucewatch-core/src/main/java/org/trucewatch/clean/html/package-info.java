/**
 * Main-content extraction from HTML pages: {@link org.trucewatch.clean.html.HtmlPageExtractor} is the stage, the
 * other public classes measure it.
 *
 * <p>How a page is read, in order: {@code JsonLd}, {@code MetadataReader} and {@code DateCollector} read the head, the
 * JSON-LD and the microdata (headline, byline, outlet, canonical address, language, publication-date candidates);
 * {@code DomCleaner} drops what a reader never sees; {@code BlockSegmenter} cuts the body into text blocks at
 * block-level boundaries; {@code Regions} and {@code Hints} tell from tags and class names which blocks sit in
 * furniture, comments or captions; {@code ContentFinder} scores every block (long prose for, links and short lines
 * against) and takes the element whose blocks add up to the most as the story's container, checks it against the
 * block-by-block {@code ParagraphClassifier} (jusText-style) and falls back on it when the container holds too little;
 * {@code BlockJudge} keeps or drops each block of the container; {@code DeclaredBody} checks the result against the
 * page's own JSON-LD {@code articleBody}.
 *
 * <p>{@link org.trucewatch.clean.html.BodyF1} ports the article-extraction benchmark's measure and
 * {@link org.trucewatch.clean.html.ExtractionBenchmark} runs the extractor on the benchmark's pages.
 */
package org.trucewatch.clean.html;
