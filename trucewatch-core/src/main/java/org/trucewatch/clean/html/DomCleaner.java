package org.trucewatch.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.trucewatch.clean.RemovedBlock;
import org.trucewatch.internal.Texts;

/**
 * Removes what a reader never sees as text: scripts, styles, embedded objects, form controls and elements hidden by the
 * {@code hidden} attribute, {@code aria-hidden} or an inline {@code display:none}. Works in place on a document that
 * the caller parsed for this one page; stateless and thread-safe.
 */
final class DomCleaner {

  /** Elements whose content is never story text. */
  private static final Set<String> DROP = Set.of(
      "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "frame", "frameset", "object",
      "embed", "applet", "video", "audio", "source", "track", "map", "input", "select", "option", "optgroup",
      "textarea", "button", "link", "meta", "base", "head", "title", "dialog", "datalist", "progress", "meter");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

  /** Removed text shorter than this is not reported. */
  private static final int REPORT_CHARS = 40;

  private DomCleaner() {}

  /** Cleans {@code root} in place; returns the larger hidden texts it dropped. */
  static List<RemovedBlock> clean(Element root) {
    List<RemovedBlock> removed = new ArrayList<>();
    Elements all = root.getAllElements();
    // Walk from the end so that removing an element never skips one still to visit.
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      if (e == root || e.parent() == null) {
        continue;
      }
      String tag = e.normalName();
      if (DROP.contains(tag) || tag.contains(":") && !tag.startsWith("o:")) {
        e.remove();
      } else if (isHidden(e)) {
        String text = Texts.collapseSpaces(e.text());
        if (text.length() >= REPORT_CHARS) {
          removed.add(new RemovedBlock(text, "hidden element"));
        }
        e.remove();
      }
    }
    return removed;
  }

  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    if ("true".equalsIgnoreCase(e.attr("aria-hidden").trim())) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
  }
}
