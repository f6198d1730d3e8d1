package org.trucewatch.conflict;

import java.util.List;

/** Point-in-polygon and distance to a polygon's edges on {lon, lat} rings; small areas, so no projection needed. */
final class Geometry {

  private Geometry() {}

  /** Whether the point lies inside any polygon (outer ring minus holes), by ray casting. */
  static boolean inside(List<List<double[][]>> polygons, double lon, double lat) {
    for (List<double[][]> polygon : polygons) {
      if (polygon.isEmpty() || !inRing(polygon.get(0), lon, lat)) {
        continue;
      }
      boolean inHole = false;
      for (int h = 1; h < polygon.size() && !inHole; h++) {
        inHole = inRing(polygon.get(h), lon, lat);
      }
      if (!inHole) {
        return true;
      }
    }
    return false;
  }

  private static boolean inRing(double[][] ring, double x, double y) {
    boolean in = false;
    for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      double xi = ring[i][0];
      double yi = ring[i][1];
      double xj = ring[j][0];
      double yj = ring[j][1];
      if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
        in = !in;
      }
    }
    return in;
  }

  /** The shortest distance in km from the point to any edge (or line) of the shapes. */
  static double distanceKm(List<List<double[][]>> shapes, double lon, double lat) {
    double best = Double.MAX_VALUE;
    double kx = 111.32 * Math.cos(Math.toRadians(lat)); // km per degree of longitude here
    double ky = 110.57;
    for (List<double[][]> shape : shapes) {
      for (double[][] ring : shape) {
        for (int i = 0; i + 1 < ring.length; i++) {
          best = Math.min(best, segment((ring[i][0] - lon) * kx, (ring[i][1] - lat) * ky,
              (ring[i + 1][0] - lon) * kx, (ring[i + 1][1] - lat) * ky));
        }
        if (ring.length == 1) {
          best = Math.min(best, Math.hypot((ring[0][0] - lon) * kx, (ring[0][1] - lat) * ky));
        }
      }
    }
    return best;
  }

  // Distance from the origin to the segment (ax, ay)-(bx, by) in a local plane.
  private static double segment(double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double len = dx * dx + dy * dy;
    double t = len == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
    return Math.hypot(ax + t * dx, ay + t * dy);
  }
}
