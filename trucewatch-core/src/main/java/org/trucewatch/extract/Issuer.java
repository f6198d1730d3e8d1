package org.trucewatch.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who issued a document that is itself a statement, read from its title: "Statement of the Ministry of Defence of the
 * Republic of Armenia", "Spot Report by the OSCE Special Monitoring Mission", "Al-Quds Brigades: ...", "White Knight
 * Corps statement on ...". What such a document tells in its own voice is its issuer's claim. Stateless.
 */
final class Issuer {

  private static final String KIND = "(?:statement|spot report|daily report|report|information bulletin|bulletin|"
      + "press release|communiqu[eé]|update|briefing|announcement)";
  // "Statement of/by/from (the) X [: ...| on ...]"
  private static final Pattern OF = Pattern.compile("(?i)^\\s*" + KIND + "\\s+(?:of|by|from)\\s+(?:the\\s+)?"
      + "(.{3,90}?)(?:\\s*[:(]|\\s+on\\s|\\s+about\\s|$)");
  // "X statement on ...", "X communique"
  private static final Pattern BEFORE = Pattern.compile("(?i)^\\s*([^:()]{3,60}?)\\s+" + KIND + "(?:\\s|$)");
  // "X: ..." where X is a short capitalised name (an organisation speaking in its own name)
  private static final Pattern PREFIX = Pattern.compile("^\\s*((?:[A-Z][\\w'’.&-]*|of|the|and|-|\\s)+?)\\s*:\\s+\\S");

  private Issuer() {}

  /** The issuer named by the title, or null when the title does not present the document as a statement. */
  static String of(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    Matcher m = OF.matcher(title);
    if (m.find()) {
      return clean(m.group(1));
    }
    m = BEFORE.matcher(title);
    if (m.find() && Character.isUpperCase(m.group(1).strip().charAt(0)) && m.group(1).split("\\s+").length <= 8) {
      return clean(m.group(1));
    }
    m = PREFIX.matcher(title);
    if (m.find()) {
      String name = m.group(1).strip();
      int words = name.split("\\s+").length;
      // A place before a colon is a dateline or a topic ("Gaza: ..."), not a speaker: it needs an organisation word.
      if (words <= 8 && ORGANISATION.matcher(name).find()) {
        return clean(name);
      }
    }
    return null;
  }

  private static final Pattern ORGANISATION = Pattern.compile("(?i)\\b(ministry|army|forces|command|brigades?|"
      + "corps|militia|mission|network|movement|committee|council|office|spokesman|spokesperson|idf|isp?r|"
      + "military|police|agency|directorate|government|authority|authorities|wing)\\b");

  private static String clean(String s) {
    String out = s.strip().replaceAll("[\\s,;:-]+$", "");
    return out.toLowerCase(Locale.ROOT).startsWith("the ") ? out.substring(4) : out;
  }
}
