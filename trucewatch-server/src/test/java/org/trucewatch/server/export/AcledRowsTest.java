package org.trucewatch.server.export;

import java.time.LocalDate;
import org.trucewatch.extract.DateBasis;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.extract.Casualties;
import org.trucewatch.extract.Claim;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Evidence;
import org.trucewatch.extract.Location;
import org.trucewatch.extract.Stance;
import org.trucewatch.incident.Incident;
import org.trucewatch.incident.Standing;
import org.trucewatch.store.StoredEvent;

/** ACLED's columns in ACLED's order, TruceWatch's fields mapped onto them, and CSV quoting. */
class AcledRowsTest {

  private static final Location MARTUNI = new Location("Martuni", 39.79, 47.11, "AZ", "Khojavend", "place",
      "Martuni");

  private static StoredEvent event(String victims) {
    Evidence ev = new Evidence(2, 10, 60, "The ministry said, \"Azerbaijani forces shelled Martuni\".");
    Event e = new Event("a1", EventType.ATTACK, "shelling", LocalDate.of(2020, 10, 12), null, null, DateBasis.EXPLICIT,
        MARTUNI, "AZ", "Azerbaijan", "Azerbaijani forces", false, null,
        List.of(new Claim("Armenia Ministry of Defense", null, "AM", Stance.ALLEGES, null, ev),
            new Claim("Azerbaijan Ministry of Defense", null, "AZ", Stance.DENIES, null, ev)),
        victims == null ? null : new Casualties(2, null, victims, null, null, null), List.of(), null, List.of(ev));
    return new StoredEvent("ev-1", "a1", e);
  }

  private static final Location DONETSK = new Location("Donetsk", 48.0159, 37.8028, "UA", "Donetsk", "place",
      "Donetsk");
  private static final Profiles PROFILES = Profiles.shipped();

  private static Incident incident(String perpetrator, String dateEnd) {
    return new Incident("inc-0123abcd", EventType.ATTACK, "shelling", "2020-10-12", dateEnd, MARTUNI, perpetrator,
        Standing.DISPUTED, "moscow-2020-10-10", 2, 2, null, List.of("ev-1"), "karabakh", null);
  }

  private static Incident donbas(String perpetrator) {
    return new Incident("inc-99ff0011", EventType.ATTACK, "shelling", "2017-02-01", null, DONETSK, perpetrator,
        Standing.ALLEGED, null, 1, null, null, List.of("ev-2"), "donbas", null);
  }

  private static java.util.Map<String, String> byColumn(List<String> r) {
    var row = new java.util.HashMap<String, String>();
    for (int i = 0; i < r.size(); i++) {
      row.put(AcledRows.COLUMNS.get(i), r.get(i));
    }
    return row;
  }

  @Test
  void columnsAreAcledsInAcledsOrder() {
    assertThat(AcledRows.COLUMNS).hasSize(31);
    assertThat(String.join(",", AcledRows.COLUMNS)).isEqualTo("event_id_cnty,event_date,year,time_precision,"
        + "disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,"
        + "interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,"
        + "geo_precision,source,source_scale,notes,fatalities,tags,timestamp");
  }

