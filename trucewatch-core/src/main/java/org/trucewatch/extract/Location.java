package org.trucewatch.extract;

/**
 * Where an event happened, resolved against the gazetteer.
 *
 * @param name the gazetteer's preferred name
 * @param lat latitude
 * @param lon longitude
 * @param country ISO 3166-1 alpha-2
 * @param admin1 first-level division, or null
 * @param precision place, district, region or country
 * @param surface the name as the article wrote it
 */
public record Location(String name, double lat, double lon, String country, String admin1, String precision,
    String surface) {}
