package org.trucewatch.incident;

import java.util.Objects;
import org.trucewatch.extract.Event;
import org.trucewatch.internal.Hashing;

/** Stable ids for events and incidents, so that re-extracting an article gives the same ids. Stateless. */
public final class EventIds {

  private EventIds() {}

  /** {@code ev-} and a hash of the article, type, subtype, date, place and perpetrator (and the figure, for reports). */
  public static String of(Event e) {
    String key = String.join("|", e.article(), e.type().name(), Objects.toString(e.subtype()),
        Objects.toString(e.date()), Objects.toString(e.dateEnd()),
        e.location() == null ? "" : e.location().name(), Objects.toString(e.perpetrator()),
        e.casualties() == null ? "" : e.casualties().toString(), String.join(";", e.claimedBy()),
        String.join(";", e.parties()));
    return "ev-" + Hashing.sha256(key).substring(0, 16);
  }

  /** {@code inc-} and a hash of the least id among an incident's mentions: independent of the order they came in. */
  public static String incident(String leastMentionId) {
    return "inc-" + Hashing.sha256(leastMentionId).substring(0, 12);
  }
}
