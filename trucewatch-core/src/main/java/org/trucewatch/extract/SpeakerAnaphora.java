package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "The press service of the Ministry of Defence said ... Three attacks had been recorded near Bohdanivka, the ministry
 * said": a speaker written as a definite noun alone ("the ministry", "the military", "the statement") is the speaker
 * the article named last with that noun, as a reader takes it; a document noun ("the statement", "the report") stands
 * for the article's last named speaker. The nouns are the lexicon's category {@code anaphor} (value {@code head} or
 * {@code document}); a noun flagged {@code cataphor} written indefinitely ("a war monitor said" in a lead) is the
 * speaker named with it, or its kin, in the sentences right after. The words the text used are kept with the claim.
 * Thread-safe once built.
 */
final class SpeakerAnaphora {

  private final Pattern anaphor;
  private final Map<String, String> kinds;
  // "the aid group X", "X, a volunteer network": a body the text names with a class noun
  private final Pattern classNamed;
  private final Pattern namedClass;
  // noun -> the other words an antecedent's name may hold ("the army": "... Defense Forces"); category anaphorkin
  private final Map<String, List<Lexicon.Entry>> kin;
  // "a war monitor said" in a lead: an indefinite noun (anaphor rows flagged cataphor) named further on
  private final Pattern indefinite;

