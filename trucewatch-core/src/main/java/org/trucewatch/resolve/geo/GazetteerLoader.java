package org.trucewatch.resolve.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trucewatch.resolve.geo.Place.Precision;

/**
 * Reads the gazetteer's resources (beside this class; see their README) into entries and names, opening and closing
 * each resource itself. Each malformed row fails the load with its file and line: the resources ship with the code, so a
 * bad row is a build defect, not bad input.
 */
final class GazetteerLoader {

  /** A name of an entry as the tables write it (not yet folded); {@code alternate} for a GeoNames alternate name (old names, other places' names too). */
  record Name(String written, int entry, boolean alternate) {

    Name(String written, int entry) {
      this(written, entry, false);
    }
  }

  /**
   * What the loader produces; {@code rowIds} maps the id of each area row that corrects a GeoNames place to the index
   * of that place, so that the row's id still finds it.
   */
  record Loaded(
      List<GazetteerEntry> entries, List<Name> names, Set<String> commonWords, Map<String, Integer> rowIds) {}

  /** The flag of an area row that moves a GeoNames place to the row's point ({@code corrects=6268046}). */
  static final String CORRECTS = "corrects=";

  private final List<GazetteerEntry> entries = new ArrayList<>();
  private final List<Name> names = new ArrayList<>();
  private final Map<String, Integer> byId = new HashMap<>();
  private final Map<String, Integer> rowIds = new HashMap<>();
  private final Map<String, String> admin1Names = new HashMap<>();
  private final Map<String, String[]> geonamesRows = new LinkedHashMap<>();

  static Loaded loadResources() {
    return loadResources(List.of());
  }

  /** The embedded resources plus area rows from elsewhere (conflict profiles), in the {@code areas.tsv} format. */
  static Loaded loadResources(List<AreaSource> extra) {
    GazetteerLoader l = new GazetteerLoader();
    List<String[]> world = l.readAdmin1World(open("admin1_world.tsv"), "admin1_world.tsv");
    List<String[]> admin = rows(open("admin1_AZ_AM.tsv"), "admin1_AZ_AM.tsv", 11);
    for (String[] r : admin) {
      if (r[0].equals(r[1] + "." + r[2])) { // districts of Nakhchivan and NKR provinces name no admin1 code
        l.admin1Names.put(r[0], r[3]);
      }
    }
    l.readGeonames(open("geonames_AZ_AM.tsv"), "geonames_AZ_AM.tsv");
    l.readGeonames(open("geonames_world.tsv"), "geonames_world.tsv");
    l.readGeonames(open("geonames_conflicts.tsv"), "geonames_conflicts.tsv");
    l.addGeonamesEntries(rows(open("aliases.tsv"), "aliases.tsv", 4));
    l.addAdminEntries(admin, "admin1_AZ_AM.tsv");
    l.addWorldAdminEntries(world, "admin1_world.tsv");
    l.addAreas(rows(open("areas.tsv"), "areas.tsv", 11), "areas.tsv");
    for (AreaSource a : extra) {
      l.addAreas(rows(a.reader(), a.name(), 11), a.name());
    }
    Set<String> common = new HashSet<>();
    for (String[] r : rows(open("common_words.txt"), "common_words.txt", 1)) {
      common.add(r[0]);
    }
    return new Loaded(List.copyOf(l.entries), List.copyOf(l.names), Set.copyOf(common), Map.copyOf(l.rowIds));
  }

