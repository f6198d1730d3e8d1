package org.trucewatch.extract.pattern;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a pattern file (the language is described in {@code README.md} beside the built-in pattern files) into
 * compiled {@link Rule}s. Every error names {@code file:line:column}. Not thread-safe; use one per file.
 */
public final class RuleParser {

  private static final Set<String> FIELDS = Set.of("word", "lemma", "tag");
  private static final Pattern WORD_LIST = Pattern.compile("[\\p{L}\\p{N}'’.-]+(\\|[\\p{L}\\p{N}'’.-]+)*");

  private final String file;
  private final String src;
  private int pos;
  private List<String> captures;

  private RuleParser(String file, String src) {
    this.file = file;
    this.src = src;
  }

  /** Parses the text of a pattern file named {@code file} (the name is used in error messages only). */
  public static List<Rule> parse(String file, String text) {
    return new RuleParser(file, text).rules();
  }

  /** Parses a pattern file from the classpath or the file system. */
  public static List<Rule> parse(URL url) {
    try (InputStream in = url.openStream()) {
      String path = url.getPath();
      String name = path.substring(path.lastIndexOf('/') + 1);
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Rule> rules() {
    List<Rule> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    while (true) {
      skipBlank(true);
      if (pos >= src.length()) {
        return out;
      }
      int ruleAt = pos;
      if (!src.startsWith("rule", pos) || pos + 4 < src.length() && !Character.isWhitespace(src.charAt(pos + 4))) {
        throw error(pos, "expected 'rule NAME', found '" + snippet() + "'");
      }
      pos += 4;
      skipBlank(false);
      int nameAt = pos;
      String name = name();
      if (name.isEmpty()) {
        throw error(nameAt, "a rule needs a name: 'rule NAME'");
      }
      if (!names.add(name)) {
        throw error(nameAt, "rule '" + name + "' is defined twice in this file");
      }
      skipBlank(false);
      if (peek() == ':') {
        pos++;
      }
      captures = new ArrayList<>();
      skipBlank(true);
      int patternAt = pos;
      if (src.startsWith("=>", pos)) {
        throw error(pos, "rule '" + name + "' has an empty pattern");
      }
      Node root = alternation(true);
      if (!src.startsWith("=>", pos)) {
        throw pos >= src.length() || nextRule() ? error(nameAt, "rule '" + name + "' has no action line: expected "
            + "'=> KIND ...' before the next rule") : error(pos, "unexpected '" + src.charAt(pos) + "'");
      }
      int actionAt = pos;
      pos += 2;
      Rule.Action action = action(actionAt);
      List<Node> variants = root instanceof Node.Alt a ? a.options() : List.of(root);
      List<Program> programs = new ArrayList<>();
      List<Set<String>> anchors = new ArrayList<>();
      for (Node v : variants) {
        Node.Tok anchor = Node.anchor(v);
        if (Node.hasMark(v) && (anchor == null || !anchor.marked())) {
          throw error(patternAt, "rule '" + name + "': the word marked '^' must be one every match contains "
              + "(outside ?, *, +, {} and ( | ))");
        }
        if (anchor == null) {
          throw error(patternAt, "rule '" + name + "': " + (variants.size() > 1 ? "each top-level alternative"
              : "the pattern") + " needs a literal word that every match contains (a word, [word=x], [lemma=x] or "
              + "/a|b/ outside ?, *, +, {} and ( | )), to anchor it");
        }
        programs.add(Program.compile(v, anchor, captures));
        anchors.add(anchor.keys());
      }
      out.add(new Rule(name, file, line(ruleAt), captures, action, programs, anchors, out.size()));
    }
  }

  private Rule.Action action(int at) {
    int end = src.indexOf('\n', pos);
    end = end < 0 ? src.length() : end;
    String text = src.substring(pos, end);
    int hash = text.indexOf(" #");
    if (hash >= 0) {
      text = text.substring(0, hash);
    }
    pos = end;
    String[] parts = text.trim().split("\\s+");
    if (parts.length == 0 || parts[0].isEmpty()) {
      throw error(at, "'=>' needs an action: '=> KIND [VALUE] [key=value ...]'");
    }
    if (!parts[0].matches("[a-z_]+")) {
      throw error(at, "bad action kind '" + parts[0] + "'");
    }
    String value = null;
    Map<String, String> args = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq < 0) {
        if (value != null) {
          throw error(at, "an action takes one value; '" + value + "' and '" + parts[i] + "' given");
        }
        value = parts[i];
      } else if (eq == 0 || eq == parts[i].length() - 1) {
        throw error(at, "bad argument '" + parts[i] + "': expected key=value");
      } else if (args.put(parts[i].substring(0, eq), parts[i].substring(eq + 1)) != null) {
        throw error(at, "argument '" + parts[i].substring(0, eq) + "' given twice");
      }
    }
    return new Rule.Action(parts[0], value, Map.copyOf(args), file, line(at), column(at));
  }

