package dev.bopis.examples.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.model.ContactChannel;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.notify.Notification;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.testing.MutableClock;
import dev.bopis.examples.json.ServiceFixture;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateNotifierTest {

  private static final Notification REMINDER =
      new Notification(
          "O-2:3:PICKUP_REMINDER",
          NotificationType.PICKUP_REMINDER,
          OrderId.of("O-2"),
          ServiceFixture.STORE_1,
          ContactChannel.SMS,
          "+34600111222",
          Map.of("pickupBy", "2026-03-12T20:00:00Z"),
          ServiceFixture.START);

  private final MutableClock clock = new MutableClock(ServiceFixture.START);
  private final RecordingGateways gateways = new RecordingGateways();
  private final InMemoryDeliveryLog log = new InMemoryDeliveryLog(Duration.ofMinutes(5));
  private final TemplateNotifier notifier =
      TemplateNotifier.builder()
          .stores(ServiceFixture.stores())
          .sms(gateways)
          .email(gateways)
          .storeGateway(gateways)
          .deliveryLog(log)
          .clock(clock)
          .build();

  @Test
  void send_sameKeyTwiceReachesGatewayOnce() {
    notifier.send(REMINDER);
    notifier.send(REMINDER);

    assertThat(gateways.sms()).hasSize(1);
    assertThat(gateways.sms().get(0).idempotencyKey()).isEqualTo("O-2:3:PICKUP_REMINDER");
    assertThat(log.isDelivered("O-2:3:PICKUP_REMINDER")).isTrue();
  }

  @Test
  void send_gatewayFailurePropagatesAndReleasesTheClaim() {
    gateways.failNext(1);

    assertThatThrownBy(() -> notifier.send(REMINDER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("provider unavailable for O-2:3:PICKUP_REMINDER");
    assertThat(log.isDelivered("O-2:3:PICKUP_REMINDER")).isFalse();

    notifier.send(REMINDER);

    assertThat(gateways.attempts()).isEqualTo(2);
    assertThat(gateways.sms()).hasSize(1);
  }

  @Test
  void send_claimedKeyFailsUntilLeaseLapses() {
    log.claim("O-2:3:PICKUP_REMINDER", clock.instant());

    assertThatThrownBy(() -> notifier.send(REMINDER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is being sent by another sender");
    assertThat(gateways.attempts()).isZero();

    clock.advance(Duration.ofMinutes(5));
    notifier.send(REMINDER);

    assertThat(gateways.sms()).hasSize(1);
  }

  @Test
  void build_missingGatewayIsNamed() {
    assertThatThrownBy(
            () ->
                TemplateNotifier.builder()
                    .stores(ServiceFixture.stores())
                    .sms(gateways)
                    .email(gateways)
                    .build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("storeGateway");
  }
}
