package org.trucewatch.eval;

import java.util.List;
import org.trucewatch.extract.Casualties;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.Location;

/**
 * One predicted event, reduced to the fields of the {@code extract --json} contract the scorer reads.
 *
 * @param type the contract's type ({@code attack}...)
 * @param subtype its subtype, or null
 * @param date the day (ISO), or null
 * @param place the resolved place's name, or null
 * @param lat its latitude, or null
 * @param lon its longitude, or null
 * @param country its ISO country code, or null
 * @param perpetrator the side alleged to have acted, or null
 * @param claimedBy who alleges it
 * @param deniedBy who denies it
 * @param killed the figure killed, or null
 * @param wounded the figure wounded, or null
 * @param conflict the conflict profile id it was assigned to, or null
 * @param claimantIds the actor dictionary ids of who alleges it (where the speaker is in the dictionary)
 * @param denierIds the actor dictionary ids of who denies it
 * @param dateEnd the last day when the date is a span (a month), or null
 */
public record Predicted(String type, String subtype, String date, String place, Double lat, Double lon,
    String country, String perpetrator, List<String> claimedBy, List<String> deniedBy, Integer killed,
    Integer wounded, String conflict, List<String> claimantIds, List<String> denierIds, String dateEnd) {

  public Predicted(String type, String subtype, String date, String place, Double lat, Double lon, String country,
      String perpetrator, List<String> claimedBy, List<String> deniedBy, Integer killed, Integer wounded,
      String conflict, List<String> claimantIds, List<String> denierIds) {
    this(type, subtype, date, place, lat, lon, country, perpetrator, claimedBy, deniedBy, killed, wounded, conflict,
        claimantIds, denierIds, null);
  }

  public Predicted {
    claimedBy = claimedBy == null ? List.of() : List.copyOf(claimedBy);
    deniedBy = deniedBy == null ? List.of() : List.copyOf(deniedBy);
    claimantIds = claimantIds == null ? List.of() : List.copyOf(claimantIds);
    denierIds = denierIds == null ? List.of() : List.copyOf(denierIds);
  }

  public Predicted(String type, String subtype, String date, String place, Double lat, Double lon, String country,
      String perpetrator, List<String> claimedBy, List<String> deniedBy, Integer killed, Integer wounded,
      String conflict) {
    this(type, subtype, date, place, lat, lon, country, perpetrator, claimedBy, deniedBy, killed, wounded, conflict,
        null, null);
  }

  /** Debug aid, off unless {@code -Dtrucewatch.score.evidence}: the main sentence of each predicted event. */
  private static final java.util.Map<Predicted, String> EVIDENCE =
      java.util.Collections.synchronizedMap(new java.util.HashMap<>());
  private static final boolean SHOW_EVIDENCE = System.getProperty("trucewatch.score.evidence") != null;

  /** The fields of an extracted event, as {@code extract --json} writes them. */
  public static Predicted of(Event e) {
    Predicted p = of0(e);
    if (SHOW_EVIDENCE && !e.evidence().isEmpty()) {
      EVIDENCE.put(p, " [" + e.dateBasisName() + "] || " + e.evidence().get(0).text().replace('\n', ' '));
    }
    return p;
  }

  private static Predicted of0(Event e) {
    Location l = e.location();
    Casualties c = e.casualties();
    return new Predicted(e.type().label(), e.subtype(), e.isoDate(), l == null ? null : l.name(),
        l == null ? null : l.lat(), l == null ? null : l.lon(), l == null ? null : l.country(), e.perpetrator(),
        e.claimedBy(), e.deniedBy(), c == null ? null : c.killed(), c == null ? null : c.wounded(), e.conflict(),
        ids(e, org.trucewatch.extract.Stance.ALLEGES), ids(e, org.trucewatch.extract.Stance.DENIES), e.isoDateEnd());
  }

  private static List<String> ids(Event e, org.trucewatch.extract.Stance stance) {
    return e.claims().stream().filter(c -> c.stance() == stance && c.actorId() != null)
        .map(org.trucewatch.extract.Claim::actorId).distinct().toList();
  }

  /** A short line for listings of extras: type, place, date, figures. */
  public String describe() {
    StringBuilder b = new StringBuilder(type);
    if (subtype != null) {
      b.append('/').append(subtype);
    }
    b.append(' ').append(place == null ? "(no place)" : place).append(' ').append(date);
    if (perpetrator != null) {
      b.append(" by ").append(perpetrator);
    }
    if (killed != null) {
      b.append(" killed ").append(killed);
    }
    if (wounded != null) {
      b.append(" wounded ").append(wounded);
    }
    if (SHOW_EVIDENCE && EVIDENCE.containsKey(this)) {
      b.append(EVIDENCE.get(this));
    }
    return b.toString();
  }
}
