package org.trucewatch.extract;

/**
 * One speaker's stance on an event, with its source.
 *
 * @param actor the speaker's canonical name ("Azerbaijan Ministry of Defense")
 * @param actorId the actor's dictionary id, or null for a speaker outside the dictionary
 * @param side the belligerent party the speaker belongs to, or null
 * @param stance alleges, denies or acknowledges
 * @param via who relayed the statement ("RIA" in "RIA quoted the representative as saying"), or null
 * @param evidence the sentence it was read from
 */
public record Claim(String actor, String actorId, String side, Stance stance, String via, Evidence evidence) {}
