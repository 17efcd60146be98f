package dev.bopis.examples.notify;

/** Port to an SMS provider. */
@FunctionalInterface
public interface SmsGateway {

  /**
   * Sends {@code message}, blocking until the provider accepted or refused it.
   *
   * @throws RuntimeException if the provider did not accept the message; the library retries later
   */
  void send(SmsMessage message);
}
