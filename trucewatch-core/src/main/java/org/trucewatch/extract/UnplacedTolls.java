package org.trucewatch.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * "Shells hit a checkpoint near X on Sunday. Four civilians were killed in the shelling, monitors said.": a toll
 * sentence that names the attack again reads as an attack of its own, with no place, and takes the toll; the log keeps
 * no unplaced attack beside a placed one of the story, so the toll would be lost with it. Reads an article's told
 * events; writes the unplaced attack's halves to the placed attack of its day that it tells on: the only one of that
 * day, or else the only one of its kind that day, or else the only one whose place its own sentence names again,
 * where that attack lacks the half. Stateless.
 */
final class UnplacedTolls {

  /** The longest span of days a placed attack may run over and still be its day's (an overnight act, a weekend). */
  private static final int MAX_DAYS = 2;

  private UnplacedTolls() {
  }

  static List<Event> handedOn(List<Event> events) {
    List<Event> out = new ArrayList<>(events);
    for (Event u : events) {
      if (u.type() != EventType.ATTACK || u.location() != null || u.date() == null || !shortSpan(u)
          || u.casualties() == null || u.casualties().isEmpty()) {
        continue;
      }
      int owner = owner(out, u);
      if (owner < 0) {
        continue;
      }
      Event a = out.get(owner);
      Casualties had = a.casualties();
      // (an attack with no toll of its own takes the whole of the unplaced one's, its victims and qualifier too)
      Casualties filled = had == null ? u.casualties()
          : Casualties.gapsFilled(had, u.casualties().killed(), u.casualties().wounded());
      if (filled != had) {
        out.set(owner, a.withTollFrom(filled, u));
      }
    }
    return out;
  }

  // the only placed attack of the unplaced one's day, or else the only one of its kind that day; -1 when none or two
  private static int owner(List<Event> events, Event u) {
    int any = -1;
    int ofKind = -1;
    int anyCount = 0;
    int kindCount = 0;
    for (int i = 0; i < events.size(); i++) {
      Event a = events.get(i);
      if (a.type() != EventType.ATTACK || a.location() == null || !onDays(a, u)) {
        continue;
      }
      anyCount++;
      any = i;
      if (Objects.equals(a.subtype(), u.subtype())) {
        kindCount++;
        ofKind = i;
      }
    }
    return anyCount == 1 ? any : kindCount == 1 ? ofKind : named(events, u);
  }

  /**
   * "one died when the strike hit a van on the X road": of the day's placed attacks, the only one whose place the
   * unplaced mention's own sentence names again; -1 when none or two.
   */
  private static int named(List<Event> events, Event u) {
    String text = u.evidence().get(0).text();
    int found = -1;
    for (int i = 0; i < events.size(); i++) {
      Event a = events.get(i);
      if (a.type() != EventType.ATTACK || a.location() == null || !onDays(a, u)
          || a.location().surface() == null || !Pattern.compile("\\b" + Pattern.quote(a.location().surface())
              + "\\b").matcher(text).find()) {
        continue;
      }
      if (found >= 0 && !a.location().equals(events.get(found).location())) {
        return -1;
      }
      found = found >= 0 ? found : i;
    }
    return found;
  }

  // "killed in fighting at the weekend": a span of a day or two is as much a day as an overnight act's
  private static boolean shortSpan(Event u) {
    return u.dateEnd() == null || !u.dateEnd().isAfter(u.date().plusDays(MAX_DAYS - 1));
  }

  // the placed attack is of the unplaced one's day, or its day lies in the unplaced one's short span
  private static boolean onDays(Event a, Event u) {
    return onDay(a, u.date()) || u.dateEnd() != null && a.date() != null && a.dateEnd() == null
        && !a.date().isBefore(u.date()) && !a.date().isAfter(u.dateEnd());
  }

  private static boolean onDay(Event a, LocalDate day) {
    if (a.date() == null || a.dateEnd() != null && a.dateEnd().isAfter(a.date().plusDays(MAX_DAYS))) {
      return false; // an attack over a span is no day's
    }
    LocalDate last = a.dateEnd() != null ? a.dateEnd() : a.date();
    return !day.isBefore(a.date()) && !day.isAfter(last);
  }
}
