package org.trucewatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labelled news snippets ({@code data/snippets/*.jsonl}): one short text per line with one ACLED-like label, scored
 * by what the whole snippet gives (an attack, its subtype, a ceasefire or talks), not event by event. Reads the file
 * given; holds no state beyond the figures it returns.
 */
public final class Snippets {

  /** Labels of violent events: the attack subtypes of {@code GUIDELINES.md}. */
  static final Set<String> ATTACK_LABELS = Set.of("armed_clash", "shelling", "air_drone_strike", "suicide_bomb",
      "remote_explosive", "grenade", "attack_on_civilians", "abduction", "territory_taken");

  /** Labels of snippets that should give no attack: an agreement also should give a ceasefire or talks. */
  static final Set<String> CALM_LABELS = Set.of("agreement", "nonviolent");

  /**
   * One labelled snippet.
   *
   * @param first the first acceptable local day of its event (ISO)
   * @param last the last acceptable day
   */
  public record Snippet(String id, String label, String published, String text, String first, String last) {}

  /** What extraction gave for one snippet, as the scorer reads it. */
  public record Outcome(Snippet snippet, List<Predicted> events) {

    boolean gave(String type) {
      return events.stream().anyMatch(e -> e.type().equals(type));
    }

    boolean subtypeRight() {
      return events.stream().anyMatch(e -> e.type().equals("attack") && snippet.label().equals(e.subtype()));
    }

    /** Dated attacks, ceasefires and talks, and how many of them fall within the snippet's days. */
    int[] dates() {
      int dated = 0;
      int right = 0;
      for (Predicted e : events) {
        if (e.date() != null && Set.of("attack", "ceasefire", "talks").contains(e.type())) {
          dated++;
          if (e.date().compareTo(snippet.first()) >= 0 && e.date().compareTo(snippet.last()) <= 0) {
            right++;
          }
        }
      }
      return new int[] {dated, right};
    }
  }

  private Snippets() {}

  /**
   * Reads a snippets file.
   *
   * @throws GoldException naming the file and line when a line is not JSON, lacks a key or has an unknown label
   */
  public static List<Snippet> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GoldException(file + ": cannot read: " + e.getMessage());
    }
    ObjectMapper mapper = new ObjectMapper();
    List<Snippet> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      JsonNode n;
      try {
        n = mapper.readTree(lines.get(i));
      } catch (IOException e) {
        throw new GoldException(where + ": not JSON: " + e.getMessage());
      }
      String label = text(n, "label", where);
      if (!ATTACK_LABELS.contains(label) && !CALM_LABELS.contains(label)) {
        throw new GoldException(where + ": unknown label '" + label + "'");
      }
      JsonNode dates = n.get("dates");
      if (dates == null || !dates.isArray() || dates.size() != 2) {
        throw new GoldException(where + ": 'dates' must be [first, last]");
      }
      out.add(new Snippet(text(n, "id", where), label, text(n, "published", where), text(n, "text", where),
          dates.get(0).asText(), dates.get(1).asText()));
    }
    return out;
  }

  private static String text(JsonNode n, String key, String where) {
    JsonNode v = n.get(key);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new GoldException(where + ": missing '" + key + "'");
    }
    return v.asText();
  }

  /** The figures over a set of outcomes, by name, in print order: {right, of}. */
  public static Map<String, int[]> figures(List<Outcome> outcomes) {
    Map<String, int[]> f = new LinkedHashMap<>();
    int[] recall = new int[2];
    int[] subtype = new int[2];
    int[] falseAttacks = new int[2];
    int[] agreement = new int[2];
    int[] dates = new int[2];
    for (Outcome o : outcomes) {
      String label = o.snippet().label();
      if (ATTACK_LABELS.contains(label)) {
        recall[1]++;
        subtype[1]++;
        recall[0] += o.gave("attack") ? 1 : 0;
        subtype[0] += o.subtypeRight() ? 1 : 0;
      } else {
        falseAttacks[1]++;
        falseAttacks[0] += o.gave("attack") ? 1 : 0;
      }
      if (label.equals("agreement")) {
        agreement[1]++;
        agreement[0] += o.gave("ceasefire") || o.gave("talks") ? 1 : 0;
      }
      int[] d = o.dates();
      dates[1] += d[0];
      dates[0] += d[1];
    }
    f.put("attack recall", recall);
    f.put("subtype", subtype);
    f.put("false attacks", falseAttacks);
    f.put("agreement", agreement);
    f.put("date", dates);
    return f;
  }
}
