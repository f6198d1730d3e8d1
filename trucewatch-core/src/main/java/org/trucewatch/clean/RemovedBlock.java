package org.trucewatch.clean;

/** A block the cleaner dropped, and why: kept so that {@code clean --explain} can show every decision. */
public record RemovedBlock(String text, String reason) {}
