package org.trucewatch.extract;

/**
 * Where a fact was read: the sentence's index in the article, and the character offsets {@code [start, end)} of the
 * sentence in the clean body, with its text.
 */
public record Evidence(int sentence, int start, int end, String text) {}
