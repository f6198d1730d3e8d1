package org.trucewatch.clean.html;

import java.util.regex.Pattern;

/**
 * Lines that news sites print around every story whatever the story is: ad labels, share and follow prompts,
 * newsletter and donation appeals, "read more" and "related" headers, cookie notices, copyright lines. Matched only
 * against short blocks, and only as whole lines, so a sentence of the story that mentions advertising is kept.
 * Stateless and thread-safe.
 */
final class Boilerplate {

  /** Blocks longer than this are never judged by their wording alone. */
  static final int MAX_CHARS = 160;

  private static final Pattern WHOLE_LINE = Pattern.compile(
      "^(?:advertisement|advertising|advert|ads?|sponsored(?: content| links?)?|paid content|promoted(?: content)?"
          + "|story continues below(?: advertisement)?|article continues below.*|continue reading.*"
          + "|scroll (?:down )?to continue.*|(?:click )?(?:here )?to read more.*|read (?:more|next|also|the full).*"
          + "|related(?: articles?| stories| content| coverage| news| posts?| topics| links)?"
          + "|see also|more(?: on (?:this|that))?(?: stories| news)?|also read.*|you (?:may|might) (?:also )?like.*"
          + "|recommended(?: for you| stories| reading)?|more from .{0,40}|most (?:read|popular|viewed|shared).*"
          + "|trending(?: now| stories)?|top stories|latest(?: news| stories)?|editor'?s? picks?"
          + "|share(?: this)?(?: article| story| post| page)?(?: on .{0,30})?|share via.*|tweet|email|e-mail|print"
          + "|copy link|copied!?|comments?|\\d+ comments?|leave a (?:comment|reply).*|join the (?:conversation|discussion).*"
          + "|sign up.*|subscribe.*|follow us.*|follow .{0,40} on (?:twitter|facebook|instagram|telegram).*"
          + "|like us on facebook.*|get (?:our|the) .{0,40}newsletter.*|newsletter|donate.*|support (?:our|us|independent).*"
          + "|click here.*|tap here.*|skip to .*|back to top|go to top|loading\\.*|please wait\\.*"
          + "|(?:image|photo|picture|video|graphic|illustration)(?: credit)?s?\\s*:.*|getty images|afp|reuters|ap photo.*"
          + "|copyright .*|© .*|\\(c\\) .*|all rights reserved.*|watch(?: now| live| video| more)?(?:\\s*:.{0,60})?"
          + "|listen(?: now| to (?:this|the) (?:article|story|podcast))?(?:\\s*:.{0,40})?|download (?:the|our) .{0,30}app.*"
          + "|this (?:article|story|content) (?:is|was) (?:from|originally|produced|published|provided).{0,80}"
          + "|we use cookies.*|this (?:web)?site uses cookies.*|accept(?: all)?(?: cookies)?|cookie (?:policy|settings)"
          + "|terms (?:of|and) (?:use|service|conditions).*|privacy policy.*|report (?:an? )?(?:error|typo|correction).*"
          + "|реклама|anzeige|werbung|publicité|publicidad|pubblicità|reklam|գովազդ|читайте также.*|читайте также:.*"
          + "|поделиться|подписывайтесь.*|lire aussi.*|à lire aussi.*|lesen sie auch.*|leia também.*|lee también.*"
          + "|leggi anche.*|ayrıca okuyun.*|həmçinin oxuyun.*)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A line that announces a list of other pages: "More Great Stories", "Related coverage", "Don't miss". */
  private static final Pattern LIST_HEADER = Pattern.compile(
      "^(?:(?:more|other|related|recommended|popular|top|latest|trending|further|similar|suggested|featured|recent)"
          + "\\b.{0,40}\\b(?:stories|articles|news|posts|reads?|reading|videos|coverage|content|links|headlines)"
          + "|related(?: articles?| stories| content| coverage| news| posts?| topics| links)?|see also|also read"
          + "|read (?:next|also)|read more (?:about|on|from|stories|news).{0,30}|you (?:may|might) (?:also )?(?:like|enjoy|be interested in).{0,20}"
          + "|recommended(?: for you)?|more from .{0,40}|most (?:read|popular|viewed|shared)|don'?t miss"
          + "|must read|editor'?s? picks?|further reading|trending(?: now)?|more on (?:this|that)(?: story| topic)?"
          + "|читайте также|по теме|lire aussi|à lire aussi|lesen sie auch|leia também|lee también|leggi anche)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A picture caption's closing credit: "(Image: GETTY)", "[Photo: Reuters]", "Photo: AFP", "/ Getty Images",
   * "| AP Photo".
   */
  private static final Pattern CREDIT = Pattern.compile(
      "(?:[(\\[]\\s*(?:image|photo|picture|pic|photograph|credit|video|source|фото|foto)s?\\s*(?:credit\\s*)?[:/][^)\\]]{1,60}[)\\]]"
          + "|(?:photo|image|picture|фото|foto)\\s*:\\s*[^.]{1,50}|[/|]\\s*(?:getty images|ap photo|afp|reuters|epa|shutterstock)"
          + "[^.]{0,30})\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Captions longer than this are not recognised by their credit alone. */
  static final int MAX_CAPTION_CHARS = 300;

  /** Appeals and contact lines that a short block may carry inside a sentence. */
  private static final Pattern APPEAL = Pattern.compile(
      "(?:sign up|subscribe)\\b.{0,60}\\b(?:newsletters?|updates|inbox|alerts|podcast)\\b"
          + "|\\bfollow (?:him|her|them|us|me)\\b.{0,30}\\b(?:on|at) (?:twitter|facebook|instagram|telegram|linkedin)"
          + "|\\b(?:can|may) be (?:reached|contacted) (?:at|via|on)\\b|^(?:have|got) a (?:news )?tip\\b"
          + "|^(?:contact|email|e-mail) the (?:author|reporter|writer)\\b|\\ball rights reserved\\b"
          + "|^copyright\\b|^©"
          + "|\\bbecome (?:a |our )?(?:patron|supporter|subscriber|paying member)s?\\b"
          + "|\\bsupport (?:our|independent|quality) journalism\\b|\\b(?:is|are) funded by (?:its|our) readers\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Blocks longer than this are never judged by an appeal inside them. */
  static final int MAX_APPEAL_CHARS = 220;

  /** Trailing punctuation and arrows that decorate such lines: "Read more »", "Share:". */
  private static final Pattern DECORATION = Pattern.compile("^[\\s\\p{Punct}»«›‹→←▶►•·|]+|[\\s\\p{Punct}»«›‹→←▶►•·|]+$");

  private Boilerplate() {}

  /** Whether {@code text} is, as a whole line, one of the site's standing lines. */
  static boolean isBoilerplate(String text) {
    if (text.length() > MAX_CHARS) {
      return false;
    }
    String t = DECORATION.matcher(text).replaceAll("");
    return !t.isEmpty() && WHOLE_LINE.matcher(t).matches();
  }

  /** Whether a block reads as a picture caption: it ends with a photo credit. */
  static boolean isCaption(String text) {
    return text.length() <= MAX_CAPTION_CHARS && CREDIT.matcher(text).find();
  }

  /** Whether a line announces a list of other pages that follows it. */
  static boolean isListHeader(String text) {
    if (text.length() > 80) {
      return false;
    }
    String t = DECORATION.matcher(text).replaceAll("");
    return !t.isEmpty() && LIST_HEADER.matcher(t).matches();
  }

  /** Whether a short block is an appeal to subscribe or follow, or the author's contact line. */
  static boolean isAppeal(String text) {
    return text.length() <= MAX_APPEAL_CHARS && APPEAL.matcher(text).find();
  }
}
