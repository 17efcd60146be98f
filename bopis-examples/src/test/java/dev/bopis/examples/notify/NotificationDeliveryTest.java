package dev.bopis.examples.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.inventory.InMemoryInventory;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.notify.Notifier;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.InMemoryOrderRepository;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.service.CommandResult;
import dev.bopis.core.service.PickupService;
import dev.bopis.core.store.InMemoryStoreDirectory;
import dev.bopis.core.testing.MutableClock;
import dev.bopis.examples.json.ServiceFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reference notifier driven by the pickup service, its retries and a restart. */
class NotificationDeliveryTest {

  private static final OrderId ORDER = OrderId.of("O-900");
  private static final int MAX_SCHEDULER_RUNS = 40;

  private final MutableClock clock = new MutableClock(ServiceFixture.START);
  private final InMemoryStoreDirectory stores = ServiceFixture.stores();
  private final InMemoryInventory inventory = new InMemoryInventory();
  private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
  private final InMemoryDeliveryLog log = new InMemoryDeliveryLog();
  private final RecordingGateways gateways = new RecordingGateways();

  @BeforeEach
  void loadStock() {
    inventory.put(ServiceFixture.STORE_1, Sku.of("HELMET"), 5, 0);
  }

  private TemplateNotifier notifier() {
    return TemplateNotifier.builder()
        .stores(stores)
        .sms(gateways)
        .email(gateways)
        .storeGateway(gateways)
        .deliveryLog(log)
        .clock(clock)
        .build();
  }

  private PickupService service(Notifier notifier) {
    return ServiceFixture.service(stores, inventory, orders, notifier, clock);
  }

  private PickupService acceptedOrder(Notifier notifier) {
    PickupService service = service(notifier);
    service.place(
        ServiceFixture.order(
            "O-900", ServiceFixture.STORE_1, ServiceFixture.SMS_CUSTOMER, "HELMET", 2));
    service.accept(ORDER, ServiceFixture.STORE_1, CommandId.of("c-accept"));
    return service;
  }

  /** Runs the scheduler a minute apart until the outbox is empty; returns the runs it took. */
  private int runUntilOutboxEmpty(PickupService service) {
    for (int run = 1; run <= MAX_SCHEDULER_RUNS; run++) {
      clock.advance(Duration.ofMinutes(1));
      service.runDue();
      if (orders.find(ORDER).orElseThrow().outbox().isEmpty()) {
        return run;
      }
    }
    throw new AssertionError("outbox still holds " + orders.find(ORDER).orElseThrow().outbox());
  }

  private List<SmsMessage> readySms() {
    return gateways.sms().stream()
        .filter(sms -> sms.idempotencyKey().endsWith(":READY_FOR_PICKUP"))
        .toList();
  }

  @Test
  void runDue_retriesUntilDeliveredOnce() {
    PickupService service = acceptedOrder(notifier());
    gateways.failNext(3);

    service.markReady(ORDER, ServiceFixture.STORE_1, CommandId.of("c-ready"));
    int runs = runUntilOutboxEmpty(service);

    // Ready at 10:00 CET on Monday; the default hold is 72 hours.
    assertThat(runs).isGreaterThanOrEqualTo(3);
    assertThat(readySms()).hasSize(1);
    assertThat(readySms().get(0).text())
        .isEqualTo(
            "Order O-900 is ready at Madrid Gran Via. Please collect it by Thu 12 Mar 10:00 CET.");
    assertThat(gateways.attempts()).isEqualTo(gateways.sent().size() + 3);
  }

  @Test
  void repeatedReadyCommands_sendOneMessage() {
    PickupService service = acceptedOrder(notifier());

    CommandResult first = service.markReady(ORDER, ServiceFixture.STORE_1, CommandId.of("c1"));
    CommandResult doubleClick =
        service.markReady(ORDER, ServiceFixture.STORE_1, CommandId.of("c2"));
    CommandResult webhookRetry =
        service.markReady(ORDER, ServiceFixture.STORE_1, CommandId.of("c1"));
    runUntilOutboxEmpty(service);

    assertThat(first.outcome()).isEqualTo(CommandOutcome.APPLIED);
    assertThat(doubleClick.outcome()).isEqualTo(CommandOutcome.ALREADY_IN_STATE);
    assertThat(webhookRetry.outcome()).isEqualTo(CommandOutcome.DUPLICATE);
    assertThat(readySms()).hasSize(1);
  }

  @Test
  void restart_losesNothingSendsOnce() {
    PickupService beforeRestart = acceptedOrder(notifier());
    gateways.down();
    beforeRestart.markReady(ORDER, ServiceFixture.STORE_1, CommandId.of("c-ready"));
    beforeRestart.runDue();
    assertThat(orders.find(ORDER).orElseThrow().outbox()).isNotEmpty();

    // A new service instance on the same repository and log, with the provider back up.
    gateways.up();
    PickupService afterRestart = service(notifier());
    runUntilOutboxEmpty(afterRestart);

    assertThat(orders.find(ORDER).orElseThrow().state()).isEqualTo(OrderState.READY_FOR_PICKUP);
    assertThat(readySms()).hasSize(1);
    assertThat(gateways.sent()).extracting(OutgoingMessage::idempotencyKey).doesNotHaveDuplicates();
  }

  @Test
  void lostAcknowledgement_retryIsDropped() {
    TemplateNotifier real = notifier();
    // Delivers, then fails as if the acknowledgement never reached the service.
    Notifier lossy =
        notification -> {
          real.send(notification);
          throw new IllegalStateException(
              "acknowledgement lost for " + notification.deduplicationKey());
        };
    PickupService first = acceptedOrder(lossy);
    first.markReady(ORDER, ServiceFixture.STORE_1, CommandId.of("c-ready"));
    assertThat(orders.find(ORDER).orElseThrow().outbox()).isNotEmpty();

    PickupService second = service(real);
    runUntilOutboxEmpty(second);

    assertThat(readySms()).hasSize(1);
    assertThat(gateways.sent()).extracting(OutgoingMessage::idempotencyKey).doesNotHaveDuplicates();
  }
}
