package org.trucewatch.clean.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.trucewatch.clean.Block;
import org.trucewatch.internal.Texts;

/**
 * Cuts a page's body into {@link TextBlock}s: a block ends at every block-level element's start and end and at two
 * {@code <br>}s in a row. Any element that is not a known inline element counts as block-level, so custom elements
 * ({@code <story-paragraph>}) split blocks as a browser would usually show them. Iterative, so deeply nested broken
 * markup cannot overflow the stack. Stateless and thread-safe.
 */
final class BlockSegmenter {

  /** Elements that flow inside a line; everything else starts a new block. */
  static final Set<String> INLINE = Set.of(
      "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
      "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
      "tt", "u", "var", "wbr", "label", "output", "ruby", "rt", "rp", "img", "picture", "math", "svg");

  private BlockSegmenter() {}

  static boolean isInline(Element e) {
    return INLINE.contains(e.normalName());
  }

  /** {@link Texts#collapseSpaces} without a regular expression: this runs on every piece of text of every page. */
  static String collapse(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The white space of {@link Texts#collapseSpaces}: ASCII spaces, no-break and zero-width spaces. */
  static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c >= '\u2000' && c <= '\u200B' || c == '\u202F'
        || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
  }

  /** The blocks of {@code root}'s subtree in page order. */
  static List<TextBlock> segment(Element root) {
    Collector c = new Collector();
    NodeTraversor.traverse(c, root);
    c.flush();
    return c.blocks;
  }

  private static final class Collector implements NodeVisitor {
    final List<TextBlock> blocks = new ArrayList<>();
    final List<Element> open = new ArrayList<>();
    final Map<Element, Boolean> hasBlockChild = new IdentityHashMap<>();
    final StringBuilder text = new StringBuilder();
    final StringBuilder links = new StringBuilder();
    final StringBuilder leadLinks = new StringBuilder();
    boolean plainSeen;
    int linkDepth;
    int breaks;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = t.getWholeText();
        text.append(s);
        if (linkDepth > 0) {
          links.append(s);
          if (!plainSeen) {
            leadLinks.append(s);
          }
        }
        if (!t.isBlank()) {
          breaks = 0;
          plainSeen |= linkDepth == 0;
        }
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          text.append(' ');
          if (++breaks >= 2) {
            flush();
          }
        } else if (tag.equals("a")) {
          linkDepth++;
        } else if (isDataCell(e)) {
          text.append(' ');
        } else if (!isInline(e)) {
          flush();
          open.add(e);
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
          linkDepth--;
        } else if (isDataCell(e)) {
          text.append(' ');
        } else if (!tag.equals("br") && !isInline(e)) {
          flush();
          if (!open.isEmpty() && open.get(open.size() - 1) == e) {
            open.remove(open.size() - 1);
          }
        }
      }
    }

    void flush() {
      breaks = 0;
      plainSeen = false;
      if (text.length() == 0 || open.isEmpty()) {
        text.setLength(0);
        links.setLength(0);
        leadLinks.setLength(0);
        return;
      }
      String t = collapse(text);
      int linkChars = links.length() == 0 ? 0 : Math.min(t.length(), collapse(links).length());
      int leadChars = leadLinks.length() == 0 ? 0 : Math.min(linkChars, collapse(leadLinks).length());
      text.setLength(0);
      links.setLength(0);
      leadLinks.setLength(0);
      if (t.isEmpty()) {
        return;
      }
      Element owner = open.get(open.size() - 1);
      blocks.add(new TextBlock(blocks.size(), t, linkChars, leadChars, owner, kindOf(owner)));
    }

    /** A table cell of plain text: its row is read as one line, as the cells stand side by side. */
    private boolean isDataCell(Element e) {
      String tag = e.normalName();
      return (tag.equals("td") || tag.equals("th")) && !hasBlockChild.computeIfAbsent(e, Collector::blockChild);
    }

    private static boolean blockChild(Element e) {
      for (Element child : e.children()) {
        if (!isInline(child) && !child.normalName().equals("br")) {
          return true;
        }
      }
      return false;
    }

    private Block.Kind kindOf(Element owner) {
      String tag = owner.normalName();
      if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
        return Block.Kind.HEADING;
      }
      for (int i = open.size() - 1; i >= 0; i--) {
        String t = open.get(i).normalName();
        if (t.equals("blockquote")) {
          return Block.Kind.QUOTE;
        }
        if (t.equals("li") || t.equals("dd") || t.equals("dt")) {
          return Block.Kind.LIST_ITEM;
        }
        if (t.equals("article") || t.equals("section") || t.equals("main") || t.equals("body")) {
          break;
        }
      }
      return Block.Kind.PARAGRAPH;
    }
  }
}
