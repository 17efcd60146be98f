package dev.bopis.examples.notify;

import dev.bopis.core.model.StoreId;
import java.util.Objects;

/**
 * A message to a store's staff, such as a new pickup order or a customer waiting at the curb.
 *
 * @param storeId the store
 * @param text the rendered text
 * @param idempotencyKey the notification's deduplication key, for the store channel
 */
public record StoreAlert(StoreId storeId, String text, String idempotencyKey)
    implements OutgoingMessage {

  /** Validates the alert. */
  public StoreAlert {
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
