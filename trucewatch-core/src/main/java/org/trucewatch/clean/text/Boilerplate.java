package org.trucewatch.clean.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of web-page furniture as it survives in a page's visible text: share and follow widgets, notification and
 * registration prompts, donation appeals, advertisement slots, comment forms, author boxes, related-story lists,
 * copyright and mirror-site notices. Every pattern is about how sites talk to their readers, never about a particular
 * site or story.
 */
final class Boilerplate {

  private Boilerplate() {}

  /** A line that is furniture on its own, wherever it stands. */
  private static final List<Pattern> LINE = compile(
      "^(advertisement|advertising|sponsored( content)?|ad|ads|promoted|paid content|partner content)$",
      "^(share|share this( article| story| page)?|share on \\w+|tweet|email|print|comments?|\\d+ comments?|reply|"
          + "like|follow|follow us|subscribe|sign up|log ?in|sign in|register|menu|search|close|skip to content|"
          + "skip to main content|back to top|top|home|next|previous|more|load more|see more|show more|read more|"
          + "view comments|listen|listen to this article|save|bookmark|copy link|copied|avatar|spread the love)\\W*$",
      "\\bshare (this|the) (article|story|post|page)\\b",
      "\\b(stay up to date|get (the latest|breaking) news|turn on notifications|notifications can be managed|"
          + "allow notifications|enable notifications|push notifications)\\b",
      "\\b(sign up for|subscribe to) (our|the) \\w+( \\w+)? (newsletter|alerts?|updates|briefing)\\b",
      "\\b(thank you for registering|thanks for (signing up|subscribing|registering)|already (a subscriber|registered)|"
          + "create (a free |an )?account|forgot (your )?password|log ?in to (comment|continue)|"
          + "refresh (the|your) (page|browser)|to be logged in|automatically logged in)\\b",
      "\\b(all rights reserved|copyright ©|© \\d{4}|\\(c\\) \\d{4}|terms of (use|service)|privacy policy|"
          + "cookie (policy|settings|preferences)|we use cookies|accept (all )?cookies)\\b",
      "\\b(website|site|app|apps|channel) (can|may) also be (accessed|reached|found|viewed)\\b|"
          + "\\balternate (addresses|address|domains?)\\b|\\bdownload (our|the) app\\b",
      "\\b(follow|join|like) us on (facebook|twitter|x|instagram|telegram|youtube|whatsapp|linkedin|tiktok)\\b",
      "^(news ?id|story ?id|article ?id|code)\\s*[:#]\\s*\\d+",
      "^\\W*(comment|comments|leave a (comment|reply)|post a comment|your (comment|name|email)|name|email|website)"
          + "\\s*[:*]?\\W*$",
      "\\b(is|are) not (involved in|responsible for) (this|the) (news )?(article|content|story)\\b",
      "\\[email(&#160;|\\s)?protected\\]",
      "\\b(support|fund) (independent|quality|our|free) (journalism|reporting|news)\\b",
      "\\bwith a donation\\b|\\b(donate|make a (donation|contribution)) (now|today|here)\\b",
      "^(click|tap) here\\b|\\bclick here to\\b",
      "^(related|related (articles?|stories|news|posts|content|coverage|topics)|more (stories|news|from|on this)"
          + "( \\w+){0,3}|you (may|might) (also )?(like|be interested in)|recommended( for you)?|most (read|popular|"
          + "viewed|shared)|trending( now)?|latest (news|stories)|top stories|editor'?s picks|don'?t miss|"
          + "what to read next|read (also|next)|see also|also read|in other news|about (the )?author|"
          + "about the writer|more in \\w+)\\W*$",
      "^(read more|read also|also read|see also|related|more|watch|listen)\\s*[:|»>]",
      "^(tags?|topics?|filed under|categories|category|keywords?)\\s*:",
      "^\\d+\\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b.{0,30}$",
      "\\b(the latest (news|stories|updates) from)\\b");

  /**
   * Lines holding one phrase and, later, another ("newsletter ... sign up", "PayPal ... donate"): tested as a pair of
   * searches, since {@code first.*then} rescans the rest of the line after every "first" (80,000 characters took 24 s).
   */
  private static final List<Pattern[]> LINE_PAIRS = List.of(
      pair("\\bnewsletter\\b", "\\b(sign up|subscribe|inbox|email)\\b"),
      pair("\\b(sign up|subscribe)\\b", "\\bnewsletter\\b"),
      pair("\\b(paypal|patreon|btc|usdt|bitcoin)\\b", "\\b(donat\\w*|support)\\b"),
      pair("\\b(donat\\w*|support)\\b", "\\b(paypal|patreon)\\b"));

  /** A breadcrumb trail is short; the pattern's group loop recurses per segment (a 20k line overflowed the stack). */
  private static final int MAX_BREADCRUMB_CHARS = 300;
  private static final Pattern LINE_TERMINATOR = Pattern.compile("[\\n\\r\\u0085\\u2028\\u2029]");