  @Test
  void anIncidentMapsOntoTheColumns() {
    List<String> r = new AcledRows(1700000000L, PROFILES).row(incident("Azerbaijan", null), List.of(event("civilians")),
        List.of("Test Wire", "Other News"));
    assertThat(r).hasSize(31);
    var row = new java.util.HashMap<String, String>();
    for (int i = 0; i < r.size(); i++) {
      row.put(AcledRows.COLUMNS.get(i), r.get(i));
    }
    assertThat(row.get("event_id_cnty")).isEqualTo("AZE0123ABCD");
    assertThat(row.get("event_date")).isEqualTo("2020-10-12");
    assertThat(row.get("year")).isEqualTo("2020");
    assertThat(row.get("time_precision")).isEqualTo("1");
    assertThat(row.get("event_type")).isEqualTo("Explosions/Remote violence");
    assertThat(row.get("sub_event_type")).isEqualTo("Shelling/artillery/missile attack");
    assertThat(row.get("actor1")).isEqualTo("Military Forces of Azerbaijan");
    assertThat(row.get("inter1")).isEqualTo("1");
    assertThat(row.get("actor2")).isEqualTo("Civilians (Azerbaijan)");
    assertThat(row.get("interaction")).isEqualTo("17");
    assertThat(row.get("civilian_targeting")).isEqualTo("Civilian targeting");
    assertThat(row.get("iso")).isEqualTo("31");
    assertThat(row.get("country")).isEqualTo("Azerbaijan");
    assertThat(row.get("admin1")).isEqualTo("Khojavend");
    assertThat(row.get("location")).isEqualTo("Martuni");
    assertThat(row.get("latitude")).isEqualTo("39.7900");
    assertThat(row.get("geo_precision")).isEqualTo("1");
    assertThat(row.get("source")).isEqualTo("Test Wire; Other News");
    assertThat(row.get("notes")).isEqualTo("On 2020-10-12, Azerbaijan's forces allegedly carried out an attack "
        + "(shelling) at Martuni, according to Armenia Ministry of Defense. Denied by Azerbaijan Ministry of "
        + "Defense. Reported: 2 killed.");
    assertThat(row.get("fatalities")).isEqualTo("2");
    assertThat(row.get("tags")).contains("standing=disputed").contains("ceasefire=moscow-2020-10-10")
        .contains("conflict=karabakh");
    assertThat(row.get("region")).isEqualTo("Caucasus and Central Asia");
    assertThat(row.get("timestamp")).isEqualTo("1700000000");
  }

  @Test
  void whatIsNotKnownIsLeftEmptyOrGetsAcledsWordForUnknown() {
    List<String> r = new AcledRows(0, PROFILES).row(incident(null, "2020-10-20"), List.of(event(null)), List.of());
    assertThat(r.get(AcledRows.COLUMNS.indexOf("actor1"))).isEqualTo("Unidentified Armed Group");
    assertThat(r.get(AcledRows.COLUMNS.indexOf("inter1"))).isEmpty();
    assertThat(r.get(AcledRows.COLUMNS.indexOf("actor2"))).isEmpty();
    assertThat(r.get(AcledRows.COLUMNS.indexOf("interaction"))).isEmpty();
    assertThat(r.get(AcledRows.COLUMNS.indexOf("time_precision"))).isEqualTo("3");
    assertThat(AcledRows.eventType("attack")).isEmpty();
    assertThat(AcledRows.eventType("armed_clash")).isEqualTo("Battles");
  }

  @Test
  void eachSubtypeExportsItsOwnAcledSubEventType() {
    assertThat(AcledRows.eventType("suicide_bomb")).isEqualTo("Explosions/Remote violence");
    assertThat(AcledRows.subEventType("suicide_bomb", false)).isEqualTo("Suicide bomb");
    assertThat(AcledRows.subEventType("remote_explosive", true)).isEqualTo("Remote explosive/landmine/IED");
    assertThat(AcledRows.subEventType("grenade", false)).isEqualTo("Grenade");
    assertThat(AcledRows.eventType("attack_on_civilians")).isEqualTo("Violence against civilians");
    assertThat(AcledRows.subEventType("abduction", false)).isEqualTo("Abduction/forced disappearance");
    assertThat(AcledRows.subEventType("territory_taken", false)).isEqualTo("Non-state actor overtakes territory");
    assertThat(AcledRows.subEventType("territory_taken", true)).isEqualTo("Government regains territory");
    assertThat(AcledRows.subEventType("missile", true)).isEqualTo("Shelling/artillery/missile attack");
    assertThat(AcledRows.subEventType("attack", true)).isEmpty();
  }

