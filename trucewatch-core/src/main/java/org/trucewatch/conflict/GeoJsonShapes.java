package org.trucewatch.conflict;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of a GeoJSON file (FeatureCollection, Feature or bare geometry) as lists of {lon, lat} rings: polygons
 * and multipolygons as their rings, lines and points as open rings, so that a buffer can be measured from any of them.
 */
final class GeoJsonShapes {

  private GeoJsonShapes() {}

  static List<List<double[][]>> read(String text, String file) {
    LocatedJson doc = LocatedJson.parse(text, file);
    List<List<double[][]>> out = new ArrayList<>();
    collect(doc.root, out, file);
    if (out.isEmpty()) {
      throw new ProfileException(file, 1, "no Polygon, MultiPolygon, LineString or Point geometry in it");
    }
    return out;
  }

  private static void collect(JsonNode n, List<List<double[][]>> out, String file) {
    String type = n.path("type").asText();
    switch (type) {
      case "FeatureCollection" -> n.path("features").forEach(f -> collect(f, out, file));
      case "Feature" -> collect(n.path("geometry"), out, file);
      case "GeometryCollection" -> n.path("geometries").forEach(g -> collect(g, out, file));
      case "Polygon" -> out.add(rings(n.path("coordinates"), file));
      case "MultiPolygon" -> n.path("coordinates").forEach(p -> out.add(rings(p, file)));
      case "LineString", "MultiPoint" -> out.add(single(ring(n.path("coordinates"), file)));
      case "MultiLineString" -> n.path("coordinates").forEach(l -> out.add(single(ring(l, file))));
      case "Point" -> out.add(single(new double[][] {point(n.path("coordinates"), file)}));
      default -> throw new ProfileException(file, 0, "unsupported GeoJSON type '" + type + "'");
    }
  }

  private static List<double[][]> single(double[][] ring) {
    List<double[][]> one = new ArrayList<>(1);
    one.add(ring);
    return one;
  }

  private static List<double[][]> rings(JsonNode n, String file) {
    List<double[][]> rings = new ArrayList<>();
    n.forEach(r -> rings.add(ring(r, file)));
    return rings;
  }

  private static double[][] ring(JsonNode n, String file) {
    double[][] pts = new double[n.size()][];
    for (int i = 0; i < n.size(); i++) {
      pts[i] = point(n.get(i), file);
    }
    return pts;
  }

  private static double[] point(JsonNode n, String file) {
    if (!n.isArray() || n.size() < 2 || !n.get(0).isNumber() || !n.get(1).isNumber()) {
      throw new ProfileException(file, 0, "a coordinate is [lon, lat]: " + n);
    }
    return new double[] {n.get(0).asDouble(), n.get(1).asDouble()};
  }
}
