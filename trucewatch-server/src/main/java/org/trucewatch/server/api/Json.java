package org.trucewatch.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.UncheckedIOException;

/** Writes JSON responses with the API's own mapper (so every route serialises the same way). */
final class Json {

  private Json() {}

  static void send(Context ctx, ObjectMapper mapper, JsonNode body) {
    try {
      ctx.contentType("application/json; charset=utf-8").result(mapper.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
