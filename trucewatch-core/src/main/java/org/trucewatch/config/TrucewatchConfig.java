package org.trucewatch.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The whole configuration: one immutable tree, loaded once at start-up from the embedded defaults
 * ({@code defaults.json} beside this class) with an optional user file laid over them. A key the defaults do not have is
 * an error, so a misspelt setting never passes silently.
 */
public record TrucewatchConfig(Ingest ingest, Clean clean, Extract extract, Dedup dedup, Incident incident,
    Store store, Server server, Conflicts conflicts, Alerts alerts, Report report) {

  /**
   * The daily report.
   *
   * @param timeZone the zone its window and times are in: an IANA name ("Asia/Baku"), "UTC" or an offset
   *     ("+04:00"); checked when the configuration loads
   */
  public record Report(String timeZone) {

    /** The zone, or a {@link ConfigException} naming the key and the value. */
    public java.time.ZoneId zone() {
      try {
        return java.time.ZoneId.of(timeZone == null ? "" : timeZone.strip());
      } catch (java.time.DateTimeException e) {
        throw new ConfigException("report.timeZone: '" + timeZone + "' is not a time zone (an IANA name such as "
            + "Asia/Baku, UTC, or an offset such as +04:00)");
      }
    }
  }

  /**
   * Conflict profiles beyond the shipped ones and {@code $TRUCEWATCH_HOME/conflicts/}.
   *
   * @param dirs folders each holding profile folders ({@code <dir>/<id>/profile.json})
   */
  public record Conflicts(java.util.List<String> dirs) {
    public Conflicts {
      dirs = dirs == null ? java.util.List.of() : java.util.List.copyOf(dirs);
    }
  }

  /**
   * Alerts on new incidents and raised standings, posted to webhooks (see {@link Alerts.Rule}).
   *
   * @param baseUrl the dashboard's address, for the incident link in each alert (null: no link)
   * @param timeoutSeconds the longest one webhook request may take
   * @param retries further tries at once after a failed post (a 5xx, a 429, no answer), with backoff
   * @param backoffSeconds the first wait before a retry, doubled each time
   * @param maxAttempts posts at most per alert, across rounds, before it is marked failed
   * @param rules the rules; an alert is posted per rule, webhook, incident and standing, once
   * @param secretEnv the environment variable holding the secret each post is signed with (HMAC-SHA256 of the body
   *     in {@code X-TruceWatch-Signature}), so that a receiver can tell a real alert from a forged one; unset or
   *     empty: posts are not signed
   */
  public record Alerts(String baseUrl, int timeoutSeconds, int retries, int backoffSeconds, int maxAttempts,
      java.util.List<Rule> rules, String secretEnv) {

    public Alerts {
      rules = rules == null ? java.util.List.of() : java.util.List.copyOf(rules);
      if (timeoutSeconds < 1 || retries < 0 || backoffSeconds < 0 || maxAttempts < 1) {
        throw new ConfigException("alerts: timeoutSeconds and maxAttempts must be at least 1, retries and "
            + "backoffSeconds not negative");
      }
      java.util.Set<String> names = new java.util.HashSet<>();
      for (Rule r : rules) {
        if (!names.add(r.name())) {
          throw new ConfigException("alerts.rules: two rules are named '" + r.name() + "'");
        }
      }
    }

    /**
     * One alert rule: an incident matches when it passes every filter given (a null filter passes all).
     *
     * @param name the rule's name, unique, sent in each alert
     * @param conflict a conflict profile's id
     * @param place a place or province, by any of its names
     * @param party the alleged perpetrator: a side's id ({@code AZ}) or name
     * @param type an event type ({@code attack}...)
     * @param subtype an attack subtype ({@code shelling}, {@code air_drone_strike}...)
     * @param standing the lowest standing ({@code alleged}, {@code disputed}, {@code acknowledged},
     *     {@code corroborated}, {@code observed})
     * @param minCasualties the fewest killed and wounded together (0 or absent: any)
     * @param webhooks the http(s) addresses each matching alert is posted to
     */
    public record Rule(String name, String conflict, String place, String party, String type, String subtype,
        String standing, Integer minCasualties, java.util.List<String> webhooks) {

      public Rule {
        if (name == null || name.isBlank()) {
          throw new ConfigException("alerts.rules: a rule has no 'name'");
        }
        webhooks = webhooks == null ? java.util.List.of() : java.util.List.copyOf(webhooks);
        minCasualties = minCasualties == null ? 0 : minCasualties;
        String where = "alerts.rules '" + name + "': ";
        if (webhooks.isEmpty()) {
          throw new ConfigException(where + "'webhooks' must list at least one http(s) address");
        }
        for (String w : webhooks) {
          if (w == null || !w.matches("(?i)https?://[^\\s/?#]+.*")) {
            throw new ConfigException(where + "webhook '" + w + "' is not an http(s) address");
          }
        }
        if (minCasualties < 0) {
          throw new ConfigException(where + "minCasualties must not be negative");
        }
      }

      /** A catch-all rule posting every alert to one webhook ({@code watch --alert-webhook}). */
      public static Rule catchAll(String webhook) {
        return new Rule("webhook " + webhook, null, null, null, null, null, null, 0, java.util.List.of(webhook));
      }

      /** The constant of {@code values} named {@code label} (any case, '-' as '_'), or null. */
      public static <E extends Enum<E>> E known(E[] values, String label) {
        String k = label.strip().replace('-', '_');
        for (E e : values) {
          if (e.name().equalsIgnoreCase(k)) {
            return e;
          }
        }
        return null;
      }
    }
  }

  /** Reading inputs. */
  public record Ingest(long maxDocumentBytes, long maxRecordBytes, int maxDirectoryDepth) {}

  /**
   * What one document may cost the extraction, so that no input stops a batch: over {@code maxSecondsPerDocument} it
   * is rejected ("too costly"); longer sentences are cut, longer tokens are not shown to the resolvers (0: no limit).
   * {@code attackConfidence} sets the learned filter of doubtful attacks.
   */
  public record Extract(double maxSecondsPerDocument, int maxTokensPerSentence, int maxTokenChars,
      AttackConfidence attackConfidence) {

    public Extract {
      attackConfidence = attackConfidence == null ? AttackConfidence.AS_SHIPPED : attackConfidence;
    }

    /** The limits, with the confidence filter as its weights file says. */
    public Extract(double maxSecondsPerDocument, int maxTokensPerSentence, int maxTokenChars) {
      this(maxSecondsPerDocument, maxTokensPerSentence, maxTokenChars, null);
    }
  }

  /**
   * The learned filter that keeps doubtful attacks off the log ({@code org.trucewatch.extract.AttackConfidence}); off
   * as shipped, because on blind held-out text it cost more attacks than it saved.
   *
   * @param enabled on or off over the weights file's own word, or null to leave it to the file
   * @param threshold another threshold between 0 and 1, or null for the file's
   * @param weights a weights file of one's own (the bench's {@code AttackConfidenceTrainer} writes one), or null
   */
  public record AttackConfidence(Boolean enabled, Double threshold, String weights) {

    /** The shipped weights file, as it says. */
    public static final AttackConfidence AS_SHIPPED = new AttackConfidence(null, null, null);

    public AttackConfidence {
      if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
        throw new ConfigException("extract.attackConfidence.threshold: " + threshold + " is not between 0 and 1");
      }
      if (weights != null && weights.isBlank()) {
        weights = null;
      }
    }
  }

  /** Boilerplate removal. */
  public record Clean(int minBodyChars, int minParagraphChars) {}

  /** Syndication clusters. */
  public record Dedup(
      int shingleWords,
      int hashes,
      int bands,
      double paragraphSimilarity,
      double minSharedFraction,
      int minSharedParagraphs,
      int minParagraphWords,
      int maxBucketSize,
      long seed) {}

  /**
   * Incidents and the ceasefire register.
   *
   * @param register a JSON file of known truces replacing the conflict profiles' registers, or null
   * @param placeRadiusKm mentions of one incident lie at most this far apart
   * @param dateToleranceDays how many days apart two mentions may be dated when one date is not explicit
   */
  public record Incident(String register, double placeRadiusKm, int dateToleranceDays) {}

  /**
   * Where the data lives.
   *
   * @param location a SQLite file path (the default, {@code trucewatch.db} in the working directory) or a
   *     {@code jdbc:postgresql://...} URL
   */
  public record Store(String location) {}

  /**
   * The HTTP server.
   *
   * @param host the interface to listen on (loopback by default)
   * @param port the port
   * @param tokenEnv the environment variable holding the API token that writing needs
   * @param readRequiresToken whether reading needs the token too
   * @param maxBodyBytes the largest request body accepted
   * @param maxConcurrentUploads request bodies read at once; more answer 503, so slow writers cannot hold the
   *     threads readers need
   * @param uploadTimeoutSeconds the longest one request body may take to arrive (else 408)
   * @param minUploadBytesPerSecond the slowest a request body may arrive, averaged from its start (else 408)
   */
  public record Server(String host, int port, String tokenEnv, boolean readRequiresToken, long maxBodyBytes,
      int maxConcurrentUploads, int uploadTimeoutSeconds, long minUploadBytesPerSecond) {

    /** The upload bounds at their defaults. */
    public Server(String host, int port, String tokenEnv, boolean readRequiresToken, long maxBodyBytes) {
      this(host, port, tokenEnv, readRequiresToken, maxBodyBytes, 8, 60, 1024);
    }
  }

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /** The embedded defaults. */
  public static TrucewatchConfig defaults() {
    return fromTree(defaultTree());
  }

  /** The defaults with {@code userFile} (JSON) laid over them. */
  public static TrucewatchConfig load(Path userFile) {
    ObjectNode tree = defaultTree();
    if (userFile != null) {
      JsonNode user;
      try {
        user = MAPPER.readTree(Files.readString(userFile));
      } catch (IOException e) {
        throw new ConfigException(userFile + ": cannot read configuration: " + e.getMessage());
      }
      if (user == null || !user.isObject()) {
        throw new ConfigException(userFile + ": configuration must be a JSON object");
      }
      merge(tree, (ObjectNode) user, userFile + ": ");
    }
    return fromTree(tree);
  }

  private static ObjectNode defaultTree() {
    try (InputStream in = TrucewatchConfig.class.getResourceAsStream("defaults.json")) {
      if (in == null) {
        throw new IllegalStateException("defaults.json missing from the classpath");
      }
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void merge(ObjectNode base, ObjectNode over, String path) {
    for (Map.Entry<String, JsonNode> e : over.properties()) {
      JsonNode current = base.get(e.getKey());
      if (current == null) {
        throw new ConfigException(path + "unknown configuration key '" + e.getKey() + "'");
      }
      if (current.isObject()) {
        if (!e.getValue().isObject()) {
          throw new ConfigException(path + "'" + e.getKey() + "' must be an object");
        }
        merge((ObjectNode) current, (ObjectNode) e.getValue(), path + e.getKey() + ".");
      } else {
        base.set(e.getKey(), e.getValue());
      }
    }
  }

  private static TrucewatchConfig fromTree(ObjectNode tree) {
    try {
      TrucewatchConfig config = MAPPER.treeToValue(tree, TrucewatchConfig.class);
      config.report().zone();
      return config;
    } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
      throw new ConfigException("unknown configuration key '" + path(e) + "'");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      if (e.getCause() instanceof ConfigException c) {
        throw c;
      }
      throw new ConfigException("invalid configuration: " + e.getOriginalMessage());
    }
  }

  /** Where an unknown key sits: {@code alerts.rules[0].plase}. */
  private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        sb.append(sb.isEmpty() ? "" : ".").append(r.getFieldName());
      } else {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  /** A configuration that cannot be used, with the reason. */
  public static final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
      super(message);
    }
  }
}
