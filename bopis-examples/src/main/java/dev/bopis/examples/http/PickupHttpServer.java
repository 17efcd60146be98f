package dev.bopis.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.ConcurrentOrderUpdateException;
import dev.bopis.core.order.IllegalTransitionException;
import dev.bopis.core.order.WrongStoreException;
import dev.bopis.core.service.CommandResult;
import dev.bopis.core.service.PickupService;
import dev.bopis.core.service.PlaceOrder;
import dev.bopis.core.service.PlacementResult;
import dev.bopis.examples.json.JsonCodec;
import dev.bopis.examples.json.JsonContractException;
import dev.bopis.examples.json.PickupOptionsJson;
import dev.bopis.examples.json.PickupOptionsQuery;
import dev.bopis.examples.json.PickupOptionsRequest;
import dev.bopis.examples.json.PickupOrderJson;
import dev.bopis.examples.json.PlaceOrderJson;
import dev.bopis.examples.json.StatusUpdate;
import dev.bopis.examples.json.StatusUpdateJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP front of the pickup service for an order-management system, on the JDK's {@link
 * HttpServer}, bound to the loopback address only.
 *
 * <p>Endpoints, all JSON in and out:
 *
 * <ul>
 *   <li>{@code POST /pickup-options}: a pickup-options request, passed to the {@link
 *       PickupOptionsQuery} given at start.
 *   <li>{@code POST /orders}: places an order; 201 with the order, 200 when the order id was placed
 *       before, 422 with the reason when no store can take it.
 *   <li>{@code POST /orders/{id}/status}: applies a status update with its command id and acting
 *       store; 200 with the outcome and the order.
 *   <li>{@code GET /orders/{id}}: the order; 404 when unknown.
 * </ul>
 *
 * <p>Errors are {@code {"error": code, "message": text}} with a status: 400 for a bad document
 * (with its JSON {@code path}) or a quantity that does not fit the order, 404 for an unknown order,
 * 405 for a wrong method, 409 for an illegal transition, a store acting on an order routed
 * elsewhere or a write conflict that kept recurring, 413 for a body over {@value #MAX_BODY_BYTES}
 * bytes, 415 for a body that is not JSON, 422 for a declined placement, 500 for anything else,
 * which is also logged. Requests are served by a fixed pool of threads. Thread-safe.
 */
public final class PickupHttpServer implements AutoCloseable {

  /** Largest request body accepted, in bytes. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  private static final System.Logger LOG = System.getLogger(PickupHttpServer.class.getName());

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final PickupService service;
  private final PickupOptionsQuery options;
  private final HttpServer server;
  private final ExecutorService executor;
  private final AtomicInteger active = new AtomicInteger();

  private PickupHttpServer(
      PickupService service, PickupOptionsQuery options, HttpServer server, int threads) {
    this.service = service;
    this.options = options;
    this.server = server;
    this.executor = Executors.newFixedThreadPool(threads, namedDaemonThreads());
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /**
   * Starts a server on 127.0.0.1.
   *
   * @param port the TCP port, or 0 for any free port
   * @param threads request-handling threads, 1 to 256
   * @return the running server; {@link #port()} returns the bound port
   * @throws IOException if the port cannot be bound
   * @throws IllegalArgumentException if {@code port} is outside 0 to 65535 or {@code threads}
   *     outside 1 to 256
   */
  public static PickupHttpServer start(
      PickupService service, PickupOptionsQuery options, int port, int threads) throws IOException {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(options, "options");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port " + port + " is outside [0, 65535]; pass 0 for any");
    }
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("threads " + threads + " is outside [1, 256]");
    }
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    PickupHttpServer running = new PickupHttpServer(service, options, server, threads);
    server.start();
    LOG.log(System.Logger.Level.INFO, "pickup HTTP server listening on {0}", running.baseUri());
    return running;
  }

  /** Returns the TCP port the server is bound to. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Returns {@code http://127.0.0.1:PORT/}. */
  public URI baseUri() {
    return URI.create(
        "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + "/");
  }

  /**
   * Stops the server: waits up to one second for requests being handled, then closes every
   * connection and ends the threads. Blocks until done.
   */
  @Override
  public void close() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    try {
      // HttpServer.stop(n) on JDK 17 waits the full n seconds even when idle, so drain here.
      while (active.get() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.stop(0);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    LOG.log(System.Logger.Level.INFO, "pickup HTTP server on port {0} stopped", port());
  }

  private void handle(HttpExchange exchange) throws IOException {
    active.incrementAndGet();
    try {
      Response response;
      try {
        response = route(exchange);
      } catch (HttpProblem e) {
        response = e.response();
      } catch (JsonContractException e) {
        ObjectNode body = error("invalid_request", e.getMessage());
        body.put("path", e.path());
        response = new Response(400, body);
      } catch (IllegalTransitionException e) {
        ObjectNode body = error("illegal_transition", e.getMessage());
        body.put("state", e.state().name());
        body.put("step", e.step().name());
        response = new Response(409, body);
      } catch (WrongStoreException e) {
        ObjectNode body = error("wrong_store", e.getMessage());
        body.put("routedStore", e.routedStore().value());
        response = new Response(409, body);
      } catch (ConcurrentOrderUpdateException e) {
        response = new Response(409, error("concurrent_update", e.getMessage()));
      } catch (IllegalArgumentException e) {
        response = new Response(400, error("invalid_request", e.getMessage()));
      } catch (RuntimeException e) {
        LOG.log(
            System.Logger.Level.WARNING,
            "request " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " failed",
            e);
        response =
            new Response(
                500, error("internal_error", "the server failed; see its log for details"));
      }
      send(exchange, response);
    } finally {
      exchange.close();
      active.decrementAndGet();
    }
  }

  private Response route(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    List<String> segments = segments(exchange.getRequestURI());

    if (segments.equals(List.of("pickup-options"))) {
      requireMethod(method, "POST");
      PickupOptionsRequest request = PickupOptionsJson.readRequest(body(exchange));
      return new Response(200, PickupOptionsJson.writeResponse(options.find(request)));
    }
    if (segments.equals(List.of("orders"))) {
      requireMethod(method, "POST");
      return place(PlaceOrderJson.read(body(exchange)));
    }
    if (segments.size() == 2 && segments.get(0).equals("orders")) {
      requireMethod(method, "GET");
      OrderId id = orderId(segments.get(1));
      return service
          .find(id)
          .map(order -> new Response(200, PickupOrderJson.write(order)))
          .orElseGet(() -> notFound(id));
    }
    if (segments.size() == 3
        && segments.get(0).equals("orders")
        && segments.get(2).equals("status")) {
      requireMethod(method, "POST");
      OrderId id = orderId(segments.get(1));
      StatusUpdate update = StatusUpdateJson.read(body(exchange));
      if (service.find(id).isEmpty()) {
        return notFound(id);
      }
      return commandResult(update.applyTo(service, id));
    }
    throw new NotFound("no endpoint at " + exchange.getRequestURI().getPath());
  }

  private Response place(PlaceOrder command) {
    PlacementResult result = service.place(command);
    if (result instanceof PlacementResult.Placed placed) {
      ObjectNode body = NODES.objectNode();
      body.put("outcome", placed.outcome().name());
      body.set("order", PickupOrderJson.write(placed.order()));
      boolean created = placed.outcome() == CommandOutcome.APPLIED;
      return new Response(created ? 201 : 200, body)
          .withLocation("/orders/" + placed.order().id().value());
    }
    PlacementResult.Declined declined = (PlacementResult.Declined) result;
    ObjectNode body = error("placement_declined", declined.message());
    body.put("reason", declined.reason().name());
    body.set("shortages", shortages(declined));
    body.put("shipToHomeOffered", declined.shipToHomeOffered());
    if (declined.proposedWindow() == null) {
      body.putNull("proposedWindow");
    } else {
      ObjectNode window = body.putObject("proposedWindow");
      window.put("start", declined.proposedWindow().start().toString());
      window.put("end", declined.proposedWindow().end().toString());
    }
    return new Response(422, body);
  }

  private static JsonNode shortages(PlacementResult.Declined declined) {
    ArrayNode array = NODES.arrayNode();
    declined
        .shortages()
        .forEach(
            shortage -> {
              ObjectNode line = array.addObject();
              line.put("sku", shortage.sku().value());
              line.put("requested", shortage.requested());
              line.put("available", shortage.available());
              line.put("missing", shortage.missing());
            });
    return array;
  }

  private static Response commandResult(CommandResult result) {
    ObjectNode body = NODES.objectNode();
    body.put("outcome", result.outcome().name());
    body.put("firstOutcome", result.firstOutcome().name());
    body.put("message", result.message());
    body.set("order", PickupOrderJson.write(result.order()));
    return new Response(200, body);
  }

  private static Response notFound(OrderId id) {
    return new Response(404, error("not_found", "order " + id + " not found"));
  }

  private static OrderId orderId(String segment) {
    try {
      return OrderId.of(segment);
    } catch (IllegalArgumentException e) {
      throw new NotFound("order id \"" + segment + "\" is invalid: " + e.getMessage());
    }
  }

  private static void requireMethod(String actual, String allowed) {
    if (!actual.equals(allowed)) {
      throw new MethodNotAllowed(actual, allowed);
    }
  }

  private static JsonNode body(HttpExchange exchange) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new UnsupportedMediaType(type);
    }
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (bytes.length > MAX_BODY_BYTES) {
      throw new TooLarge();
    }
    return JsonCodec.parse(bytes);
  }

  private static List<String> segments(URI uri) {
    String raw = uri.getRawPath() == null ? "" : uri.getRawPath();
    return Arrays.stream(raw.split("/"))
        .filter(segment -> !segment.isEmpty())
        .map(segment -> URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8))
        .toList();
  }

  private static ObjectNode error(String code, String message) {
    ObjectNode body = NODES.objectNode();
    body.put("error", code);
    body.put("message", message);
    return body;
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    byte[] bytes = JsonCodec.write(response.body()).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    response.location().ifPresent(path -> exchange.getResponseHeaders().set("Location", path));
    response.allow().ifPresent(allow -> exchange.getResponseHeaders().set("Allow", allow));
    exchange.sendResponseHeaders(response.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static ThreadFactory namedDaemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "pickup-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** A status, a JSON body and optional headers. */
  private record Response(
      int status, JsonNode body, Optional<String> location, Optional<String> allow) {
    Response(int status, JsonNode body) {
      this(status, body, Optional.empty(), Optional.empty());
    }

    Response withLocation(String path) {
      return new Response(status, body, Optional.of(path), allow);
    }
  }

  /** Raised while routing; turned into a response by its status. */
  private abstract static class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HttpProblem(String message) {
      super(message);
    }

    abstract Response response();
  }

  private static final class NotFound extends HttpProblem {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message);
    }

    @Override
    Response response() {
      return new Response(404, error("not_found", getMessage()));
    }
  }

  private static final class MethodNotAllowed extends HttpProblem {
    private static final long serialVersionUID = 1L;
    private final String allowed;

    MethodNotAllowed(String method, String allowed) {
      super("method " + method + " is not allowed here; use " + allowed);
      this.allowed = allowed;
    }

    @Override
    Response response() {
      return new Response(
          405, error("method_not_allowed", getMessage()), Optional.empty(), Optional.of(allowed));
    }
  }

  private static final class UnsupportedMediaType extends HttpProblem {
    private static final long serialVersionUID = 1L;

    UnsupportedMediaType(String type) {
      super("content type " + type + " is not supported; send application/json");
    }

    @Override
    Response response() {
      return new Response(415, error("unsupported_media_type", getMessage()));
    }
  }

  private static final class TooLarge extends HttpProblem {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("the request body exceeds " + MAX_BODY_BYTES + " bytes; send a smaller document");
    }

    @Override
    Response response() {
      return new Response(413, error("payload_too_large", getMessage()));
    }
  }
}
