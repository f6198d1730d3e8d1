package org.trucewatch.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the SOURCE arguments of {@code watch} and {@code serve --watch}: each an http(s) address, or a file listing
 * sources one a line as {@code URL [key=value]...}, keys {@code kind} ({@code auto}, {@code feed}, {@code sitemap},
 * {@code page}), {@code outlet}, {@code language} and {@code conflict} (a profile id, checked against the profiles by
 * the command that watches); a value with spaces is written in double quotes
 * ({@code outlet="Kyiv Independent"}). Blank lines and lines starting with {@code #} are skipped. A line that cannot
 * be read fails the whole file with one message naming {@code file:line}, so that no source is silently dropped.
 */
public final class SourcesFile {

  private SourcesFile() {}

  /** A sources file or argument that cannot be read; the message names the file and line. */
  public static final class Malformed extends Exception {
    public Malformed(String message) {
      super(message);
    }
  }

  public static List<WatchSource> parse(List<String> args) throws Malformed {
    List<WatchSource> out = new ArrayList<>();
    for (String arg : args) {
      if (WatchSource.isAddress(arg)) {
        out.add(WatchSource.of(arg.strip()));
        continue;
      }
      List<String> lines;
      try {
        lines = Files.readAllLines(Path.of(arg), StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        throw new Malformed(arg + ": neither an http(s) address nor a readable sources file (" + e.getMessage() + ")");
      }
      for (int n = 1; n <= lines.size(); n++) {
        String l = lines.get(n - 1).strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          out.add(line(l, arg + ":" + n));
        }
      }
    }
    return out;
  }

  /** One line: {@code URL [key=value]...}. */
  static WatchSource line(String line, String where) throws Malformed {
    List<String> words = words(line, where);
    String url = words.get(0);
    if (!WatchSource.isAddress(url)) {
      throw new Malformed(where + ": the line must start with an http(s) address, not '" + url + "'");
    }
    WatchSource.Kind kind = WatchSource.Kind.AUTO;
    String outlet = null;
    String language = null;
    String conflict = null;
    for (String w : words.subList(1, words.size())) {
      int eq = w.indexOf('=');
      if (eq <= 0) {
        throw new Malformed(where + ": '" + w + "' is not key=value (keys: kind, outlet, language, conflict)");
      }
      String key = w.substring(0, eq).toLowerCase(Locale.ROOT);
      String value = w.substring(eq + 1);
      if (value.isBlank()) {
        throw new Malformed(where + ": " + key + " has no value");
      }
      switch (key) {
        case "kind" -> {
          try {
            kind = WatchSource.Kind.of(value);
          } catch (IllegalArgumentException e) {
            throw new Malformed(where + ": kind must be auto, feed, sitemap or page, not '" + value + "'");
          }
        }
        case "outlet" -> outlet = value;
        case "language" -> {
          if (!value.matches("[A-Za-z]{2,3}")) {
            throw new Malformed(where + ": language must be a 2- or 3-letter code such as en, not '" + value + "'");
          }
          language = value.toLowerCase(Locale.ROOT);
        }
        case "conflict" -> {
          if (!value.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            throw new Malformed(where + ": conflict must be a profile id such as karabakh, not '" + value + "'");
          }
          conflict = value.toLowerCase(Locale.ROOT);
        }
        default -> throw new Malformed(where + ": unknown key '" + key + "' (keys: kind, outlet, language, conflict)");
      }
    }
    return new WatchSource(url, kind, outlet, language, conflict);
  }

  /** Splits on blanks, keeping "double quoted" stretches whole (the quotes dropped). */
  private static List<String> words(String line, String where) throws Malformed {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
        any = true;
      } else if (Character.isWhitespace(ch) && !quoted) {
        if (any) {
          out.add(w.toString());
          w.setLength(0);
          any = false;
        }
      } else {
        w.append(ch);
        any = true;
      }
    }
    if (quoted) {
      throw new Malformed(where + ": a double quote is not closed");
    }
    if (any) {
      out.add(w.toString());
    }
    return out;
  }
}
