package dev.bopis.geo;

import dev.bopis.core.calendar.ReadyEstimate;
import dev.bopis.core.calendar.ReadyTimeEstimator;
import dev.bopis.core.calendar.Workload;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.PickupLocation;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Lists the pickup locations that can serve a cart at checkout, ranked and explained.
 *
 * <p>A query finds the stores within the radius in the {@link StoreIndex}, keeps those that pass
 * the eligibility checks of the {@link RankingPolicy} (and, when partial stores are left out and an
 * {@link Assortment} is set, those recorded as stocking every cart SKU), reads the available units
 * of every cart line at all of them with a single {@link AvailabilitySource} call, and ranks them.
 * Ready times are estimated only for the stores listed. Each result carries its distance, short
 * lines, ready estimate and the value of every ranking criterion.
 *
 * <p>The result is a view for a storefront. It reserves nothing, and its availability may be stale
 * when the source is an {@link AvailabilityCache}; placing the order reserves at the authoritative
 * inventory port, which checks again. Instances are immutable and may be called from many threads
 * at once.
 *
 * <p>A query reuses per-thread working arrays. Over an {@link
 * dev.bopis.core.inventory.InMemoryInventory}, with stores open from placement until the order is
 * ready, it allocates its result and nothing else. Another availability source, or a ready time
 * that needs {@link ReadyTimeEstimator} (a store closed at placement, a cut-off passed), allocates
 * what that step needs.
 */
public final class PickupOptionsService {

  private final StoreIndex index;
  private final AvailabilitySource availability;
  private final ReadyTimeCache readyTimes;
  private final ToIntFunction<StoreId> workload;
  private final RankingPolicy policy;
  private final @Nullable Assortment assortment;

  private PickupOptionsService(Builder builder) {
    this.index = builder.index;
    this.availability = builder.availability;
    this.readyTimes = new ReadyTimeCache(builder.estimator);
    this.workload = builder.workload;
    this.policy = builder.policy;
    this.assortment = builder.assortment;
  }

  /**
   * Starts a service over a store index and an availability source. Unless set otherwise, every
   * store counts as idle, ready times use {@link ReadyTimeEstimator#ReadyTimeEstimator()} and
   * ranking uses {@link RankingPolicy#defaults()}.
   *
   * @param index the stores
   * @param availability where available units are read, such as {@link
   *     AvailabilitySource#of(dev.bopis.core.inventory.InventoryPort)}
   * @return a builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(StoreIndex index, AvailabilitySource availability) {
    return new Builder(index, availability);
  }

  /**
   * Returns the policy in force.
   *
   * @return the policy
   */
  public RankingPolicy policy() {
    return policy;
  }

  /**
   * Lists the pickup locations for a request, best first.
   *
   * @param request the request
   * @return up to {@code request.maxResults()} options ranked by the policy: those that can fill
   *     the whole cart first, then, if requested, those that cannot; empty when no store within the
   *     radius qualifies
   * @throws NullPointerException if {@code request} is null
   * @throws IllegalStateException if the availability source returns a matrix of another shape, or
   *     the workload function returns a negative count
   */
  public List<PickupOption> options(PickupOptionsRequest request) {
    Objects.requireNonNull(request, "request");
    QueryScratch scratch = QueryScratch.acquire();
    try {
      scratch.loadLines(request.cart().lines());
      GeoPoint customer = request.customer();
      double radiusKm = request.unit().toKilometers(request.radius());
      if (assortment != null
          && !request.includePartial()
          && !CandidatePipeline.requireWholeCartAssortment(scratch, assortment)) {
        return List.of();
      }
      index.collectWithin(customer.latitude(), customer.longitude(), radiusKm, scratch);
      CandidatePipeline.keepEligible(
          scratch, request.method(), Set.of(), policy.filters(), workload);
      if (scratch.count == 0) {
        return List.of();
      }

      CandidatePipeline.loadAvailability(scratch, availability);
      if (!request.includePartial()) {
        CandidatePipeline.keepWholeCart(scratch);
      }

      scratch.computeKeys(policy.criteria());
      int selected = selectWithReadyTimes(scratch, request);
      return describe(scratch, selected, request);
    } finally {
      scratch.release();
    }
  }

