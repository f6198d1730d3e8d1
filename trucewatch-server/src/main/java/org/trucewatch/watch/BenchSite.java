package org.trucewatch.watch;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The site {@link WatchBench} watches: {@code n} news pages generated from a few report templates with places, sides,
 * figures and dates drawn by a seeded random (so the pipeline really cleans, dates and extracts), page furniture
 * around them, a news sitemap listing them with their dates and titles, and a robots.txt; served from memory on
 * 127.0.0.1 with ETags (so a second round is all 304). Closed by its user.
 */
final class BenchSite implements AutoCloseable {

  private static final List<String> PLACES = List.of("Avdiivka", "Bakhmut", "Kharkiv", "Kramatorsk", "Sloviansk",
      "Pokrovsk", "Horlivka", "Kherson", "Zaporizhzhia", "Nikopol", "Toretsk", "Vuhledar", "Kupiansk", "Lyman",
      "Sumy", "Chernihiv", "Donetsk", "Mariupol", "Marinka", "Orikhiv");
  private static final List<String> SIDES = List.of("Russian", "Ukrainian");
  private static final List<String> TEMPLATES = List.of(
      "%1$s forces shelled %2$s on %3$s, killing %4$d civilians and wounding %5$d, the regional governor said. "
          + "The %6$s side denied the claim and called it a provocation.",
      "A drone strike hit a residential building in %2$s overnight into %3$s, wounding %5$d people, local officials "
          + "said. They blamed %1$s forces for the attack.",
      "Heavy fighting continued near %2$s on %3$s, the %6$s defence ministry said, adding that its troops had "
          + "repelled %4$d attacks by %1$s units.",
      "Artillery fire struck %2$s on %3$s despite the ceasefire, killing %4$d people, officials said. %1$s troops "
          + "fired at least 40 shells at the town, according to the %6$s military.",
      "Negotiators met in Istanbul on %3$s to discuss a ceasefire and a prisoner exchange, a spokesman said. "
          + "Shelling of %2$s, which killed %4$d people last week, overshadowed the talks.");

  final String base;
  final int size;
  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final Map<String, byte[]> pages = new HashMap<>();
  private long bytes;

  BenchSite(int n, long seed) throws IOException {
    this.size = n;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    Random rnd = new Random(seed);
    StringBuilder map = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www."
        + "sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
    LocalDate first = LocalDate.of(2025, 5, 1);
    for (int i = 0; i < n; i++) {
      LocalDate published = first.plusDays(i % 60);
      LocalDate day = published.minusDays(rnd.nextInt(3));
      int s = rnd.nextInt(2);
      String place = PLACES.get(rnd.nextInt(PLACES.size()));
      String text = String.format(Locale.ROOT, TEMPLATES.get(rnd.nextInt(TEMPLATES.size())), SIDES.get(s), place,
          weekday(day.getDayOfWeek()),
          1 + rnd.nextInt(9), 2 + rnd.nextInt(20), SIDES.get(1 - s));
      String title = place + ": report " + (i + 1);
      String path = "/" + published.toString().replace('-', '/') + "/report-" + (i + 1) + ".html";
      // a third of the pages carry no date of their own: the sitemap's is then the only one
      boolean dated = i % 3 != 0;
      byte[] page = page(title, text, dated ? published + "T09:00:00Z" : null, rnd).getBytes(StandardCharsets.UTF_8);
      pages.put(path, page);
      bytes += page.length;
      map.append("<url><loc>").append(base).append(path).append("</loc><news:news><news:publication><news:name>"
          + "Bench Wire</news:name><news:language>en</news:language></news:publication><news:publication_date>")
          .append(published).append("T09:00:00Z</news:publication_date><news:title>").append(title)
          .append("</news:title></news:news></url>\n");
    }
    pages.put("/news-sitemap.xml", map.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8));
    pages.put("/robots.txt", "User-agent: *\nDisallow: /admin/\n".getBytes(StandardCharsets.UTF_8));
    server.createContext("/", ex -> {
      byte[] body = pages.get(ex.getRequestURI().getPath());
      String path = ex.getRequestURI().getPath();
      String etag = "\"" + (body == null ? 0 : java.util.Arrays.hashCode(body)) + "\"";
      if (body == null) {
        ex.sendResponseHeaders(404, -1);
      } else if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.getResponseHeaders().add("ETag", etag);
        ex.sendResponseHeaders(304, -1);
      } else {
        ex.getResponseHeaders().add("ETag", etag);
        ex.getResponseHeaders().add("Content-Type", path.endsWith(".xml") ? "application/xml"
            : path.endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream os = ex.getResponseBody()) {
          os.write(body);
        }
      }
      ex.close();
    });
    server.setExecutor(pool);
    server.start();
  }

  /** Bytes of the generated pages. */
  long pageBytes() {
    return bytes;
  }

  private static String weekday(DayOfWeek d) {
    return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String page(String title, String text, String published, Random rnd) {
    StringBuilder sb = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(title).append(" | Bench Wire</title>");
    if (published != null) {
      sb.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">");
    }
    sb.append("</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/europe\">"
        + "Europe</a> <a href=\"/subscribe\">Subscribe</a></nav></header><main><article><h1>").append(title)
        .append("</h1><p class=\"byline\">By Bench Wire staff</p><p>").append(text).append("</p><p>")
        .append("Residents said they had spent the night in shelters as sirens sounded across the region. ")
        .append("Emergency services were working at the scene, the local administration said.</p><p>")
        .append("The ceasefire, agreed in talks mediated by Turkey, has been repeatedly violated, monitors said. ")
        .append("Reporting by staff correspondent ").append(rnd.nextInt(50)).append(".</p></article>")
        .append("<aside><h2>Related</h2><ul><li><a href=\"/r/1\">More news from the region</a></li><li>")
        .append("<a href=\"/r/2\">Live: the war in maps</a></li></ul></aside></main><footer>Copyright 2025 Bench Wire."
            + " All rights reserved. <a href=\"/privacy\">Privacy</a></footer></body></html>");
    return sb.toString();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
