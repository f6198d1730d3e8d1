package org.trucewatch.clean.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.trucewatch.clean.Block;
import org.trucewatch.internal.Texts;

/**
 * Keeps or drops each block once the story's container is known: blocks outside it, in furniture or comments inside
 * it, the headline printed again, standing lines ("Advertisement", "Share this"), appeals, link lists and the entries
 * after a "More stories" line are dropped; captions are set apart. Stateless and thread-safe.
 */
final class BlockJudge {

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

  /** A block whose link text is more than this share of it is a list of links... */
  static final double MAX_LINK_DENSITY = 0.5;

  /** ...unless it reads as a sentence and has at least a fifth of plain text. */
  static final double SENTENCE_LINK_DENSITY = 0.8;

  /** Fewest words of a block that reads as a sentence. */
  static final int SENTENCE_WORDS = 8;

  private BlockJudge() {}

  /**
   * Every block's decision for one container.
   *
   * @param roles the region role of each block
   * @param titleKey {@link Texts#foldKey} of the headline, or null
   */
  static List<Decision> judge(List<TextBlock> blocks, List<Hints.Role> roles, Element container, String titleKey) {
    List<Decision> decisions = new ArrayList<>(blocks.size());
    Element story = storyScope(container);
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      boolean caption = roles.get(i) == Hints.Role.CAPTION && ContentFinder.isInside(b.owner(), story);
      decisions.add(caption ? Decision.CAPTION : decide(b, roles.get(i), container, titleKey));
    }
    dropAnnouncedLists(blocks, decisions, container);
    return decisions;
  }

  /**
   * Where the story's pictures may be: its {@code <article>} or {@code <main>}, since the lead picture often sits
   * above the text's own container; else the container itself.
   */
  static Element storyScope(Element container) {
    for (Element e = container; e != null; e = e.parent()) {
      if (e.normalName().equals("article") || e.normalName().equals("main")) {
        return e;
      }
    }
    return container;
  }

  private static Decision decide(TextBlock b, Hints.Role role, Element container, String titleKey) {
    if (!ContentFinder.isInside(b.owner(), container)) {
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
    if (titleKey != null && Texts.foldKey(b.text()).equals(titleKey)) {
      return Decision.drop("headline");
    }
    if (Boilerplate.isBoilerplate(b.text())) {
      return Decision.drop("standing line");
    }
    if (Boilerplate.isCaption(b.text())) {
      return Decision.CAPTION;
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

  /**
   * Drops the entries after a line that announces other pages ("More stories", "Related coverage", "Don't miss"):
   * list items, linked lines and short lines, up to the next paragraph of the story.
   */
  private static void dropAnnouncedLists(List<TextBlock> blocks, List<Decision> decisions, Element container) {
    boolean inList = false;
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      Decision d = decisions.get(i);
      if (!ContentFinder.isInside(b.owner(), container)) {
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
}
