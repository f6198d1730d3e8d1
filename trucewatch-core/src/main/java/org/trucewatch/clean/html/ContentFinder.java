package org.trucewatch.clean.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.trucewatch.clean.Block;
import org.trucewatch.internal.Texts;

/**
 * Finds the story among a page's blocks. Each block gets a value: story-like text (long, few links) counts for it,
 * furniture (short lines, link lists, blocks under share/related/comment containers) counts against it. The container
 * whose blocks add up to the most is the story's: it reaches over ads and share bars set between paragraphs, and stops
 * where the page around the story would cost more than it adds. Inside it, blocks are then kept or dropped one by one.
 * Stateless and thread-safe.
 */
final class ContentFinder {

  /** What becomes of a block. */
  enum Verdict {
    KEEP,
    CAPTION,
    DROP
  }

  /** A block's verdict and, for a dropped one, why. */
  record Decision(Verdict verdict, String reason) {
    static final Decision KEEP = new Decision(Verdict.KEEP, null);
    static final Decision CAPTION = new Decision(Verdict.CAPTION, "picture caption");

    static Decision drop(String reason) {
      return new Decision(Verdict.DROP, reason);
    }
  }

  /** The chosen container (null when the page has no blocks) and one decision per block. */
  record Result(Element container, List<Decision> decisions) {}

  /** A block whose link text is more than this share of it is a list of links. */
  static final double MAX_LINK_DENSITY = 0.5;

  /** Fixed cost of a block, in characters: short lines (menus, labels) count against the container holding them. */
  private static final double BLOCK_COST = 25;

  static double FURNITURE_WEIGHT = Double.parseDouble(System.getProperty("fw", "0.5"));
  static double FURNITURE_COST = Double.parseDouble(System.getProperty("fc", "25"));

  /** A furniture container holding more than this share of the page's text is a page wrapper, not furniture. */
  private static final double WRAPPER_SHARE = 0.5;

  private ContentFinder() {}

  static Result find(Element body, List<TextBlock> blocks, String title) {
    if (blocks.isEmpty()) {
      return new Result(null, List.of());
    }
    Regions regions = new Regions(body, blocks);
    Map<Element, double[]> sums = new IdentityHashMap<>();
    for (TextBlock b : blocks) {
      double v = value(b, regions.role(b));
      for (Element e = b.owner(); e != null; e = e.parent()) {
        sums.computeIfAbsent(e, k -> new double[1])[0] += v;
        if (e == body) {
          break;
        }
      }
    }
    Element container = body;
    double best = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, double[]> en : sums.entrySet()) {
      double s = en.getValue()[0];
      if (s > best || s == best && depth(en.getKey()) > depth(container)) {
        best = s;
        container = en.getKey();
      }
    }
    if (Boolean.getBoolean("debugSums")) {
      sums.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0])).limit(8)
          .forEach(en -> System.out.printf("SUM %.0f %s.%s depth %d%n", en.getValue()[0], en.getKey().normalName(),
              en.getKey().className(), depth(en.getKey())));
    }
    String titleKey = title == null ? null : Texts.foldKey(title);
    List<Decision> decisions = new ArrayList<>(blocks.size());
    for (TextBlock b : blocks) {
      decisions.add(decide(b, regions.role(b), container, titleKey));
    }
    return new Result(container, decisions);
  }

  /** Story-like text counts for a container, furniture against it. */
  static double value(TextBlock b, Hints.Role role) {
    int len = b.length();
    switch (role) {
      case FURNITURE:
      case COMMENTS:
        return -FURNITURE_WEIGHT * len - FURNITURE_COST;
      case CAPTION:
        return 0;
      default:
        break;
    }
    if (b.linkDensity() > MAX_LINK_DENSITY) {
      return -0.5 * len - BLOCK_COST;
    }
    // A linked headline followed by a summary is a teaser of another page, unless the story's own body lists it.
    if (b.opensWithLink() && role != Hints.Role.CONTENT) {
      return -0.5 * b.linkChars() - BLOCK_COST;
    }
    double v = (len - b.linkChars()) - 0.5 * b.linkChars() - BLOCK_COST;
    return role == Hints.Role.CONTENT && v > 0 ? 1.5 * v : v;
  }

  private static Decision decide(TextBlock b, Hints.Role role, Element container, String titleKey) {
    if (!isInside(b.owner(), container)) {
      return Decision.drop("outside the story");
    }
    switch (role) {
      case CAPTION:
        return Decision.CAPTION;
      case FURNITURE:
        return Decision.drop("page furniture");
      case COMMENTS:
        return Decision.drop("comments");
      default:
        break;
    }
    if (b.kind() == Block.Kind.HEADING && titleKey != null && Texts.foldKey(b.text()).equals(titleKey)) {
      return Decision.drop("headline");
    }
    if (Boilerplate.isBoilerplate(b.text())) {
      return Decision.drop("standing line");
    }
    if (b.linkDensity() > MAX_LINK_DENSITY) {
      return Decision.drop("links");
    }
    return Decision.KEEP;
  }

  static boolean isInside(Element e, Element container) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == container) {
        return true;
      }
    }
    return false;
  }

  private static int depth(Element e) {
    int d = 0;
    for (Element x = e; x != null; x = x.parent()) {
      d++;
    }
    return d;
  }

  /** The role of the region each block lies in: the nearest ancestor whose tag or names say something. */
  static final class Regions {
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
}
