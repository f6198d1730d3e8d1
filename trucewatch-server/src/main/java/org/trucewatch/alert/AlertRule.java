package org.trucewatch.alert;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.extract.AttackSubtype;
import org.trucewatch.extract.EventType;
import org.trucewatch.incident.Incident;
import org.trucewatch.incident.Standing;
import org.trucewatch.internal.Texts;
import org.trucewatch.pipeline.Pipeline;
import org.trucewatch.store.IncidentQuery;

/**
 * A configured alert rule made ready to test incidents against: its place folded with every name the gazetteer knows
 * it by and its party as the side's name, exactly as {@code incidents --place/--party} filter. Immutable.
 *
 * @param name the rule's name
 * @param webhooks where matching alerts are posted
 * @param conflict a conflict profile's id, or null
 * @param placeKeys the place's folded names, matched against an incident's place or province; null: any place
 * @param partyKey the alleged perpetrator's folded name, or null
 * @param type the event type, or null
 * @param subtype the attack subtype's label, or null
 * @param standing the lowest standing, or null
 * @param minCasualties the fewest killed and wounded together
 */
public record AlertRule(String name, List<String> webhooks, String conflict, Set<String> placeKeys, String partyKey,
    EventType type, String subtype, Standing standing, int minCasualties) {

  public AlertRule {
    webhooks = List.copyOf(webhooks);
    placeKeys = placeKeys == null ? null : Set.copyOf(placeKeys);
  }

  /** The rule as configured, its place and party understood by the pipeline's gazetteer and profiles. */
  public static AlertRule of(TrucewatchConfig.Alerts.Rule r, Pipeline pipeline) {
    IncidentQuery q = new IncidentQuery(null, null, blankToNull(r.place()), blankToNull(r.party()), null, null, 0, 1);
    if (q.place() != null || q.party() != null) {
      q = pipeline.understood(q);
    }
    Set<String> places = null;
    if (q.place() != null) {
      places = new LinkedHashSet<>();
      places.add(Texts.foldKey(q.place()));
      for (String n : q.placeNames()) {
        places.add(Texts.foldKey(n));
      }
    }
    // the values name the extractor's and the ladder's words; the configuration only checks the rule's shape
    String where = "alerts.rules '" + r.name() + "': ";
    EventType type = r.type() == null ? null : TrucewatchConfig.Alerts.Rule.known(EventType.values(), r.type());
    if (r.type() != null && type == null) {
      throw new TrucewatchConfig.ConfigException(where + "unknown type '" + r.type() + "'");
    }
    AttackSubtype subtype = r.subtype() == null ? null : AttackSubtype.of(r.subtype().strip());
    if (r.subtype() != null && subtype == null) {
      throw new TrucewatchConfig.ConfigException(where + "unknown subtype '" + r.subtype() + "'");
    }
    Standing standing = r.standing() == null ? null
        : TrucewatchConfig.Alerts.Rule.known(Standing.values(), r.standing());
    if (r.standing() != null && standing == null) {
      throw new TrucewatchConfig.ConfigException(where + "unknown standing '" + r.standing()
          + "' (alleged, disputed, acknowledged, corroborated, observed)");
    }
    return new AlertRule(r.name(), r.webhooks(), blankToNull(r.conflict()), places,
        q.party() == null ? null : Texts.foldKey(q.party()), type, subtype == null ? null : subtype.label(), standing,
        r.minCasualties());
  }

  /** A catch-all rule per webhook of {@code watch --alert-webhook}; a bad address is a ConfigException naming it. */
  public static List<AlertRule> webhooks(List<String> webhooks, Pipeline pipeline) {
    List<AlertRule> out = new java.util.ArrayList<>();
    webhooks.forEach(w -> out.add(of(TrucewatchConfig.Alerts.Rule.catchAll(w), pipeline)));
    return out;
  }

  /** The configured rules, then a catch-all rule per extra webhook ({@code watch --alert-webhook}). */
  public static List<AlertRule> all(TrucewatchConfig.Alerts alerts, List<String> extraWebhooks, Pipeline pipeline) {
    List<AlertRule> out = new java.util.ArrayList<>();
    alerts.rules().forEach(r -> out.add(of(r, pipeline)));
    extraWebhooks.forEach(w -> out.add(of(TrucewatchConfig.Alerts.Rule.catchAll(w), pipeline)));
    return out;
  }

  /** Whether the incident passes every filter of the rule. */
  public boolean matches(Incident i) {
    if (conflict != null && !conflict.equals(i.conflict())) {
      return false;
    }
    if (placeKeys != null && (i.location() == null || !(placeKeys.contains(fold(i.location().name()))
        || placeKeys.contains(fold(i.location().admin1()))))) {
      return false;
    }
    if (partyKey != null && !partyKey.equals(fold(i.perpetrator()))) {
      return false;
    }
    if (type != null && type != i.type()) {
      return false;
    }
    if (subtype != null && !subtype.equals(i.subtype())) {
      return false;
    }
    if (standing != null && i.standing().compareTo(standing) < 0) {
      return false;
    }
    int casualties = (i.killed() == null ? 0 : i.killed()) + (i.wounded() == null ? 0 : i.wounded());
    return casualties >= minCasualties;
  }

  private static String fold(String s) {
    return s == null ? null : Texts.foldKey(s);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
