package org.trucewatch.clean.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.DateCandidate;
import org.trucewatch.clean.PageContent;
import org.trucewatch.clean.PageExtractor;
import org.trucewatch.clean.RemovedBlock;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.internal.Validate;

/**
 * The story of an HTML page: its paragraphs in reading order without the page furniture, its captions apart, and the
 * page's metadata (headline, byline, outlet, canonical address, language, every publication-date candidate).
 *
 * <p>Reads one decoded page (any markup, however broken; any language) and its address; writes a {@link PageContent}.
 * The page is parsed afresh on each call and nothing is kept between calls, so one instance serves any number of
 * threads; it owns nothing that needs closing. The steps: {@link MetadataReader} and {@link DateCollector} read the head
 * and JSON-LD, {@link DomCleaner} drops what is never visible text, {@link BlockSegmenter} cuts the body into blocks,
 * {@link ContentFinder} picks the story's container and judges each block in it.
 */
public final class HtmlPageExtractor implements PageExtractor {

  /** How far before and after the headline, in elements, a {@code <time>} or a "Published:" line is looked for. */
  private static final int DATE_WINDOW_BEFORE = 30;
  private static final int DATE_WINDOW_AFTER = 120;

  /** A byline printed as a line of its own: "By Jane Doe", "By Jane Doe and John Roe, Reuters". */
  private static final Pattern BYLINE_LINE = Pattern.compile(
      "^(?iu:by|von|par|por|di|door|av|от|автор:?)\\s+\\p{Lu}.{1,80}$");

  /**
   * A dateline opening the first paragraph: a place in capitals, perhaps a region or date after a comma and an agency
   * in brackets, then a dash or colon ("WASHINGTON (AP) —", "BAKU (Dispatches) –", "MARTUNI, Oct 14 --").
   */
  private static final Pattern DATELINE = Pattern.compile(
      "^(\\p{Lu}{2}[\\p{Lu}\\p{M}'’.-]*(?: \\p{Lu}[\\p{Lu}\\p{M}'’.-]*){0,3}(?:, [\\p{L}\\d][\\p{L}\\d .]{1,30})?"
          + "(?: ?\\([^)]{2,40}\\))? ?(?:[-–—]{1,2}|:))\\s");

  /** A "By ..." line counts as the byline only among the story's first few blocks. */
  private static final int BYLINE_MAX_POSITION = 3;

  private final int minBodyChars;
  private final int minParagraphChars;

  /** An extractor with the default settings. */
  public HtmlPageExtractor() {
    this(TrucewatchConfig.defaults().clean());
  }

  /**
   * @param clean {@code minBodyChars}: a page whose story text is shorter is reported as having none;
   *     {@code minParagraphChars}: shorter blocks are dropped
   */
  public HtmlPageExtractor(TrucewatchConfig.Clean clean) {
    Validate.notNull(clean, "clean settings");
    this.minBodyChars = Math.max(0, clean.minBodyChars());
    this.minParagraphChars = Math.max(1, clean.minParagraphChars());
  }

  @Override
  public PageContent extract(String page, String url) {
    return extract(page, url, null);
  }

  /**
   * One block's fate, for diagnostics (the article-extraction benchmark's {@code --page} explanations): the block, where
   * it was found and what became of it.
   *
   * @param text the block's text
   * @param kind what the block looked like (paragraph, heading, list item...)
   * @param linkDensity the share of its characters inside links
   * @param leadLinkChars characters of links at its start
   * @param verdict {@code KEEP}, {@code CAPTION} or {@code DROP}
   * @param reason why it was dropped or set apart; null when kept as a story block
   * @param path its element's path from the story's container
   * @param method how the container was found
   */
  public record Traced(String text, Block.Kind kind, double linkDensity, int leadLinkChars, String verdict,
      String reason, String path, String method) {}

