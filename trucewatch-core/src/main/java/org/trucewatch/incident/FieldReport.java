package org.trucewatch.incident;

import org.trucewatch.extract.Location;

/**
 * A monitor's own structured report of what it observed: the top rung of the verification ladder.
 *
 * @param id the report's id (given in the file, or a hash of its content)
 * @param observer who observed ("OSCE SMM patrol 12", "EUMA")
 * @param time when: ISO date or date-time with offset
 * @param location where, resolved against the gazetteer (or as given in coordinates)
 * @param kind what: shelling, small-arms fire, explosion, drone, ... (mapped to an attack subtype where it can be)
 * @param direction direction of fire as observed ("from south-east"), or null
 * @param perpetrator the side the monitor attributes it to, or null (monitors often do not)
 * @param text the report's own words
 */
public record FieldReport(String id, String observer, String time, Location location, String kind, String direction,
    String perpetrator, String text) {}
