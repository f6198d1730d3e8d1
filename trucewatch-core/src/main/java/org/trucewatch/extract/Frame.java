package org.trucewatch.extract;

import org.trucewatch.extract.Spans.ActorSpan;

/**
 * An attribution in a sentence: who says what. The complement, tokens {@code [from, to)}, is what the speaker says;
 * events found there are the speaker's claims.
 *
 * @param verb the token where the speech verb (or "according to") starts
 * @param speaker the speaker as an actor, or null when the speaker is not in the dictionary
 * @param speakerText the speaker as written (for speakers outside the dictionary), or null
 * @param from first token of the complement
 * @param to end of the complement (exclusive)
 * @param kind the lexicon's value for the verb: reports, alleges, accuses, acknowledges, denies, quotes
 * @param via who relayed the statement ("RIA quoted the representative as saying"), or null
 * @param accused for "X accused Y of ...": Y, or null
 */
public record Frame(int verb, ActorSpan speaker, String speakerText, int from, int to, String kind, ActorSpan via,
    ActorSpan accused) {

  /** The same statement told by another speaker (a pronoun's or surname's antecedent, a widened name). */
  public Frame withSpeaker(ActorSpan newSpeaker, String newSpeakerText) {
    return new Frame(verb, newSpeaker, newSpeakerText, from, to, kind, via, accused);
  }

  public boolean contains(int token) {
    return token >= from && token < to;
  }

  public boolean denies() {
    return kind.equals("denies");
  }

  /** Whether this is a speaker's telling: a named speaker that neither denies, accuses nor names in passing. */
  public boolean tells() {
    return speakerName() != null && !denies() && !kind().equals("accuses") && !namesInPassing();
  }

  /**
   * Whether a speaker only names the target in passing ("struck what the army called posts",
   * {@link RelativeSpeakers}): it tells the act but bounds no clause and speaks for no paragraph.
   */
  public boolean namesInPassing() {
    return kind.equals(RelativeSpeakers.KIND);
  }

  /**
   * The speaker as the text names it ("the health ministry"), when the speaker is a dictionary actor; else null. Where
   * the dictionary knew only the head of a longer name ("according to US Southern Command": "US"), the whole name.
   */
  public String speakerWritten() {
    if (speaker == null) {
      return null;
    }
    String known = speaker.text();
    return speakerText != null && known != null && speakerText.length() > known.length()
        && speakerText.contains(known) ? speakerText.strip() : known;
  }

  /** The speaker's name for claims: the actor's canonical name, else the words as written. */
  public String speakerName() {
    return speaker != null ? speaker.name() : speakerText;
  }
}
