package org.trucewatch.server.report;

import static org.trucewatch.server.report.ReportWriter.esc;
import static org.trucewatch.server.report.ReportWriter.md;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link ReportWriter} writes a report to: Markdown or a standalone HTML page. Each instance builds one
 * document and is not shared between threads; {@link #done()} returns it. Text from articles is escaped here.
 */
interface ReportDoc {
  void title(String text);

  /** An item with an anchor to link to (null for none). */
  default void anchoredItem(String anchor, String text, List<String[]> links) {
    item(text, links);
  }

  void heading(String text);

  void para(String text);

  void item(String text, List<String[]> links);

  void table(List<String> header, List<List<String>> rows);

  String done();

  /** Markdown, as a repository or a mail reader shows it. */
  final class Markdown implements ReportDoc {
    private final StringBuilder out = new StringBuilder();

    public void title(String text) {
      out.append("# ").append(md(text)).append("\n\n");
    }

    public void heading(String text) {
      out.append("## ").append(md(text)).append("\n\n");
    }

    public void para(String text) {
      out.append(md(text)).append("\n\n");
    }

    public void item(String text, List<String[]> links) {
      out.append("- ").append(md(text.replace("\n", " ")));
      if (!links.isEmpty()) {
        List<String> ls = new ArrayList<>();
        links.forEach(l -> ls.add("[" + md(l[0]) + "](" + l[1].replace(")", "%29").replace(" ", "%20") + ")"));
        out.append(" (").append(String.join("; ", ls)).append(')');
      }
      out.append('\n');
    }

    public void table(List<String> header, List<List<String>> rows) {
      out.append("| ").append(String.join(" | ", header)).append(" |\n|");
      header.forEach(h -> out.append("---|"));
      out.append('\n');
      rows.forEach(r -> out.append("| ").append(String.join(" | ", r.stream().map(c -> md(c).replace("|", "\\|")
          .replace("\n", " ")).toList())).append(" |\n"));
      out.append('\n');
    }

    public String done() {
      // A list is closed by a blank line before the next heading.
      return out.toString().replaceAll("\n(?=## )", "\n\n").replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }
  }

  /** A few rules inline, so that the page written by {@code trucewatch report --format html} stands alone. */
  String STYLE = "body{font:14px/1.45 system-ui,sans-serif;color:#1d232a;margin:0;"
      + "background:#f6f7f9}main{max-width:900px;margin:0 auto;background:#fff;padding:16px 24px}"
      + "table{border-collapse:collapse}th,td{text-align:left;padding:3px 10px;border-bottom:1px solid #d5dae0}"
      + "th{font-size:12px;color:#5c6670}li{margin-bottom:4px}a.evidence{font-size:12px;margin-left:4px}";

  /** A standalone HTML page with its style inline. */
  final class Html implements ReportDoc {
    private final StringBuilder out = new StringBuilder();
    private boolean inList;

    Html() {
      out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
          .append("<base target=\"_top\"><style>").append(STYLE).append("</style>")
          .append("<title>Daily situation report</title></head>")
          .append("<body class=\"report\"><main>\n");
    }

    public void title(String text) {
      out.append("<h1>").append(esc(text)).append("</h1>\n");
    }

    public void heading(String text) {
      closeList();
      out.append("<h2>").append(esc(text)).append("</h2>\n");
    }

    public void para(String text) {
      closeList();
      out.append("<p>").append(esc(text)).append("</p>\n");
    }

    public void item(String text, List<String[]> links) {
      anchoredItem(null, text, links);
    }

    @Override
    public void anchoredItem(String anchor, String text, List<String[]> links) {
      if (!inList) {
        out.append("<ul>\n");
        inList = true;
      }
      out.append(anchor == null ? "<li>" : "<li id=\"" + esc(anchor) + "\">").append(esc(text));
      for (String[] l : links) {
        out.append(" <a class=\"evidence\" href=\"").append(esc(l[1])).append("\">").append(esc(l[0]))
            .append("</a>");
      }
      out.append("</li>\n");
    }

    public void table(List<String> header, List<List<String>> rows) {
      closeList();
      out.append("<table><thead><tr>");
      header.forEach(h -> out.append("<th>").append(esc(h)).append("</th>"));
      out.append("</tr></thead><tbody>\n");
      for (List<String> r : rows) {
        out.append("<tr>");
        r.forEach(c -> out.append("<td>").append(esc(c)).append("</td>"));
        out.append("</tr>\n");
      }
      out.append("</tbody></table>\n");
    }

    public String done() {
      closeList();
      return out.append("</main></body></html>\n").toString();
    }

    private void closeList() {
      if (inList) {
        out.append("</ul>\n");
        inList = false;
      }
    }
  }
}
