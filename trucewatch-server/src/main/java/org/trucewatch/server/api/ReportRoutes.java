package org.trucewatch.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.server.export.Exports;
import org.trucewatch.server.report.DailyReports;
import org.trucewatch.server.report.ReportWriter;
import org.trucewatch.server.report.ReportZone;
import org.trucewatch.server.report.SituationReport;

/** The daily situation report and the exports, as routes. Reads the store only. */
public final class ReportRoutes {

  private final DailyReports reports;
  private final Exports exports;
  private final Profiles profiles;
  private final ObjectMapper mapper;

  public ReportRoutes(DailyReports reports, Exports exports, Profiles profiles, ObjectMapper mapper) {
    this.reports = reports;
    this.exports = exports;
    this.profiles = profiles;
    this.mapper = mapper;
  }

  public List<Route> routes() {
    return List.of(
        new Route("GET", "/api/reports/daily", this::daily),
        new Route("GET", "/api/export/{format}", this::export));
  }

  void daily(Context ctx) {
    LocalDate day = Params.requiredDate(ctx, "date");
    String format = Params.text(ctx, "format");
    SituationReport r = zoned(Params.text(ctx, "tz")).of(day, Params.conflict(ctx, profiles));
    if (format == null || format.equals("json")) {
      // snake_case, as every other JSON answer: the records' names through a copy of the API's mapper
      Json.send(ctx, mapper, mapper.copy().setPropertyNamingStrategy(
          com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE).valueToTree(r));
    } else if (format.equals("md")) {
      ctx.contentType("text/markdown; charset=utf-8").result(ReportWriter.write(r, ReportWriter.Format.MD));
    } else if (format.equals("html")) {
      ctx.contentType("text/html; charset=utf-8").result(ReportWriter.write(r, ReportWriter.Format.HTML));
    } else {
      throw ApiException.badRequest("query parameter 'format' must be json, md or html, not '"
          + Params.clip(format) + "'");
    }
  }

  /** The reports in the zone a request names ({@code tz=}), else in the server's. */
  private DailyReports zoned(String tz) {
    if (tz == null) {
      return reports;
    }
    try {
      return reports.in(ReportZone.of(tz));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("query parameter 'tz' must be a time zone (an IANA name such as Asia/Baku, UTC, "
          + "or an offset such as +04:00), not '" + Params.clip(tz) + "'");
    }
  }

  void export(Context ctx) {
    String name = ctx.pathParam("format");
    Exports.Format format = Exports.Format.of(name);
    if (format == null) {
      throw ApiException.notFound("no export format '" + Params.clip(name) + "'; there are acled-csv, geojson and "
          + "jsonl");
    }
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    Params.range(from, to);
    String conflict = Params.conflict(ctx, profiles);
    String file = "trucewatch-incidents" + (format == Exports.Format.ACLED_CSV ? ".csv"
        : format == Exports.Format.GEOJSON ? ".geojson" : ".jsonl");
    ctx.header("Content-Disposition", "inline; filename=\"" + file + "\"");
    ctx.contentType(format.mediaType());
    // Streamed as written: an export of a whole crawl need not fit in memory twice.
    Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    try {
      exports.write(format, from, to, conflict, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
