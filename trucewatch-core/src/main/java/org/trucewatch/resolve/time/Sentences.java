package org.trucewatch.resolve.time;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap sentence and clause bounds for reading tense and for "the day before": a sentence ends at a line break or at
 * ".", "!" or "?" before a capital, a quote or a digit, unless the full stop closes a common abbreviation or an
 * initial. Good enough for choosing the verbs near a time expression; not a sentence splitter for other uses.
 */
final class Sentences {

  private static final Pattern END = Pattern.compile("[.!?]+[\"'”’)\\]]*\\s+(?=[\\p{Lu}\"“‘(\\d])|\\n+");
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?i)(?:^|[^\\p{L}])(?:mr|mrs|ms|dr|prof|gen|lt|col|maj|capt|sgt|st|rep|sen|gov|pres|jan|feb|mar|apr|jun|jul"
          + "|aug|sep|sept|oct|nov|dec|no|vs|etc|inc|corp|co|ltd|jr|sr|u\\.s|u\\.n|\\p{Lu})\\.$");

  private final int[] starts;

  private Sentences(int[] starts) {
    this.starts = starts;
  }

  static Sentences of(String text) {
    int[] found = new int[16];
    int n = 0;
    found[n++] = 0;
    Matcher m = END.matcher(text);
    while (m.find()) {
      int dot = m.start();
      String head = text.substring(Math.max(0, dot - 6), dot + 1);
      if (text.charAt(dot) == '.' && !m.group().contains("\n") && ABBREVIATION.matcher(head).find()) {
        continue;
      }
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = m.end();
    }
    return new Sentences(Arrays.copyOf(found, n));
  }

  /** The index of the sentence holding {@code offset}. */
  int indexOf(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }

  int start(int index) {
    return starts[index];
  }

  /** One past the last character of sentence {@code index}, given the text length. */
  int end(int index, int textLength) {
    return index + 1 < starts.length ? starts[index + 1] : textLength;
  }

  int count() {
    return starts.length;
  }
}
