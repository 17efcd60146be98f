package dev.bopis.examples.json;

import dev.bopis.core.calendar.StoreCalendar;
import dev.bopis.core.calendar.WeeklyHours;
import dev.bopis.core.inventory.InventoryPort;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.ContactChannel;
import dev.bopis.core.model.Customer;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.notify.Notifier;
import dev.bopis.core.order.OrderRepository;
import dev.bopis.core.service.PickupService;
import dev.bopis.core.service.PlaceOrder;
import dev.bopis.core.sourcing.CandidateFinder;
import dev.bopis.core.store.InMemoryStoreDirectory;
import dev.bopis.core.store.PickupLocation;
import dev.bopis.core.store.StoreDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Stores, customers and a pickup service wired to whichever adapters a test passes, shared by the
 * tests of the JSON, notification, PostgreSQL and HTTP examples.
 *
 * <p>{@link #START} is Monday 2026-03-09 10:00 in Madrid, inside both stores' hours.
 */
public final class ServiceFixture {

  /** Monday 2026-03-09 09:00 UTC, 10:00 in Madrid. */
  public static final Instant START = Instant.parse("2026-03-09T09:00:00Z");

  /** A Madrid store open Monday to Saturday 09:00-21:00, in store and curbside. */
  public static final StoreId STORE_1 = StoreId.of("STORE-1");

  /** A second Madrid store, open every day 08:00-22:00, in store only. */
  public static final StoreId STORE_2 = StoreId.of("STORE-2");

  /** A customer reached by SMS. */
  public static final Customer SMS_CUSTOMER =
      new Customer("CUST-SMS", null, "+34600111222", ContactChannel.SMS);

  /** A customer reached by email. */
  public static final Customer EMAIL_CUSTOMER =
      new Customer("CUST-MAIL", "ana@example.test", null, ContactChannel.EMAIL);

  private ServiceFixture() {}

  /** Returns {@link #STORE_1}: Madrid Gran Via, 30 minutes to prepare, 20 orders an hour. */
  public static PickupLocation store1() {
    return new PickupLocation(
        STORE_1,
        "Madrid Gran Via",
        GeoPoint.of(40.4200, -3.7050),
        StoreCalendar.of(
            ZoneId.of("Europe/Madrid"), WeeklyHours.parse("Mon-Sat 09:00-21:00, Sun closed")),
        EnumSet.allOf(PickupMethod.class),
        true,
        Duration.ofMinutes(30),
        null,
        20,
        0);
  }

  /** Returns {@link #STORE_2}: Madrid Atocha, in store only. */
  public static PickupLocation store2() {
    return new PickupLocation(
        STORE_2,
        "Madrid Atocha",
        GeoPoint.of(40.4066, -3.6892),
        StoreCalendar.of(ZoneId.of("Europe/Madrid"), WeeklyHours.parse("daily 08:00-22:00")),
        EnumSet.of(PickupMethod.IN_STORE),
        true,
        Duration.ofMinutes(30),
        null,
        20,
        0);
  }

  /** Returns a directory of both stores. */
  public static InMemoryStoreDirectory stores() {
    return new InMemoryStoreDirectory(List.of(store1(), store2()));
  }

  /**
   * Returns a candidate finder that proposes every store offering the method, by store id, except
   * the excluded ones. The service checks stock itself when it reserves.
   */
  public static CandidateFinder candidates(StoreDirectory stores) {
    return request ->
        stores.all().stream()
            .filter(store -> store.offers(request.method()))
            .map(PickupLocation::id)
            .filter(id -> !request.excluded().contains(id))
            .sorted(Comparator.naturalOrder())
            .limit(request.limit())
            .toList();
  }

  /** Returns a service on the given adapters with the default policy. */
  public static PickupService service(
      StoreDirectory stores,
      InventoryPort inventory,
      OrderRepository orders,
      Notifier notifier,
      Clock clock) {
    return PickupService.builder()
        .stores(stores)
        .inventory(inventory)
        .orders(orders)
        .notifier(notifier)
        .candidates(candidates(stores))
        .clock(clock)
        .build();
  }

  /**
   * Returns an in-store order of {@code quantity} x {@code sku} for {@code customer} at a store.
   */
  public static PlaceOrder order(
      String orderId, StoreId store, Customer customer, String sku, long quantity) {
    return new PlaceOrder(
        OrderId.of(orderId),
        CommandId.of("place-" + orderId),
        customer,
        null,
        Cart.of(OrderLine.of(sku, quantity)),
        PickupMethod.IN_STORE,
        store,
        null);
  }
}
