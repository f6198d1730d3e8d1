package org.trucewatch.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.server.Fixtures;

/** The hand-written OpenAPI description names exactly the routes the server has, each with its error answers. */
class OpenApiTest {

  private static JsonNode document() throws Exception {
    try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static Set<String> served() {
    // A server over no store: routes are listed, never called.
    ApiServer server = new ApiServer(null, null, TrucewatchConfig.defaults().server(), null, Fixtures.CLOCK);
    Set<String> out = new HashSet<>();
    server.routes().forEach(r -> out.add(r.method() + " " + r.openApiPath()));
    return out;
  }

  @Test
  void everyRouteIsDescribedAndEveryDescriptionIsARoute() throws Exception {
    JsonNode doc = document();
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    Set<String> described = new HashSet<>();
    for (Iterator<String> ps = doc.get("paths").fieldNames(); ps.hasNext(); ) {
      String path = ps.next();
      for (Iterator<String> ms = doc.get("paths").get(path).fieldNames(); ms.hasNext(); ) {
        described.add(ms.next().toUpperCase(Locale.ROOT) + " " + path);
      }
    }
    assertThat(described).isEqualTo(served());
  }

  @Test
  void writingRoutesNeedTheBearerSchemeAndNameTheirErrors() throws Exception {
    JsonNode paths = document().get("paths");
    for (Iterator<String> ps = paths.fieldNames(); ps.hasNext(); ) {
      String path = ps.next();
      for (Iterator<String> ms = paths.get(path).fieldNames(); ms.hasNext(); ) {
        String method = ms.next();
        JsonNode op = paths.get(path).get(method);
        assertThat(op.has("operationId")).as(method + " " + path).isTrue();
        if (!method.equals("get")) {
          assertThat(op.has("security")).as(method + " " + path).isTrue();
          assertThat(op.get("responses").has("401")).as(method + " " + path).isTrue();
          assertThat(op.get("responses").has("403")).as(method + " " + path).isTrue();
        }
        if (op.has("requestBody")) {
          for (String s : new String[] {"400", "413", "415", "422"}) {
            assertThat(op.get("responses").has(s)).as(method + " " + path + " " + s).isTrue();
          }
        }
      }
    }
  }

  @Test
  void everySchemaReferenceResolves() throws Exception {
    JsonNode doc = document();
    String text = doc.toString();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("#/components/schemas/(\\w+)").matcher(text);
    while (m.find()) {
      assertThat(doc.get("components").get("schemas").has(m.group(1))).as(m.group(1)).isTrue();
    }
  }
}
