package org.trucewatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.trucewatch.clean.Paragraph;
import org.trucewatch.clean.RemovedBlock;

/** The JSON text columns: lists kept whole in one column (paragraph offsets, captions, parties). Thread-safe. */
final class Json {

  static final TypeReference<List<Paragraph>> PARAGRAPHS = new TypeReference<>() {};
  static final TypeReference<List<RemovedBlock>> REMOVED = new TypeReference<>() {};
  static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  static final TypeReference<List<org.trucewatch.conflict.ConflictProfile.Source>> SOURCES =
      new TypeReference<>() {};

  // Unknown fields are skipped so that a column written by a later version still reads.
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON of " + value.getClass().getSimpleName(), e);
    }
  }

  static <T> List<T> read(String json, TypeReference<List<T>> type, String what) {
    if (json == null) {
      return List.of();
    }
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored " + what + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
