package org.trucewatch.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.sse.SseHandler;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.extract.EventType;
import org.trucewatch.incident.Incident;
import org.trucewatch.store.IncidentQuery;
import org.trucewatch.store.Store;

/**
 * What analysts subscribe to: {@code /api/incidents.atom}, an Atom feed of the newest incidents (by date; attacks
 * unless {@code type} says otherwise; the filters of {@code /api/incidents}), and {@code /api/stream}, the incidents
 * that appear or change, pushed as Server-Sent Events (see {@link LiveIncidents}).
 */
final class FeedRoutes {

  private final Store store;
  private final Profiles profiles;
  private final java.util.function.UnaryOperator<IncidentQuery> understood;
  private final LiveIncidents live;
  private final Clock clock;
  private final SseHandler sse;

  FeedRoutes(Store store, Profiles profiles, java.util.function.UnaryOperator<IncidentQuery> understood,
      LiveIncidents live, Clock clock) {
    this.store = store;
    this.profiles = profiles;
    this.understood = understood;
    this.live = live;
    this.clock = clock;
    this.sse = new SseHandler(live::subscribe);
  }

  List<Route> routes() {
    return List.of(
        new Route("GET", "/api/incidents.atom", this::atom),
        new Route("GET", "/api/stream", this::stream));
  }

  /** The stream, to a client that asks for one (Javalin's handler answers an empty 200 to others: say why). */
  void stream(Context ctx) throws Exception {
    String accept = ctx.header("Accept");
    if (accept == null || !accept.contains("text/event-stream")) {
      throw new ApiException(406, "not_acceptable", "/api/stream sends Server-Sent Events: ask with "
          + "'Accept: text/event-stream' (as a browser's EventSource does)");
    }
    sse.handle(ctx);
  }

  void atom(Context ctx) {
    int limit = Params.integer(ctx, "limit", 50, 1, Params.MAX_LIMIT);
    EventType type = Params.type(ctx);
    IncidentQuery q = new IncidentQuery(null, null, Params.text(ctx, "place"), Params.text(ctx, "party"),
        type == null ? EventType.ATTACK : type, Params.standing(ctx), 0, Integer.MAX_VALUE,
        Params.conflict(ctx, profiles)).withSubtype(Params.subtype(ctx));
    List<Incident> newest = store.incidents(understood.apply(q)).stream()
        .sorted(Comparator.comparing((Incident i) -> i.date() == null ? "" : i.date())
            .thenComparing(Incident::id).reversed())
        .limit(limit).toList();
    String base = ctx.scheme() + "://" + ctx.host();
    String self = base + ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    ctx.contentType("application/atom+xml; charset=utf-8")
        .result(new AtomFeed(store).write(newest, base, self, clock.instant()));
  }
}
