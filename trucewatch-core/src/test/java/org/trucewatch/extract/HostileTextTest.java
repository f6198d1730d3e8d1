package org.trucewatch.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.pipeline.Articles;
import org.trucewatch.pipeline.Pipeline;

/**
 * The hostile runs of issue 11 and those fuzzing found, each inside an article that also reports an attack: the
 * extraction neither throws (a stack overflow was the tokenizer's, then a place-name pattern's) nor loses the attack.
 */
class HostileTextTest {

  private static final Pipeline PIPELINE = new Pipeline(TrucewatchConfig.defaults(),
      Clock.fixed(Instant.parse("2020-11-01T00:00:00Z"), ZoneOffset.UTC));
  private static final LocalDate SUNDAY = LocalDate.of(2020, 10, 25);

  private static String run(String kind) {
    return switch (kind) {
      case "numbers" -> IntStream.rangeClosed(1, 20_000).mapToObj(Integer::toString).collect(Collectors.joining(","));
      case "hyphens" -> "a" + "-a".repeat(50_000);
      case "capitalisedHyphens" -> "A" + "-a".repeat(50_000);
      case "token" -> "x".repeat(100_000);
      case "words" -> "Armenia said Azerbaijan said ".repeat(2_000);
      default -> {
        Random random = new Random(1);
        yield random.ints(40_000, 0, 18).mapToObj(i -> String.valueOf("abcdefghxyz0123.,;".charAt(i)))
            .collect(Collectors.joining());
      }
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"numbers", "hyphens", "capitalisedHyphens", "token", "words", "noSpaces"})
  void aHostileRunNeitherThrowsNorHidesTheAttack(String kind) {
    var article = Articles.of("t", SUNDAY.toString(),
        "Azerbaijani forces shelled the town of Martuni on Saturday, the Armenian Defence Ministry said.",
        "The ministry listed the villages " + run(kind) + " in its statement.");
    var events = PIPELINE.extractor().extract(article, SUNDAY, DateBasis.PUBLICATION).events();
    assertFalse(events.stream().noneMatch(e -> e.type() == EventType.ATTACK), kind + ": the attack was lost");
  }
}
