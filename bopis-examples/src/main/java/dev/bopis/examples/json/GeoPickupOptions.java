package dev.bopis.examples.json;

import dev.bopis.core.inventory.Shortage;
import dev.bopis.geo.PickupOptionsService;
import dev.bopis.geo.ShortLine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Answers the JSON contract's pickup-options requests with the {@code bopis-geo} query: maps the
 * request, runs the ranking, and maps every option back, distances in the request's unit.
 *
 * <p>Stores that cannot fill the whole cart are listed after those that can, with their short
 * lines, as storefronts that show partial availability expect. Thread-safe when the underlying
 * service is.
 */
public final class GeoPickupOptions implements PickupOptionsQuery {

  private final PickupOptionsService service;
  private final Clock clock;

  /** Creates the query over {@code service}, estimating ready times from {@code clock}. */
  public GeoPickupOptions(PickupOptionsService service, Clock clock) {
    this.service = Objects.requireNonNull(service, "service");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public PickupOptionsResponse find(PickupOptionsRequest request) {
    dev.bopis.geo.DistanceUnit unit =
        request.radius().unit() == DistanceUnit.MI
            ? dev.bopis.geo.DistanceUnit.MILES
            : dev.bopis.geo.DistanceUnit.KILOMETERS;
    dev.bopis.geo.PickupOptionsRequest query =
        dev.bopis.geo.PickupOptionsRequest.builder(
                request.customer(), request.cart(), clock.instant())
            .radius(request.radius().value(), unit)
            .method(request.method())
            .maxResults(request.limit())
            .includePartial(true)
            .build();

    List<PickupOption> options = new ArrayList<>();
    for (dev.bopis.geo.PickupOption option : service.options(query)) {
      List<Shortage> shortLines = new ArrayList<>();
      for (ShortLine line : option.shortLines()) {
        shortLines.add(new Shortage(line.sku(), line.requested(), line.available()));
      }
      options.add(
          new PickupOption(
              option.storeId(),
              option.name(),
              new Distance(option.distance(), request.radius().unit()),
              option.canFillCart(),
              shortLines,
              option.methods(),
              option.readyEstimate()));
    }
    return new PickupOptionsResponse(options);
  }
}
