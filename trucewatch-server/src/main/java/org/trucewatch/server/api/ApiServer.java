package org.trucewatch.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.server.export.Exports;
import org.trucewatch.server.report.DailyReports;
import org.trucewatch.server.report.ReportZone;
import org.trucewatch.store.Store;
import org.trucewatch.watch.WatchStatus;

/**
 * The HTTP server: the REST API under {@code /api} (described by {@code /api/openapi.json}), the dashboard's static
 * files, and Leaflet from its WebJar. Every response carries the {@link SecurityHeaders}; request bodies pass an
 * upload gate (see {@link Bodies}). Every error leaves as {@code {error, status, detail}}, Jetty's own too
 * ({@link JsonErrorHandler}); an unexpected exception
 * is logged here and answered with a 500 that carries no stack trace. New and changed incidents are pushed to
 * {@code /api/stream} subscribers ({@link LiveIncidents}, one daemon thread, idle without subscribers); after each
 * write a hook runs (the alerter, see {@code serve}). The server holds the store but does not close
 * it: whoever opened the store closes it after {@link Javalin#stop()}.
 */
public final class ApiServer {

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private static final String WEB = "/org/trucewatch/server/web";

  private final List<Route> routes;
  private final Auth auth;
  private final ObjectMapper mapper;
  private final long maxBodyBytes;
  private final long minUploadBytesPerSecond;
  private final LiveIncidents live;
  private final Runnable afterWrite;

  /** A server that knows only the shipped conflict profiles: for tests and embedders without a pipeline. */
  public ApiServer(Store store, StoreWriter writer, TrucewatchConfig.Server config, String token, Clock clock) {
    this(store, writer, Profiles.shipped(), config, token, clock);
  }

  /**
   * @param store what is served
   * @param writer the writes, or null for a read-only server (writing routes then answer 403)
   * @param profiles the active conflict profiles (the pipeline's: shipped and the user's)
   * @param config the server section of the configuration
   * @param token the API token (from the environment variable the configuration names), or null
   * @param clock the time of exports and of the status's "today"
   */
  public ApiServer(Store store, StoreWriter writer, Profiles profiles, TrucewatchConfig.Server config, String token,
      Clock clock) {
    this(store, writer, profiles, config, token, clock, () -> { });
  }

  /**
   * A server that runs {@code afterWrite} after each write it answers (the alerter: it should hand the work to a
   * thread of its own, since the answer waits for it).
   */
  public ApiServer(Store store, StoreWriter writer, Profiles profiles, TrucewatchConfig.Server config, String token,
      Clock clock, Runnable afterWrite) {
    this(store, writer, profiles, config, token, clock, afterWrite, ReportZone.UTC);
  }

  /**
   * A server as above whose daily reports are written in {@code reportZone} unless a request names another
   * ({@code tz=}).
   */
  public ApiServer(Store store, StoreWriter writer, Profiles profiles, TrucewatchConfig.Server config, String token,
      Clock clock, Runnable afterWrite, ReportZone reportZone) {
    // Records with days (the daily report) serialise as ISO dates, without the JSR-310 module.
    this.mapper = new ObjectMapper().registerModule(new SimpleModule().addSerializer(LocalDate.class,
        ToStringSerializer.instance));
    this.maxBodyBytes = config.maxBodyBytes();
    this.auth = new Auth(token, config.tokenEnv(), config.readRequiresToken(), writer != null);
    this.minUploadBytesPerSecond = config.minUploadBytesPerSecond();
    Bodies bodies = new Bodies(config.maxBodyBytes(), mapper, config.maxConcurrentUploads(),
        config.uploadTimeoutSeconds(), config.minUploadBytesPerSecond());
    List<Route> all = new ArrayList<>();
    all.addAll(new ReadRoutes(store, profiles, mapper, writer == null ? q -> q : writer::understood).routes());
    all.addAll(new ConflictRoutes(profiles, mapper).routes());
    all.addAll(new ReportRoutes(new DailyReports(store, reportZone), new Exports(store, profiles, mapper, clock), profiles,
        mapper).routes());
    all.addAll(new WriteRoutes(writer, bodies, profiles, mapper).routes());
    this.live = new LiveIncidents(store, mapper);
    this.afterWrite = afterWrite;
    all.addAll(new FeedRoutes(store, profiles, writer == null ? q -> q : writer::understood, live, clock).routes());
    all.add(new Route("GET", "/api/status", ctx -> Json.send(ctx, mapper, WatchStatus.read(store, clock)
        .json(mapper))));
    all.add(new Route("GET", "/api/openapi.json", this::openApi));
    this.routes = List.copyOf(all);
  }

  /** The API's routes, as served. */
  public List<Route> routes() {
    return routes;
  }

  /** A Javalin app with every route, not yet started. */
  public Javalin create() {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      // the live poller reads the store: it ends with the server, before whoever owns the store closes it
      config.events.serverStopping(live::close);
      config.http.maxRequestSize = maxBodyBytes;
      config.jetty.modifyHttpConfiguration(http -> {
        http.addCustomizer(new SecurityHeaders());
        // a trickle (a byte every few seconds) ends at its next byte instead of holding a thread for minutes
        http.setMinRequestDataRate(minUploadBytesPerSecond);
        http.setSendServerVersion(false);
      });
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
      config.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = WEB;
        s.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
      for (Route r : routes) {
        config.routes.addHttpHandler(HandlerType.findOrCreate(r.method()), r.path(), ctx -> {
          auth.check(ctx, r.writes());
          r.handler().handle(ctx);
          if (r.writes()) {
            live.changed();
            afterWrite.run();
          }
        });
      }
      config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.error(), e.detail()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        error(ctx, 500, "internal_error", "the server could not answer this request; the error is in its log");
      });
      config.routes.error(404, ctx -> {
        // Javalin answers an unknown route in plain text; the API answers in its own JSON shape.
        String type = ctx.res().getContentType();
        if (ctx.path().startsWith("/api/") && (type == null || !type.startsWith("application/json"))) {
          error(ctx, 404, "not_found", "no route " + ctx.method() + " " + Params.clip(ctx.path()));
        }
      });
      config.routes.error(405, ctx -> error(ctx, 405, "method_not_allowed", "method " + ctx.method()
          + " is not allowed on " + Params.clip(ctx.path())));
      config.routes.error(413, ctx -> error(ctx, 413, "payload_too_large", "the request body is larger than "
          + maxBodyBytes + " bytes"));
      config.routes.error(408, ctx -> jsonUnlessJson(ctx, 408, "request_timeout",
          "the request took too long to arrive and was abandoned"));
      config.routes.error(400, ctx -> jsonUnlessJson(ctx, 400, "bad_request", "the request is malformed"));
    });
  }

  private void openApi(Context ctx) {
    try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json missing from the classpath");
      }
      ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An error Javalin or Jetty answered in its own words, put in the API's shape (a handler's JSON stays). */
  private void jsonUnlessJson(Context ctx, int status, String error, String detail) {
    String type = ctx.res().getContentType();
    if (type == null || !type.startsWith("application/json")) {
      error(ctx, status, error, detail);
    }
  }

  private void error(Context ctx, int status, String error, String detail) {
    ObjectNode o = mapper.createObjectNode();
    o.put("error", error);
    o.put("status", status);
    o.put("detail", detail);
    ctx.status(status);
    Json.send(ctx, mapper, o);
  }
}
