package org.trucewatch.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.trucewatch.store.CrawlState;
import org.trucewatch.store.IncidentQuery;
import org.trucewatch.store.Stats;
import org.trucewatch.store.Store;

/**
 * What the watcher and the store stand at: each watched source (last and next fetch, last status, failures in a row
 * with the last error, pages fetched and failing), the articles stored and the incidents dated today (UTC), and the
 * store's totals. The one builder behind {@code trucewatch status} and {@code GET /api/status}; reads the store only.
 *
 * @param at when it was read
 * @param today the day (UTC) the counts of today are of
 * @param sources the watched sources, by address
 * @param articlesToday articles stored (or stored again) today
 * @param incidentsToday incidents dated today
 * @param totals what the store holds
 */
public record WatchStatus(Instant at, LocalDate today, List<Source> sources, long articlesToday, long incidentsToday,
    Stats totals) {

  /** One watched source; {@code nextFetch} null means due now. */
  public record Source(String url, Instant lastFetch, Instant nextFetch, int status, int failures, String error,
      int pages, int pagesFailing) {}

  public static WatchStatus read(Store store, Clock clock) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    List<CrawlState> all = store.crawlLog().all();
    List<Source> sources = new ArrayList<>();
    for (CrawlState f : all) {
      if (!CrawlState.FEED.equals(f.kind())) {
        continue;
      }
      List<CrawlState> pages = all.stream()
          .filter(s -> CrawlState.PAGE.equals(s.kind()) && f.url().equals(s.source())).toList();
      int failing = (int) pages.stream().filter(p -> p.failures() > 0).count();
      sources.add(new Source(f.url(), f.lastFetch(), f.dueAt(now) ? null : f.nextDue(), f.status(), f.failures(),
          f.error(), pages.size(), failing));
    }
    long articles = store.crawlLog().articlesIngestedSince(today.atStartOfDay(ZoneOffset.UTC).toInstant());
    long incidents = store.incidents(new IncidentQuery(today.toString(), today.toString(), null, null, null, null, 0,
        Integer.MAX_VALUE)).size();
    return new WatchStatus(now, today, List.copyOf(sources), articles, incidents, store.stats());
  }

  /** The JSON both front ends give (documented as Status in openapi.json). */
  public ObjectNode json(ObjectMapper mapper) {
    ObjectNode o = mapper.createObjectNode();
    o.put("at", at.toString());
    o.put("today", today.toString());
    ArrayNode list = o.putArray("sources");
    for (Source s : sources) {
      ObjectNode n = list.addObject();
      n.put("source", s.url());
      n.put("last_fetch", s.lastFetch() == null ? null : s.lastFetch().toString());
      n.put("next_fetch", s.nextFetch() == null ? null : s.nextFetch().toString());
      n.put("status", s.status());
      n.put("failures", s.failures());
      n.put("error", s.error());
      n.put("pages", s.pages());
      n.put("pages_failing", s.pagesFailing());
    }
    o.put("articles_today", articlesToday);
    o.put("incidents_today", incidentsToday);
    ObjectNode t = o.putObject("totals");
    t.put("articles", totals.articles());
    t.put("events", totals.events());
    t.put("incidents", totals.incidents());
    t.put("rejections", totals.rejections());
    return o;
  }
}
