package org.trucewatch.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A feed to watch: its address and, optionally, the outlet its articles are filed under.
 *
 * @param url an RSS or Atom feed's http(s) address
 * @param outlet the outlet name, or null to take the feed's own
 */
public record WatchSource(String url, String outlet) {

  /**
   * Reads the SOURCE arguments: each an http(s) address, or a file listing addresses one a line (blank lines and
   * lines starting with # are skipped), each optionally followed by a tab and an outlet name.
   */
  public static List<WatchSource> parse(List<String> args) throws IOException {
    List<WatchSource> out = new ArrayList<>();
    for (String arg : args) {
      if (isAddress(arg)) {
        out.add(new WatchSource(arg.strip(), null));
        continue;
      }
      int n = 0;
      for (String line : Files.readAllLines(Path.of(arg), StandardCharsets.UTF_8)) {
        n++;
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", 2);
        String url = cols[0].strip();
        if (!isAddress(url)) {
          throw new IOException(arg + ": line " + n + " is not an http(s) address: " + url);
        }
        String outlet = cols.length > 1 && !cols[1].isBlank() ? cols[1].strip() : null;
        out.add(new WatchSource(url, outlet));
      }
    }
    return out;
  }

  static boolean isAddress(String s) {
    String l = s.strip().toLowerCase(java.util.Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }
}
