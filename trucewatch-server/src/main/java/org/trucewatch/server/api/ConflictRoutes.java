package org.trucewatch.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.trucewatch.conflict.ConflictProfile;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.report.ConflictJson;

/** The conflict profiles as the dashboard and clients read them: sides, map view, truces with sources. */
public final class ConflictRoutes {

  private final Profiles profiles;
  private final ObjectMapper mapper;

  public ConflictRoutes(Profiles profiles, ObjectMapper mapper) {
    this.profiles = profiles;
    this.mapper = mapper;
  }

  public List<Route> routes() {
    return List.of(
        new Route("GET", "/api/conflicts", this::list),
        new Route("GET", "/api/conflicts/{id}", this::one));
  }

  void list(Context ctx) {
    ArrayNode items = mapper.createArrayNode();
    profiles.all().forEach(p -> items.add(json(mapper, p)));
    ObjectNode o = mapper.createObjectNode();
    o.set("items", items);
    Json.send(ctx, mapper, o);
  }

  void one(Context ctx) {
    String id = ctx.pathParam("id");
    ConflictProfile p = profiles.get(id).orElseThrow(() -> ApiException.notFound("no conflict profile '"
        + Params.clip(id) + "'"));
    Json.send(ctx, mapper, json(mapper, p));
  }

  static ObjectNode json(ObjectMapper m, ConflictProfile p) {
    return ConflictJson.toJson(m, p);
  }
}
