package org.trucewatch.server.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words of an evidence sentence tell of harm to civilians or of damage (civilians, homes, schools, hospitals,
 * infrastructure, "damaged", "destroyed"), for the daily report's section on civilian harm and damage, which a
 * monitoring mission's report keeps apart from the fighting. A word list, not a model: a sentence is listed with the
 * words that put it there, so a reader sees why. Stateless.
 */
final class CivilianHarm {

  // longer phrases first: "civilian settlements" is one finding, not "civilian" and "settlements"
  private static final Pattern WORDS = Pattern.compile("(?i)\\b((?:civilian )?settlements?|(?:private )?houses?|"
      + "power (?:lines?|stations?|plants?)|water supply|gas pipelines?|civilians?|residents?|residential|"
      + "inhabitants?|children|homes?|dwellings?|apartments?|buildings?|schools?|kindergartens?|hospitals?|clinics?|"
      + "churche?s?|mosques?|markets?|infrastructure|bridges?|damaged?|destroyed|destruction|set on fire|"
      + "burn(?:ed|t) down)\\b");

  private CivilianHarm() {}

  /** The words of a sentence that tell of civilian harm or damage, lower-cased, in order, each once; empty if none. */
  static List<String> words(String sentence) {
    if (sentence == null) {
      return List.of();
    }
    Set<String> found = new LinkedHashSet<>();
    Matcher m = WORDS.matcher(sentence);
    while (m.find()) {
      found.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    return List.copyOf(found);
  }
}
