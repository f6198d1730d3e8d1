package org.trucewatch.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.trucewatch.extract.pattern.Rule;
import org.trucewatch.extract.pattern.RuleParser;
import org.trucewatch.extract.pattern.RuleSet;
import org.trucewatch.nlp.Token;

/**
 * The attack rules that are data: the pattern files under {@code patterns/} beside this class (listed in
 * {@code patterns/files.txt}; the language is described in {@code patterns/README.md}), plus any files or directories
 * of {@code *.rules} named by the system property {@code trucewatch.patterns} (separated by the path separator).
 * Three kinds of action are read here:
 * <ul>
 *   <li>{@code attack SUBTYPE [flags=...] [trigger=C] [perpetrator=C] [place=C]}: the match is an attack mention;</li>
 *   <li>{@code not_attack [scope=match|sentence|event]}: no attack trigger inside the match (or the sentence) is one;
 *   {@code event}: the match names another, earlier event, so no place or figure inside it is another trigger's;</li>
 *   <li>{@code subtype SUBTYPE}: names the kind of an attack of unknown or generic kind in the match's clause.</li>
 * </ul>
 * Every action is checked when the files load, with errors naming {@code file:line:column}. Immutable and
 * thread-safe.
 */
public final class AttackPatterns {

  static final String ATTACK = "attack";
  static final String NOT_ATTACK = "not_attack";
  static final String SUBTYPE = "subtype";
  private static final Set<String> FLAGS = Set.of("generic", "weak", "noun", "verb", "weapon", "yield");
  /**
   * A subtype rule's flag: its match names who bore arms ("gunmen"), not the weapon of the act, so a weapon the clause
   * names after it ("gunmen threw a grenade") outranks it (AttackSubtypes).
   */
  static final String BEARER = "bearer";
  private static final Set<String> ROLES = Set.of("trigger", "perpetrator", "place");

  private final RuleSet rules;
  private final RuleSet attackRules;

  private AttackPatterns(RuleSet rules) {
    this.rules = rules;
    this.attackRules = rules.filter(r -> r.action().kind().equals(ATTACK));
  }

  /** The built-in pattern files, and those the {@code trucewatch.patterns} property names. */
  public static AttackPatterns load() {
    List<Rule> all = new ArrayList<>(builtIn());
    String extra = System.getProperty("trucewatch.patterns");
    if (extra != null && !extra.isBlank()) {
      for (String p : extra.split(java.io.File.pathSeparator)) {
        all.addAll(fromPath(Path.of(p.trim())));
      }
    }
    return of(all);
  }

  /** The built-in pattern files and then the files at {@code extra}. */
  public static AttackPatterns load(List<URL> extra) {
    List<Rule> all = new ArrayList<>(builtIn());
    for (URL u : extra) {
      all.addAll(RuleParser.parse(u));
    }
    return of(all);
  }

  /** Rules of one's own, without the built-in ones (for tests of the language). */
  public static AttackPatterns of(List<Rule> rules) {
    rules.forEach(AttackPatterns::check);
    return new AttackPatterns(RuleSet.of(rules));
  }

  public RuleSet rules() {
    return rules;
  }

  private static List<Rule> builtIn() {
    List<Rule> out = new ArrayList<>();
    try (InputStream in = AttackPatterns.class.getResourceAsStream("patterns/files.txt")) {
      if (in == null) {
        throw new IllegalStateException("patterns/files.txt missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        URL url = AttackPatterns.class.getResource("patterns/" + line);
        if (url == null) {
          throw new IllegalStateException("patterns/files.txt names " + line + ", which is not on the classpath");
        }
        out.addAll(RuleParser.parse(url));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<Rule> fromPath(Path p) {
    List<Rule> out = new ArrayList<>();
    try {
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.list(p)) {
          for (Path f : files.filter(f -> f.toString().endsWith(".rules")).sorted().toList()) {
            out.addAll(RuleParser.parse(f.getFileName().toString(), Files.readString(f)));
          }
        }
      } else {
        out.addAll(RuleParser.parse(p.getFileName().toString(), Files.readString(p)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** An action this extractor can carry out, or an error at its line and column. */
  private static void check(Rule r) {
    Rule.Action a = r.action();
    switch (a.kind()) {
      case ATTACK -> {
        subtype(a);
        String flags = a.arg("flags");
        if (flags != null) {
          for (String f : flags.split(",")) {
            if (!FLAGS.contains(f)) {
              throw a.error("unknown flag '" + f + "': one of " + String.join(", ", new java.util.TreeSet<>(FLAGS)));
            }
          }
        }
        for (String key : a.args().keySet()) {
          if (!key.equals("flags") && !ROLES.contains(key)) {
            throw a.error("unknown argument '" + key + "' of attack: flags, trigger, perpetrator or place");
          }
          if (ROLES.contains(key) && !r.captures().contains(a.arg(key))) {
            throw a.error(key + "=" + a.arg(key) + " names no capture of rule '" + r.name() + "'");
          }
        }
      }
      case NOT_ATTACK -> {
        String scope = a.arg("scope");
        if (a.value() != null || scope != null && !Set.of("match", "sentence", "event").contains(scope)
            || a.args().keySet().stream().anyMatch(k -> !k.equals("scope"))) {
          throw a.error("not_attack takes only scope=match, scope=sentence or scope=event");
        }
      }
      case SUBTYPE -> {
        subtype(a);
        if (!a.args().isEmpty() && !(a.args().size() == 1 && BEARER.equals(a.arg("flags")))) {
          throw a.error("subtype takes only the subtype and flags=" + BEARER + ": '=> subtype shelling'");
        }
      }
      default -> throw a.error("unknown action '" + a.kind() + "': one of attack, not_attack, subtype");
    }
  }

  private static void subtype(Rule.Action a) {
    if (a.value() == null) {
      throw a.error(a.kind() + " needs a subtype: '=> " + a.kind() + " shelling'");
    }
    AttackSubtype s = AttackSubtype.of(a.value());
    if (s == null || !s.label().equals(a.value())) {
      throw a.error("unknown subtype '" + a.value() + "': one of " + java.util.Arrays.stream(AttackSubtype.values())
          .map(AttackSubtype::label).toList());
    }
  }

  /** Every rule's matches in the sentence. */
  List<Rule.Match> find(Spans.AnnotatedSentence s, Lexicon lexicon) {
    return rules.find(new SentenceInput(s, lexicon));
  }

  /**
   * The spans {@code [from, to)} of the {@code not_attack scope=event} matches: words that name another, earlier event
   * ("since the killing of 26 people in Pahalgam last month"), whose places and figures are not the sentence's news.
   */
  static List<int[]> otherEvents(List<Rule.Match> matches) {
    List<int[]> out = new ArrayList<>();
    for (Rule.Match m : matches) {
      if (m.kind().equals(NOT_ATTACK) && "event".equals(m.rule().action().arg("scope"))) {
        out.add(new int[] {m.from(), m.to()});
      }
    }
    return out;
  }

  /** Whether {@code [from, to)} lies inside one of {@code spans}. */
  static boolean inside(List<int[]> spans, int from, int to) {
    for (int[] sp : spans) {
      if (from >= sp[0] && to <= sp[1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether an attack rule could match the (untagged) tokens: one of their words is an attack rule's anchor. */
  boolean anyAttackAnchor(List<Token> tokens) {
    for (Token t : tokens) {
      if (attackRules.isAnchor(Lexicon.lower(t), t.id())) {
        return true;
      }
    }
    return false;
  }
}
