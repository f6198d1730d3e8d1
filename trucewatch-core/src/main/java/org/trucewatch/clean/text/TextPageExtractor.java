package org.trucewatch.clean.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trucewatch.clean.Block;
import org.trucewatch.clean.DateCandidate;
import org.trucewatch.clean.DateStrings;
import org.trucewatch.clean.PageContent;
import org.trucewatch.clean.PageExtractor;
import org.trucewatch.clean.RemovedBlock;
import org.trucewatch.clean.lang.LanguageDetector;
import org.trucewatch.internal.Texts;

/**
 * Finds the story in a plain-text page (the visible text of a web page, furniture and all), where there is no markup
 * to help: immutable and thread-safe. Reads the page text; writes a {@link PageContent} whose body holds the story's
 * paragraphs and whose title, byline, dateline and date candidates come from the lines above it.
 *
 * <p>Each line-block is first classified by its own evidence (jusText's length and function-word density, the wording of
 * site furniture, caption credits, date and byline shapes); the story is then the contiguous stretch of blocks with
 * the most prose weight (a maximum-sum span, so that an "Advertisement" slot inside the story does not cut it while a
 * donation appeal or a related-stories list beside it stays out); a second pass drops blocks at the stretch's edges that
 * share no vocabulary with it (topic drift: captions and teasers of other stories), and blocks written in the site's own
 * voice to its readers.
 */
public final class TextPageExtractor implements PageExtractor {

  private static final Pattern LABELLED_DATE = Pattern.compile(
      "^(?:publish(?:ed)?(?: date| on| at)?|posted(?: on| at)?|date(?: published)?|first published(?: on)?|"
          + "released(?: on)?)\\s*[:|–—-]?\\s*(.{6,80})$", Pattern.CASE_INSENSITIVE);
  private static final Pattern UPDATED = Pattern.compile(
      "^(?:last )?(?:updated|modified|edited)(?: on| at)?\\s*[:|–—-]?\\s*.{6,80}$", Pattern.CASE_INSENSITIVE);
  // A live blog's entry under its stamp ("Updated 10:15 The truce is now in force."): a sentence, not a date line
  private static final Pattern STAMPED_ENTRY = Pattern.compile(
      "^(?i:(?:last )?(?:updated|modified|edited|posted|published)(?: on| at)?:?)\\s*\\d{1,2}[:.]\\d{2}"
          + "(?i:\\s?[ap]\\.?m\\.?)?(?: [A-Z]{2,5})?\\s*[:|–—-]?\\s+[\"“‘]?\\p{Lu}\\S*(?:\\s+\\S+){4,}[.!?][\"”’]?$");
  private static final Pattern BYLINE = Pattern.compile(
      "^(?:by|via|from|written by|reporting by|reported by)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:[ ,&]+(?:and\\s+)?"
          + "[\\p{L}.'’-]+){0,7})\\s*$", Pattern.CASE_INSENSITIVE);
  // "BAKU (Dispatches) – ", "MOSCOW (AP) — ", "YEREVAN, Armenia, Oct 10 (Reuters) - ", "YEREVAN, September 14, 2022 — "
  private static final Pattern DATELINE_PREFIX = Pattern.compile(
      "^((?:\\p{Lu}[\\p{Lu}.'’-]+)(?:[ /]\\p{Lu}[\\p{Lu}.'’-]+){0,3}(?:,\\s*\\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+)?)?"
          + "(?:,\\s*(?:\\w{3,9}\\.? \\d{1,2}(?:, \\d{4})?|\\d{1,2} \\w{3,9} \\d{4}))?\\s*(?:\\([^)]{1,40}\\))?)"
          + "\\s*[–—-]{1,2}\\s+(?=\\p{Lu}|[\"“‘])");
  // A header line of segments: "By our staff | 28 March 2025, 19:42 | Updated 21:10", "Jane Doe · 12 May 2024 · 3 min read"
  private static final Pattern META_SEPARATOR = Pattern.compile("\\s+[|·•]\\s+");
  private static final Pattern SEGMENT_BYLINE = Pattern.compile(
      "^(?:by|written by|reporting by|reported by)\\s+(\\S.{0,60})$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEGMENT_OTHER = Pattern.compile(
      "^(?:(?:last )?(?:updated|modified|edited|published|posted)(?: on| at)?:?\\s*)?\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?"
          + "(?: [A-Z]{2,5})?$|^\\d{1,2} min(?:ute)?s? read$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE_TIME = Pattern.compile("^\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [A-Z]{2,5})?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SECTION_LABEL = Pattern.compile("^[\\p{Lu}][\\p{L}&' -]{0,24}$");