  static Reader open(String resource) {
    InputStream in = GazetteerLoader.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("gazetteer resource missing from the classpath: " + resource);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** Tab-separated rows of at least {@code minColumns} columns; '#' lines and blank lines skipped. */
  static List<String[]> rows(Reader reader, String file, int minColumns) {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(reader)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < minColumns) {
          throw new IllegalStateException(
              file + ":" + n + ": expected " + minColumns + " tab-separated columns, found " + f.length);
        }
        out.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read", e);
    }
    return out;
  }

  static double coordinate(String s, String file, String id) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(file + ": " + id + ": not a coordinate: '" + s + "'");
    }
  }

  private List<String[]> readAdmin1World(Reader reader, String file) {
    List<String[]> rows = rows(reader, file, 7);
    for (String[] r : rows) {
      admin1Names.put(r[0] + "." + r[1], r[2]);
    }
    return rows;
  }

  /** First-order divisions of other countries ("Kharkiv", "Idlib", "Virginia"), at their label point. */
  private void addWorldAdminEntries(List<String[]> rows, String file) {
    for (String[] r : rows) {
      if (!r[6].equals("1")) {
        continue;
      }
      String code = r[0] + "." + r[1];
      String id = "admin:" + code;
      Place p = new Place(id, r[2], coordinate(r[4], file, id), coordinate(r[5], file, id), r[0], r[2],
          Precision.REGION, "ADM1");
      int e = add(new GazetteerEntry(p, 0, false, false, false, code));
      names.add(new Name(r[2], e));
    }
  }

  /** GeoNames rows are kept raw until the aliases are known, so that each place is built once with its final name. */
  private void readGeonames(Reader reader, String file) {
    for (String[] r : rows(reader, file, 19)) {
      r[18] = file; // the modification date is not used: keep the file name for messages instead
      geonamesRows.put(r[0], r);
    }
  }

  private void addGeonamesEntries(List<String[]> aliases) {
    Map<String, String[]> aliasById = new HashMap<>();
    for (String[] a : aliases) {
      if (!geonamesRows.containsKey(a[0])) {
        throw new IllegalStateException("aliases.tsv: GeoNames id " + a[0] + " is not in the gazetteer");
      }
      aliasById.put(a[0], a);
    }
    for (String[] r : geonamesRows.values()) {
      String[] alias = aliasById.get(r[0]);
      String name = alias != null && !alias[1].isBlank() ? alias[1] : r[1];
      String id = "geonames:" + r[0];
      long population = parseLong(r[14], r[18], id);
      String code = r[10].isBlank() ? null : r[8] + "." + r[10];
      Place p = new Place(id, name, coordinate(r[4], r[18], id), coordinate(r[5], r[18], id), r[8],
          code == null ? null : admin1Names.get(code), Precision.PLACE, r[7].isBlank() ? "PPL" : r[7]);
      int e = add(new GazetteerEntry(p, population, alias != null, false, false, code));
      names.add(new Name(r[1], e));
      names.add(new Name(r[2], e));
      for (String alt : r[3].split(",")) {
        if (!alt.isBlank()) {
          names.add(new Name(alt, e, true));
        }
      }
      if (alias != null) {
        names.add(new Name(name, e));
        for (String n : alias[2].split("\\|")) {
          names.add(new Name(n, e));
        }
      }
    }
  }

  /** Districts and provinces: an entry per row whose precision is not '-', placed at its seat where it has one. */
  private void addAdminEntries(List<String[]> rows, String file) {
    for (String[] r : rows) {
      if (r[5].equals("-")) {
        continue;
      }
      Precision precision = Precision.valueOf(r[5]);
      String id = "admin:" + r[0];
      double lat;
      double lon;
      Integer seat = r[6].isBlank() ? null : byId.get("geonames:" + r[6]);
      if (seat != null) {
        lat = entries.get(seat).place().lat();
        lon = entries.get(seat).place().lon();
      } else if (r[6].isBlank()) {
        lat = coordinate(r[7], file, id);
        lon = coordinate(r[8], file, id);
      } else {
        throw new IllegalStateException(file + ": " + id + ": seat " + r[6] + " is not in the gazetteer");
      }
      String code = r[1] + "." + r[2];
      String kind = r[4].replaceFirst(" \\(.*", ""); // "Province (NKR, 1991-2023)" names a "Province"
      Place p = new Place(id, r[3] + " " + kind, lat, lon, r[1], admin1Names.get(code),
          precision, r[0].chars().filter(c -> c == '.').count() > 1 ? "ADM2" : "ADM1");
      int e = add(new GazetteerEntry(p, 0, true, false, false, code));
      names.add(new Name(r[3], e));
      for (String n : r[9].split("\\|")) {
        if (!n.isBlank()) {
          names.add(new Name(n, e));
        }
      }
    }
  }

  private void addAreas(List<String[]> rows, String file) {
    for (String[] r : rows) {
      String id = r[0];
      String code = r[6].isBlank() ? null : r[5] + "." + r[6];
      Place p = new Place(id, r[1], coordinate(r[7], file, id), coordinate(r[8], file, id), r[5],
          code == null ? null : admin1Names.get(code), Precision.valueOf(r[3]), r[4]);
      Set<String> flags = Set.of(r[9].split(","));
      String corrected = flags.stream().filter(f -> f.startsWith(CORRECTS)).map(f -> f.substring(CORRECTS.length()))
          .findFirst().orElse(null);
      int e = corrected == null
          ? add(new GazetteerEntry(p, 0, true, flags.contains("lower"), flags.contains("context"), code))
          : correct(corrected, p, file, id);
      for (String n : r[2].split("\\|")) {
        names.add(new Name(n, e));
      }
    }
  }

  /**
   * A row flagged {@code corrects=<geonameid>} gives that GeoNames place its own point (GeoNames files some towns tens
   * of kilometres off): the place keeps its id, names, population and rank, so it still wins over namesakes as before,
   * and the row adds its names to it instead of a second reading of the same town.
   */
  private int correct(String geonameId, Place row, String file, String id) {
    Integer e = byId.get("geonames:" + geonameId);
    if (e == null) {
      throw new IllegalStateException(file + ": " + id + ": corrects GeoNames " + geonameId + ", not in the gazetteer");
    }
    if (byId.putIfAbsent(id, e) != null) {
      throw new IllegalStateException("gazetteer: duplicate id " + id);
    }
    rowIds.put(id, e);
    GazetteerEntry old = entries.get(e);
    Place o = old.place();
    entries.set(e, new GazetteerEntry(new Place(o.id(), o.name(), row.lat(), row.lon(), o.country(), o.admin1(),
        o.precision(), o.featureCode()), old.population(), old.curated(), old.lowerCase(), old.contextual(),
        old.admin1Code()));
    return e;
  }

  private int add(GazetteerEntry e) {
    if (byId.putIfAbsent(e.place().id(), entries.size()) != null) {
      throw new IllegalStateException("gazetteer: duplicate id " + e.place().id());
    }
    entries.add(e);
    return entries.size() - 1;
  }

  private static long parseLong(String s, String file, String id) {
    try {
      return s.isBlank() ? 0 : Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(file + ": " + id + ": not a population: '" + s + "'");
    }
  }
}
