package org.trucewatch.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.trucewatch.conflict.ConflictProfile;
import org.trucewatch.conflict.Profiles;

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

  /** A profile without its dictionaries (actors, areas, scope): what a reader needs to show the conflict. */
  static ObjectNode json(ObjectMapper m, ConflictProfile p) {
    ObjectNode o = m.createObjectNode();
    o.put("id", p.id());
    o.put("name", p.name());
    o.putObject("period").put("start", p.periodStart()).put("end", p.periodEnd());
    ArrayNode countries = o.putArray("countries");
    p.countries().forEach(countries::add);
    o.put("acled_region", p.acledRegion());
    if (p.map() == null) {
      o.putNull("map");
    } else {
      o.putObject("map").put("lat", p.map().lat()).put("lon", p.map().lon()).put("zoom", p.map().zoom());
    }
    ArrayNode sides = o.putArray("sides");
    for (ConflictProfile.Side s : p.sides()) {
      sides.addObject().put("id", s.id()).put("name", s.name()).put("camp", s.camp()).put("colour", s.colour())
          .put("kind", s.kind());
    }
    ArrayNode truces = o.putArray("truces");
    for (ConflictProfile.Truce t : p.truces()) {
      ObjectNode to = truces.addObject();
      to.put("id", t.id());
      to.put("name", t.name());
      to.put("start", t.start());
      to.put("end", t.end());
      ArrayNode parties = to.putArray("parties");
      t.parties().forEach(parties::add);
      to.put("mediator", t.mediator());
      sources(to.putArray("sources"), t.sources());
    }
    return o;
  }

  static void sources(ArrayNode a, List<ConflictProfile.Source> sources) {
    sources.forEach(s -> a.addObject().put("url", s.url()).put("title", s.title()));
  }
}
