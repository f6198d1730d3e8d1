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
  static final double SENTENCE_LINK_DENSITY = 0.8;

  /** Fewest words of a block that reads as a sentence. */
  static final int SENTENCE_WORDS = 8;

  /** Fixed cost of a block, in characters: short lines (menus, labels) count against the container holding them. */
  private static final double BLOCK_COST = 25;

  /** An article holding this share of its container's value is the story among teasers. */
  private static final double UNIT_SHARE = 0.5;

  static double FURNITURE_WEIGHT = Double.parseDouble(System.getProperty("fw", "0.5"));
  static double FURNITURE_COST = Double.parseDouble(System.getProperty("fc", "25"));

  /** A furniture container holding more than this share of the page's text is a page wrapper, not furniture. */
  private static final double WRAPPER_SHARE = 0.5;

  private ContentFinder() {}

  /**
   * @param body the page's body
   * @param blocks its blocks in page order
   * @param title the headline, or null
   * @param headline the element that prints the headline, or null
   */
  static Result find(Element body, List<TextBlock> blocks, String title, Element headline) {
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
    Element container = argmax(sums, body);
    Element unit = storyUnit(container, headline, sums);
    if (unit != null) {
      container = argmax(sums, unit);
    }
    if (Boolean.getBoolean("debugSums")) {
      sums.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0])).limit(8)
          .forEach(en -> System.out.printf("SUM %.0f %s.%s depth %d%n", en.getValue()[0], en.getKey().normalName(),
              en.getKey().className(), depth(en.getKey())));
    }
    String titleKey = title == null ? null : Texts.foldKey(title);
    List<Hints.Role> roles = new ArrayList<>(blocks.size());
    List<Decision> decisions = new ArrayList<>(blocks.size());
    int containerChars = 0;
    for (TextBlock b : blocks) {
      Hints.Role role = regions.role(b);
      roles.add(role);
      Decision d = decide(b, role, container, titleKey);
      decisions.add(d);
      if (d.verdict() == Verdict.KEEP) {
        containerChars += b.length();
      }
    }
    boolean[] good = ParagraphClassifier.classify(blocks, roles);
    int classifierChars = 0;
    for (int i = 0; i < blocks.size(); i++) {
      if (good[i]) {
        classifierChars += blocks.get(i).length();
      }
    }
    if (Boolean.getBoolean("debugCompare")) {
      System.out.printf("COMPARE container %d classifier %d%n", containerChars, classifierChars);
    }
    if ("jus".equals(System.getProperty("method"))) {
      List<Decision> byClassifier = new ArrayList<>(blocks.size());
      for (int i = 0; i < blocks.size(); i++) {
        TextBlock b = blocks.get(i);
        Decision d = decide(b, roles.get(i), body, titleKey);
        byClassifier.add(d.verdict() == Verdict.KEEP && !good[i] ? Decision.drop("not story-like") : d);
      }
      return new Result(container, byClassifier);
    }
    dropAnnouncedLists(blocks, decisions, container);
    return new Result(container, decisions);
  }

  /**
   * Drops the entries after a line that announces other pages ("More stories", "Related coverage", "Don't miss"):
   * list items, linked lines and short lines, up to the next paragraph of the story.
   */
  private static void dropAnnouncedLists(List<TextBlock> blocks, List<Decision> decisions, Element container) {
    boolean inList = false;
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      Decision d = decisions.get(i);
      if (!isInside(b.owner(), container)) {
        inList = false;
        continue;
      }
      if (Boilerplate.isListHeader(b.text())) {
        inList = true;
        if (d.verdict() == Verdict.KEEP) {
          decisions.set(i, Decision.drop("list of other pages"));
        }
        continue;
      }
      if (!inList || d.verdict() != Verdict.KEEP) {
        continue;
      }
      // A heading of plain text opens a new section of the story; a linked one is another page's title.
      boolean entry = b.linkDensity() > MAX_LINK_DENSITY || b.opensWithLink()
          || b.kind() != Block.Kind.HEADING
              && (b.kind() == Block.Kind.LIST_ITEM || !isSentence(b) && b.length() < ParagraphClassifier.LENGTH_LOW);
      if (entry) {
        decisions.set(i, Decision.drop("list of other pages"));
      } else {
        inList = false;
      }
    }
  }

  /** The element within {@code root} (itself included) whose blocks add up to the most; the deeper one on a tie. */
  private static Element argmax(Map<Element, double[]> sums, Element root) {
    Element best = root;
    double bestSum = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, double[]> en : sums.entrySet()) {
      double s = en.getValue()[0];
      if ((s > bestSum || s == bestSum && depth(en.getKey()) > depth(best)) && isInside(en.getKey(), root)) {
        bestSum = s;
        best = en.getKey();
      }
    }
    return best;
  }

  /**
   * When the container holds several {@code <article>}s side by side (the story and teasers of others, each in an
   * article of its own), the one that prints the headline, or else one that holds most of the container's value;
   * null when there is no such choice to make.
   */
  private static Element storyUnit(Element container, Element headline, Map<Element, double[]> sums) {
    List<Element> units = new ArrayList<>();
    for (Element a : container.getElementsByTag("article")) {
      if (a != container && !hasArticleBetween(a, container)) {
        units.add(a);
      }
    }
    if (units.size() < 2) {
      return null;
    }
    Element richest = null;
    double richestSum = Double.NEGATIVE_INFINITY;
    for (Element a : units) {
      if (headline != null && isInside(headline, a)) {
        return a;
      }
      double s = sums.containsKey(a) ? sums.get(a)[0] : 0;
      if (s > richestSum) {
        richestSum = s;
        richest = a;
      }
    }
    double total = sums.containsKey(container) ? sums.get(container)[0] : 0;
    return richestSum >= UNIT_SHARE * total ? richest : null;
  }

  private static boolean hasArticleBetween(Element e, Element container) {
    for (Element x = e.parent(); x != null && x != container; x = x.parent()) {
      if (x.normalName().equals("article")) {
        return true;
      }
    }
    return false;
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
    if (Boilerplate.isAppeal(b.text())) {
      return Decision.drop("appeal or contact line");
    }
    // A sentence of the story may link half its words; a line of links that is no sentence is furniture.
    double ld = b.linkDensity();
    if (ld > MAX_LINK_DENSITY && !(ld <= SENTENCE_LINK_DENSITY && isSentence(b))) {
      return Decision.drop("links");
    }
    return Decision.KEEP;
  }

  /** Whether a block reads as a sentence: several words and a closing stop. */
  static boolean isSentence(TextBlock b) {
    String t = b.text();
    if (t.isEmpty() || b.words() < SENTENCE_WORDS) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (last == '"' || last == '”' || last == '»' || last == ')' || last == '\'') {
      last = t.length() > 1 ? t.charAt(t.length() - 2) : last;
    }
    return last == '.' || last == '!' || last == '?' || last == '。' || last == '…' || last == ':';
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
}