  private static final double DRIFT = 0.12;

  /** The reason given for a removed embedded-post signature ("— Name (@handle) October 10, 2020"). */
  public static final String EMBEDDED_POST_SIGNATURE = "embedded post signature";

  private static final String BYLINE_AND_DATE = "byline and date";

  private final LanguageDetector languages;

  public TextPageExtractor(LanguageDetector languages) {
    this.languages = languages;
  }

  @Override
  public PageContent extract(String page, String url) {
    String language = languages.detect(page);
    Set<String> stop = languages.stopwords(language == null ? "en" : language);
    if (stop.isEmpty()) {
      stop = languages.stopwords("en");
    }
    List<TextBlock> blocks = new ArrayList<>();
    for (String para : TextLines.paragraphs(page)) {
      blocks.add(new TextBlock(blocks.size(), para, stop));
    }
    if (blocks.isEmpty()) {
      return new PageContent(null, null, null, null, null, language, List.of(), List.of(), List.of(), List.of());
    }
    blocks.forEach(TextPageExtractor::classify);
    int[] span = bestSpan(blocks);
    Set<String> reporting = languages.reportingVerbs(language == null ? "en" : language);
    if (span != null && demoteOffTopic(blocks, span, reporting)) {
      span = bestSpan(blocks);
    }
    if (span == null) {
      span = shortStatement(blocks);
    } else {
      shortClosing(blocks, span, reporting);
    }
    if (span != null && span[0] < span[1] && blocks.get(span[0]).headlineShaped()
        && BYLINE_AND_DATE.equals(blocks.get(span[0] + 1).reason)) {
      span[0]++; // a headline right above its byline-and-date line is the title, not the story's first paragraph
    }
    return assemble(blocks, span, language);
  }

  private static void classify(TextBlock b) {
    String t = b.text;
    if (Boilerplate.isEndMarker(t)) {
      b.set(TextBlock.Kind.END, "end of story: " + t);
    } else if (Boilerplate.isFurniture(t)) {
      b.set(TextBlock.Kind.BAD, "site furniture");
    } else if (Boilerplate.isPostSignature(t)) {
      b.set(TextBlock.Kind.BAD, EMBEDDED_POST_SIGNATURE);
    } else if (Boilerplate.isCaption(t)) {
      b.set(TextBlock.Kind.CAPTION, "picture caption");
    } else if (segmented(b)) {
      b.set(TextBlock.Kind.META, BYLINE_AND_DATE);
    } else if (STAMPED_ENTRY.matcher(t).matches()) {
      b.set(TextBlock.Kind.NEAR_GOOD, null); // a stamped entry of a live page is prose however short
    } else if (LABELLED_DATE.matcher(t).matches() && DateStrings.parse(t).isPresent()) {
      b.set(TextBlock.Kind.META, "date line");
    } else if (UPDATED.matcher(t).matches() || isDateLine(t)) {
      b.set(TextBlock.Kind.META, "date line");
    } else if (BYLINE.matcher(t).matches()) {
      b.set(TextBlock.Kind.META, "byline");
    } else if (Boilerplate.urlChars(t) * 2 > t.length()) {
      b.set(TextBlock.Kind.BAD, "links");
    } else if (Boilerplate.appealWords(t) >= 2 || Boilerplate.appealWords(t) >= 1 && b.selfAddress >= 1) {
      b.set(TextBlock.Kind.BAD, "appeal to readers");
    } else if (b.chars() >= 200 && b.stopwordDensity >= 0.30) {
      b.set(TextBlock.Kind.GOOD, null);
    } else if (b.chars() >= 70 && b.stopwordDensity >= 0.25 || b.sentenceEnd && b.words >= 5
        && b.stopwordDensity >= 0.15 && b.startsUpper) {
      b.set(TextBlock.Kind.NEAR_GOOD, null);
    } else if (b.headlineShaped()) {
      b.set(TextBlock.Kind.HEADING, null);
    } else {
      b.set(TextBlock.Kind.SHORT, "short line");
    }
  }

