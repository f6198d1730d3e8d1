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

  /**
   * The story's container, one decision per block, and which reading decided: "container", "classifier" (the
   * container held too little) or "classifier region" (the two disagreed and the classifier's story was far longer).
   */
  record Result(Element container, List<BlockJudge.Decision> decisions, String method) {}

  /** Fixed cost of a block, in characters: short lines (menus, labels) count against the container holding them. */
  private static final double BLOCK_COST = 25;

  /** How far the two readings must differ, in length and overlap, before the classifier's region is taken. */
  private static final int DISAGREEMENT = 2;

  /** An article holding this share of its container's value is the story among teasers. */
  private static final double UNIT_SHARE = 0.5;

  /** A heading linked this much is another page's title. */
  private static final double TITLE_LINK_DENSITY = 0.5;

  /** Linked titles it takes to make a list of teasers... */
  private static final int MIN_TEASERS = 4;

  /** ...when their summaries are more than this share of the kept text. */
  private static final double TEASER_SHARE = 0.5;

  /** How many levels above a title its teaser's box may be. */
  private static final int ITEM_DEPTH = 3;

  /** Furniture counts against its container by half its length and a block's cost. */
  private static final double FURNITURE_WEIGHT = 0.5;

  private ContentFinder() {}

  /**
   * @param body the page's body
   * @param blocks its blocks in page order
   * @param title the headline, or null
   * @param headline the element that prints the headline, or null
   * @param minStoryChars a container keeping less text than this has not found the story
   */
  static Result find(Element body, List<TextBlock> blocks, String title, Element headline, int minStoryChars) {
    if (blocks.isEmpty()) {
      return new Result(body, List.of(), "container");
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
    String titleKey = title == null ? null : Texts.foldKey(title);
    List<Hints.Role> roles = new ArrayList<>(blocks.size());
    for (TextBlock b : blocks) {
      roles.add(regions.role(b));
    }
    List<BlockJudge.Decision> decisions = BlockJudge.judge(blocks, roles, container, titleKey);
    boolean[] good = ParagraphClassifier.classify(blocks, roles);
    int containerChars = 0;
    int classifierChars = 0;
    int bothChars = 0;
    for (int i = 0; i < blocks.size(); i++) {
      int len = blocks.get(i).length();
      boolean kept = decisions.get(i).verdict() == BlockJudge.Verdict.KEEP;
      containerChars += kept ? len : 0;
      classifierChars += good[i] ? len : 0;
      bothChars += kept && good[i] ? len : 0;
    }
    if (containerChars < minStoryChars && classifierChars >= minStoryChars) {
      // The container holds next to nothing: trust the block-by-block reading of the whole page.
      List<BlockJudge.Decision> byClassifier = BlockJudge.judge(blocks, roles, body, titleKey);
      for (int i = 0; i < blocks.size(); i++) {
        if (byClassifier.get(i).verdict() == BlockJudge.Verdict.KEEP && !good[i]) {
          byClassifier.set(i, BlockJudge.Decision.drop("not story-like"));
        }
      }
      return new Result(body, byClassifier, "classifier");
    }
    if (classifierChars > DISAGREEMENT * containerChars && bothChars < containerChars / DISAGREEMENT) {
      // The two readings found different stories and the classifier's is far longer: take the region it found.
      Element region = commonAncestor(blocks, good);
      if (region != null && region != body) {
        return new Result(region, BlockJudge.judge(blocks, roles, region, titleKey), "classifier region");
      }
    }
    if (isTeaserList(blocks, decisions, container)) {
      for (int i = 0; i < decisions.size(); i++) {
        if (decisions.get(i).verdict() == BlockJudge.Verdict.KEEP) {
          decisions.set(i, BlockJudge.Decision.drop("list of teasers, not a story"));
        }
      }
    }
    return new Result(container, decisions, "container");
  }

  /**
   * Whether the kept text is a section page's teasers rather than a story: several linked headlines, and most of the
   * kept text sits right under one of them as its summary.
   */
  static boolean isTeaserList(List<TextBlock> blocks, List<BlockJudge.Decision> decisions, Element container) {
    int titles = 0;
    int keptChars = 0;
    int summaryChars = 0;
    TextBlock title = null;
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      if (!isInside(b.owner(), container)) {
        continue;
      }
      if (b.kind() == Block.Kind.HEADING && b.linkDensity() >= TITLE_LINK_DENSITY) {
        titles++;
        title = b;
        continue;
      }
      if (decisions.get(i).verdict() == BlockJudge.Verdict.KEEP) {
        keptChars += b.length();
        if (title != null && sameItem(title, b, container)) {
          summaryChars += b.length();
        }
        title = null;
      }
    }
    return titles >= MIN_TEASERS && summaryChars > TEASER_SHARE * keptChars;
  }

  /** Whether a block sits in the same small box as the linked title before it (a card, a list item). */
  private static boolean sameItem(TextBlock title, TextBlock b, Element container) {
    Element item = title.owner().parent();
    for (int level = 0; level < ITEM_DEPTH && item != null && item != container; level++, item = item.parent()) {
      if (isInside(b.owner(), item)) {
        return true;
      }
    }
    return false;
  }

  /** The deepest element that holds every block marked in {@code which}; null when none is marked. */
  static Element commonAncestor(List<TextBlock> blocks, boolean[] which) {
    Element common = null;
    for (int i = 0; i < blocks.size(); i++) {
      if (!which[i]) {
        continue;
      }
      Element e = blocks.get(i).owner();
      if (common == null) {
        common = e;
      } else {
        while (common != null && !isInside(e, common)) {
          common = common.parent();
        }
      }
    }
    return common;
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
        return -FURNITURE_WEIGHT * len - BLOCK_COST;
      case CAPTION:
        return 0;
      default:
        break;
    }
    if (b.linkDensity() > BlockJudge.MAX_LINK_DENSITY) {
      return -FURNITURE_WEIGHT * len - BLOCK_COST;
    }
    // A linked headline followed by a summary is a teaser of another page, unless the story's own body lists it.
    if (b.opensWithLink() && role != Hints.Role.CONTENT) {
      return -0.5 * b.linkChars() - BLOCK_COST;
    }
    double v = (len - b.linkChars()) - 0.5 * b.linkChars() - BLOCK_COST;
    return role == Hints.Role.CONTENT && v > 0 ? 1.5 * v : v;
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


}
