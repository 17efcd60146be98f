package dev.bopis.examples.notify;

import java.util.ArrayList;
import java.util.List;

/**
 * SMS, email and store gateways that record what they accept and refuse the next {@link
 * #failNext(int)} calls, or every call while {@link #down()}, like a provider that is down.
 * Thread-safe.
 */
public final class RecordingGateways implements SmsGateway, EmailGateway, StoreGateway {

  private final List<OutgoingMessage> sent = new ArrayList<>();
  private int attempts;
  private int failuresLeft;

  public synchronized void failNext(int calls) {
    failuresLeft += calls;
  }

  @Override
  public synchronized void send(SmsMessage message) {
    accept(message);
  }

  @Override
  public synchronized void send(EmailMessage message) {
    accept(message);
  }

  @Override
  public synchronized void send(StoreAlert alert) {
    accept(alert);
  }

  /** Makes every call fail until {@link #up()}. */
  public synchronized void down() {
    failuresLeft = Integer.MAX_VALUE;
  }

  /** Ends {@link #down()} and any failures still pending. */
  public synchronized void up() {
    failuresLeft = 0;
  }

  public synchronized List<OutgoingMessage> sent() {
    return List.copyOf(sent);
  }

  public synchronized List<SmsMessage> sms() {
    return sent.stream().filter(SmsMessage.class::isInstance).map(SmsMessage.class::cast).toList();
  }

  public synchronized int attempts() {
    return attempts;
  }

  private void accept(OutgoingMessage message) {
    attempts++;
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new IllegalStateException("provider unavailable for " + message.idempotencyKey());
    }
    sent.add(message);
  }
}
