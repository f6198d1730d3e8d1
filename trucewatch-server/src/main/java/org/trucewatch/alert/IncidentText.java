package org.trucewatch.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trucewatch.incident.Incident;

/** An incident in words, for alerts and the Atom feed: a title and a one-line summary. Stateless. */
public final class IncidentText {

  private IncidentText() {}

  /** "Shelling at Tartar on 2020-10-25". */
  public static String title(Incident i) {
    String what = i.subtype() != null ? i.subtype().replace('_', ' ') : i.type().label().replace('_', ' ');
    String where = i.location() == null ? "place unknown" : "at " + i.location().name();
    String when = i.date() == null ? "date unknown" : "on " + i.date() + (i.dateEnd() == null ? "" : ".." + i.dateEnd());
    return Character.toUpperCase(what.charAt(0)) + what.substring(1) + " " + where + " " + when;
  }

  /** Place, date, perpetrator, standing, sources, casualties and truce in one line. */
  public static String summary(Incident i) {
    List<String> parts = new ArrayList<>();
    if (i.location() != null) {
      StringBuilder p = new StringBuilder("place: ").append(i.location().name());
      List<String> within = new ArrayList<>();
      if (i.location().admin1() != null && !i.location().admin1().equals(i.location().name())) {
        within.add(i.location().admin1());
      }
      if (i.location().country() != null) {
        within.add(i.location().country());
      }
      if (!within.isEmpty()) {
        p.append(" (").append(String.join(", ", within)).append(')');
      }
      parts.add(p.toString());
    } else {
      parts.add("place: unknown");
    }
    parts.add("date: " + (i.date() == null ? "unknown" : i.date() + (i.dateEnd() == null ? "" : " to " + i.dateEnd())));
    parts.add("alleged perpetrator: " + (i.perpetrator() == null ? "unattributed" : i.perpetrator()));
    parts.add("standing: " + i.standing().name().toLowerCase(Locale.ROOT));
    parts.add("sources: " + i.independentSources() + " independent, " + i.mentions().size() + " mention"
        + (i.mentions().size() == 1 ? "" : "s"));
    if (i.killed() != null || i.wounded() != null) {
      parts.add("casualties: " + (i.killed() == null ? "?" : i.killed()) + " killed, "
          + (i.wounded() == null ? "?" : i.wounded()) + " wounded");
    }
    if (i.ceasefireId() != null) {
      parts.add("ceasefire: " + i.ceasefireId());
    }
    if (i.conflict() != null) {
      parts.add("conflict: " + i.conflict());
    }
    return String.join("; ", parts);
  }

  /** The incident's dashboard page under {@code baseUrl}, or null without one. */
  public static String link(String baseUrl, Incident i) {
    if (baseUrl == null || baseUrl.isBlank()) {
      return null;
    }
    String b = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return b + "/incident.html?id=" + java.net.URLEncoder.encode(i.id(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
