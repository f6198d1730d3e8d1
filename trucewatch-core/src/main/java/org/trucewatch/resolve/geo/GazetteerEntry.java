package org.trucewatch.resolve.geo;

/**
 * A place with what disambiguation needs beyond the public record.
 *
 * @param place the place
 * @param population inhabitants, 0 where unknown or not a settlement
 * @param curated true for entries and names written by hand (aliases, districts, regions, countries): their names are
 *     trusted even where they are also English words ("Tartar", "Turkey")
 * @param lowerCase true where the name is a common noun and matches in lower case ("the frontline")
 * @param contextual true where the entry only makes sense in a document about its country (the frontline)
 * @param admin1Code GeoNames admin1 code ({@code AZ.57}), or null
 */
record GazetteerEntry(
    Place place, long population, boolean curated, boolean lowerCase, boolean contextual, String admin1Code) {}