  /** Whether the block is a header line of segments (segmentedMeta), which it then keeps for assemble. */
  private static boolean segmented(TextBlock b) {
    b.segments = segmentedMeta(b.text);
    return b.segments != null;
  }

  /**
   * A header line made of segments joined by '|', '·' or '•', one of them a date and the others a byline, a time, an
   * "Updated ..." stamp or a reading time: its byline segment (or null) and its first date segment; null for any other line.
   */
  static String[] segmentedMeta(String t) {
    if (t.length() > 160 || t.indexOf('|') < 0 && t.indexOf('·') < 0 && t.indexOf('•') < 0) {
      return null;
    }
    String[] parts = META_SEPARATOR.split(t.strip());
    String by = null;
    String date = null;
    boolean afterDate = false;
    for (String p : parts) {
      boolean wasDate = afterDate;
      afterDate = false;
      if (SEGMENT_BYLINE.matcher(p).matches()) {
        by = by == null ? p : by;
      } else if (wasDate && BARE_TIME.matcher(p).matches()) {
        date = date + ", " + p; // "17.10.2016 | 09:15": the time of the date before it
      } else if (SEGMENT_OTHER.matcher(p).matches() || UPDATED.matcher(p).matches()) {
        continue; // a modification stamp or a reading time says nothing of publication
      } else if (isDateLine(p) || LABELLED_DATE.matcher(p).matches() && DateStrings.parse(p).isPresent()) {
        afterDate = date == null;
        date = date == null ? p : date;
      } else {
        return null;
      }
    }
    return parts.length < 2 || date == null ? null : new String[] {by, date};
  }

  /** A line that is only a date (with weekday, time and zone at most): a dateline or a "today" banner. */
  private static boolean isDateLine(String t) {
    if (t.length() > 60) {
      return false;
    }
    var parsed = DateStrings.parse(t);
    if (parsed.isEmpty()) {
      return false;
    }
    String rest = t.replaceAll("(?i)\\b(mon|tue|wed|thu|fri|sat|sun)\\w*\\b|\\b[a-z]{3,9}\\.?|\\d+|[:,./()+-]|\\s", "");
    return rest.length() <= 2;
  }

  private static double weight(TextBlock b) {
    return switch (b.kind) {
      case GOOD -> b.chars();
      case NEAR_GOOD -> 0.7 * b.chars();
      case HEADING -> -5;
      case SHORT -> -25;
      case CAPTION, META -> -15;
      case BAD -> -(40 + 0.5 * b.chars());
      case END -> Double.NEGATIVE_INFINITY;
    };
  }

  /** The contiguous stretch of blocks with the most prose weight, trimmed to prose at both ends; null if none. */
  private static int[] bestSpan(List<TextBlock> blocks) {
    double best = 0;
    double run = 0;
    int runStart = 0;
    int[] span = null;
    for (int i = 0; i < blocks.size(); i++) {
      double w = weight(blocks.get(i));
      if (run <= 0) {
        run = 0;
        runStart = i;
      }
      run += w;
      if (run > best) {
        best = run;
        span = new int[] {runStart, i};
      }
      if (w == Double.NEGATIVE_INFINITY) {
        run = 0;
        runStart = i + 1;
      }
    }
    if (span == null) {
      return null;
    }
    while (span[0] < span[1] && !blocks.get(span[0]).isProse()) {
      span[0]++;
    }
    while (span[1] > span[0] && !blocks.get(span[1]).isProse()) {
      span[1]--;
    }
    return blocks.get(span[0]).isProse() ? span : null;
  }

  /**
   * A text with no running prose at all, such as a one-line statement or a feed summary: its lines of three words or
   * more that are not furniture are the story.
   */
  private static int[] shortStatement(List<TextBlock> blocks) {
    int first = -1;
    int last = -1;
    for (TextBlock b : blocks) {
      if (b.words >= 3 && (b.kind == TextBlock.Kind.SHORT || b.kind == TextBlock.Kind.HEADING)) {
        b.set(TextBlock.Kind.NEAR_GOOD, null);
      }
      if (b.isProse()) {
        first = first < 0 ? b.index : first;
        last = b.index;
      }
    }
    return first < 0 ? null : new int[] {first, last};
  }

