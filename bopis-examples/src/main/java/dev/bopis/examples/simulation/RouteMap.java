package dev.bopis.examples.simulation;

import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.StoreId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a self-contained HTML page with an SVG map of the stores, a sample of customers and the
 * store each was routed to. No scripts, fonts or map tiles are loaded from anywhere.
 *
 * <p>The projection is equirectangular with longitude scaled by the cosine of 37 degrees north,
 * framed on the contiguous United States; points outside that frame (Alaska, Hawaii, Puerto Rico)
 * are counted in the caption but not drawn.
 */
final class RouteMap {

  private static final double WEST = -125.0;
  private static final double EAST = -66.0;
  private static final double SOUTH = 24.0;
  private static final double NORTH = 50.0;
  private static final double WIDTH = 1200;
  private static final double X_SCALE = WIDTH / (EAST - WEST);
  private static final double Y_SCALE = X_SCALE / Math.cos(Math.toRadians(37));
  private static final double HEIGHT = (NORTH - SOUTH) * Y_SCALE;
  private static final int MAX_ROUTES = 600;

  private RouteMap() {}

  /** Writes the map of {@code report} to {@code file}, replacing it. */
  static void write(SimulationReport report, Path file) throws IOException {
    Files.writeString(file, render(report), StandardCharsets.UTF_8);
  }

  static String render(SimulationReport report) {
    Map<StoreId, GeoPoint> storeLocations = new HashMap<>();
    StringBuilder svg = new StringBuilder();
    int outside = 0;

    svg.append("<g class=\"stores\">\n");
    for (StoreDot store : report.storeDots()) {
      storeLocations.put(store.id(), store.location());
      if (!inFrame(store.location())) {
        outside++;
        continue;
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.6\" class=\"%s\"><title>%s</title></circle>%n",
              x(store.location()),
              y(store.location()),
              store.pickupEnabled() ? "store" : "store off",
              escape(store.name())));
    }
    svg.append("</g>\n<g class=\"routes\">\n");

    List<Metrics.Placement> sample = sample(new ArrayList<>(report.metrics().placements.values()));
    for (Metrics.Placement placement : sample) {
      GeoPoint store = storeLocations.get(placement.routedStore());
      if (store == null || !inFrame(placement.customer()) || !inFrame(store)) {
        continue;
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"%s\"/>%n"
                  + "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.2\" class=\"customer\"><title>"
                  + "%.1f km to %s</title></circle>%n",
              x(placement.customer()),
              y(placement.customer()),
              x(store),
              y(store),
              placement.chosenByCustomer() ? "route chosen" : "route",
              x(placement.customer()),
              y(placement.customer()),
              placement.distanceKm(),
              escape(placement.routedStore().value())));
    }
    svg.append("</g>\n");

    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        + "<title>BOPIS simulation: stores and routed customers</title>\n<style>\n"
        + "body{font-family:sans-serif;margin:1em;color:#222}\n"
        + "svg{border:1px solid #ccc;background:#f7f9fb;max-width:100%;height:auto}\n"
        + ".store{fill:#2b6cb0;opacity:.55}.store.off{fill:#a0a0a0}\n"
        + ".customer{fill:#dd6b20}.route{stroke:#dd6b20;stroke-width:.8;opacity:.7}\n"
        + ".route.chosen{stroke:#2f855a}\n</style></head><body>\n"
        + "<h1>Stores and routed customers</h1>\n"
        + String.format(
            Locale.ROOT,
            "<p>%d stores (blue; grey: pickup paused), %d of %d placed orders drawn from customer"
                + " (orange) to routed store: orange lines were sourced by the library, green"
                + " lines went to a store the customer chose. %d stores outside the contiguous"
                + " US are not drawn. Seed %d. Store sites are real places; stock, hours and"
                + " behaviour are synthetic.</p>%n",
            report.storeDots().size(),
            sample.size(),
            report.metrics().placements.size(),
            outside,
            report.options().seed())
        + String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\""
                + " height=\"%.0f\" role=\"img\" aria-label=\"map of stores and routes\">%n",
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT)
        + svg
        + "</svg>\n</body></html>\n";
  }

  /** Returns every n-th placement so at most {@link #MAX_ROUTES} are drawn, spread over the run. */
  private static List<Metrics.Placement> sample(List<Metrics.Placement> all) {
    if (all.size() <= MAX_ROUTES) {
      return all;
    }
    List<Metrics.Placement> sample = new ArrayList<>();
    double step = (double) all.size() / MAX_ROUTES;
    for (int i = 0; i < MAX_ROUTES; i++) {
      sample.add(all.get((int) (i * step)));
    }
    return sample;
  }

  private static boolean inFrame(GeoPoint point) {
    return point.longitude() >= WEST
        && point.longitude() <= EAST
        && point.latitude() >= SOUTH
        && point.latitude() <= NORTH;
  }

  private static double x(GeoPoint point) {
    return (point.longitude() - WEST) * X_SCALE;
  }

  private static double y(GeoPoint point) {
    return (NORTH - point.latitude()) * Y_SCALE;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * One store as drawn.
   *
   * @param id the store id
   * @param name display name
   * @param location where it is
   * @param pickupEnabled whether it takes pickup orders
   */
  record StoreDot(StoreId id, String name, GeoPoint location, boolean pickupEnabled) {}
}
