package dev.bopis.examples.json;

import java.util.List;

/**
 * The result of a {@link PickupOptionsRequest}: the eligible stores, nearest first.
 *
 * @param options the stores in the order to show them
 */
public record PickupOptionsResponse(List<PickupOption> options) {

  /** Copies the options. */
  public PickupOptionsResponse {
    options = List.copyOf(options);
  }
}
