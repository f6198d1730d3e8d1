package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import org.trucewatch.nlp.Sentence;
import org.trucewatch.nlp.Token;

/**
 * What one document may cost the extraction: a time limit, checked between sentences, and caps that keep one huge
 * token or one endless sentence from reaching the resolvers whole. Immutable and thread-safe; the clock is injected
 * so that tests can run out of time deterministically.
 *
 * @param maxSeconds time for one document (0: no limit)
 * @param maxSentenceTokens a longer sentence is cut into pieces of this many tokens (0: no cap)
 * @param maxTokenChars longer tokens are not shown to the resolvers (0: no cap)
 * @param ticker the clock, in nanoseconds
 */
public record Budget(double maxSeconds, int maxSentenceTokens, int maxTokenChars, Ticker ticker) {

  /** A monotonic clock in nanoseconds. */
  @FunctionalInterface
  public interface Ticker {
    long nanoTime();
  }

  /** No limits: what a library caller gets unless it asks for one. */
  public static final Budget UNLIMITED = new Budget(0, 0, 0, System::nanoTime);

  public Budget {
    if (maxSeconds < 0 || maxSentenceTokens < 0 || maxTokenChars < 0) {
      throw new IllegalArgumentException("budget limits must be zero (none) or positive");
    }
    ticker = ticker == null ? System::nanoTime : ticker;
  }

  /** A document went over its budget; the message is the one line a user sees. */
  public static final class TooCostly extends RuntimeException {
    public TooCostly(String message) {
      super(message, null, false, false);
    }
  }

  /** The running budget of one document. */
  public final class Deadline {
    private final long started = ticker.nanoTime();

    /** Throws {@link TooCostly} when the document's time is spent; {@code sentence} is where it stopped. */
    public void check(int sentence) {
      if (maxSeconds > 0 && ticker.nanoTime() - started > (long) (maxSeconds * 1e9)) {
        throw new TooCostly("stopped after " + format(maxSeconds) + " s at sentence " + (sentence + 1));
      }
    }
  }

  public Deadline start() {
    return new Deadline();
  }

  /** The sentence as the resolvers see it: without tokens over the length cap (unless nothing else is left). */
  public Sentence forResolvers(Sentence s) {
    if (maxTokenChars == 0 || !tooLong(s.tokens())) {
      return s;
    }
    List<Token> kept = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.text().length() <= maxTokenChars) {
        kept.add(t);
      }
    }
    return kept.isEmpty() ? s : s.withTokens(kept);
  }

  // a loop, not a stream: asked of every sentence read
  private boolean tooLong(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.text().length() > maxTokenChars) {
        return true;
      }
    }
    return false;
  }

  private static String format(double seconds) {
    return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
  }
}
