package org.trucewatch.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import org.trucewatch.incident.Incident;
import org.trucewatch.incident.Standing;
import org.trucewatch.report.IncidentJson;

/**
 * The JSON body of one alert: what happened ({@code event}), under which rule, the standing before and now, a title,
 * a summary and a link, and the incident as {@code /api/incidents} gives it. Made once, when the alert is queued, so
 * that every attempt posts the same bytes. Stateless.
 */
public final class AlertPayload {

  public static final String NEW = "new_incident";
  public static final String RAISED = "standing_raised";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AlertPayload() {}

  public static String json(String alertId, String event, String rule, Incident i, Standing previous,
      Instant detectedAt, String baseUrl) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("alert_id", alertId);
    o.put("event", event);
    o.put("rule", rule);
    o.put("detected_at", detectedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
    o.put("standing", i.standing().name().toLowerCase(Locale.ROOT));
    o.put("previous_standing", previous == null ? null : previous.name().toLowerCase(Locale.ROOT));
    o.put("title", IncidentText.title(i));
    o.put("summary", IncidentText.summary(i));
    o.put("url", IncidentText.link(baseUrl, i));
    o.set("incident", IncidentJson.toJson(MAPPER, i));
    try {
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
