package dev.bopis.core.order;

import dev.bopis.core.model.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port that stores pickup orders with optimistic concurrency.
 *
 * <p>Implementations must be safe to call from many threads and processes: of two writers that read
 * the same version, exactly one {@link #update} succeeds.
 */
public interface OrderRepository {

  /** Returns the latest version of the order, or empty if it was never stored. */
  Optional<PickupOrder> find(OrderId id);

  /**
   * Stores a new order at version 1.
   *
   * @return false, storing nothing, when an order with this id already exists
   */
  boolean insert(PickupOrder order);

  /**
   * Replaces version {@code order.version() - 1} with {@code order}.
   *
   * @throws ConcurrentOrderUpdateException if the stored version is not {@code order.version() -
   *     1}; nothing is written
   */
  void update(PickupOrder order);

  /**
   * Returns up to {@code limit} orders whose {@link PickupOrder#dueAt()} is at or before {@code
   * now}, earliest first, ties by order id.
   */
  List<PickupOrder> findDue(Instant now, int limit);
}
