package org.trucewatch.server.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 CSV rows: fields quoted when they hold a comma, quote or line break; CRLF line ends. */
final class Csv {

  private Csv() {}

  static void row(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
    }
    out.write("\r\n");
  }

  static String field(String v) {
    if (v == null) {
      return "";
    }
    // A leading = + - @ would be read as a formula by spreadsheets; a quote-prefixed apostrophe defuses it.
    String s = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?") ? "'" + v : v;
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
