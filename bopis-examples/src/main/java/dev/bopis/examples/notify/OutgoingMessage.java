package dev.bopis.examples.notify;

/** A rendered message ready for its gateway: an SMS, an email or a store alert. */
public sealed interface OutgoingMessage permits SmsMessage, EmailMessage, StoreAlert {

  /** Returns the deduplication key of the notification the message was rendered from. */
  String idempotencyKey();
}
