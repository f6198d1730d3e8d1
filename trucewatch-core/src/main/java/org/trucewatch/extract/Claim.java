package org.trucewatch.extract;

import java.util.Locale;
import java.util.Set;

/**
 * One speaker's stance on an event, with its source.
 *
 * @param actor the speaker's canonical name ("Azerbaijan Ministry of Defense")
 * @param actorId the actor's dictionary id, or null for a speaker outside the dictionary
 * @param side the belligerent party the speaker belongs to, or null
 * @param stance alleges, denies or acknowledges
 * @param via who relayed the statement ("RIA quoted the representative as saying"), or null
 * @param evidence the sentence it was read from
 * @param written how the text named a dictionary speaker ("the health ministry"), or null
 */
public record Claim(String actor, String actorId, String side, Stance stance, String via, Evidence evidence,
    String written) {

  private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "i", "its", "their", "his",
      "her", "them", "us", "our", "who", "which");

  /** A claim whose speaker's words are not kept (a speaker outside the dictionary is named as written anyway). */
  public Claim(String actor, String actorId, String side, Stance stance, String via, Evidence evidence) {
    this(actor, actorId, side, stance, via, evidence, null);
  }

  /**
   * The speaker as the contract's claimed_by/denied_by lists name it: the canonical name, followed by the words of
   * the text in quotes where they say something the canonical name does not ({@code Lebanon Ministry of Health ("the
   * health ministry")}), so that a reader sees both whom the dictionary took the speaker for and what the source
   * said.
   */
  public String display() {
    String w = shownWords();
    return w == null ? actor : actor + " (\"" + w + "\")";
  }

  private String shownWords() {
    if (written == null || actor == null || written.length() > 80) {
      return null;
    }
    String w = written.strip();
    String bare = norm(w).replaceFirst("^(the|a|an) ", "");
    if (bare.isEmpty() || PRONOUNS.contains(bare) || norm(actor).contains(bare)) {
      return null;
    }
    return w;
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replace("’", "'").replace("'s ", " ").replaceAll("[^\\p{L}\\p{N}' ]+", " ")
        .replaceAll("\\s+", " ").strip();
  }
}
