package org.trucewatch.clean.text;

import java.util.ArrayList;
import java.util.List;
import org.trucewatch.internal.Texts;

/**
 * Splits a plain-text page into paragraph blocks. Text dumps of web pages put one paragraph on a line; e-mail-style
 * and wire texts wrap paragraphs at a fixed width and separate them with blank lines. The second shape is recognised
 * (most lines in multi-line groups of similar, medium length) and its lines joined.
 */
final class TextLines {

  private TextLines() {}

  static List<String> paragraphs(String page) {
    String[] lines = page.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<List<String>> groups = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String raw : lines) {
      String line = Texts.collapseSpaces(raw);
      if (line.isEmpty()) {
        if (!current.isEmpty()) {
          groups.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line);
      }
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    boolean wrapped = isHardWrapped(groups);
    List<String> out = new ArrayList<>();
    for (List<String> g : groups) {
      if (wrapped && g.size() > 1) {
        out.add(String.join(" ", g));
      } else {
        out.addAll(g);
      }
    }
    return out;
  }

  private static boolean isHardWrapped(List<List<String>> groups) {
    int inMulti = 0;
    int medium = 0;
    int multiGroups = 0;
    for (List<String> g : groups) {
      if (g.size() < 3) {
        continue;
      }
      multiGroups++;
      for (int i = 0; i < g.size() - 1; i++) {
        inMulti++;
        int len = g.get(i).length();
        if (len >= 40 && len <= 100) {
          medium++;
        }
      }
    }
    return multiGroups >= 2 && inMulti >= 6 && medium >= 0.8 * inMulti;
  }
}
