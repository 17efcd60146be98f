package dev.bopis.geo;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The filters and ordering criteria that rank pickup options.
 *
 * <p>A store is ranked only if it passes every check: pickup is enabled, it offers the requested
 * method (when the request names one), it passes every {@link #filters()} entry, and it opens
 * within the calendar search horizon so a ready time exists. The first three run before stock is
 * checked. The ready time is computed only for stores that would be listed, in rank order, so a
 * store that never opens gives its place to the next one. Criteria therefore cannot use the ready
 * time.
 *
 * <p>Eligible stores are ordered by {@link #criteria()} in turn and then by store id. The first
 * criterion must be {@link RankingCriterion#WHOLE_CART_FIRST}, so stores that cannot fill the whole
 * cart are always listed after those that can.
 *
 * @param filters tests every store must pass, in the order they run
 * @param criteria the ordering, starting with {@link RankingCriterion#WHOLE_CART_FIRST}
 */
public record RankingPolicy(List<EligibilityFilter> filters, List<RankingCriterion> criteria) {

  /** The queue limit of the default {@code capacity-left} filter. */
  public static final Duration DEFAULT_MAX_QUEUE_DELAY = Duration.ofHours(24);

  /**
   * Validates and copies the policy.
   *
   * @throws IllegalArgumentException if {@code criteria} does not start with {@link
   *     RankingCriterion#WHOLE_CART_FIRST}, or two criteria share a name
   */
  public RankingPolicy {
    filters = List.copyOf(filters);
    criteria = List.copyOf(criteria);
    if (criteria.isEmpty() || !criteria.get(0).equals(RankingCriterion.WHOLE_CART_FIRST)) {
      throw new IllegalArgumentException(
          "ranking criteria "
              + names(criteria)
              + " must start with whole-cart so that partial stores are listed last; put"
              + " RankingCriterion.WHOLE_CART_FIRST first");
    }
    Set<String> seen = new HashSet<>();
    for (RankingCriterion criterion : criteria) {
      if (!seen.add(criterion.name())) {
        throw new IllegalArgumentException(
            "ranking criteria "
                + names(criteria)
                + " name "
                + criterion.name()
                + " twice; give each criterion its own name");
      }
    }
  }

  /**
   * Returns the default policy: a {@code capacity-left} filter of {@link #DEFAULT_MAX_QUEUE_DELAY},
   * then whole cart first, nearest, lowest priority number, most capacity headroom, most stock
   * left.
   *
   * @return the default policy
   */
  public static RankingPolicy defaults() {
    return new RankingPolicy(
        List.of(EligibilityFilter.capacityLeft(DEFAULT_MAX_QUEUE_DELAY)),
        List.of(
            RankingCriterion.WHOLE_CART_FIRST,
            RankingCriterion.NEAREST,
            RankingCriterion.PRIORITY,
            RankingCriterion.CAPACITY_HEADROOM,
            RankingCriterion.STOCK_BALANCE));
  }

  /**
   * Returns a copy with other criteria.
   *
   * @param value the criteria, starting with {@link RankingCriterion#WHOLE_CART_FIRST}
   * @return the new policy
   * @throws IllegalArgumentException as the constructor
   */
  public RankingPolicy withCriteria(List<RankingCriterion> value) {
    return new RankingPolicy(filters, value);
  }

  /**
   * Returns a copy with other filters.
   *
   * @param value the filters
   * @return the new policy
   */
  public RankingPolicy withFilters(List<EligibilityFilter> value) {
    return new RankingPolicy(value, criteria);
  }

  private static List<String> names(List<RankingCriterion> criteria) {
    return criteria.stream().map(c -> Objects.requireNonNull(c, "criterion").name()).toList();
  }
}
