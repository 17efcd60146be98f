package dev.bopis.geo;

import dev.bopis.core.model.Sku;
import dev.bopis.core.store.PickupLocation;

/**
 * A read-only view of the stores being ranked for one query, addressed by candidate index.
 *
 * <p>A {@link RankingCriterion} reads its values from this view. Indexes run from 0 to the number
 * of candidates minus one, and cart lines from 0 to {@link #lineCount()} minus one, one line per
 * distinct SKU with the quantities of its cart lines summed. The view is valid only during the call
 * that receives it and must not be kept; it belongs to the thread running the query.
 */
public interface Candidates {

  /**
   * Returns the store of a candidate.
   *
   * @param index the candidate index
   * @return the store
   */
  PickupLocation store(int index);

  /**
   * Returns the great-circle distance from the customer to a candidate.
   *
   * @param index the candidate index
   * @return the distance in kilometres
   */
  double distanceKm(int index);

  /**
   * Returns whether a candidate has enough available units of every cart line.
   *
   * @param index the candidate index
   * @return true when the store can fill the whole cart
   */
  boolean canFillCart(int index);

  /**
   * Returns the orders a candidate is preparing, from the workload function of the service.
   *
   * @param index the candidate index
   * @return orders in preparation, zero or more
   */
  int ordersInPreparation(int index);

  /**
   * Returns the number of distinct SKUs in the cart.
   *
   * @return the number of cart lines, at least 1
   */
  int lineCount();

  /**
   * Returns the SKU of a cart line.
   *
   * @param line the line index
   * @return the SKU
   */
  Sku sku(int line);

  /**
   * Returns the units of a cart line, all cart lines of its SKU summed.
   *
   * @param line the line index
   * @return the requested units, at least 1
   */
  long requested(int line);

  /**
   * Returns the available units of a cart line at a candidate, as the availability snapshot of this
   * query reports them.
   *
   * @param index the candidate index
   * @param line the line index
   * @return the available units, zero or more
   */
  long available(int index, int line);
}