  /**
   * Selects the best candidates that have a ready time, estimating ready times only for selected
   * candidates. A candidate without one (its store does not open within the calendar horizon) is
   * dropped and the selection is repeated without it.
   *
   * @return the number selected, best first in {@code scratch.heap}
   */
  private int selectWithReadyTimes(QueryScratch scratch, PickupOptionsRequest request) {
    while (true) {
      int selected = scratch.selectBest(Math.min(request.maxResults(), scratch.count));
      boolean droppedAny = false;
      for (int k = 0; k < selected; k++) {
        int i = scratch.heap[k];
        if (scratch.estimates[i] != null) {
          continue;
        }
        ReadyEstimate estimate =
            readyTimes.estimate(
                request.placedAt(), scratch.stores[i], scratch.numbers[i], scratch.workload[i]);
        if (estimate != null) {
          scratch.estimates[i] = estimate;
        } else {
          scratch.dropped[i] = true;
          droppedAny = true;
        }
      }
      if (!droppedAny) {
        return selected;
      }
    }
  }

  private List<PickupOption> describe(
      QueryScratch scratch, int selected, PickupOptionsRequest request) {
    PickupOption[] options = new PickupOption[selected];
    for (int k = 0; k < selected; k++) {
      int i = scratch.heap[k];
      PickupLocation store = scratch.stores[i];
      options[k] =
          new PickupOption(
              k + 1,
              store.id(),
              store.name(),
              request.unit().fromKilometers(scratch.distanceKm[i]),
              request.unit(),
              scratch.fills[i],
              shortLines(scratch, i),
              store.methods(),
              Objects.requireNonNull(scratch.estimates[i]),
              store.preparationLead(),
              store.sameDayCutoff(),
              new Workload(scratch.workload[i], store.ordersPerHour()),
              factors(scratch, i));
    }
    return FixedList.adopt(options);
  }

  private static List<ShortLine> shortLines(QueryScratch scratch, int i) {
    if (scratch.fills[i]) {
      return List.of();
    }
    int shortCount = 0;
    for (int line = 0; line < scratch.lines; line++) {
      if (scratch.available(i, line) < scratch.requested[line]) {
        shortCount++;
      }
    }
    ShortLine[] lines = new ShortLine[shortCount];
    int next = 0;
    for (int line = 0; line < scratch.lines; line++) {
      long available = scratch.available(i, line);
      if (available < scratch.requested[line]) {
        lines[next++] = new ShortLine(scratch.skus[line], scratch.requested[line], available);
      }
    }
    return FixedList.adopt(lines);
  }

  private static List<RankingFactor> factors(QueryScratch scratch, int i) {
    RankingFactor[] factors = new RankingFactor[scratch.criteriaCount];
    for (int c = 0; c < scratch.criteriaCount; c++) {
      factors[c] = new RankingFactor(scratch.criteria[c].name(), scratch.keys[c][i]);
    }
    return FixedList.adopt(factors);
  }

  /** Configures a {@link PickupOptionsService}; not thread-safe. */
  public static final class Builder {
    private final StoreIndex index;
    private final AvailabilitySource availability;
    private ReadyTimeEstimator estimator = new ReadyTimeEstimator();
    private ToIntFunction<StoreId> workload = store -> 0;
    private RankingPolicy policy = RankingPolicy.defaults();
    private @Nullable Assortment assortment;

    private Builder(StoreIndex index, AvailabilitySource availability) {
      this.index = Objects.requireNonNull(index, "index");
      this.availability = Objects.requireNonNull(availability, "availability");
    }

    /**
     * Sets the ready-time estimator; use the preparation rule of the pickup flow so that the
     * estimates match those of placement.
     *
     * @param value the estimator
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder estimator(ReadyTimeEstimator value) {
      this.estimator = Objects.requireNonNull(value, "estimator");
      return this;
    }

    /**
     * Sets the function that returns the orders a store is preparing, such as {@code
     * pickupService::ordersInPreparation}. It is called once per eligible store and query, from the
     * querying thread, and must return zero or more.
     *
     * @param value the workload function
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder workload(ToIntFunction<StoreId> value) {
      this.workload = Objects.requireNonNull(value, "workload");
      return this;
    }

    /**
     * Sets the ranking policy.
     *
     * @param value the policy
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder policy(RankingPolicy value) {
      this.policy = Objects.requireNonNull(value, "policy");
      return this;
    }

    /**
     * Sets the assortment that skips, before stock is read, stores that never stocked a cart SKU.
     * It applies to requests that leave out partial stores; every stock source must be recorded in
     * it, see {@link Assortment}.
     *
     * @param value the assortment
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder assortment(Assortment value) {
      this.assortment = Objects.requireNonNull(value, "assortment");
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     */
    public PickupOptionsService build() {
      return new PickupOptionsService(this);
    }
  }
}
