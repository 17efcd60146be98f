package dev.bopis.examples.notify;

/** Port to the channel that reaches a store's staff, such as a store app or a pager. */
@FunctionalInterface
public interface StoreGateway {

  /**
   * Sends {@code alert}, blocking until the channel accepted or refused it.
   *
   * @throws RuntimeException if the channel did not accept the alert; the library retries later
   */
  void send(StoreAlert alert);
}
