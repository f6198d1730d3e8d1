package org.trucewatch.clean.html;

import org.jsoup.nodes.Element;
import org.trucewatch.clean.Block;

/**
 * A run of text between two block-level boundaries of a page, with the features the classifiers read.
 *
 * @param index position in page order
 * @param text white-space normalised text
 * @param linkChars how many of its characters lie inside links
 * @param leadLinkChars how many characters of links open the block before any plain text (a teaser's linked headline)
 * @param owner the innermost block-level element that holds the text
 * @param kind paragraph, heading, quotation or list item, from the owner and its ancestors
 */
record TextBlock(int index, String text, int linkChars, int leadLinkChars, Element owner, Block.Kind kind) {

  /** Shortest linked opening that reads as a headline rather than a linked name. */
  static final int TEASER_LINK_CHARS = 25;

  int length() {
    return text.length();
  }

  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  /** Whether the block opens with a linked headline-length text: a teaser of another page, or a list entry. */
  boolean opensWithLink() {
    return leadLinkChars >= TEASER_LINK_CHARS && leadLinkChars < text.length();
  }

  /** Number of words (runs of letters or digits). */
  int words() {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}