  /** A line after which the rest of the page is not the story (related lists, author boxes, comment threads). */
  private static final Pattern END_MARKER = Pattern.compile(
      "^(related|related (articles?|stories|news|posts|content|coverage)|more (stories|news)( from \\w+( \\w+)?)?|"
          + "you (may|might) (also )?(like|be interested in)|recommended( for you)?|most (read|popular|viewed|shared)|"
          + "trending( now)?|top stories|editor'?s picks|don'?t miss|what to read next|read next|about (the )?author|"
          + "about the writer|comments?|\\d+ comments?|leave a (comment|reply)|post a comment|join the conversation|"
          + "conversation|discussion)\\W*$", Pattern.CASE_INSENSITIVE);

  /** A picture credit: the tail of a caption. */
  private static final Pattern CAPTION_CREDIT = Pattern.compile(
      "(\\((photo|picture|image|file photo|video)[^)]{0,60}\\)|\\((via |credit: ?)?[A-Z][\\w.&/ -]{1,40} "
          + "(photo|photos|images?|pictures?)\\)|\\(via [^)]{2,40}\\)|\\((AFP|AP|Reuters|EPA|Getty|Anadolu|TASS|"
          + "Xinhua|IRNA|Sputnik|RIA Novosti|Shutterstock)( (photo|images?|pictures?|file))?\\)|"
          + "\\bphoto(graph)?:\\s*\\S+[^.]{0,60}|\\b(photo|picture|image) (by|courtesy of|credit)\\b[^.]{0,60}|"
          + "\\(copyright \\d{4}[^)]*\\)|/ ?(AFP|AP|Reuters|EPA|Getty Images)( via Getty Images)?|\\bGetty Images)"
          + "\\s*\\.?\\s*$",
      Pattern.CASE_INSENSITIVE);

  /** How captions start when they describe a picture. */
  private static final Pattern CAPTION_START = Pattern.compile(
      "^(the|this) (photo|picture|image|file photo|handout photo|video grab|screenshot) (shows|showing|taken)\\b|"
          + "^(a|an) (handout|file) (photo|picture|image)\\b|^[\\[(]?(photo|picture|image|caption)( credit)?\\s*:"
          + "|^\\[(photo|picture|image|video|caption)\\]",
      Pattern.CASE_INSENSITIVE);

  /** A site addressing its readers: appeals for money, registration, loyalty. */
  private static final Pattern APPEAL = Pattern.compile(
      "\\b(donat(e|ion|ions|ing)|contribut(e|ion)|subscri(be|ption)|paywalls?|membership|journalism|"
          + "support (us|our|the)|your support|sign up|register|newsletter)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern BREADCRUMB = Pattern.compile("^[\\p{L}&' ]{1,30}(\\s+[/>|»›]\\s+[\\p{L}&' ]{1,30})+$");

  /** An embedded social post's signature: "— Name (@handle) October 10, 2020". */
  private static final Pattern POST_SIGNATURE = Pattern.compile(
      "^[—–-]\\s*.{1,60}\\(@\\w+\\)\\s*\\w+ \\d{1,2}, \\d{4}\\s*$");

  static boolean isFurniture(String line) {
    String l = line.toLowerCase(Locale.ROOT);
    for (Pattern p : LINE) {
      if (p.matcher(l).find()) {
        return true;
      }
    }
    // '.' stops at line terminators, so each pair is sought within one terminator-free piece.
    for (String piece : LINE_TERMINATOR.split(l, -1)) {
      for (Pattern[] p : LINE_PAIRS) {
        Matcher first = p[0].matcher(piece);
        if (first.find() && p[1].matcher(piece).find(first.end())) {
          return true;
        }
      }
    }
    return line.length() <= MAX_BREADCRUMB_CHARS && BREADCRUMB.matcher(line).matches();
  }

  private static Pattern[] pair(String first, String then) {
    return new Pattern[] {Pattern.compile(first, Pattern.CASE_INSENSITIVE), Pattern.compile(then, Pattern.CASE_INSENSITIVE)};
  }

  /** The signature line of an embedded social post, whose date tells when the page was written at the earliest. */
  static boolean isPostSignature(String line) {
    return POST_SIGNATURE.matcher(line).matches();
  }

  static boolean isEndMarker(String line) {
    return END_MARKER.matcher(line.strip()).matches();
  }

  static boolean isCaption(String line) {
    return CAPTION_CREDIT.matcher(line).find() || CAPTION_START.matcher(line).find();
  }

  static int appealWords(String line) {
    int n = 0;
    var m = APPEAL.matcher(line);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Characters of the line that are URLs, e-mail addresses or handles. */
  static int urlChars(String line) {
    return UrlChars.count(line);
  }

  private static List<Pattern> compile(String... regexes) {
    return java.util.Arrays.stream(regexes).map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE)).toList();
  }
}
