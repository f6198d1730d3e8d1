package org.trucewatch.resolve.geo;

import java.util.List;
import org.trucewatch.internal.Validate;

/**
 * A place name found in a text.
 *
 * @param start offset of the first character of the name in the text
 * @param end offset just past the name
 * @param surface the text between {@code start} and {@code end}, as written
 * @param place the chosen reading: the most likely one out of context from {@link Gazetteer#find}, the one that fits
 *     the document from {@link PlaceResolver#resolve}
 * @param alternatives the other places the name can stand for, most likely first (empty when the name is unambiguous)
 * @param role how the sentence uses the name: only {@link Role#PLACE} says where something happened
 */
public record PlaceMention(int start, int end, String surface, Place place, List<Place> alternatives, Role role) {

  /** How a sentence uses a place name. */
  public enum Role {
    /** A location: "shelling of Ganja", "in the Terter district", "on the frontline". */
    PLACE,
    /** A possessive: "Azerbaijan's Foreign Ministry", "Karabakh's ombudsman". */
    POSSESSIVE,
    /** An attribute of something else: "Moscow-brokered talks", "the Armenia defence ministry". */
    ADJECTIVAL,
    /** A government named by its country or capital, as the subject of a statement: "Baku said", "Armenia denied". */
    ACTOR,
    /** A word of a larger proper name or a person's name: "Lake Sevan", "Ilhan Omar". */
    NAME_PART
  }

  public PlaceMention {
    Validate.isTrue(start >= 0 && end > start, "bad mention span [" + start + ", " + end + ")");
    Validate.notNull(surface, "surface");
    Validate.notNull(place, "place");
    Validate.notNull(role, "role");
    alternatives = List.copyOf(Validate.notNull(alternatives, "alternatives"));
  }

  /** This mention with another reading chosen. */
  PlaceMention withPlace(Place chosen, List<Place> others) {
    return new PlaceMention(start, end, surface, chosen, others, role);
  }
}
