package org.trucewatch.resolve.actor;

import java.util.List;
import org.trucewatch.internal.Validate;

/**
 * Where a sentence names an actor. Offsets are into the article body, like those of {@code Sentence} and
 * {@code Token}, so a mention is provenance as it stands. A determiner before the phrase is not part of it ("the
 * Armenian Ministry of Defense" gives "Armenian Ministry of Defense"), nor is a possessive ending after a bare name
 * ("Azerbaijan's" gives "Azerbaijan", with {@code possessive} set).
 *
 * @param sentence index of the sentence
 * @param tokenStart first token of the mention in the sentence
 * @param tokenEnd one past its last token
 * @param start body offset of its first character
 * @param end body offset one past its last character
 * @param text the words as they stand
 * @param actor the actor it names
 * @param possessive the owner is in the genitive: "Azerbaijan's Foreign Ministry", "Karabakh's ombudsman"
 * @param demonym the owner is a demonym, an adjective of nationality or a people noun: "Armenian forces", "Azeri
 *     officials", "Armenians"
 * @param agentHead the mention is a whole noun phrase headed by an agent noun ("Armenian forces", "Baku officials",
 *     "the Ministry of Defense of Azerbaijan"); false for a bare name or a demonym used as a modifier ("Armenian
 *     territory", where the actor is only implied)
 * @param locative a locative preposition comes right before it ("in Azerbaijan"): probably a place, not a speaker
 * @param antecedent for a mention resolved by coreference ("the ministry", "he", "that country"), the direct mention
 *     it refers back to; null for a direct mention
 * @param members for a group ("both sides"), the actors in it; empty otherwise
 */
public record ActorMention(
    int sentence,
    int tokenStart,
    int tokenEnd,
    int start,
    int end,
    String text,
    Actor actor,
    boolean possessive,
    boolean demonym,
    boolean agentHead,
    boolean locative,
    ActorMention antecedent,
    List<Actor> members) {

  public ActorMention {
    Validate.notNull(actor, "actor");
    Validate.notNull(text, "text");
    Validate.isTrue(tokenStart < tokenEnd && start <= end, "empty mention span");
    members = members == null ? List.of() : List.copyOf(members);
  }

  /** Whether this mention was resolved by coreference rather than named in the sentence. */
  public boolean isCoreferent() {
    return antecedent != null || !members.isEmpty();
  }

  /** A copy resolved to {@code resolved}, pointing back at {@code to}. */
  ActorMention resolvedTo(Actor resolved, ActorMention to) {
    ActorMention root = to.antecedent != null ? to.antecedent : to;
    return new ActorMention(sentence, tokenStart, tokenEnd, start, end, text, resolved, possessive, demonym,
        agentHead, locative, root, List.of());
  }
}
