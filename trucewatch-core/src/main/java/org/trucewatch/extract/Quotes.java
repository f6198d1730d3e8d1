package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * Quotations that run over several sentences: “Those claims cannot have any grounds. In fact, ... assumptions,” the
 * ministry said. Sentences inside a quotation with no speaker of their own take the speaker named where the
 * quotation closes, within the paragraph.
 */
final class Quotes {

  private Quotes() {}

  /**
   * @param framesOfUntagged finds the frames of a sentence that was not tagged (it had no event word), tagging it:
   *     needed when it closes a quotation that one does
   */
  static void inheritSpeakers(List<AnnotatedSentence> sentences, List<List<Frame>> frames,
      java.util.function.IntFunction<List<Frame>> framesOfUntagged) {
    for (int i = 0; i < sentences.size(); i++) {
      AnnotatedSentence s = sentences.get(i);
      if (!frames.get(i).isEmpty() || !opensQuote(s.sentence().tokens())
          || s.sentence().tokens().get(0).tag() == null) {
        continue;
      }
      for (int j = i; j < sentences.size() && j <= i + 4; j++) {
        AnnotatedSentence t = sentences.get(j);
        if (t.sentence().paragraph() != s.sentence().paragraph()) {
          break;
        }
        if (j > i && closesQuote(t.sentence().tokens()) && frames.get(j).isEmpty()
            && t.sentence().tokens().get(0).tag() == null) {
          frames.set(j, framesOfUntagged.apply(j));
        }
        if (j > i && closesQuote(t.sentence().tokens()) && !frames.get(j).isEmpty()) {
          Frame f = frames.get(j).get(frames.get(j).size() - 1);
          for (int k = i; k < j; k++) {
            if (frames.get(k).isEmpty() && sentences.get(k).sentence().tokens().get(0).tag() != null) {
              List<Frame> inherited = new ArrayList<>();
              inherited.add(new Frame(-1, f.speaker(), f.speakerText(), 0, sentences.get(k).size(), f.kind(),
                  f.via(), f.accused()));
              frames.set(k, inherited);
            }
          }
          break;
        }
      }
    }
  }

  private static boolean opensQuote(List<Token> tokens) {
    String first = tokens.get(0).text();
    return first.equals("“") || first.equals("\"");
  }

  private static boolean closesQuote(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.text().equals("”") || t.text().equals("\"")) {
        return true;
      }
    }
    return false;
  }
}
