package dev.bopis.examples.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import dev.bopis.core.service.PickupService;
import dev.bopis.core.store.InMemoryStoreDirectory;
import dev.bopis.core.testing.MutableClock;
import dev.bopis.examples.json.ServiceFixture;
import dev.bopis.examples.notify.OutgoingMessage;
import dev.bopis.examples.notify.RecordingGateways;
import dev.bopis.examples.notify.SmsMessage;
import dev.bopis.examples.notify.TemplateNotifier;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A node stops with notifications pending; a new node on the same database delivers them once. */
class PostgresRestartTest {

  private static final OrderId ORDER = OrderId.of("O-RESTART");

  private final MutableClock clock = new MutableClock(ServiceFixture.START);
  private final InMemoryStoreDirectory stores = ServiceFixture.stores();
  private final RecordingGateways gateways = new RecordingGateways();

  @BeforeEach
  void emptyTables() {
    TestDatabase.truncate();
  }

  @AfterEach
  void closeNodeConnections() {
    TestDatabase.closeDedicatedConnections();
  }

  /** Builds a node from scratch: new adapters, a new connection, a new notifier. */
  private PickupService startNode() {
    var connection = TestDatabase.dedicatedConnection();
    TemplateNotifier notifier =
        TemplateNotifier.builder()
            .stores(stores)
            .sms(gateways)
            .email(gateways)
            .storeGateway(gateways)
            .deliveryLog(new PostgresDeliveryLog(connection, Duration.ofMinutes(5)))
            .clock(clock)
            .build();
    return ServiceFixture.service(
        stores,
        new PostgresInventory(connection, clock),
        new PostgresOrderRepository(connection, clock),
        notifier,
        clock);
  }

  @Test
  void pendingReadyMessage_deliveredOnceAfterRestart() {
    new PostgresInventory(TestDatabase.dataSource(), clock)
        .put(ServiceFixture.STORE_1, Sku.of("HELMET"), 3, 0);
    PickupService before = startNode();
    before.place(
        ServiceFixture.order(
            "O-RESTART", ServiceFixture.STORE_1, ServiceFixture.SMS_CUSTOMER, "HELMET", 2));
    before.accept(ORDER, ServiceFixture.STORE_1, CommandId.of("c-accept"));
    gateways.down();
    before.markReady(ORDER, ServiceFixture.STORE_1, CommandId.of("c-ready"));
    clock.advance(Duration.ofMinutes(1));
    before.runDue();
    PostgresOrderRepository reader = new PostgresOrderRepository(TestDatabase.dataSource(), clock);
    assertThat(reader.find(ORDER).orElseThrow().outbox()).hasSize(1);

    gateways.up();
    PickupService after = startNode();
    for (int run = 0; run < 20 && !reader.find(ORDER).orElseThrow().outbox().isEmpty(); run++) {
      clock.advance(Duration.ofMinutes(1));
      after.runDue();
    }

    PickupOrder order = reader.find(ORDER).orElseThrow();
    List<SmsMessage> ready =
        gateways.sms().stream()
            .filter(sms -> sms.idempotencyKey().endsWith(":READY_FOR_PICKUP"))
            .toList();
    assertThat(order.state()).isEqualTo(OrderState.READY_FOR_PICKUP);
    assertThat(order.outbox()).isEmpty();
    assertThat(ready).hasSize(1);
    assertThat(ready.get(0).phone()).isEqualTo("+34600111222");
    assertThat(gateways.sent()).extracting(OutgoingMessage::idempotencyKey).doesNotHaveDuplicates();
    assertThat(
            new PostgresDeliveryLog(TestDatabase.dataSource(), Duration.ofMinutes(5))
                .isDelivered(ready.get(0).idempotencyKey()))
        .isTrue();
  }
}
