package dev.bopis.core.service;

import static dev.bopis.core.service.ServiceFixtures.NEAR;
import static dev.bopis.core.service.ServiceFixtures.ORDER;
import static dev.bopis.core.service.ServiceFixtures.SKU_A;
import static dev.bopis.core.service.ServiceFixtures.nearbyOrder;
import static dev.bopis.core.service.ServiceFixtures.threeStores;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.order.CancelledBy;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.testing.PickupHarness;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A step that both moved stock and sent a message stored its follow-up one version too far, so the
 * write failed and was retried: the message went out on every retry and the outbox never emptied.
 */
class NotificationResentWhenStockMovesRegressionTest {

  private static void assertSentOnceAndSettled(PickupHarness harness, NotificationType type) {
    PickupOrder order = harness.order(ORDER);
    assertThat(harness.notifier().attempts()).filteredOn(n -> n.type() == type).hasSize(1);
    assertThat(harness.notifier().keysDeliveredTwice()).isEmpty();
    assertThat(order.outbox()).isEmpty();
    assertThat(order.stockSettled()).isTrue();
  }

  @Test
  void cancel_sendsItsMessageOnce() {
    PickupHarness harness = threeStores().build();
    harness.accepted(nearbyOrder().build());

    harness
        .service()
        .cancel(ORDER, CommandId.of("cancel"), CancelledBy.CUSTOMER, ReasonCode.CUSTOMER_CANCELLED);

    assertSentOnceAndSettled(harness, NotificationType.ORDER_CANCELLED);
  }

  @Test
  void shortPick_sendsItsMessageOnce() {
    PickupHarness harness = threeStores().build();
    harness.accepted(nearbyOrder().build());

    harness.service().reportShortPick(ORDER, NEAR, CommandId.of("short"), Map.of(SKU_A, 1L));

    assertSentOnceAndSettled(harness, NotificationType.SHORT_PICK);
  }

  @Test
  void reroute_tellsTheNextStoreOnce() {
    PickupHarness harness = threeStores().build();
    harness.placed(nearbyOrder().build());

    harness.service().reject(ORDER, NEAR, CommandId.of("reject"), "busy");

    assertThat(harness.notifier().attempts())
        .filteredOn(n -> n.type() == NotificationType.ORDER_ROUTED)
        .hasSize(2);
    assertThat(harness.order(ORDER).outbox()).isEmpty();
    assertThat(harness.order(ORDER).stockSettled()).isTrue();
  }

  @Test
  void expiry_sendsItsMessagesOnce() {
    PickupHarness harness = threeStores().build();
    harness.ready(nearbyOrder().build());
    harness.clock().advance(Duration.ofHours(72));

    harness.service().runDue();

    assertSentOnceAndSettled(harness, NotificationType.ORDER_EXPIRED);
    assertThat(harness.notifier().attempts())
        .filteredOn(n -> n.type() == NotificationType.SHIP_TO_HOME_OFFER)
        .hasSize(1);
  }

  @Test
  void stepAndFollowUp_storeConsecutiveVersions() {
    PickupHarness harness = threeStores().build();
    PickupOrder accepted = harness.accepted(nearbyOrder().build());

    PickupOrder cancelled =
        harness
            .service()
            .cancel(ORDER, CommandId.of("cancel"), CancelledBy.STORE, ReasonCode.STORE_CANCELLED)
            .order();

    // One version each for the cancel, for settling its stock and claiming its message, and for
    // recording the delivery.
    assertThat(cancelled.version()).isEqualTo(accepted.version() + 3);
    assertThat(harness.order(ORDER)).isEqualTo(cancelled);
  }
}
