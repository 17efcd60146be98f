package dev.bopis.examples.notify;

import java.util.Objects;

/**
 * An email to a customer.
 *
 * @param address the customer's email address
 * @param subject the rendered subject line
 * @param body the rendered plain-text body
 * @param idempotencyKey the notification's deduplication key, for the provider
 */
public record EmailMessage(String address, String subject, String body, String idempotencyKey)
    implements OutgoingMessage {

  /** Validates the message. */
  public EmailMessage {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
