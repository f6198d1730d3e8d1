package org.trucewatch.store;

/** Row counts of a store. */
public record Stats(long articles, long clusters, long events, long incidents, long ceasefires, long fieldReports,
    long rejections) {}
