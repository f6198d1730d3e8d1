package org.trucewatch.ingest;

/**
 * Counts ampersands in XML that start no entity or character reference ({@code R&D}, {@code ?a=1&b=2}): the commonest
 * reason a real feed is not well-formed, and one jsoup's lenient parser passes without a word. CDATA sections and
 * comments are skipped. Fed with characters as they stream past, in any chunks. Not thread-safe.
 */
final class BareAmpersands {

  private enum State { TEXT, REFERENCE, MARKUP_START, CDATA, COMMENT }

  private static final String CDATA_OPEN = "<![CDATA[";
  private static final String COMMENT_OPEN = "<!--";
  private static final int MAX_REFERENCE = 32;

  private State state = State.TEXT;
  private final StringBuilder pending = new StringBuilder();
  private char last;
  private char beforeLast;
  private int count;

  /** How many bare ampersands were seen. */
  int count() {
    return count;
  }

  void feed(char[] buf, int off, int n) {
    for (int i = off; i < off + n; i++) {
      accept(buf[i]);
    }
  }

  private void accept(char c) {
    switch (state) {
      case TEXT -> text(c);
      case REFERENCE -> {
        if (c == ';') {
          if (!isReference(pending)) {
            count++;
          }
          state = State.TEXT;
        } else if (Character.isLetterOrDigit(c) || c == '#') {
          pending.append(c);
          if (pending.length() > MAX_REFERENCE) {
            count++;
            state = State.TEXT;
          }
        } else {
          count++;
          state = State.TEXT;
          text(c);
        }
      }
      case MARKUP_START -> {
        pending.append(c);
        String opened = pending.toString();
        if (opened.equals(CDATA_OPEN)) {
          state = State.CDATA;
        } else if (opened.equals(COMMENT_OPEN)) {
          state = State.COMMENT;
        } else if (!CDATA_OPEN.startsWith(opened) && !COMMENT_OPEN.startsWith(opened)) {
          state = State.TEXT;
          if (c == '&' || c == '<') {
            text(c);
          }
        }
      }
      case CDATA -> {
        if (c == '>' && last == ']' && beforeLast == ']') {
          state = State.TEXT;
        }
      }
      case COMMENT -> {
        if (c == '>' && last == '-' && beforeLast == '-') {
          state = State.TEXT;
        }
      }
    }
    beforeLast = last;
    last = c;
  }

  private void text(char c) {
    if (c == '&') {
      state = State.REFERENCE;
      pending.setLength(0);
    } else if (c == '<') {
      state = State.MARKUP_START;
      pending.setLength(0);
      pending.append('<');
    }
  }

  private static boolean isReference(CharSequence name) {
    if (name.length() == 0) {
      return false;
    }
    if (name.charAt(0) != '#') {
      return Character.isLetter(name.charAt(0));
    }
    if (name.length() > 2 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')) {
      return name.subSequence(2, name.length()).chars().allMatch(ch -> Character.digit(ch, 16) >= 0);
    }
    return name.length() > 1 && name.subSequence(1, name.length()).chars().allMatch(Character::isDigit);
  }
}
