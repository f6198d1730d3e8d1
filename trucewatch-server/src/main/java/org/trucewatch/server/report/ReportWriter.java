package org.trucewatch.server.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trucewatch.extract.AttackSubtype;

/**
 * Writes a {@link SituationReport} as Markdown or as a standalone HTML page, in the register of a monitoring
 * mission's daily report: short factual lines, every incident "alleged" and every statement "according to" its
 * speaker, each line ending in links to its evidence (the incident, and the article at the sentence). Links are
 * relative to the dashboard ({@code /incident.html?id=...}, {@code /article.html?id=...&start=...&end=...}).
 * Stateless.
 */
public final class ReportWriter {

  /** The output formats. */
  public enum Format { MD, HTML }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private ReportWriter() {}

  public static String write(SituationReport r, Format format) {
    return write(r, format, "");
  }

  /**
   * The report with its evidence links under {@code base}: "" for links relative to the dashboard that serves the
   * report, an absolute URL ("https://monitor.example.org") for a file read elsewhere, or null for a standalone file
   * whose links stay inside it (anchors to its incidents and to a closing list of sources, each with its article's
   * own URL).
   */
  public static String write(SituationReport r, Format format, String base) {
    Links links = new Links(base);
    ReportZone zone = r.window() == null ? ReportZone.UTC : ReportZone.of(r.window().timeZone());
    ReportDoc d = format == Format.MD ? new ReportDoc.Markdown() : new ReportDoc.Html();
    String day = DAY.format(r.date());
    d.title("Daily situation report, " + day);
    d.para("Compiled by TruceWatch from news and official statements. Incidents are alleged unless marked "
        + "otherwise; figures are those given by the named source and have not been verified.");
    if (r.window() != null) {
      d.para(window(r.window(), zone));
    }
    int today = r.byParty().stream().mapToInt(SituationReport.Count::today).sum();
    int before = r.byParty().stream().mapToInt(SituationReport.Count::previous).sum();
    d.heading("Summary");
    d.para(count(today, "alleged ceasefire violation") + " recorded on " + DAY.format(r.date()) + " ("
        + DAY.format(r.previous()) + ": " + before + ").");
    if (!r.byParty().isEmpty()) {
      d.heading("By alleged perpetrator");
      d.table(List.of("alleged perpetrator", SHORT.format(r.date()), SHORT.format(r.previous()), "change"),
          rows(r.byParty()));
      if (!r.bySubtype().isEmpty()) {
        d.heading("By type of attack");
        List<SituationReport.Count> named = r.bySubtype().stream().map(c -> new SituationReport.Count(
            subtype(c.name()), c.today(), c.previous())).toList();
        d.table(List.of("type of attack", SHORT.format(r.date()), SHORT.format(r.previous()), "change"),
            rows(named));
      }
      d.heading("By area");
      d.table(List.of("area", SHORT.format(r.date()), SHORT.format(r.previous()), "change"), rows(r.byArea()));
    }
    d.heading("Incidents");
    if (r.incidents().isEmpty()) {
      d.para("No incidents recorded.");
    }
    for (SituationReport.IncidentLine i : r.incidents()) {
      d.anchoredItem(links.incidentAnchor(i.id()), incident(i) + provenance(zone, i.source()),
          links.of(i.id(), i.source(), false));
    }
    d.heading("Claims and denials");
    if (r.claims().isEmpty()) {
      d.para("No claims or denials recorded.");
    }
    for (SituationReport.ClaimLine c : r.claims()) {
      d.item(claim(c) + provenance(zone, c.source()) + alsoIn(c.alsoIn()), links.of(c.incident(), c.source(), true));
    }
    d.heading("Casualty figures");
    if (r.casualties().isEmpty()) {
      d.para("No new casualty figures.");
    }
    for (SituationReport.CasualtyLine c : r.casualties()) {
      d.item(casualty(c) + provenance(zone, c.source()) + alsoIn(c.alsoIn()), links.of(null, c.source(), true));
    }
    d.heading("Civilian harm and damage");
    List<SituationReport.CasualtyLine> civilian = r.casualties().stream()
        .filter(c -> "civilians".equals(c.victims())).toList();
    if (civilian.isEmpty() && r.civilianHarm().isEmpty()) {
      d.para("No civilian harm or damage reported.");
    }
    for (SituationReport.CasualtyLine c : civilian) {
      d.item(casualty(c) + provenance(zone, c.source()) + alsoIn(c.alsoIn()), links.of(null, c.source(), true));
    }
    for (SituationReport.HarmLine h : r.civilianHarm()) {
      d.item(harm(h) + provenance(zone, h.source()), links.of(h.incident(), h.source(), true));
    }
    d.heading("Field observations");
    if (r.observations().isEmpty()) {
      d.para("No field observations recorded.");
    }
    for (SituationReport.ObservationLine o : r.observations()) {
      d.item(observation(o, zone), List.of());
    }
    d.heading("Ceasefires in force");
    if (r.truces().isEmpty()) {
      d.para("No ceasefire in force according to the register.");
    }
    for (SituationReport.TruceLine t : r.truces()) {
      StringBuilder s = new StringBuilder("In force: " + t.name() + " (since " + zone.display(t.start()) + "). "
          + count(t.today(), "alleged violation") + " of it on the day.");
      if (!t.sinceStart().isEmpty()) {
        List<String> parts = new ArrayList<>();
        t.sinceStart().forEach(c -> parts.add(c.name() + " " + c.today()));
        s.append(" Alleged violations since it began, by alleged perpetrator: ").append(String.join(", ", parts))
            .append('.');
      } else {
        s.append(" No alleged violations since it began.");
      }
      d.para(s.toString());
    }
    if (links.standalone() && !links.sources().isEmpty()) {
      d.heading("Sources");
      for (Map.Entry<String, SituationReport.Source> e : links.sources().entrySet()) {
        SituationReport.Source src = e.getValue();
        List<String[]> out = new ArrayList<>();
        if (src.url() != null && src.url().matches("(?i)https?://.+")) {
          out.add(new String[] {src.url(), src.url()});
        }
        d.anchoredItem(e.getKey(), src.article() + (src.sentence() >= 0 ? ", sentence " + (src.sentence() + 1)
            : "") + provenance(zone, src) + ": \u201c" + src.text().strip() + "\u201d", out);
      }
    }
    return d.done();
  }

