package org.trucewatch.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who issued a document that is itself a statement, read from its title: "Statement of the Ministry of Defence of the
 * Republic of Armenia", "Spot Report by the OSCE Special Monitoring Mission", "Al-Quds Brigades: ...", "White Knight
 * Corps statement on ...", or a page headed by its publisher's name alone ("Ministry of Defence of the Republic of
 * Azerbaijan") above a "Press release" line. What such a document tells in its own voice is its issuer's claim. The
 * words (kinds of document, organisation nouns) are the lexicon's categories {@code dockind} and {@code issuerorg}.
 * Thread-safe once built.
 */
final class Issuer {

  private final Pattern of;
  private final Pattern before;
  private final Pattern organisation;
  private final Pattern orgOnly;
  private final Pattern kindLine;
  private final Pattern orgLead;
  private final Pattern topicKind;
  private final Pattern orgUnits;
  // "X: ..." where X is a short capitalised name (an organisation speaking in its own name); a word is taken whole
  // (possessive), else an all-capitals title with no colon ("INTER SERVICES PUBLIC RELATIONS") splits each word at
  // every capital and the search runs exponentially long
  private static final String NAME = "(?:\\s+[A-Z][\\w'’.-]*+){1,3}";
  // "No PR-194/2020-ISPR", "No. 12/2021-MOD": a release's reference number ending in its issuer's acronym
  private static final Pattern REFERENCE =
      Pattern.compile("\\bNo\\.?\\s*(?:[A-Z]{1,4}-)?\\d+/\\d{2,4}-([A-Z]{2,8})\\b");
  private static final Pattern PREFIX = Pattern.compile("^\\s*((?:[A-Z][\\w'’.&-]*+|of|the|and|-|\\s)+?)\\s*:\\s+\\S");

  Issuer(Lexicon lexicon) {
    String kind = alternation(lexicon.phrases("dockind"));
    String org = alternation(lexicon.phrases("issuerorg"));
    // "Statement of/by/from (the) X [: ...| on ...| , 8 October]", also after one qualifying word: "Operational
    // update of the Defense Army ...", "Joint statement by ..." (lexicon docqualifier: the word is no issuer)
    of = Pattern.compile("(?i)^\\s*(?:" + alternation(lexicon.phrases("docqualifier")) + "\\s+)?" + kind
        + "\\s+(?:of|by|from)\\s+(?:the\\s+)?(.{3,90}?)(?:\\s*[:(]|\\s*,\\s*\\d|\\s+on\\s|\\s+about\\s|$)");
    // "Ceasefire violation along the border: update from the Defence Spokesperson, Srinagar": a topic, then the kind of
    // document and its issuer (a live page's "Gaza: updates from the ground" names no organisation, so none)
    topicKind = Pattern.compile("(?i)^[^:|]{3,100}?\\s*[:|]\\s+(?:" + alternation(lexicon.phrases("docqualifier"))
        + "\\s+)?" + kind + "s?\\s+(?:of|by|from)\\s+(?:the\\s+)?(.{3,90}?)(?:\\s*[(]|\\s*,\\s*\\d|\\s+on\\s|$)");
    // "Sudanese Armed Forces - 19th Infantry Division (Merowe)": a command and its unit, a dash between them, the
    // unit's seat in brackets; each part an organisation's name (taken as a statement's heading only where a line under
    // it says what kind of document it is)
    String unit = "(?:[Tt]he\\s+)?(?:[A-Z0-9][\\w'’.-]*\\s+){0,3}(?i:" + org + ")"
        + "(?:\\s+(?:of|for|and)(?:\\s+the)?" + NAME + "){0,4}";
    orgUnits = Pattern.compile("^\\s*(" + unit + "(?:\\s+[-–|/]\\s+" + unit + ")*)(?:\\s*\\([^()]{2,40}\\))?\\s*$");
    // "X statement on ...", "X communique"
    before = Pattern.compile("(?i)^\\s*([^:()]{3,60}?)\\s+" + kind + "(?:\\s|$)");
    organisation = Pattern.compile("(?i)\\b" + org + "\\b");
    // "Ministry of Defence of the Republic of Azerbaijan": an organisation noun, then names of up to three capitalised
    // words joined by "of", "for" or "and" (a title-case headline runs more capitalised words together)
    orgOnly = Pattern.compile("^\\s*(?:[Tt]he\\s+)?(?:[A-Z][\\w'’.-]*\\s+){0,2}(?i:" + org + ")"
        + "(?:\\s+(?:of|for|and)(?:\\s+the)?" + NAME + "){1,4}\\s*$");
    // "Press release | 28.05.2021", "Information", "Statement - 14 October 2022"
    // also "Statement | 27 May 2021" (a month's name), "Statement on the situation near Marinka, 3 June 2015"
    kindLine = Pattern.compile("(?i)^\\s*" + kind
        + "(?:\\b[^a-z]*$|(?-i:[^a-z]*[A-Z][a-z]+[^a-z]*$)|\\s+on\\s+the\\s)");
    // "Inter Services Public Relations (ISPR) Rawalpindi - July 6, 2020": a line that opens with an
    // organisation's name (its acronym in brackets may follow), then a dateline's place and a dash or comma, or nothing
    orgLead = Pattern.compile("^\\s*((?:[Tt]he\\s+)?(?:[A-Z][\\w'’.-]*\\s+){0,2}(?i:" + org + ")"
        + "(?:\\s+(?:of|for|and)(?:\\s+the)?" + NAME + "){0,4})(?:\\s*\\(([A-Z]{2,8})\\))?"
        + "(?:\\s{2,}|(?:\\s+[A-Z][\\w'’.-]*+){0,2}\\s*[-–|,]\\s+|\\s*$)");
  }