  /**
   * Takes into the story a short closing sentence right after its last paragraph ("The militia denied any role."): a
   * capitalised line of two to four words ending in a period, with a reporting verb after its first word, that only
   * furniture follows. Such a line weighs as clutter, yet it is often the story's answer. Widens {@code span} in place.
   */
  private static void shortClosing(List<TextBlock> blocks, int[] span, Set<String> reporting) {
    int next = span[1] + 1;
    if (next >= blocks.size() || span[1] - span[0] < 1) {
      return; // a story of one paragraph has no "body paragraphs" to close
    }
    TextBlock b = blocks.get(next);
    if (b.kind != TextBlock.Kind.SHORT || b.words < 2 || b.words > 4 || !b.startsUpper
        || !b.text.strip().endsWith(".") || !b.verbAfterSubject(reporting)) {
      return;
    }
    for (int i = next + 1; i < blocks.size(); i++) {
      if (blocks.get(i).isProse()) {
        return; // not the story's last line
      }
    }
    b.set(TextBlock.Kind.NEAR_GOOD, null);
    span[1] = next;
  }

  /**
   * Demotes blocks at the story's edges that share almost no vocabulary with it (captions and teasers of other
   * stories, which look like prose), and prose written in the site's own voice to its readers. Inside the story, a
   * change of subject is legitimate background and is left alone; a long paragraph is never dropped for its topic.
   * Needs a story of some size to have a vocabulary to compare with. Returns whether anything changed.
   */
  private static boolean demoteOffTopic(List<TextBlock> blocks, int[] span, Set<String> reporting) {
    Map<String, Integer> vocab = new HashMap<>();
    int prose = 0;
    for (int i = span[0]; i <= span[1]; i++) {
      if (blocks.get(i).isProse()) {
        prose++;
        blocks.get(i).contentWords.forEach(w -> vocab.merge(w, 1, Integer::sum));
      }
    }
    boolean onlyBlock = blocks.size() == 1;
    boolean changed = false;
    int from = Math.max(0, span[0] - 3);
    int to = Math.min(blocks.size() - 1, span[1] + 3);
    for (int i = from; i <= to; i++) {
      TextBlock b = blocks.get(i);
      boolean inside = i > span[0] && i < span[1];
      // a text of one paragraph speaking to its reader is the article, not the site ("you feel the blast")
      boolean voice = b.isProse() && b.selfAddress >= 2 && !onlyBlock;
      // (a closing "The militia denied firing at the market." shares few words with the story yet is its answer)
      boolean edgeCandidate = !inside && prose >= 5 && b.contentWords.size() >= 3
          && (b.kind == TextBlock.Kind.NEAR_GOOD && !b.attributedSentence(reporting)
          || b.kind == TextBlock.Kind.HEADING);
      if (!voice && !edgeCandidate) {
        continue;
      }
      double overlap = overlap(b, vocab, i >= span[0] && i <= span[1]);
      if (voice && overlap < 2 * DRIFT) {
        b.set(TextBlock.Kind.BAD, "site speaking to readers");
        changed = true;
      } else if (edgeCandidate && overlap < DRIFT) {
        b.set(TextBlock.Kind.BAD, "off-topic");
        changed = true;
      }
    }
    return changed;
  }

  private static double overlap(TextBlock b, Map<String, Integer> vocab, boolean counted) {
    if (b.contentWords.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : b.contentWords) {
      int n = vocab.getOrDefault(w, 0) - (counted ? 1 : 0);
      if (n > 0) {
        shared++;
      }
    }
    return (double) shared / b.contentWords.size();
  }