  /**
   * "Reporting period: 2020-10-25 00:00 to 2020-10-26 00:00, time zone Asia/Baku (UTC+04:00); compared with ...",
   * naming both offsets on a day the clocks change, and saying that incidents count by their sources' day.
   */
  static String window(SituationReport.Window w, ReportZone zone) {
    String start = zone.offsetAt(w.from());
    String end = zone.offsetAt(w.to());
    String offsets = zone.name().equals(start) && start.equals(end) ? ""
        : start != null && start.equals(end) ? " (" + start + ")"
        : " (" + start + " at the start, " + end + " at the end: the clocks change that day)";
    return "Reporting period: " + zone.wallClock(w.from()) + " to " + zone.wallClock(w.to()) + ", time zone "
        + zone.name() + offsets + "; compared with " + zone.wallClock(w.previousFrom()) + " to "
        + zone.wallClock(w.from()) + ". Times of day below are in " + zone.name() + "; incidents are counted on the "
        + "day their sources give (the local day where they happened).";
  }

  /** " Source: outlet, published DATE, date: BASIS, URL." for a line's source; "" when there is none. */
  static String provenance(ReportZone zone, SituationReport.Source src) {
    if (src == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    parts.add(src.outlet() != null ? src.outlet() : "outlet not named");
    parts.add(src.published() != null ? "published " + zone.display(src.published()) : "publication date unknown");
    if (src.dateBasis() != null) {
      parts.add("date: " + src.dateBasis());
    }
    if (src.url() != null) {
      parts.add(src.url());
    }
    return " Source: " + String.join(", ", parts) + ".";
  }

  /** " Also in: a, b." naming the other copies of the story; "" when there are none. */
  static String alsoIn(List<SituationReport.Copy> copies) {
    if (copies == null || copies.isEmpty()) {
      return "";
    }
    List<String> names = new ArrayList<>();
    for (SituationReport.Copy c : copies) {
      names.add(c.article() + (c.outlet() != null ? " (" + c.outlet() + ")" : ""));
    }
    return " Also in: " + String.join(", ", names) + ".";
  }

  static String observation(SituationReport.ObservationLine o, ReportZone zone) {
    StringBuilder s = new StringBuilder(o.time() == null ? "" : zone.display(o.time()) + ": ");
    s.append(o.kind() == null ? "observation" : o.kind().replace('_', ' '));
    if (o.place() != null) {
      s.append(" at ").append(o.place());
    }
    if (o.direction() != null) {
      s.append(", direction ").append(o.direction());
    }
    if (o.perpetrator() != null) {
      s.append(", assessed as from ").append(o.perpetrator());
    }
    s.append(o.observer() == null ? "" : " (observed by " + o.observer() + ")").append('.');
    if (o.text() != null && !o.text().isBlank()) {
      s.append(' ').append(o.text().strip());
    }
    return s.toString();
  }

  static String incident(SituationReport.IncidentLine i) {
    StringBuilder s = new StringBuilder("Alleged ").append(subtype(i.subtype()));
    s.append(i.place() == null ? "" : " at " + i.place() + (i.area() != null && !i.area().equals(i.place())
        ? " (" + i.area() + ")" : ""));
    s.append(i.perpetrator() == null ? ", perpetrator not established" : ", attributed to " + i.perpetrator());
    if (!i.alleging().isEmpty()) {
      s.append(", according to ").append(String.join(" and ", i.alleging()));
    }
    s.append('.');
    if (!i.denying().isEmpty()) {
      s.append(" Denied by ").append(String.join(" and ", i.denying())).append('.');
    }
    if (!i.acknowledging().isEmpty()) {
      s.append(" Acknowledged by ").append(String.join(" and ", i.acknowledging())).append('.');
    }
    if (i.killed() != null || i.wounded() != null) {
      s.append(" Reported casualties: ").append(figures(i.killed(), i.wounded())).append('.');
    }
    s.append(" Standing: ").append(i.standing()).append("; ").append(count(i.independentSources(),
        "independent source")).append('.');
    return s.toString();
  }

  static String claim(SituationReport.ClaimLine c) {
    String verb = switch (c.stance()) {
      case "denies" -> "denied";
      case "acknowledges" -> "acknowledged";
      default -> "alleged";
    };
    String what = subtype(c.subtype()) + (c.place() == null ? "" : " at " + c.place());
    return c.actor() + " " + verb + " the " + what + (c.via() == null ? "" : " (as relayed by " + c.via() + ")")
        + (c.source() == null ? "." : ": \u201c" + c.source().text().strip() + "\u201d");
  }

  static String casualty(SituationReport.CasualtyLine c) {
    String victims = c.victims() == null ? "" : " (" + c.victims() + ")";
    String now = (c.qualifier() == null ? "" : c.qualifier() + " ") + figures(c.killed(), c.wounded());
    String prev = c.previousDate() == null ? "; no earlier figure from this source"
        : "; previously " + figures(c.previousKilled(), c.previousWounded()) + " on " + c.previousDate();
    return "According to " + c.claimant() + ": " + now + victims + prev + ".";
  }

  /** "Alleged shelling at Martuni, attributed to X: reported as "...sentence..." (civilian, houses)." */
  static String harm(SituationReport.HarmLine h) {
    return "Alleged " + subtype(h.subtype()) + (h.place() == null ? "" : " at " + h.place())
        + (h.perpetrator() == null ? "" : ", attributed to " + h.perpetrator()) + ": \u201c"
        + (h.source() == null ? "" : h.source().text().strip()) + "\u201d (" + String.join(", ", h.words()) + ").";
  }

  private static String figures(Integer killed, Integer wounded) {
    List<String> parts = new ArrayList<>();
    if (killed != null) {
      parts.add(killed + " killed");
    }
    if (wounded != null) {
      parts.add(wounded + " wounded");
    }
    return parts.isEmpty() ? "no figure" : String.join(", ", parts);
  }

  private static String subtype(String s) {
    AttackSubtype known = AttackSubtype.of(s);
    if (s == null || known == AttackSubtype.ATTACK) {
      return "attack";
    }
    return known != null ? known.description() : s.replace('_', ' ');
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static List<List<String>> rows(List<SituationReport.Count> counts) {
    List<List<String>> out = new ArrayList<>();
    for (SituationReport.Count c : counts) {
      int diff = c.today() - c.previous();
      out.add(List.of(c.name(), String.valueOf(c.today()), String.valueOf(c.previous()),
          diff > 0 ? "+" + diff : String.valueOf(diff)));
    }
    return out;
  }

  /**
   * Where a report's evidence links point: under a base ("" for the serving dashboard, else an absolute URL), or,
   * for a standalone file (base null), to anchors inside it: an incident's line, and a numbered list of sources.
   */
  private static final class Links {
    private final String base;
    private final Map<String, SituationReport.Source> sources = new LinkedHashMap<>();
    private final Map<String, String> anchors = new HashMap<>();

    Links(String base) {
      this.base = base == null ? null : base.replaceAll("/+$", "");
    }

    boolean standalone() {
      return base == null;
    }

    Map<String, SituationReport.Source> sources() {
      return sources;
    }

    String incidentAnchor(String id) {
      return standalone() ? "incident-" + id.replaceAll("[^A-Za-z0-9_-]", "_") : null;
    }

    /** The evidence links of a line: its incident (unless it is the incident's own line), and its sentence. */
    List<String[]> of(String incident, SituationReport.Source src, boolean toIncident) {
      List<String[]> out = new ArrayList<>();
      if (incident != null && (toIncident || !standalone())) {
        out.add(new String[] {incident, standalone() ? "#" + incidentAnchor(incident)
            : base + "/incident.html?id=" + enc(incident)});
      }
      if (src != null) {
        String label = src.sentence() >= 0 ? src.article() + ", sentence " + (src.sentence() + 1) : src.article();
        String href;
        if (standalone()) {
          String key = src.article() + "\u0000" + src.start();
          String anchor = anchors.computeIfAbsent(key, k -> "source-" + (anchors.size() + 1));
          sources.putIfAbsent(anchor, src);
          href = "#" + anchor;
        } else {
          href = base + "/article.html?id=" + enc(src.article()) + (src.start() >= 0 ? "&start=" + src.start()
              + "&end=" + src.end() : "");
        }
        out.add(new String[] {label, href});
      }
      return out;
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * Text from articles as Markdown text: a Markdown renderer passes raw HTML through, so {@code <}, {@code >} and
   * {@code &} become entities, and brackets and backticks are escaped so that quoted text cannot form a link or code.
   */
  static String md(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '[', ']', '`', '\\' -> b.append('\\').append(c);
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** HTML-escapes text for element content and attribute values. */
  public static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** The day as the report's title writes it. */
  public static String day(LocalDate d) {
    return DAY.format(d);
  }
}
