package org.trucewatch.server.api;

import io.javalin.http.Handler;

/**
 * One API route: the HTTP method, the Javalin path ({@code /api/incidents/{id}}), and its handler. The routes are
 * kept in a table so that the OpenAPI description can be checked against exactly what is served.
 */
public record Route(String method, String path, Handler handler) {

  /** The path as OpenAPI writes it: {@code <id>} (a parameter that may hold slashes) becomes {@code {id}}. */
  public String openApiPath() {
    return path.replace('<', '{').replace('>', '}');
  }

  /** Whether the route changes data, and so needs the API token. */
  public boolean writes() {
    return !method.equals("GET");
  }
}
