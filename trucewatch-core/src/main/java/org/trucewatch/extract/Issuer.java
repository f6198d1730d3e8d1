package org.trucewatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  private final Pattern reference;
  private final Pattern prefix;
  private final Pattern dateLine;
  private final Pattern datedOrg;
  private final Pattern publisher;

  Issuer(Lexicon lexicon) {
    // the title patterns are data (issuer-titles.tsv); their placeholders stand for the lexicon's words
    Map<String, String> rows = rows();
    Map<String, String> words = new LinkedHashMap<>();
    words.put("{unit}", rows.get("unit"));
    words.put("{name}", rows.get("name"));
    words.put("{kind}", alternation(lexicon.phrases("dockind")));
    words.put("{org}", alternation(lexicon.phrases("issuerorg")));
    words.put("{qualifier}", alternation(lexicon.phrases("docqualifier")));
    words.put("{date}", rows.get("date"));
    java.util.function.Function<String, Pattern> p = key -> {
      String regex = rows.get(key);
      for (Map.Entry<String, String> w : words.entrySet()) {
        regex = regex.replace(w.getKey(), w.getValue());
      }
      return Pattern.compile(regex);
    };
    of = p.apply("of");
    topicKind = p.apply("topicKind");
    orgUnits = p.apply("orgUnits");
    before = p.apply("before");
    organisation = p.apply("organisation");
    orgOnly = p.apply("orgOnly");
    kindLine = p.apply("kindLine");
    orgLead = p.apply("orgLead");
    reference = p.apply("reference");
    prefix = p.apply("prefix");
    dateLine = p.apply("dateLine");
    datedOrg = p.apply("datedOrg");
    publisher = p.apply("publisher");
  }

  /** The rows of issuer-titles.tsv: key, tab, regular expression; '#' opens a comment line. */
  private static Map<String, String> rows() {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = Issuer.class.getResourceAsStream("issuer-titles.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int tab = line.indexOf('\t');
        if (!line.startsWith("#") && tab > 0) {
          out.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("cannot read issuer-titles.tsv", e);
    }
    return out;
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
    m = prefix.matcher(title);
    if (m.find()) {
      String name = m.group(1).strip();
      int words = name.split("\\s+").length;
      // A place before a colon is a dateline or a topic ("Gaza: ..."), not a speaker: it needs an organisation word.
      if (words <= 8 && organisation.matcher(name).find()) {
        return clean(name);
      }
    }
    // (or, with no kind of document named, a date alone on the line under it: a letterhead, "Saturday, 6 January")
    boolean headed = firstLines.stream().anyMatch(l -> kindLine.matcher(l).find() || dateLine.matcher(l).matches());
    if (orgOnly.matcher(title).matches() && headed) {
      return clean(title);
    }
    m = orgUnits.matcher(title);
    if (m.matches() && headed) {
      return clean(m.group(1));
    }
    m = datedOrg.matcher(title);
    if (m.matches()) {
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
    m = reference.matcher(title.strip());
    if (m.lookingAt()) {
      return m.group(1);
    }
    if (kindLine.matcher(title).find()) {
      m = reference.matcher(title);
      if (m.find()) {
        return m.group(1);
      }
      for (String line : firstLines) { // (the reference line may be kept, or dropped as page furniture)
        m = reference.matcher(line.strip());
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

  /**
   * The issuer named by a heading line among the first lines of a page whose title names none: a long heading of its
   * own ("Ministry of Defence of the Republic of X: information on the situation on the border, 1 September 2023"),
   * or a publisher's line under a news-like headline ("X Spokesperson's Unit - Announcement", an organisation's name
   * over "PRESS RELEASE"). Each line is read as a title with the lines after it; a sentence (closing full stop) is
   * never a heading.
   */
  String ofLines(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.endsWith(".") || !Character.isUpperCase(line.charAt(0))
          || line.split("\\s+").length > HEADING_WORDS || toldAsVerb(line)) {
        continue;
      }
      String found = of(line, lines.subList(i + 1, lines.size()));
      if (found != null) {
        return found;
      }
      // An organisation's name alone on the line right under the title (the first line, or the second
      // under a title kept as the page's first line) is the report's publisher
      if ((i == 0 || i == 1 && !lines.get(0).strip().endsWith(".")) && publisher.matcher(line).matches()) {
        return clean(line);
      }
    }
    return null;
  }

  /** "Residents report shelling overnight": a kind of document that is a sentence's verb, not a heading's noun. */
  private boolean toldAsVerb(String line) {
    Matcher m = before.matcher(line);
    return m.find() && m.end() < line.length() && Character.isLowerCase(line.charAt(m.end()));
  }

  // a heading line of a statement runs longer than a headline ("Statement of the Ministry of ... on the ...")
  private static final int HEADING_WORDS = 30;

  private static String clean(String s) {
    String out = s.strip().replaceAll("[\\s,;:-]+$", "");
    return out.toLowerCase(Locale.ROOT).startsWith("the ") ? out.substring(4) : out;
  }
}