  private Node alternation(boolean top) {
    List<Node> options = new ArrayList<>();
    options.add(sequence(top));
    while (peek() == '|') {
      pos++;
      options.add(sequence(top));
    }
    return options.size() == 1 ? options.get(0) : new Node.Alt(List.copyOf(options));
  }

  private Node sequence(boolean top) {
    List<Node> items = new ArrayList<>();
    while (true) {
      skipBlank(top);
      if (pos >= src.length() || peek() == '|' || peek() == ')' || src.startsWith("=>", pos) || nextRule()) {
        break;
      }
      if (peek() == '\n') {
        throw error(pos, "a group must close on the line it opens on, or the pattern continues on a new line "
            + "outside any group");
      }
      items.add(quantified(atom()));
    }
    if (items.isEmpty()) {
      throw error(pos, "empty alternative");
    }
    return items.size() == 1 ? items.get(0) : new Node.Seq(List.copyOf(items));
  }

  private Node quantified(Node atom) {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '?') {
        pos++;
        atom = new Node.Rep(atom, 0, 1);
      } else if (c == '*') {
        pos++;
        atom = new Node.Rep(atom, 0, -1);
      } else if (c == '+') {
        pos++;
        atom = new Node.Rep(atom, 1, -1);
      } else if (c == '{') {
        int at = pos;
        int close = src.indexOf('}', pos);
        String body = close < 0 ? "" : src.substring(pos + 1, close);
        java.util.regex.Matcher m = Pattern.compile("(\\d+)(,(\\d*))?").matcher(body);
        if (close < 0 || !m.matches()) {
          throw error(at, "bad repetition: expected {m}, {m,} or {m,n}");
        }
        int min = Integer.parseInt(m.group(1));
        int max = m.group(2) == null ? min : m.group(3).isEmpty() ? -1 : Integer.parseInt(m.group(3));
        if (max >= 0 && max < min || max > 20 || min > 20) {
          throw error(at, "bad repetition {" + body + "}: need m <= n <= 20");
        }
        pos = close + 1;
        atom = new Node.Rep(atom, min, max);
      } else {
        break;
      }
    }
    return atom;
  }

  private Node atom() {
    int at = pos;
    char c = src.charAt(pos);
    switch (c) {
      case '[' -> {
        pos++;
        return constraint(at);
      }
      case '(' -> {
        pos++;
        String name = null;
        if (src.startsWith("?<", pos)) {
          pos += 2;
          int nameAt = pos;
          name = name();
          if (name.isEmpty() || peek() != '>') {
            throw error(nameAt, "bad capture: expected (?<name> ...)");
          }
          pos++;
          if (captures.contains(name)) {
            throw error(nameAt, "capture '" + name + "' is defined twice in this rule");
          }
          captures.add(name);
        }
        Node body = alternation(false);
        if (peek() != ')') {
          throw error(at, "unclosed '('");
        }
        pos++;
        return name == null ? body : new Node.Cap(name, body);
      }
      case '@' -> {
        pos++;
        String name = name();
        try {
          return new Node.Span(SpanClass.valueOf(name));
        } catch (IllegalArgumentException e) {
          throw error(at, "unknown class '@" + name + "': one of @PLACE, @ACTOR, @SIDE, @NUMBER, @DATE");
        }
      }
      case '%' -> {
        pos++;
        String name = name();
        if (name.isEmpty()) {
          throw error(at, "'%' needs a lexicon category: %casualty");
        }
        return new Node.Lex(name);
      }
      case '"' -> {
        int close = src.indexOf('"', pos + 1);
        if (close < 0 || src.substring(pos, close).indexOf('\n') >= 0) {
          throw error(at, "unclosed '\"'");
        }
        String w = src.substring(pos + 1, close).toLowerCase(Locale.ROOT);
        pos = close + 1;
        WordIds ids = WordIds.of(Set.of(w)); // by id where the token has one: no string compared
        return new Node.Tok(ids::word, Set.of(w));
      }
      case '/' -> {
        return valueTest("word", false, regex(at), at);
      }
      case '^' -> {
        pos++;
        if (pos >= src.length() || Character.isWhitespace(src.charAt(pos))) {
          throw error(at, "'^' marks the anchor: put it right before a word, [word=x] or [lemma=x]");
        }
        Node marked = atom();
        if (!(marked instanceof Node.Tok t) || t.keys() == null) {
          throw error(at, "'^' marks the anchor: only a literal word, [word=x], [lemma=x] or /a|b/ can be one");
        }
        return t.mark();
      }
      case ']', ')', '?', '*', '+', '{', '}', '&', '!', '=' -> throw error(at, "unexpected '" + c + "'");
      default -> {
        String w = word();
        if (w.isEmpty()) {
          throw error(at, "unexpected '" + c + "'");
        }
        return literal(w.toLowerCase(Locale.ROOT));
      }
    }
  }

  /** A bare word or [lemma=w]: the word, one of its regular inflections, or a token whose lemma it is. */
  private static Node.Tok literal(String w) {
    Set<String> forms = Set.copyOf(Forms.inflections(w));
    WordIds byWord = WordIds.of(forms); // by id where the token has one: no string hashed nor compared
    WordIds byLemma = WordIds.of(Set.of(w));
    return new Node.Tok((in, i) -> byWord.word(in, i) || byLemma.lemma(in, i), forms);
  }

  private Node constraint(int open) {
    skipBlank(false);
    if (peek() == ']') {
      pos++;
      return new Node.Tok((in, i) -> true, null);
    }
    List<Node.Tok> terms = new ArrayList<>();
    while (true) {
      skipBlank(false);
      int at = pos;
      boolean negated = false;
      if (peek() == '!') {
        negated = true;
        pos++;
      }
      String field = name();
      if (!FIELDS.contains(field)) {
        throw error(at, field.isEmpty() ? "expected word=, lemma= or tag= in '[...]'"
            : "unknown field '" + field + "': one of word, lemma, tag");
      }
      if (src.startsWith("!=", pos)) {
        negated = !negated;
        pos += 2;
      } else if (peek() == '=') {
        pos++;
      } else {
        throw error(pos, "expected '=' or '!=' after '" + field + "'");
      }
      int valueAt = pos;
      Node.Tok t;
      if (peek() == '/') {
        t = valueTest(field, negated, regex(valueAt), valueAt);
      } else {
        String v = word();
        if (v.isEmpty()) {
          throw error(valueAt, "expected a value after '" + field + "='");
        }
        t = valueTest(field, negated, v, valueAt);
      }
      terms.add(t);
      skipBlank(false);
      if (peek() == '&') {
        pos++;
        continue;
      }
      if (peek() == ']') {
        pos++;
        break;
      }
      if (pos >= src.length() || peek() == '\n') {
        throw error(open, "unclosed '['");
      }
      throw error(pos, "expected '&' or ']' in '[...]', found '" + peek() + "'");
    }
    if (terms.size() == 1) {
      return terms.get(0);
    }
    Set<String> keys = terms.stream().map(Node.Tok::keys).filter(k -> k != null).findFirst().orElse(null);
    List<Node.TokenTest> tests = terms.stream().map(Node.Tok::test).toList();
    return new Node.Tok((in, i) -> {
      for (Node.TokenTest t : tests) {
        if (!t.test(in, i)) {
          return false;
        }
      }
      return true;
    }, keys);
  }

  /** A test of one field against a literal value ({@code String}) or a regular expression ({@code Pattern}). */
  private Node.Tok valueTest(String field, boolean negated, Object value, int at) {
    Node.TokenTest test;
    Set<String> keys = null;
    if (value instanceof Pattern p) {
      MatchMemo memo = MatchMemo.of(p); // a word, lemma or tag is matched once, not at every position tried
      test = switch (field) {
        case "word" -> memo::word;
        case "lemma" -> memo::lemma;
        default -> memo::tag;
      };
      if (!field.equals("tag") && WORD_LIST.matcher(p.pattern()).matches()) {
        if (field.equals("lemma")) { // a list of lemmas: each one's regular inflections too, as a bare word
          Set<String> forms = new HashSet<>();
          for (String w : p.pattern().toLowerCase(Locale.ROOT).split("\\|")) {
            forms.addAll(Forms.inflections(w));
          }
          test = (in, i) -> forms.contains(in.word(i)) || memo.lemma(in, i);
        }
        keys = new HashSet<>();
        for (String w : p.pattern().toLowerCase(Locale.ROOT).split("\\|")) {
          if (field.equals("word")) {
            keys.add(w);
          } else {
            keys.addAll(Forms.inflections(w));
          }
        }
        keys = Set.copyOf(keys);
      }
    } else {
      String v = (String) value;
      switch (field) {
        case "word" -> {
          String w = v.toLowerCase(Locale.ROOT);
          test = WordIds.of(Set.of(w))::word;
          keys = Set.of(w);
        }
        case "lemma" -> {
          Node.Tok lit = literal(v.toLowerCase(Locale.ROOT));
          test = lit.test();
          keys = lit.keys();
        }
        default -> {
          if (!v.matches("[A-Z]+")) {
            throw error(at, "a tag is upper case (NOUN, VERB, ADP...): '" + v + "'");
          }
          test = (in, i) -> v.equals(in.tag(i));
        }
      }
    }
    if (negated) {
      Node.TokenTest positive = test;
      return new Node.Tok((in, i) -> !positive.test(in, i), null);
    }
    return new Node.Tok(test, keys);
  }

  private Pattern regex(int at) {
    int close = pos + 1;
    while (close < src.length() && src.charAt(close) != '/' && src.charAt(close) != '\n') {
      close += src.charAt(close) == '\\' ? 2 : 1;
    }
    if (close >= src.length() || src.charAt(close) != '/') {
      throw error(at, "unclosed '/'");
    }
    String body = src.substring(pos + 1, close);
    pos = close + 1;
    try {
      return Pattern.compile(body, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw error(at + 1 + Math.max(0, e.getIndex()), "bad regular expression /" + body + "/: "
          + e.getDescription());
    }
  }

  private String name() {
    int start = pos;
    while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
        || src.charAt(pos) == '-' && pos > start)) {
      pos++;
    }
    return src.substring(start, pos);
  }

  private String word() {
    int start = pos;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (!(Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-' || c == '.' || c == '_')) {
        break;
      }
      pos++;
    }
    return src.substring(start, pos);
  }

  /** Skips spaces and comments; and line ends too where {@code newlines}, but only onto an indented line. */
  private void skipBlank(boolean newlines) {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '#' && (pos == 0 || Character.isWhitespace(src.charAt(pos - 1)))) {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '\n' && newlines) {
        pos++;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else {
        return;
      }
    }
  }

  /** A line that starts (at its first column) with the next rule. */
  private boolean nextRule() {
    return (pos == 0 || src.charAt(pos - 1) == '\n') && src.startsWith("rule", pos);
  }

  private char peek() {
    return pos < src.length() ? src.charAt(pos) : '\0';
  }

  private String snippet() {
    int end = pos;
    while (end < src.length() && !Character.isWhitespace(src.charAt(end)) && end - pos < 20) {
      end++;
    }
    return src.substring(pos, end);
  }

  private int line(int at) {
    int n = 1;
    for (int i = 0; i < at && i < src.length(); i++) {
      if (src.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private int column(int at) {
    int nl = src.lastIndexOf('\n', Math.max(0, Math.min(at, src.length()) - 1));
    return at - nl;
  }

  private PatternSyntaxException error(int at, String problem) {
    return new PatternSyntaxException(file, line(at), column(at), problem);
  }
}