  private PageContent assemble(List<TextBlock> blocks, int[] span, String language) {
    List<Block> body = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    List<RemovedBlock> removed = new ArrayList<>();
    List<DateCandidate> dates = new ArrayList<>();
    String title = null;
    String byline = null;
    String dateline = null;
    int start = span == null ? blocks.size() : span[0];
    int end = span == null ? -1 : span[1];

    int titleAt = -1; // a headline right above a byline-and-date line is the title, whatever came above it
    for (int i = 1; i < blocks.size() && i <= start + 2; i++) {
      if (BYLINE_AND_DATE.equals(blocks.get(i).reason) && blocks.get(i - 1).index < start
          && blocks.get(i - 1).headlineShaped() && blocks.get(i - 1).kind != TextBlock.Kind.BAD) {
        titleAt = i - 1;
        TextBlock above = i >= 2 ? blocks.get(i - 2) : null;
        if (above != null && isTitleCandidate(above, start) && above.text.matches("[^|·•:>]+")
            && above.words < blocks.get(i - 1).words) {
          titleAt = i - 2; // headline, then its standfirst, then the byline-and-date line
        }
        break;
      }
    }
    for (TextBlock b : blocks) {
      boolean before = b.index < start;
      if (b.kind == TextBlock.Kind.META && b.index <= start + 2) {
        if ("byline".equals(b.reason)) {
          byline = byline == null ? BYLINE.matcher(b.text).replaceFirst("$1") : byline;
        } else if (BYLINE_AND_DATE.equals(b.reason)) {
          String[] s = b.segments;
          if (s[0] != null && byline == null) {
            byline = SEGMENT_BYLINE.matcher(s[0]).replaceFirst("$1");
          }
          dates.add(dateCandidate(s[1], title != null || !before || b.index > 0 && hasTitleAbove(blocks, b.index)));
        } else {
          dates.add(dateCandidate(b.text, title != null || !before || b.index > 0 && hasTitleAbove(blocks, b.index)));
        }
      }
      if (b.index == titleAt || titleAt < 0 && title == null && isTitleCandidate(b, start)) {
        title = b.text;
        removed.add(new RemovedBlock(b.text, "headline (the title)", body.size()));
        continue;
      }
      if (b.kind == TextBlock.Kind.CAPTION) {
        captions.add(b.text);
      }
      if (b.index < start || b.index > end) {
        removed.add(new RemovedBlock(b.text, b.reason != null ? b.reason : "outside the story", body.size()));
        continue;
      }
      switch (b.kind) {
        case GOOD, NEAR_GOOD -> {
          String text = b.text;
          if (body.isEmpty()) {
            Matcher m = DATELINE_PREFIX.matcher(text);
            if (m.find()) {
              dateline = m.group(1).strip();
              text = text.substring(m.end());
              if (DateStrings.parse(dateline).isPresent()) {
                dates.add(new DateCandidate(dateline, DateCandidate.Origin.DATELINE));
              }
            }
          }
          body.add(new Block(text, Block.Kind.PARAGRAPH));
        }
        case HEADING -> body.add(new Block(b.text, Block.Kind.HEADING));
        default -> removed.add(new RemovedBlock(b.text, b.reason != null ? b.reason : "not prose", body.size()));
      }
    }
    return new PageContent(title, byline, dateline, null, null, language, dates, body, captions, removed);
  }

  /** A block above the story that may be its headline: heading-shaped, and not a one-to-three-word section label. */
  private static boolean isTitleCandidate(TextBlock b, int start) {
    boolean shaped = b.kind == TextBlock.Kind.HEADING || b.kind == TextBlock.Kind.NEAR_GOOD && b.headlineShaped();
    return b.index < start && shaped && (!SECTION_LABEL.matcher(b.text).matches() || b.words >= 4);
  }

  private static boolean hasTitleAbove(List<TextBlock> blocks, int index) {
    for (int i = 0; i < index; i++) {
      if (blocks.get(i).kind == TextBlock.Kind.HEADING) {
        return true;
      }
    }
    return false;
  }

  private static DateCandidate dateCandidate(String line, boolean belowTitle) {
    Matcher m = LABELLED_DATE.matcher(line);
    if (m.matches()) {
      return new DateCandidate(m.group(1), DateCandidate.Origin.LABELLED);
    }
    if (UPDATED.matcher(line).matches()) {
      // A modification date says when the page changed, not when the story was published.
      return new DateCandidate(line, DateCandidate.Origin.BANNER);
    }
    boolean timed = line.matches(".*\\d{1,2}[:.]\\d{2}.*");
    // A dated line above the headline with no time of day is the site's "today" banner, not the article's date.
    return new DateCandidate(Texts.collapseSpaces(line),
        timed || belowTitle ? DateCandidate.Origin.DATELINE : DateCandidate.Origin.BANNER);
  }
}
