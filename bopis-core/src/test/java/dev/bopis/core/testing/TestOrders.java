package dev.bopis.core.testing;

import dev.bopis.core.calendar.PickupWindow;
import dev.bopis.core.model.Cart;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.ContactChannel;
import dev.bopis.core.model.Customer;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.model.OrderLine;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.service.PlaceOrder;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link PlaceOrder} commands for tests. Unless a test sets them, the customer wants email,
 * the method is in store, no pickup window is requested, and the command id is {@code place-<order
 * id>}.
 */
public final class TestOrders {

  /** A customer reached by email. */
  public static final Customer EMAIL_CUSTOMER =
      new Customer("CUST-1", "shopper@example.test", null, ContactChannel.EMAIL);

  /** A customer reached by SMS. */
  public static final Customer SMS_CUSTOMER =
      new Customer("CUST-2", null, "+15550100", ContactChannel.SMS);

  private TestOrders() {}

  /** Returns a builder for order {@code id}. */
  public static Builder order(String id) {
    return new Builder(OrderId.of(id));
  }

  /** Builds one {@link PlaceOrder}. Not thread-safe. */
  public static final class Builder {
    private final OrderId id;
    private final List<OrderLine> lines = new ArrayList<>();
    private @Nullable CommandId commandId;
    private Customer customer = EMAIL_CUSTOMER;
    private @Nullable GeoPoint customerLocation;
    private @Nullable StoreId chosenStore;
    private PickupMethod method = PickupMethod.IN_STORE;
    private @Nullable PickupWindow window;

    private Builder(OrderId id) {
      this.id = id;
    }

    /** Adds a line of {@code quantity} units of {@code sku}. */
    public Builder line(String sku, long quantity) {
      lines.add(OrderLine.of(sku, quantity));
      return this;
    }

    /** Sends the order to the store the customer chose. */
    public Builder at(String storeId) {
      this.chosenStore = StoreId.of(storeId);
      return this;
    }

    /** Lets the library choose the store nearest to the customer at these coordinates. */
    public Builder near(double latitude, double longitude) {
      this.customerLocation = GeoPoint.of(latitude, longitude);
      return this;
    }

    /** Sets the pickup method. */
    public Builder method(PickupMethod value) {
      this.method = value;
      return this;
    }

    /** Sets the customer. */
    public Builder customer(Customer value) {
      this.customer = value;
      return this;
    }

    /** Sets the requested pickup window. */
    public Builder window(PickupWindow value) {
      this.window = value;
      return this;
    }

    /** Sets the command id. */
    public Builder commandId(String value) {
      this.commandId = CommandId.of(value);
      return this;
    }

    /** Returns the command. */
    public PlaceOrder build() {
      CommandId command = commandId != null ? commandId : CommandId.of("place-" + id.value());
      return new PlaceOrder(
          id, command, customer, customerLocation, new Cart(lines), method, chosenStore, window);
    }
  }
}
