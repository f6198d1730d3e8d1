package org.trucewatch.resolve.time;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word tables of one language, read once from a JSON resource ({@code english.json}); immutable. Keys are lower
 * case. Also offers the tables as regular-expression alternations, longest first so that "sept" wins over "sep".
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Lexicon(
    Map<String, Integer> months,
    Map<String, Integer> monthAbbreviations,
    Map<String, Integer> weekdays,
    Map<String, Integer> weekdayAbbreviations,
    Map<String, Double> numbers,
    List<String> vagueQuantities,
    Map<String, String> units,
    Map<String, String> partsOfDay,
    Map<String, String> seasons,
    Map<String, String> zoneAbbreviations,
    Map<String, String> zoneCityAliases,
    Set<String> futureCues,
    Set<String> futureBeforeTo,
    Set<String> implicativeBeforeTo,
    Set<String> onsetBefore,
    Set<String> presentCues,
    Set<String> pastCues,
    Set<String> notPastEd,
    Set<String> countNouns,
    Set<String> quantityModifiers,
    Set<String> weekdayNamePrefixes,
    Set<String> clockPrepositions,
    Set<String> temporalPrepositions,
    Map<String, String> presentRefs) {

  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+(\\.\\d+)?");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  Lexicon {
    months = Map.copyOf(months);
    monthAbbreviations = Map.copyOf(monthAbbreviations);
    weekdays = Map.copyOf(weekdays);
    weekdayAbbreviations = Map.copyOf(weekdayAbbreviations);
    numbers = Map.copyOf(numbers);
    vagueQuantities = List.copyOf(vagueQuantities);
    units = Map.copyOf(units);
    partsOfDay = Map.copyOf(partsOfDay);
    seasons = Map.copyOf(seasons);
    zoneAbbreviations = Map.copyOf(zoneAbbreviations);
    zoneCityAliases = Map.copyOf(zoneCityAliases);
    futureCues = Set.copyOf(futureCues);
    futureBeforeTo = Set.copyOf(futureBeforeTo);
    implicativeBeforeTo = Set.copyOf(implicativeBeforeTo);
    onsetBefore = onsetBefore == null ? Set.of() : Set.copyOf(onsetBefore);
    presentCues = Set.copyOf(presentCues);
    pastCues = Set.copyOf(pastCues);
    notPastEd = Set.copyOf(notPastEd);
    countNouns = Set.copyOf(countNouns);
    quantityModifiers = Set.copyOf(quantityModifiers);
    weekdayNamePrefixes = Set.copyOf(weekdayNamePrefixes);
    clockPrepositions = Set.copyOf(clockPrepositions);
    temporalPrepositions = Set.copyOf(temporalPrepositions);
    presentRefs = Map.copyOf(presentRefs);
  }

  /** Reads a lexicon from the classpath resource next to this class. */
  static Lexicon load(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("temporal lexicon resource missing: " + resource);
      }
      return new ObjectMapper().readValue(in, Lexicon.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read temporal lexicon " + resource, e);
    }
  }

  /** A non-capturing alternation of the given words, longest first, each quoted. */
  static String alternation(java.util.Collection<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(Lexicon::quoteWords)
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  /** Quotes a phrase so that any run of spaces in it matches any run of white space. */
  private static String quoteWords(String phrase) {
    return List.of(phrase.split(" ")).stream().map(Pattern::quote).collect(Collectors.joining("\\s+"));
  }

  /** Month names capitalised or in capitals, never lower case: "may" and "march" are verbs. */
  String monthNamePattern() {
    return months.keySet().stream()
        .flatMap(m -> List.of(capitalise(m), m.toUpperCase(Locale.ROOT)).stream())
        .sorted(Comparator.comparingInt(String::length).reversed())
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  /** Abbreviated month names, capitalised, with an optional full stop ("Sept.", "Oct"). */
  String monthAbbreviationPattern() {
    return monthAbbreviations.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(m -> "(?:" + capitalise(m) + "|" + m.toUpperCase(Locale.ROOT) + ")\\.?")
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  /** The month number of a full or abbreviated name, any case, with or without a full stop; 0 when unknown. */
  int month(String name) {
    String k = name.toLowerCase(Locale.ROOT).replace(".", "").strip();
    Integer m = months.get(k);
    if (m == null) {
      m = monthAbbreviations.get(k);
    }
    return m == null ? 0 : m;
  }

  /** ISO day of week (1 = Monday) of a full or abbreviated weekday name; 0 when unknown. */
  int weekday(String name) {
    String k = name.toLowerCase(Locale.ROOT).replace(".", "").strip();
    Integer d = weekdays.get(k);
    if (d == null) {
      d = weekdayAbbreviations.get(k);
    }
    return d == null ? 0 : d;
  }

  /**
   * A number written in digits ("12", "1,000", "1.5") or words ("two", "twenty-five", "a"); null when it is neither.
   */
  Double number(String text) {
    String k = SPACES.matcher(text.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    if (DIGITS.matcher(k).matches()) {
      return Double.valueOf(k.replace(",", ""));
    }
    Double n = numbers.get(k);
    if (n != null) {
      return n;
    }
    String[] parts = k.split("[- ]");
    if (parts.length == 2 && numbers.containsKey(parts[0]) && numbers.containsKey(parts[1])) {
      double tens = numbers.get(parts[0]);
      double ones = numbers.get(parts[1]);
      if (tens >= 20 && tens % 10 == 0 && tens < 100 && ones >= 1 && ones < 10) {
        return tens + ones;
      }
    }
    return null;
  }

  /** Number words as an alternation, including hyphenated compounds such as "twenty-five". */
  String numberWordPattern() {
    String base = alternation(numbers.keySet());
    String tens = alternation(List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"));
    String ones = alternation(ONES);
    return "(?:" + tens + "[- ]" + ones + "|" + base + ")";
  }

  private static final List<String> ONES = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine");

  /** Phrases whose last words are the last words of every match of {@link #numberWordPattern}. */
  java.util.Set<String> numberWordEnds() {
    java.util.Set<String> out = new java.util.HashSet<>(numbers.keySet());
    out.addAll(ONES);
    return out;
  }

  /** The fixed UTC offset of a zone abbreviation ("GMT", "EDT"), or null. */
  ZoneOffset zoneOffset(String abbreviation) {
    String v = zoneAbbreviations.get(abbreviation.toLowerCase(Locale.ROOT));
    return v == null ? null : ZoneOffset.of(v);
  }

  /**
   * Zones named by their city, for "Moscow time": the aliases of the JSON table, then the last part of every IANA
   * zone id ("Europe/Moscow" gives "moscow", "America/New_York" gives "new york").
   */
  Map<String, ZoneId> cityZones() {
    Map<String, ZoneId> zones = new HashMap<>();
    for (String id : ZoneId.getAvailableZoneIds()) {
      int slash = id.lastIndexOf('/');
      if (slash > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
        zones.putIfAbsent(id.substring(slash + 1).replace('_', ' ').toLowerCase(Locale.ROOT), ZoneId.of(id));
      }
    }
    zoneCityAliases.forEach((city, id) -> zones.put(city, ZoneId.of(id)));
    return Map.copyOf(zones);
  }

  static String capitalise(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
