package org.trucewatch.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EndPoint;

/**
 * Bounds request-body reading so that slow uploaders cannot starve readers: a fixed number of bodies are read at once
 * (the next gets 503 at once rather than a thread that waits), each within a total time, enforced by shrinking the
 * connection's idle timeout to what is left before every read (Jetty's minimum data rate ends trickles earlier).
 * Thread-safe.
 */
final class UploadGate {

  /** A body that did not arrive in time. */
  static final class Late extends IOException {
    private static final long serialVersionUID = 1L;

    Late(String message) {
      super(message, null);
    }
  }

  private final Semaphore permits;
  private final long timeoutMillis;

  UploadGate(int maxConcurrent, long timeoutMillis) {
    this.permits = new Semaphore(Math.max(1, maxConcurrent));
    this.timeoutMillis = Math.max(1, timeoutMillis);
  }

  /** Reads at most {@code limit} bytes of the body, within the time bound; 503 when too many bodies are in flight. */
  byte[] read(Context ctx, int limit) throws IOException {
    if (!permits.tryAcquire()) {
      ctx.header("Retry-After", "5");
      throw new ApiException(503, "service_unavailable", "too many uploads are in progress; retry in a few seconds");
    }
    EndPoint endPoint = endPoint(ctx);
    long idle = endPoint == null ? 0 : endPoint.getIdleTimeout();
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] buffer = new byte[Math.min(limit, 64 * 1024)];
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      while (out.size() < limit) {
        long left = (deadline - System.nanoTime()) / 1_000_000L;
        if (left <= 0) {
          throw new Late("did not arrive within " + timeoutMillis / 1000 + " s");
        }
        if (endPoint != null) {
          endPoint.setIdleTimeout(idle > 0 ? Math.min(idle, left) : left);
        }
        int n = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()));
        if (n < 0) {
          break;
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (BadMessageException e) {
      // Jetty's minimum data rate fails the read with a 408 of its own, unchecked
      if (e.getCode() == 408) {
        throw new Late("did not arrive within " + timeoutMillis / 1000 + " s, or arrived too slowly");
      }
      throw new IOException("bad request content", e);
    } catch (IOException e) {
      if (e instanceof Late || isTimeout(e)) {
        throw new Late("did not arrive within " + timeoutMillis / 1000 + " s, or arrived too slowly");
      }
      throw e;
    } finally {
      if (endPoint != null && endPoint.isOpen()) {
        endPoint.setIdleTimeout(idle);
      }
      permits.release();
    }
  }

  private static boolean isTimeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException || t instanceof InterruptedIOException
          || t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("timeout")) {
        return true;
      }
    }
    return false;
  }

  private static EndPoint endPoint(Context ctx) {
    try {
      ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
      return request == null ? null : request.getConnectionMetaData().getConnection().getEndPoint();
    } catch (RuntimeException e) {
      return null; // not served by Jetty (a test double): the deadline is then checked between reads only
    }
  }
}
