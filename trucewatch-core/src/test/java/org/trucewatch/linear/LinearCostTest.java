package org.trucewatch.linear;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trucewatch.clean.lang.LanguageDetector;
import org.trucewatch.clean.text.TextPageExtractor;
import org.trucewatch.nlp.Abbreviations;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.SentenceSplitter;
import org.trucewatch.nlp.Tokenizer;
import org.trucewatch.resolve.time.TemporalAnchor;
import org.trucewatch.resolve.time.TemporalTagger;

/**
 * Property: each text stage's cost grows linearly with its input, on news-like text and on the hostile runs that
 * used to overflow the stack or backtrack (digits with commas, hyphenated words, one long token, no spaces). Cost is
 * this thread's CPU time (not wall time: the machine may be busy), the least of seven runs after a warm-up (a run
 * can only be slowed, by page faults or a busy moment, never sped up), on
 * inputs of n and 16n characters drawn from a seeded Random; linear is a ratio of 16, quadratic 256, the bound 48.
 * The wide step keeps a busy CI machine (one run slowed threefold) apart from a superlinear stage; a case over the
 * bound is measured again, up to three times, since noise can make a linear stage look slow once but cannot make a
 * quadratic one look linear.
 */
class LinearCostTest {

  private static final int STEP = 16;
  private static final double BOUND = 48;
  private static final int ATTEMPTS = 3;
  /** Sizes that take milliseconds, not seconds: the fast stages get more text so that timer noise stays small. */
  private static final int FAST_N = 40_000;
  private static final int SLOW_N = 4_000;

  private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.ENGLISH_NEWS);
  private static final SentenceSplitter SPLITTER = SentenceSplitter.english();
  private static final TextPageExtractor CLEANER = new TextPageExtractor(LanguageDetector.load());
  private static final TemporalTagger TIMES = TemporalTagger.english();
  private static final TemporalAnchor ANCHOR = TemporalAnchor.of(LocalDate.of(2020, 10, 14));

  private static final String[] WORDS = {"Armenian", "forces", "shelled", "the", "town", "of", "Tartar", "on",
      "Saturday", "evening", ",", "Azerbaijan's", "ministry", "said", "pro-government", "5,000", "12:05", "Oct.", "10",
      "2020", "U.S.", "e-mail", "press@mod.gov.az", "www.mod.am/news", "since", "last", "month", "(AP)", "\"", "-"};

  /** Input kinds: each makes a text of about {@code n} characters. */
  enum Kind {
    NEWS, NUMBER_LIST, HYPHEN_RUN, LONG_TOKEN, NO_SPACES, DOTTED_WORDS;

    String make(int n, Random random) {
      StringBuilder sb = new StringBuilder(n + 64);
      switch (this) {
        case NEWS -> {
          sb.append("Shelling reported\n\n");
          while (sb.length() < n) {
            for (int w = 5 + random.nextInt(20); w > 0; w--) {
              sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            sb.append(random.nextInt(6) == 0 ? ".\n\n" : ". ");
          }
        }
        case NUMBER_LIST -> {
          for (int i = 1; sb.length() < n; i++) {
            sb.append(i).append(',');
          }
        }
        case HYPHEN_RUN -> {
          while (sb.length() < n) {
            sb.append((char) ('a' + random.nextInt(3))).append('-');
          }
        }
        case LONG_TOKEN -> sb.append("x".repeat(n));
        case NO_SPACES -> {
          String alphabet = "abcxyz0123.,;-@/'";
          while (sb.length() < n) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
        }
        case DOTTED_WORDS -> {
          while (sb.length() < n) {
            sb.append("ab").append(random.nextBoolean() ? '.' : '-');
          }
        }
        default -> throw new AssertionError(this);
      }
      return sb.toString();
    }
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String stage : List.of("tokenizer", "splitter", "textCleaner", "temporalTagger")) {
      for (Kind kind : Kind.values()) {
        out.add(Arguments.of(stage, kind));
      }
    }
    return out.stream();
  }

  private static Consumer<String> stage(String name) {
    return switch (name) {
      case "tokenizer" -> text -> TOKENIZER.tokenize(text, 0);
      case "splitter" -> text -> SPLITTER.split(text, 0, text.length(), 0, new ArrayList<Sentence>());
      case "textCleaner" -> text -> CLEANER.extract("Shelling reported\n\n" + text, null);
      case "temporalTagger" -> text -> TIMES.tag(text, ANCHOR);
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void costGrowsLinearly(String stageName, Kind kind) {
    Consumer<String> stage = stage(stageName);
    Random random = new Random(20201010L + kind.ordinal());
    int n = stageName.equals("tokenizer") || stageName.equals("splitter") ? FAST_N : SLOW_N;
    String small = kind.make(n, random);
    String large = kind.make(STEP * n, random);
    for (int i = 0; i < 2; i++) { // warm-up: class loading, the JIT, the heap grown to size
      stage.accept(small);
      stage.accept(large);
    }
    double ratio = Double.MAX_VALUE;
    for (int attempt = 0; attempt < ATTEMPTS && ratio > BOUND; attempt++) {
      ratio = Math.min(ratio, ratio(stage, small, large));
      System.out.printf("%s on %s: ratio(%dn/n) = %.2f%n", stageName, kind, STEP, ratio);
    }
    assertTrue(ratio <= BOUND,
        stageName + " on " + kind + ": " + STEP + "n costs " + ratio + " times n (linear is " + STEP + ")");
  }

  /** The least CPU time of seven runs of the large text over that of the small one. */
  private static double ratio(Consumer<String> stage, String small, String large) {
    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
    for (int round = 0; round < 7; round++) { // alternating, so that a busy moment hits both sizes alike
      best[0] = Math.min(best[0], cpuTime(stage, small));
      best[1] = Math.min(best[1], cpuTime(stage, large));
    }
    return (double) best[1] / Math.max(best[0], 1_000_000L);
  }

  /** This thread's CPU time for one run. */
  private static long cpuTime(Consumer<String> stage, String text) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long t0 = cpu.getCurrentThreadCpuTime();
    stage.accept(text);
    return cpu.getCurrentThreadCpuTime() - t0;
  }
}