  @Test
  void regionCountryAndActorComeFromTheIncidentsConflictProfile() {
    AcledRows rows = new AcledRows(0, PROFILES);
    var dpr = byColumn(rows.row(donbas("Donetsk People's Republic"), List.of(event(null)), List.of()));
    assertThat(dpr.get("region")).isEqualTo("Europe");
    assertThat(dpr.get("iso")).isEqualTo("804");
    assertThat(dpr.get("country")).isEqualTo("Ukraine");
    assertThat(dpr.get("event_id_cnty")).startsWith("UKR");
    assertThat(dpr.get("actor1")).isEqualTo("Donetsk People's Republic");
    assertThat(dpr.get("inter1")).isEmpty();
    assertThat(dpr.get("tags")).contains("conflict=donbas");
    var ua = byColumn(rows.row(donbas("Ukraine"), List.of(event(null)), List.of()));
    assertThat(ua.get("actor1")).isEqualTo("Military Forces of Ukraine");
    assertThat(ua.get("inter1")).isEqualTo("1");
    var az = byColumn(rows.row(incident("Azerbaijan", null), List.of(event(null)), List.of()));
    assertThat(az.get("region")).isEqualTo("Caucasus and Central Asia");
    assertThat(az.get("iso")).isEqualTo("31");
  }

  @Test
  void anIncidentOfNoConflictHasNoRegionAndStatesAreKnownByIsoCountry() {
    Incident none = new Incident("inc-1", EventType.ATTACK, "shelling", "2020-10-12", null, DONETSK, "Russia",
        Standing.ALLEGED, null, 1, null, null, List.of("ev-1"));
    var row = byColumn(new AcledRows(0, PROFILES).row(none, List.of(event(null)), List.of()));
    assertThat(row.get("region")).isEmpty();
    assertThat(row.get("actor1")).isEqualTo("Military Forces of Russia");
    assertThat(row.get("tags")).doesNotContain("conflict=");
    Incident group = new Incident("inc-2", EventType.ATTACK, "shelling", "2020-10-12", null, null, "Hamas",
        Standing.ALLEGED, null, 1, null, null, List.of("ev-1"), "israel-gaza", null);
    var hamas = byColumn(new AcledRows(0, PROFILES).row(group, List.of(event(null)), List.of()));
    assertThat(hamas.get("actor1")).isEqualTo("Hamas");
    assertThat(hamas.get("region")).isEqualTo("Middle East");
  }

  @Test
  void isoCodesComeFromTheTableAndNamesFromTheJdk() {
    assertThat(Countries.of("PS").numeric()).isEqualTo("275");
    assertThat(Countries.of("PS").alpha3()).isEqualTo("PSE");
    assertThat(Countries.of("XK").numeric()).isEmpty();
    assertThat(Countries.of("IL").name()).isEqualTo("Israel");
    assertThat(Countries.of("ZZ")).isNull();
    // The table's alpha-3 codes agree with the JDK's for every country the JDK knows.
    for (String a2 : java.util.Locale.getISOCountries()) {
      assertThat(Countries.of(a2)).as(a2).isNotNull();
      assertThat(Countries.of(a2).alpha3()).as(a2).isEqualTo(new java.util.Locale("", a2).getISO3Country());
    }
  }

  @Test
  void csvQuotesWhatNeedsQuotingAndDefusesFormulas() throws Exception {
    StringWriter out = new StringWriter();
    Csv.row(out, java.util.Arrays.asList("plain", "a,b", "say \"x\"", "two\nlines", null, "=HYPERLINK(1)", "-3.5"));
    assertThat(out.toString()).isEqualTo("plain,\"a,b\",\"say \"\"x\"\"\",\"two\nlines\",,'=HYPERLINK(1),-3.5\r\n");
  }

  @Test
  void theSourceNamesOutletsNeverFiles() {
    assertThat(Exports.outletName("Reuters", "https://www.reuters.com/x")).isEqualTo("Reuters");
    assertThat(Exports.outletName(null, "https://www.reuters.com/world/x")).isEqualTo("reuters.com");
    assertThat(Exports.outletName("  ", "http://News.AM/eng/news/1")).isEqualTo("news.am");
    assertThat(Exports.outletName(null, null)).isEmpty();
    assertThat(Exports.outletName(null, "not a url")).isEmpty();
  }
}
