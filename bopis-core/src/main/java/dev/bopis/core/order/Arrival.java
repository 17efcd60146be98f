package dev.bopis.core.order;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the customer reports on arrival, so staff can find them.
 *
 * @param bay the parking bay or spot number, or null
 * @param vehicle a vehicle description such as "blue hatchback, plate AB-123", or null
 * @param note free text from the customer, or null
 */
public record Arrival(@Nullable String bay, @Nullable String vehicle, @Nullable String note) {

  /** An in-store arrival with no details. */
  public static final Arrival IN_STORE = new Arrival(null, null, null);

  /** Returns a curbside arrival at {@code bay} in {@code vehicle}. */
  public static Arrival curbside(String bay, String vehicle) {
    return new Arrival(Objects.requireNonNull(bay, "bay"), vehicle, null);
  }
}
