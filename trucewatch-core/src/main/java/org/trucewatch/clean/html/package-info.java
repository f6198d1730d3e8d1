/**
 * Main-content extraction from HTML pages: {@link org.trucewatch.clean.html.HtmlPageExtractor} is the stage.
 *
 * <p>How a page is read, in order: {@code JsonLd}, {@code MetadataReader} and {@code DateCollector} read the head, the
 * JSON-LD and the microdata (headline, byline, outlet, canonical address, language, publication-date candidates);
 * {@code DomCleaner} drops what a reader never sees; {@code BlockSegmenter} cuts the body into text blocks at
 * block-level boundaries; {@code Regions} and {@code Hints} tell from tags and class names which blocks sit in
 * furniture, comments or captions; {@code ContentFinder} scores every block (long prose for, links and short lines
 * against) and takes the element whose blocks add up to the most as the story's container, checks it against the
 * block-by-block {@code ParagraphClassifier} (jusText-style) and falls back on it when the container holds too little;
 * {@code BlockJudge} keeps or drops each block of the container; {@code DeclaredBody} checks the result against the
 * page's own JSON-LD {@code articleBody} (word 4-gram shingles, {@code Shingles}). Last, {@code DateCollector} takes the
 * {@code <time>} elements, labelled lines and byline dates printed under the headline (above it only inside the
 * headline's own box, since a date above it elsewhere is the site's "today" line) and outside lists of other stories
 * and comments, and the date in the address.
 *
 * <p>The article-extraction benchmark's measure and harness ({@code BodyF1}, {@code ExtractionBenchmark}) live in
 * trucewatch-bench, package {@code org.trucewatch.bench.eval}.
 */
package org.trucewatch.clean.html;