  /** As {@link #extract(String, String)}, adding every block's decision to {@code trace} when it is not null. */
  public PageContent extract(String page, String url, List<Traced> trace) {
    Validate.notNull(page, "page");
    Document doc = Jsoup.parse(page, url == null ? "" : url);
    JsonLd ld = JsonLd.read(doc);
    MetadataReader.PageMetadata meta = MetadataReader.read(doc, ld, url);
    List<DateCandidate> dates = new ArrayList<>();
    DateCollector.fromHead(doc, ld, dates);

    Element body = doc.body();
    List<RemovedBlock> removed = new ArrayList<>(DomCleaner.clean(body));
    List<TextBlock> blocks = BlockSegmenter.segment(body);
    Element headline = headline(body, meta.title());
    ContentFinder.Result found = ContentFinder.find(body, blocks, meta.title(), headline, minBodyChars);

    Element anchor = headline != null ? headline : found.container();
    Window window = new Window(body, anchor);
    Assembly a = new Assembly(meta.byline(), removed);
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      BlockJudge.Decision d = a.refine(b, found.decisions().get(i), window.contains(b.owner()));
      if (trace != null) {
        trace.add(new Traced(b.text(), b.kind(), b.linkDensity(), b.leadLinkChars(), d.verdict().name(), d.reason(),
            path(b.owner(), found.container()), found.method()));
      }
      // only a block of the story's own container has a place in it: a sidebar's dates head no section
      a.add(b, d, ContentFinder.isInside(b.owner(), found.container()) && !aboutOtherPage(b.owner()));
    }
    List<Block> story = a.story;
    if (a.storyChars < minBodyChars && !story.isEmpty()) {
      unplace(removed);
      story.forEach(b -> removed.add(new RemovedBlock(b.text(), "too little text for a story")));
      story = List.of();
    }
    String declared = DeclaredBody.text(ld);
    if (declared != null && DeclaredBody.coverage(story, declared) < DeclaredBody.MIN_COVERAGE) {
      unplace(removed);
      story.forEach(b -> removed.add(new RemovedBlock(b.text(), "not the article body the page declares")));
      story = DeclaredBody.paragraphs(declared);
    }
    List<Element> times = new ArrayList<>();
    for (Element t : body.select("time[datetime], [pubdate]")) {
      if (window.contains(t) && !aboutOtherPage(t)) {
        times.add(t);
      }
    }
    DateCollector.fromArticle(times, a.labelled, dates);
    List<Element> bylines = new ArrayList<>();
    for (Element e : window.underHeadline(anchor, a.owners)) {
      if (!aboutOtherPage(e)) {
        bylines.add(e);
      }
    }
    DateCollector.fromBylines(bylines, dates);
    DateCollector.fromUrl(url != null ? url : meta.url(), dates);
    return new PageContent(meta.title(), a.byline, dateline(story), meta.outlet(), meta.url(), meta.language(), dates,
        story, a.captions, removed);
  }

  /** Forgets where the dropped blocks stood: the story they stood in is not the one the page keeps. */
  private static void unplace(List<RemovedBlock> removed) {
    removed.replaceAll(r -> r.before() == null ? r : new RemovedBlock(r.text(), r.reason()));
  }

  /** The dateline that opens the story's first paragraph, or null. */
  private static String dateline(List<Block> story) {
    if (story.isEmpty()) {
      return null;
    }
    Matcher m = DATELINE.matcher(story.get(0).text());
    return m.find() ? m.group(1) : null;
  }

  /** The story, captions and removed blocks of one page as its blocks' decisions come in, in page order. */
  private final class Assembly {
    final List<Block> story = new ArrayList<>();
    final List<String> captions = new ArrayList<>();
    final List<String> labelled = new ArrayList<>();
    /** The elements of the story's blocks, in page order. */
    final List<Element> owners = new ArrayList<>();
    final List<RemovedBlock> removed;
    String byline;
    int storyChars;

    Assembly(String byline, List<RemovedBlock> removed) {
      this.byline = byline;
      this.removed = removed;
    }

    /** The container's decision, with the date lines, bylines and slivers near the top taken out of the story. */
    BlockJudge.Decision refine(TextBlock b, BlockJudge.Decision d, boolean nearHeadline) {
      boolean kept = d.verdict() == BlockJudge.Verdict.KEEP;
      if (nearHeadline && DateCollector.labelledDate(b.text()) != null) {
        labelled.add(b.text());
        return kept ? BlockJudge.Decision.drop("date line") : d;
      }
      if (kept && nearHeadline && story.size() < BYLINE_MAX_POSITION && BYLINE_LINE.matcher(b.text()).matches()
          && !b.text().endsWith(".")) {
        if (byline == null) {
          byline = MetadataReader.stripBy(b.text());
        }
        return BlockJudge.Decision.drop("byline");
      }
      return kept && b.length() < minParagraphChars ? BlockJudge.Decision.drop("too short") : d;
    }

    void add(TextBlock b, BlockJudge.Decision d, boolean placed) {
      switch (d.verdict()) {
        case KEEP -> {
          story.add(new Block(b.text(), b.kind()));
          owners.add(b.owner());
          storyChars += b.length();
        }
        case CAPTION -> captions.add(b.text());
        // where it stood, as the story block it preceded: a dropped day heading still dates the entries below it
        default -> removed.add(new RemovedBlock(b.text(), d.reason(), placed ? story.size() : null));
      }
    }
  }

  /** A short description of where an element sits: its tag and names, its parent's, and whether in the story. */
  private static String path(Element e, Element container) {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    for (Element x = e; x != null && n < 4; x = x.parent(), n++) {
      sb.append(n == 0 ? "" : "<").append(x.normalName());
      String names = (x.id().isEmpty() ? "" : "#" + x.id()) + (x.className().isEmpty() ? "" : "." + x.className());
      sb.append(names.length() > 40 ? names.substring(0, 40) : names);
      if (x == container) {
        sb.append("[C]");
      }
    }
    return sb.toString();
  }

  /** Whether a {@code <time>} dates another page: inside a link, a list of other stories, or comments. */
  private static boolean aboutOtherPage(Element time) {
    for (Element e = time; e != null && !e.normalName().equals("body"); e = e.parent()) {
      if (e.normalName().equals("a") || Hints.listsOtherPages(e)) {
        return true;
      }
    }
    return false;
  }

  /** The {@code <h1>} that prints the headline, else the first {@code <h1>}; null when there is none. */
  private static Element headline(Element body, String title) {
    Elements h1s = body.getElementsByTag("h1");
    if (h1s.isEmpty()) {
      return null;
    }
    if (title != null) {
      String key = org.trucewatch.internal.Texts.foldKey(title);
      for (Element h : h1s) {
        if (org.trucewatch.internal.Texts.foldKey(h.text()).equals(key)) {
          return h;
        }
      }
    }
    return h1s.first();
  }

  /** The elements from a little before the headline to well after it, in document order. */
  private static final class Window {
    /** A byline is printed before the story's third block, or not at all. */
    private static final int BYLINE_BEFORE_BLOCK = 2;

    private final Map<Element, Integer> order = new IdentityHashMap<>();
    private final Elements all;
    private final int from;
    private final int to;

    Window(Element body, Element anchor) {
      all = body.getAllElements();
      for (int i = 0; i < all.size(); i++) {
        order.put(all.get(i), i);
      }
      int at = anchor == null ? 0 : order.getOrDefault(anchor, 0);
      from = at - DATE_WINDOW_BEFORE;
      to = at + DATE_WINDOW_AFTER;
    }

    boolean contains(Element e) {
      Integer i = order.get(e);
      return i != null && i >= from && i <= to;
    }

    /**
     * The elements where a byline may print the date: after the headline up to the story's third block, and before
     * it only inside the headline's own box (its parent or grandparent), since a date above the headline outside
     * it is the site's "today" line.
     */
    List<Element> underHeadline(Element anchor, List<Element> storyOwners) {
      int at = anchor == null ? 0 : order.getOrDefault(anchor, 0);
      int end = to;
      if (storyOwners.size() > BYLINE_BEFORE_BLOCK) {
        end = Math.min(end, order.getOrDefault(storyOwners.get(BYLINE_BEFORE_BLOCK), to));
      }
      Element box = anchor == null ? null : headlineBox(anchor);
      List<Element> out = new ArrayList<>();
      for (int i = Math.max(0, from); i < Math.min(all.size(), end); i++) {
        Element e = all.get(i);
        if (i > at || box != null && (e == box || e.parents().contains(box))) {
          out.add(e);
        }
      }
      return out;
    }

    private static Element headlineBox(Element headline) {
      Element box = null;
      Element e = headline.parent();
      for (int up = 0; up < 2 && e != null && !e.normalName().equals("body") && !e.normalName().equals("html"); up++) {
        box = e;
        e = e.parent();
      }
      return box;
    }
  }
}
