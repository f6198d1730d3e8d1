package org.trucewatch.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Serializable;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.pipeline.Pipeline;

/**
 * One core {@link Pipeline} per JVM for each configuration and clock, built on first use and shared by every task that
 * runs there, so that an executor loads the models and dictionaries once. Tasks carry only a {@link Spec}: the
 * configuration as JSON and the clock, both serializable. A pipeline holds nothing that needs closing.
 */
final class Pipelines {

  /** What a pipeline is built from. */
  record Spec(String configJson, Clock clock) implements Serializable {

    static Spec of(TrucewatchConfig config, Clock clock) {
      try {
        return new Spec(JsonForms.MAPPER.writeValueAsString(config), clock);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("the configuration cannot be written as JSON", e);
      }
    }

    TrucewatchConfig config() {
      try {
        return JsonForms.MAPPER.readValue(configJson, TrucewatchConfig.class);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("the configuration cannot be read back: " + e.getOriginalMessage(), e);
      }
    }
  }

  private static final ConcurrentHashMap<Spec, Pipeline> BUILT = new ConcurrentHashMap<>();

  private Pipelines() {}

  /** The pipeline for {@code spec}; concurrent first callers wait for the one being built. */
  static Pipeline get(Spec spec) {
    return BUILT.computeIfAbsent(spec, s -> new Pipeline(s.config(), s.clock()));
  }
}