  // longest first, so that "press release" wins over "release"; spaces match any run of blanks
  private static String alternation(List<String> phrases) {
    return phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  /** The issuer named by the title, or null when the title does not present the document as a statement. */
  String of(String title) {
    return of(title, List.of());
  }

  /**
   * The issuer named by the title or, for a title that is an organisation's name alone, by the title when one of the
   * lines after it says what kind of document this is ("Press release | 28.05.2021").
   */
  String of(String title, List<String> firstLines) {
    if (title == null || title.isBlank()) {
      return null;
    }
    Matcher m = of.matcher(title);
    if (m.find()) {
      return clean(m.group(1));
    }
    m = topicKind.matcher(title);
    if (m.find() && organisation.matcher(m.group(1)).find()) {
      return clean(m.group(1));
    }
    m = before.matcher(title);
    if (m.find() && Character.isUpperCase(m.group(1).strip().charAt(0)) && m.group(1).split("\\s+").length <= 8) {
      return clean(m.group(1));
    }
    m = PREFIX.matcher(title);
    if (m.find()) {
      String name = m.group(1).strip();
      int words = name.split("\\s+").length;
      // A place before a colon is a dateline or a topic ("Gaza: ..."), not a speaker: it needs an organisation word.
      if (words <= 8 && organisation.matcher(name).find()) {
        return clean(name);
      }
    }
    if (orgOnly.matcher(title).matches() && firstLines.stream().anyMatch(l -> kindLine.matcher(l).find())) {
      return clean(title);
    }
    m = orgUnits.matcher(title);
    if (m.matches() && firstLines.stream().anyMatch(l -> kindLine.matcher(l).find())) {
      return clean(m.group(1));
    }
    // "PRESS RELEASE" above "Inter Services Public Relations  Rawalpindi - July 6, 2020": a title that only
    // says what kind of document this is, above a line opening with its issuer's name
    if (kindLine.matcher(title).find() && !firstLines.isEmpty()) {
      m = orgLead.matcher(firstLines.get(0));
      if (m.find()) {
        return clean(m.group(1));
      }
    }
    // "PRESS RELEASE" above "No PR-194/2020-ISPR", or "Press Release No PR-204/2019-ISPR" in one line: a title that
    // only says what kind of document this is, and a reference number that ends in the issuer's acronym
    // ("No PR-194/2020-ISPR" itself taken for the title, the kind's line above it dropped as furniture)
    m = REFERENCE.matcher(title.strip());
    if (m.lookingAt()) {
      return m.group(1);
    }
    if (kindLine.matcher(title).find()) {
      m = REFERENCE.matcher(title);
      if (m.find()) {
        return m.group(1);
      }
      for (String line : firstLines) { // (the reference line may be kept, or dropped as page furniture)
        m = REFERENCE.matcher(line.strip());
        if (m.lookingAt()) {
          return m.group(1);
        }
      }
    }
    // "Inter Services Public Relations (ISPR)" above "No PR-78/2020-ISPR, Rawalpindi, ...": an organisation
    // heading a page whose next line carries the acronym in a reference number
    m = orgLead.matcher(title);
    if (m.matches() && m.group(2) != null && !firstLines.isEmpty()
        && Pattern.compile("[-/]" + m.group(2) + "\\b").matcher(firstLines.get(0)).find()) {
      return clean(m.group(1));
    }
    return null;
  }

  private static String clean(String s) {
    String out = s.strip().replaceAll("[\\s,;:-]+$", "");
    return out.toLowerCase(Locale.ROOT).startsWith("the ") ? out.substring(4) : out;
  }
}
