package org.trucewatch.clean.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The role of the region each block of one page lies in: the role of the nearest ancestor whose tag or names say
 * something ({@link Hints}). A furniture name on an element that holds most of the page's text is a layout wrapper's
 * ("page has-sidebar") and is ignored. Built for one page and used on one thread.
 */
final class Regions {

  /** A furniture container holding more than this share of the page's text is a page wrapper, not furniture. */
  static final double WRAPPER_SHARE = 0.5;

  private final Element body;
  private final Map<Element, Hints.Role> roles = new IdentityHashMap<>();
  private final Map<Element, Integer> chars = new IdentityHashMap<>();
  private final int bodyChars;

  Regions(Element body, List<TextBlock> blocks) {
    this.body = body;
    int total = 0;
    for (TextBlock b : blocks) {
      total += b.length();
      for (Element e = b.owner(); e != null && e != body; e = e.parent()) {
        chars.merge(e, b.length(), Integer::sum);
      }
    }
    this.bodyChars = total;
  }

  /** The role of the region {@code b} lies in; {@link Hints.Role#NONE} when no ancestor names one. */
  Hints.Role role(TextBlock b) {
    for (Element e = b.owner(); e != null && e != body; e = e.parent()) {
      Hints.Role r = roles.computeIfAbsent(e, this::ownRole);
      if (r != Hints.Role.NONE) {
        return r;
      }
    }
    return Hints.Role.NONE;
  }

  private Hints.Role ownRole(Element e) {
    Hints.Role r = tagRole(e);
    if (r == Hints.Role.NONE) {
      r = Hints.role(e);
    }
    if (r == Hints.Role.FURNITURE && chars.getOrDefault(e, 0) > WRAPPER_SHARE * bodyChars) {
      return Hints.Role.NONE;
    }
    return r;
  }

  private static Hints.Role tagRole(Element e) {
    switch (e.normalName()) {
      case "blockquote":
        // An embedded post (a tweet, an Instagram post) is part of the story whatever box holds it.
        return Hints.isEmbeddedPost(e) ? Hints.Role.CONTENT : Hints.Role.NONE;
      case "nav":
      case "footer":
      case "aside":
      case "menu":
      case "header":
        return Hints.Role.FURNITURE;
      case "figcaption":
        return Hints.Role.CAPTION;
      case "figure":
        return e.selectFirst("img, picture, video, iframe") != null ? Hints.Role.CAPTION : Hints.Role.NONE;
      default:
        return Hints.Role.NONE;
    }
  }
}
