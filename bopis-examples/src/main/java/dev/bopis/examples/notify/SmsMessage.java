package dev.bopis.examples.notify;

import java.util.Objects;

/**
 * A text message to a customer.
 *
 * @param phone the customer's phone number, as stored on the order
 * @param text the rendered text
 * @param idempotencyKey the notification's deduplication key; pass it to the provider so that a
 *     retry after a lost acknowledgement is dropped there too
 */
public record SmsMessage(String phone, String text, String idempotencyKey)
    implements OutgoingMessage {

  /** Validates the message. */
  public SmsMessage {
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