  SpeakerAnaphora(Lexicon lexicon) {
    kinds = lexicon.entries("anaphor").stream()
        .collect(Collectors.toMap(e -> String.join(" ", e.words()), Lexicon.Entry::value, (a, b) -> a));
    kin = lexicon.entries("anaphorkin").stream().collect(Collectors.groupingBy(e -> String.join(" ", e.words())));
    String nouns = kinds.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).collect(Collectors.joining("|"));
    // the class nouns, one alternation ("group|organisation|..."), for a body the text names with any of them
    String classes = kinds.entrySet().stream().filter(e -> e.getValue().equals("class"))
        .map(e -> Pattern.quote(e.getKey())).collect(Collectors.joining("|"));
    String name = "(\\p{Lu}[\\p{L}'-]*(?:\\s+(?:(?:of|for|and|the|in|on|al-)\\s+)*\\p{Lu}[\\p{L}'-]*){0,5})";
    classNamed = Pattern.compile("(?i:\\b(?:the|a|an)\\s+(?:[a-z-]+\\s+){0,2}(?:" + classes + ")\\s+)" + name);
    namedClass = Pattern.compile(name + ",\\s+(?i:(?:a|an)\\s+(?:[a-z-]+\\s+){0,2}(?:" + classes + ")\\b)");
    // "the ministry's spokesman": who speaks for the body the text named before speaks as that body
    anaphor = Pattern.compile("(?i)^(?:the|this|that)\\s+(" + nouns + ")(?:['’]s(?:\\s+[\\p{L}-]+){1,2})?$");
    String forward = lexicon.entries("anaphor").stream().filter(e -> e.has("cataphor"))
        .map(e -> Pattern.quote(String.join(" ", e.words()))).collect(Collectors.joining("|"));
    indefinite = Pattern.compile(
        forward.isEmpty() ? "(?!)" : "^(?i:a|an)\\s+(?:[a-z-]+\\s+){0,2}(" + forward + ")$");
  }

  List<Event> resolve(List<Event> events) {
    return resolve(events, List.of());
  }

  /**
   * The events with their definite speakers resolved; {@code sentences}, the article's, give a class noun's body named
   * in the text but not as a speaker ("staff of the charity X were killed ..., the organisation said").
   */
  List<Event> resolve(List<Event> events, List<org.trucewatch.nlp.Sentence> sentences) {
    List<Claim> named = new ArrayList<>();
    // Also a speaker described in lower case ("the enclave's health ministry"), which "the ministry" can
    // point back to by its noun (a document noun still stands only for a named speaker)
    List<Claim> described = new ArrayList<>();
    for (Event e : events) {
      for (Claim c : e.claims()) {
        if (c.actor() == null || c.evidence() == null || anaphoric(c)) {
          continue;
        }
        // a name: a dictionary speaker, or one written with a capital ("the press service of the Ministry of Defence")
        if (c.actorId() != null || c.side() != null || !c.actor().equals(c.actor().toLowerCase(Locale.ROOT))) {
          named.add(c);
        }
        described.add(c);
      }
    }
    if (described.isEmpty() && sentences.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      boolean changed = false;
      List<Claim> claims = new ArrayList<>(e.claims());
      for (int i = 0; i < claims.size(); i++) {
        Claim c = claims.get(i);
        Matcher f = c.actor() == null || c.actorId() != null || c.evidence() == null ? null
            : indefinite.matcher(c.actor().strip());
        if (f != null && f.matches()) {
          Claim named1 = namedAfter(named, f.group(1).toLowerCase(Locale.ROOT), c.evidence().sentence());
          if (named1 != null) {
            claims.set(i, new Claim(named1.actor(), named1.actorId(), named1.side(), c.stance(), c.via(),
                c.evidence(), c.actor()));
            changed = true;
          }
          continue;
        }
        Matcher m = c.actor() == null || c.actorId() != null ? null : anaphor.matcher(c.actor().strip());
        if (m == null || !m.matches() || c.evidence() == null) {
          continue;
        }
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        boolean document = "document".equals(kinds.get(noun));
        Claim antecedent = antecedent(document ? named : described, noun, document, c.evidence().sentence());
        if (antecedent == null && "class".equals(kinds.get(noun))) {
          antecedent = body(named, c.evidence().sentence()); // "The organisation said": the body named before
          String name = antecedent == null ? namedInText(sentences, c.evidence().sentence()) : null;
          if (name != null) {
            claims.set(i, new Claim(name, null, null, c.stance(), c.via(), c.evidence(), c.actor()));
            changed = true;
            continue;
          }
        }
        for (Lexicon.Entry other : kin.getOrDefault(noun, List.of())) {
          Claim a = antecedent == null ? antecedent(named, other.value(), false, c.evidence().sentence()) : null;
          // a side's forces, not any "forces" (a kin row flagged neutral names a body of no side: "the Observatory")
          antecedent = a != null && (a.side() != null || other.has("neutral")) ? a : antecedent;
        }
        if (antecedent != null) {
          claims.set(i, new Claim(antecedent.actor(), antecedent.actorId(), antecedent.side(), c.stance(), c.via(),
              c.evidence(), c.actor()));
          changed = true;
        }
      }
      out.add(changed ? e.withClaims(claims) : e);
    }
    return out;
  }

  private boolean anaphoric(Claim c) {
    return c.actorId() == null && (anaphor.matcher(c.actor().strip()).matches()
        || indefinite.matcher(c.actor().strip()).matches());
  }

  /**
   * The first speaker named in sentence {@code at} or the three after it whose name holds {@code noun} or one of its
   * kin (lexicon anaphorkin): the body a lead's "a war monitor said" names in the next paragraph; null when none.
   */
  private Claim namedAfter(List<Claim> named, String noun, int at) {
    List<String> words = new ArrayList<>(List.of(noun));
    kin.getOrDefault(noun, List.of()).forEach(k -> words.add(k.value()));
    Claim best = null;
    for (Claim c : named) {
      int s = c.evidence().sentence();
      String name = c.actor().toLowerCase(Locale.ROOT);
      if (s >= at && s <= at + 3 && words.stream().anyMatch(name::contains)
          && (best == null || s < best.evidence().sentence())) {
        best = c;
      }
    }
    return best;
  }

  /**
   * The last speaker named at or before sentence {@code at} outside the dictionary by a name of its own ("Doctors
   * Without Walls"), which a class noun ("the group", "the organisation") points back to whatever words it holds.
   */
  private static Claim body(List<Claim> named, int at) {
    Claim best = null;
    for (Claim c : named) {
      int s = c.evidence().sentence();
      if (s <= at && c.actorId() == null && c.side() == null && PROPER_NAME.matcher(c.actor().strip()).matches()
          && (best == null || s > best.evidence().sentence())) {
        best = c;
      }
    }
    return best;
  }

  /**
   * The name the text gives a body of a class noun (any: "the organisation" may be "the charity X") in sentence
   * {@code at} or the two before it, nearest first: "the aid group Bread for Kordofan", "Hope Line, a volunteer
   * network" (an indefinite apposition: "Monday, the group said" is the speaker itself); null when none.
   */
  private String namedInText(List<org.trucewatch.nlp.Sentence> sentences, int at) {
    for (int k = sentences.size() - 1; k >= 0; k--) {
      org.trucewatch.nlp.Sentence s = sentences.get(k);
      if (s.index() > at || s.index() < at - 2) {
        continue;
      }
      String found = null;
      for (Pattern p : List.of(classNamed, namedClass)) {
        Matcher m = p.matcher(s.text());
        while (m.find()) {
          found = m.group(1); // the last one the sentence names
        }
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  // a body's own name: capitalised words and the small words between them ("Hands of Kordofan"), not a description
  // ("Local residents", "The Israeli military", "A witness in the town")
  private static final Pattern PROPER_NAME = Pattern.compile(
      "(?:the\\s+)?\\p{Lu}[\\p{L}'-]*(?:\\s+(?:(?:of|for|and|the|in|on|at|to|al-)\\s+)*\\p{Lu}[\\p{L}'-]*)*");

  /** The last speaker named at or before sentence {@code at} whose name holds {@code noun} (any, for a document). */
  private static Claim antecedent(List<Claim> named, String noun, boolean document, int at) {
    Claim best = null;
    for (Claim c : named) {
      int s = c.evidence().sentence();
      boolean fits = document || c.actor().toLowerCase(Locale.ROOT).contains(noun)
          || c.written() != null && c.written().toLowerCase(Locale.ROOT).contains(noun);
      if (s <= at && fits && (best == null || s > best.evidence().sentence())) {
        best = c;
      }
    }
    return best;
  }
}
