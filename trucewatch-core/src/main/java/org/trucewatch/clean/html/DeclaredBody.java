package org.trucewatch.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.trucewatch.clean.Block;
import org.trucewatch.internal.Texts;

/**
 * The article text a page declares in its JSON-LD {@code articleBody}: a check on what the extractor found, and the
 * story itself when the extractor found little of it. Publishers often cut it short or leave markup in it, so it is
 * used only when it is long and the extracted story misses most of it. Stateless and thread-safe.
 */
final class DeclaredBody {

  /** A declared body shorter than this is taken for a teaser, not the story. */
  static final int MIN_CHARS = 500;

  /** Below this share of the declared body's shingles, the extracted story is taken to be the wrong text. */
  static final double MIN_COVERAGE = 0.5;

  private DeclaredBody() {}

  /** The declared body as plain text; null when there is none worth using. */
  static String text(JsonLd ld) {
    String body = ld.articleBody();
    if (body == null) {
      return null;
    }
    if (body.indexOf('<') >= 0) {
      // Some publishers put the body's markup in the field: keep its paragraphs, drop its tags.
      body = Jsoup.parse(body.replaceAll("(?i)</p>|<br\\s*/?>", "\n")).wholeText();
    }
    return body.trim().length() >= MIN_CHARS ? body.trim() : null;
  }

  /** The share of the declared body's 4-word shingles that the extracted story holds. */
  static double coverage(List<Block> story, String declared) {
    StringBuilder sb = new StringBuilder();
    for (Block b : story) {
      sb.append(b.text()).append('\n');
    }
    Map<List<String>, Integer> want = Shingles.of(Shingles.tokenize(declared), Shingles.NGRAM);
    Map<List<String>, Integer> have = Shingles.of(Shingles.tokenize(sb.toString()), Shingles.NGRAM);
    if (want.isEmpty()) {
      return 1.0;
    }
    int found = 0;
    for (List<String> s : want.keySet()) {
      if (have.containsKey(s)) {
        found++;
      }
    }
    return (double) found / want.size();
  }

  /** The declared body cut into paragraphs at its line breaks. */
  static List<Block> paragraphs(String declared) {
    List<Block> out = new ArrayList<>();
    for (String line : declared.split("\\R")) {
      String t = Texts.collapseSpaces(line);
      if (!t.isEmpty()) {
        out.add(Block.paragraph(t));
      }
    }
    return out;
  }
}
