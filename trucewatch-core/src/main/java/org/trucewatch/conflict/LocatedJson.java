package org.trucewatch.conflict;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON document with the line each value starts on, keyed by JSON Pointer ("/truces/2/start"), so that a
 * validation error can name the line of the value at fault. Reads the text twice (tree, then token positions).
 */
final class LocatedJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  final JsonNode root;
  private final Map<String, Integer> lines;

  private LocatedJson(JsonNode root, Map<String, Integer> lines) {
    this.root = root;
    this.lines = lines;
  }

  /** @throws ProfileException when the text is not JSON, naming the line and column */
  static LocatedJson parse(String text, String origin) {
    try {
      JsonNode root = MAPPER.readTree(text);
      return new LocatedJson(root, positions(text));
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new ProfileException(origin, at == null ? 0 : at.getLineNr(), "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ProfileException(origin, 0, "cannot read: " + e.getMessage());
    }
  }

  /** The line the value at {@code pointer} starts on, or that of the nearest enclosing value, or 1. */
  int line(String pointer) {
    String p = pointer;
    while (true) {
      Integer l = lines.get(p);
      if (l != null) {
        return l;
      }
      int slash = p.lastIndexOf('/');
      if (slash <= 0) {
        return lines.getOrDefault("", 1);
      }
      p = p.substring(0, slash);
    }
  }

  private static Map<String, Integer> positions(String text) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    Deque<Object> path = new ArrayDeque<>(); // field names (String) and array indexes (int[1])
    try (JsonParser p = new JsonFactory().createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME) {
          path.push(p.getCurrentName());
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          path.pop();
          afterValue(path);
          continue;
        }
        out.putIfAbsent(pointer(path), p.getTokenLocation().getLineNr());
        if (t == JsonToken.START_OBJECT) {
          path.push("{");
        } else if (t == JsonToken.START_ARRAY) {
          path.push(new int[] {0});
        } else {
          afterValue(path);
        }
      }
    }
    return out;
  }

  // A value ends: a field name is done with; an array moves to its next index.
  private static void afterValue(Deque<Object> path) {
    if (path.isEmpty()) {
      return;
    }
    if (path.peek() instanceof int[] i) {
      i[0]++;
    } else if (!"{".equals(path.peek())) {
      path.pop();
    }
  }

  private static String pointer(Deque<Object> path) {
    StringBuilder b = new StringBuilder();
    var it = path.descendingIterator();
    while (it.hasNext()) {
      Object o = it.next();
      if (o instanceof int[] i) {
        b.append('/').append(i[0]);
      } else if (!"{".equals(o)) {
        b.append('/').append(o);
      }
    }
    return b.toString();
  }
}
