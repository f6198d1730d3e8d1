package org.trucewatch.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * "..., regional governor Ivan Petrenko said. // Two died in A and one in B, Petrenko wrote.": a speech verb whose
 * subject is one capitalised word outside the dictionary (which the subject reader may have missed: the tagger can
 * call a foreign surname an adjective) is spoken by the person the article named earlier with that last name, with
 * the words that named him, as a reader takes it. Only a speaker written with two capitalised words or more is noted
 * ("Petrenko" alone names no one new). The article's speakers are kept in its {@link ArticleContext}.
 */
final class SurnameSpeakers {

  // a personal name's last two words: "Ivan Petrenko", "Rear Admiral Jan Kowal"
  private static final Pattern FULL_NAME = Pattern.compile(".*\\p{Lu}[\\p{L}'-]+\\s+(\\p{Lu}[\\p{L}'-]+)$");
  private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'-]+");

  private SurnameSpeakers() {}

  /** Notes a frame's speaker under its last name, when it is written as a full name. */
  static void note(Frame f, ArticleContext ctx) {
    String written = f.speaker() != null ? f.speaker().text() : f.speakerText();
    if (written == null || f.speakerName() == null) {
      return;
    }
    java.util.regex.Matcher m = FULL_NAME.matcher(written.strip());
    if (m.matches()) {
      ctx.speakersBySurname.put(m.group(1), f);
    }
  }

  /** The frame with its lone-surname speaker resolved to the person named before, or the frame itself. */
  static Frame resolve(AnnotatedSentence s, Frame f, ArticleContext ctx) {
    if (f.speaker() != null || f.verb() < 1 || ctx.speakersBySurname.isEmpty()) {
      return f;
    }
    List<Token> tokens = s.sentence().tokens();
    int k = f.verb() - 1;
    String word = tokens.get(k).text();
    if (f.speakerText() != null && !f.speakerText().strip().equals(word)) {
      return f; // a speaker of more words than the name alone is its own
    }
    // the name opens its clause: the sentence's start or a comma (", Petrenko wrote")
    boolean opens = k == 0 || FrameTokens.isPunct(tokens.get(k - 1).text(), ",;:\"”");
    Frame earlier = opens && WORD.matcher(word).matches() ? ctx.speakersBySurname.get(word) : null;
    if (earlier == null) {
      return f;
    }
    ActorSpan a = earlier.speaker();
    ActorSpan at = a == null ? null : a.speakingAt(k, k + 1, a.demonym(), a.text());
    return f.withSpeaker(at, earlier.speakerText());
  }
}
