package org.trucewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import org.trucewatch.extract.Casualties;
import org.trucewatch.extract.Event;
import org.trucewatch.pipeline.ExtractRun;

/** The readable form of an article's events: one block per event, the evidence sentence under it. */
final class EventTable {

  private EventTable() {}

  static void print(PrintWriter out, ExtractRun.ArticleEvents ae, boolean undated) {
    var a = ae.article().article();
    String anchor = ae.anchor() == null ? "no date to resolve against"
        : "dates read against " + ae.anchor().date() + " (" + ae.anchor().basis() + ")";
    out.println("== " + a.id() + (a.title() == null ? "" : "  \"" + a.title() + "\"") + "  [" + anchor + "]");
    List<Event> events = ae.extraction().events();
    if (events.isEmpty()) {
      out.println("   (no dated events)");
    }
    events.forEach(e -> line(out, e));
    if (undated && !ae.extraction().undated().isEmpty()) {
      out.println("   undated mentions:");
      ae.extraction().undated().forEach(e -> line(out, e));
    }
    out.println();
  }

  private static void line(PrintWriter out, Event e) {
    StringBuilder sb = new StringBuilder("   ");
    sb.append(String.format("%-16s %-10s", e.type().label() + (e.subtype() == null ? "" : "/" + e.subtype()),
        e.date() == null ? "?" : e.date()));
    if (e.dateEnd() != null) {
      sb.append("..").append(e.dateEnd());
    }
    if (e.time() != null) {
      sb.append(' ').append(e.time());
    }
    if (e.location() != null) {
      sb.append("  @ ").append(e.location().name()).append(" (").append(e.location().country()).append(')');
    }
    if (e.perpetrator() != null) {
      sb.append("  by ").append(e.perpetrator()).append(e.perpetratorInferred() ? " (inferred)" : "");
    }
    Casualties c = e.casualties();
    if (c != null) {
      sb.append("  ").append(c.qualifier() == null ? "" : c.qualifier() + " ");
      if (c.killed() != null) {
        sb.append(c.killed()).append(" killed");
      }
      if (c.wounded() != null) {
        sb.append(c.killed() != null ? ", " : "").append(c.wounded()).append(" wounded");
      }
      if (c.victims() != null) {
        sb.append(" (").append(c.victims()).append(')');
      }
    }
    out.println(sb);
    if (!e.claimedBy().isEmpty()) {
      out.println("      claimed by: " + String.join("; ", e.claimedBy()));
    }
    if (!e.deniedBy().isEmpty()) {
      out.println("      denied by: " + String.join("; ", e.deniedBy()));
    }
    if (!e.acknowledgedBy().isEmpty()) {
      out.println("      acknowledged by: " + String.join("; ", e.acknowledgedBy()));
    }
    String ev = e.evidence().get(0).text();
    out.println("      \"" + (ev.length() > 160 ? ev.substring(0, 157) + "..." : ev) + "\"");
  }
}
