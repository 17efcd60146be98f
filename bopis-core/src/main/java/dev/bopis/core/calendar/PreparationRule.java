package dev.bopis.core.calendar;

/**
 * How preparation time is counted against a store's opening hours.
 *
 * <p>In both rules preparation runs only while the store is open, and intervals that touch or
 * overlap count as one continuous opening (see {@link StoreCalendar}).
 */
public enum PreparationRule {

  /**
   * Preparation needs its whole lead time inside one continuous opening. If it does not fit before
   * the store closes, it starts again at the next opening. This is the default.
   *
   * <p>The ready time may equal the closing instant when the lead time fills the rest of the
   * opening exactly. When no opening within the search horizon is long enough, there is no
   * estimate. Use {@link #ACROSS_PERIODS} for lead times longer than a store's opening periods.
   */
  WITHIN_ONE_PERIOD,

  /**
   * Preparation counts only while the store is open and carries over closed time into the next
   * opening. The ready time may equal a closing instant when the lead time runs out exactly then.
   */
  ACROSS_PERIODS
}
