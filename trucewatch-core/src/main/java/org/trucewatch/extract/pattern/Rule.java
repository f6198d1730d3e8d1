package org.trucewatch.extract.pattern;

import java.util.List;
import java.util.Map;

/**
 * One rule of a pattern file: its name, where it was written, its capture names, its action, and its pattern
 * compiled once per top-level alternative (each alternative has its own anchor word). Immutable.
 */
public final class Rule {

  /** The action line: {@code => kind [value] [key=value ...]}, with where it was written. */
  public record Action(String kind, String value, Map<String, String> args, String file, int line, int column) {

    public String arg(String key) {
      return args.get(key);
    }

    /** An error about this action, named by its file, line and column. */
    public PatternSyntaxException error(String problem) {
      return new PatternSyntaxException(file, line, column, problem);
    }
  }

  private final String name;
  private final String file;
  private final int line;
  private final List<String> captures;
  private final Action action;
  final List<Program> variants;
  final List<java.util.Set<String>> anchors;
  private final int order;

  Rule(String name, String file, int line, List<String> captures, Action action, List<Program> variants,
      List<java.util.Set<String>> anchors, int order) {
    this.name = name;
    this.file = file;
    this.line = line;
    this.captures = List.copyOf(captures);
    this.action = action;
    this.variants = List.copyOf(variants);
    this.anchors = List.copyOf(anchors);
    this.order = order;
  }

  public String name() {
    return name;
  }

  /** {@code file:line} where the rule starts. */
  public String where() {
    return file + ":" + line;
  }

  public List<String> captures() {
    return captures;
  }

  public Action action() {
    return action;
  }

  /** The rule's position among all rules loaded (file order, then line order): earlier rules win ties. */
  public int order() {
    return order;
  }

  Rule withOrder(int newOrder) {
    return new Rule(name, file, line, captures, action, variants, anchors, newOrder);
  }

  @Override
  public String toString() {
    return name + " (" + where() + ")";
  }

  /** A match of a rule in a sentence: tokens {@code [from, to)} and its captures. */
  public record Match(Rule rule, int from, int to, int[] caps) {

    /** The tokens {@code [from, to)} a named capture took, or null when it took no part in the match. */
    public int[] capture(String name) {
      int k = rule.captures().indexOf(name);
      if (k < 0 || caps[2 * k] < 0 || caps[2 * k + 1] < 0) {
        return null;
      }
      return new int[] {caps[2 * k], caps[2 * k + 1]};
    }

    public String kind() {
      return rule.action().kind();
    }
  }

  static Map<String, String> noArgs() {
    return Map.of();
  }
}
