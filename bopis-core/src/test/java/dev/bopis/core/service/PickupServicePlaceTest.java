package dev.bopis.core.service;

import static dev.bopis.core.service.ServiceFixtures.MID;
import static dev.bopis.core.service.ServiceFixtures.NEAR;
import static dev.bopis.core.service.ServiceFixtures.ORDER;
import static dev.bopis.core.service.ServiceFixtures.SKU_A;
import static dev.bopis.core.service.ServiceFixtures.SKU_B;
import static dev.bopis.core.service.ServiceFixtures.nearbyOrder;
import static dev.bopis.core.service.ServiceFixtures.orderAt;
import static dev.bopis.core.service.ServiceFixtures.threeStores;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.calendar.PickupWindow;
import dev.bopis.core.calendar.PickupWindowRejectionReason;
import dev.bopis.core.inventory.Shortage;
import dev.bopis.core.inventory.StockLevel;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.notify.Notification;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.OrderEvent;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.sourcing.SourcingRequest;
import dev.bopis.core.testing.PickupHarness;
import dev.bopis.core.testing.TestOrders;
import dev.bopis.core.testing.TestStores;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PickupServicePlaceTest {

  @Test
  void place_atChosenStoreReservesWholeCart() {
    PickupHarness harness = threeStores().build();

    PlacementResult result = harness.service().place(orderAt("STORE-MID").build());

    assertThat(result).isInstanceOf(PlacementResult.Placed.class);
    PlacementResult.Placed placed = (PlacementResult.Placed) result;
    assertThat(placed.outcome()).isEqualTo(CommandOutcome.APPLIED);
    PickupOrder order = placed.order();
    assertThat(order.state()).isEqualTo(OrderState.SOURCED);
    assertThat(order.storeId()).isEqualTo(MID);
    assertThat(order.placedAt()).isEqualTo(PickupHarness.START);
    assertThat(order.acknowledgeBy()).isEqualTo(PickupHarness.START.plus(Duration.ofMinutes(30)));
    assertThat(order.estimatedReadyAt())
        .isEqualTo(PickupHarness.START.plus(Duration.ofMinutes(30)));
    assertThat(harness.level("STORE-MID", "SKU-A")).isEqualTo(new StockLevel(10, 2, 0));
    assertThat(harness.level("STORE-MID", "SKU-B")).isEqualTo(new StockLevel(10, 1, 0));
    assertThat(harness.level("STORE-NEAR", "SKU-A").reserved()).isZero();
  }

  @Test
  void place_emitsOrderPlacedAndTellsTheStore() {
    PickupHarness harness = threeStores().build();

    harness.service().place(orderAt("STORE-MID").method(PickupMethod.CURBSIDE).build());

    assertThat(harness.events().all())
        .containsExactly(
            new OrderEvent.OrderPlaced(
                ORDER,
                MID,
                PickupHarness.START,
                dev.bopis.core.model.CommandId.of("place-ORDER-1"),
                1,
                PickupMethod.CURBSIDE,
                Map.of(SKU_A, 2L, SKU_B, 1L)));
    List<Notification> sent = harness.notifier().deliveries();
    assertThat(sent).hasSize(1);
    Notification routed = sent.get(0);
    assertThat(routed.type()).isEqualTo(NotificationType.ORDER_ROUTED);
    assertThat(routed.address()).isEqualTo("STORE-MID");
    assertThat(routed.channel()).isNull();
    assertThat(routed.details()).containsEntry("locationId", "STORE-MID");
    assertThat(routed.details()).containsEntry("method", "CURBSIDE");
    assertThat(routed.details()).containsEntry("lines", "SKU-A x 2, SKU-B x 1");
    assertThat(harness.order(ORDER).outbox()).isEmpty();
  }

  @Test
  void place_routedNotificationCarriesThePickupWindow() {
    PickupHarness harness = threeStores().build();
    PickupWindow window =
        PickupWindow.starting(PickupHarness.START.plus(Duration.ofHours(2)), Duration.ofHours(1));

    harness.service().place(orderAt("STORE-MID").window(window).build());

    Notification routed = harness.notifier().deliveries(NotificationType.ORDER_ROUTED).get(0);
    assertThat(routed.details()).containsEntry("windowStart", "2025-03-03T11:00:00Z");
    assertThat(routed.details()).containsEntry("windowEnd", "2025-03-03T12:00:00Z");
    assertThat(harness.order(ORDER).requestedWindow()).isEqualTo(window);
  }

  @Test
  void place_withoutStoreTakesNearestCandidateThatFillsCart() {
    PickupHarness harness =
        threeStores()
            .stock("STORE-NEAR", "SKU-A", 1)
            .candidates(h -> request -> List.of(NEAR, MID, ServiceFixtures.FAR))
            .build();

    PlacementResult result = harness.service().place(nearbyOrder().build());

    assertThat(result).isInstanceOf(PlacementResult.Placed.class);
    assertThat(((PlacementResult.Placed) result).order().storeId()).isEqualTo(MID);
    assertThat(harness.level("STORE-NEAR", "SKU-A")).isEqualTo(new StockLevel(1, 0, 0));
    assertThat(harness.level("STORE-NEAR", "SKU-B").reserved()).isZero();
    assertThat(harness.level("STORE-MID", "SKU-A").reserved()).isEqualTo(2);
  }

  @Test
  void place_withoutStoreAsksFinderWithSummedCart() {
    List<SourcingRequest> requests = new ArrayList<>();
    PickupHarness harness =
        threeStores()
            .candidates(
                h ->
                    request -> {
                      requests.add(request);
                      return List.of(NEAR);
                    })
            .build();

    harness
        .service()
        .place(
            TestOrders.order("ORDER-1")
                .line("SKU-A", 2)
                .line("SKU-B", 1)
                .line("SKU-A", 3)
                .near(40.4170, -3.7040)
                .method(PickupMethod.CURBSIDE)
                .build());

    assertThat(requests).hasSize(1);
    SourcingRequest request = requests.get(0);
    assertThat(request.customer()).isEqualTo(GeoPoint.of(40.4170, -3.7040));
    assertThat(request.quantities()).isEqualTo(Map.of(SKU_A, 5L, SKU_B, 1L));
    assertThat(request.method()).isEqualTo(PickupMethod.CURBSIDE);
    assertThat(request.excluded()).isEmpty();
    assertThat(request.limit()).isEqualTo(PickupPolicy.defaults().maxCandidates());
    assertThat(harness.level("STORE-NEAR", "SKU-A").reserved()).isEqualTo(5);
  }

  @Test
  void place_defaultFinderSkipsStoreLackingStock() {
    PickupHarness harness = threeStores().stock("STORE-NEAR", "SKU-B", 0).build();

    PlacementResult result = harness.service().place(nearbyOrder().build());

    assertThat(((PlacementResult.Placed) result).order().storeId()).isEqualTo(MID);
  }

  @Test
  void place_insufficientStockAtChosenStoreIsDeclined() {
    PickupHarness harness = threeStores().stock("STORE-MID", "SKU-A", 1).build();

    PlacementResult result = harness.service().place(orderAt("STORE-MID").build());

    assertThat(result).isInstanceOf(PlacementResult.Declined.class);
    PlacementResult.Declined declined = (PlacementResult.Declined) result;
    assertThat(declined.reason()).isEqualTo(PlacementResult.DeclineReason.INSUFFICIENT_STOCK);
    assertThat(declined.shortages()).containsExactly(new Shortage(SKU_A, 2, 1));
    assertThat(declined.shipToHomeOffered()).isTrue();
    assertThat(declined.message()).contains("STORE-MID").contains("2 x SKU-A (1 available)");
  }

  @Test
  void place_declinedStoresAndReservesNothing() {
    PickupHarness harness = threeStores().stock("STORE-MID", "SKU-A", 1).build();

    harness.service().place(orderAt("STORE-MID").build());

    assertThat(harness.service().find(ORDER)).isEmpty();
    assertThat(harness.level("STORE-MID", "SKU-A")).isEqualTo(new StockLevel(1, 0, 0));
    assertThat(harness.level("STORE-MID", "SKU-B")).isEqualTo(new StockLevel(10, 0, 0));
    assertThat(harness.journal().movements()).isEmpty();
    assertThat(harness.events().all()).isEmpty();
    assertThat(harness.notifier().attempts()).isEmpty();
  }

  @Test
  void place_noCandidateCanFillCartIsDeclined() {
    PickupHarness harness =
        threeStores()
            .stock("STORE-NEAR", "SKU-B", 0)
            .candidates(h -> request -> List.of(NEAR))
            .build();

    PlacementResult result = harness.service().place(nearbyOrder().build());

    PlacementResult.Declined declined = (PlacementResult.Declined) result;
    assertThat(declined.reason()).isEqualTo(PlacementResult.DeclineReason.NO_STORE_CAN_FILL_CART);
    assertThat(declined.shortages()).containsExactly(new Shortage(SKU_B, 1, 0));
    assertThat(declined.shipToHomeOffered()).isTrue();
    assertThat(harness.service().find(ORDER)).isEmpty();
  }

  @Test
  void place_noCandidateAtAllIsDeclined() {
    PickupHarness harness = threeStores().candidates(h -> request -> List.of()).build();

    PlacementResult result = harness.service().place(nearbyOrder().build());

    PlacementResult.Declined declined = (PlacementResult.Declined) result;
    assertThat(declined.reason()).isEqualTo(PlacementResult.DeclineReason.NO_STORE_CAN_FILL_CART);
    assertThat(declined.shortages()).isEmpty();
  }

  @Test
  void place_shipToHomeNotOfferedWhenPolicySaysNo() {
    PickupPolicy noShipping =
        new PickupPolicy(
            3,
            Duration.ofMinutes(30),
            ShortPickPolicy.CONTINUE_WITH_AVAILABLE,
            dev.bopis.core.calendar.HoldWindowPolicy.defaults(),
            dev.bopis.core.calendar.PreparationRule.WITHIN_ONE_PERIOD,
            10,
            false,
            Duration.ofSeconds(30),
            Duration.ofHours(1));
    PickupHarness harness = threeStores().policy(noShipping).stock("STORE-MID", "SKU-A", 0).build();

    PlacementResult result = harness.service().place(orderAt("STORE-MID").build());

    assertThat(((PlacementResult.Declined) result).shipToHomeOffered()).isFalse();
  }

  @Test
  void place_unknownStoreIsDeclined() {
    PickupHarness harness = threeStores().build();

    PlacementResult result = harness.service().place(orderAt("STORE-GONE").build());

    PlacementResult.Declined declined = (PlacementResult.Declined) result;
    assertThat(declined.reason()).isEqualTo(PlacementResult.DeclineReason.STORE_NOT_AVAILABLE);
    assertThat(declined.message()).contains("STORE-GONE");
    assertThat(harness.service().find(ORDER)).isEmpty();
  }

  @Test
  void place_storeWithoutTheMethodIsDeclined() {
    PickupHarness harness =
        PickupHarness.builder()
            .store(TestStores.store("STORE-COUNTER").methods(PickupMethod.IN_STORE))
            .stock("STORE-COUNTER", "SKU-A", 10)
            .stock("STORE-COUNTER", "SKU-B", 10)
            .build();

    PlacementResult result =
        harness.service().place(orderAt("STORE-COUNTER").method(PickupMethod.CURBSIDE).build());

    PlacementResult.Declined declined = (PlacementResult.Declined) result;
    assertThat(declined.reason()).isEqualTo(PlacementResult.DeclineReason.STORE_NOT_AVAILABLE);
    assertThat(declined.message()).contains("CURBSIDE");
    assertThat(harness.level("STORE-COUNTER", "SKU-A").reserved()).isZero();
  }

  @Test
  void place_candidateWithoutTheMethodIsSkipped() {
    PickupHarness harness =
        PickupHarness.builder()
            .store(TestStores.store("STORE-COUNTER").methods(PickupMethod.IN_STORE))
            .store(TestStores.store("STORE-KERB").at(1, 1).methods(PickupMethod.CURBSIDE))
            .stock("STORE-COUNTER", "SKU-A", 10)
            .stock("STORE-COUNTER", "SKU-B", 10)
            .stock("STORE-KERB", "SKU-A", 10)
            .stock("STORE-KERB", "SKU-B", 10)
            .candidates(
                h -> request -> List.of(StoreId.of("STORE-COUNTER"), StoreId.of("STORE-KERB")))
            .build();

    PlacementResult result =
        harness.service().place(nearbyOrder().method(PickupMethod.CURBSIDE).build());

    assertThat(((PlacementResult.Placed) result).order().storeId())
        .isEqualTo(StoreId.of("STORE-KERB"));
    assertThat(harness.level("STORE-COUNTER", "SKU-A").reserved()).isZero();
  }

  @Test
  void place_duplicateOrderIdReturnsFirstOrder() {
    PickupHarness harness = threeStores().build();
    PickupOrder first = harness.placed(orderAt("STORE-MID").build());

    PlacementResult again =
        harness
            .service()
            .place(
                TestOrders.order("ORDER-1")
                    .line("SKU-A", 5)
                    .at("STORE-NEAR")
                    .commandId("x")
                    .build());

    assertThat(again).isEqualTo(new PlacementResult.Placed(first, CommandOutcome.DUPLICATE));
    assertThat(harness.level("STORE-MID", "SKU-A").reserved()).isEqualTo(2);
    assertThat(harness.level("STORE-NEAR", "SKU-A").reserved()).isZero();
    assertThat(harness.events().ofType(OrderEvent.OrderPlaced.class)).hasSize(1);
    assertThat(harness.notifier().deliveries(NotificationType.ORDER_ROUTED)).hasSize(1);
  }

  @Test
  void place_pickupWindowBeforeReadyIsDeclinedWithProposal() {
    PickupHarness harness = threeStores().build();
    PickupWindow tooEarly =
        PickupWindow.starting(
            PickupHarness.START.plus(Duration.ofMinutes(10)), Duration.ofHours(1));

    PlacementResult result = harness.service().place(orderAt("STORE-MID").window(tooEarly).build());

    PlacementResult.Declined declined = (PlacementResult.Declined) result;
    assertThat(declined.reason()).isEqualTo(PlacementResult.DeclineReason.PICKUP_WINDOW_REJECTED);
    assertThat(declined.message()).contains(PickupWindowRejectionReason.BEFORE_READY.name());
    assertThat(declined.proposedWindow())
        .isEqualTo(
            PickupWindow.starting(
                PickupHarness.START.plus(Duration.ofMinutes(30)), Duration.ofHours(1)));
    assertThat(harness.service().find(ORDER)).isEmpty();
    assertThat(harness.level("STORE-MID", "SKU-A").reserved()).isZero();
  }

  @Test
  void place_beforeOpeningReadyTimeFollowsOpeningHours() {
    PickupHarness harness =
        PickupHarness.builder()
            .store(TestStores.store("STORE-DAY").zone("Europe/Madrid").hours("daily 12:00-20:00"))
            .stock("STORE-DAY", "SKU-A", 10)
            .stock("STORE-DAY", "SKU-B", 10)
            .build();

    PickupOrder order = harness.placed(orderAt("STORE-DAY").build());

    // 09:00 UTC is 10:00 in Madrid in March (UTC+1); the store opens at 12:00 local, 11:00 UTC.
    assertThat(order.estimatedReadyAt()).isEqualTo(java.time.Instant.parse("2025-03-03T11:30:00Z"));
  }
}
