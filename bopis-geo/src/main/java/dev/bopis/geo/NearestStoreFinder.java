package dev.bopis.geo;

import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.sourcing.CandidateFinder;
import dev.bopis.core.sourcing.SourcingRequest;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Proposes the nearest stores that can fill a whole cart, for sourcing an order at placement and on
 * re-route.
 *
 * <p>A candidate is a pickup-enabled store within the radius that offers the requested method, is
 * not excluded, and has enough available units of every SKU by one {@link AvailabilitySource} call
 * over all stores that pass the other tests. With {@link #withAssortment}, stores never recorded as
 * stocking a cart SKU are skipped before that call. Candidates are ordered by great-circle
 * distance, ties by store id. The availability may be stale when the source is an {@link
 * AvailabilityCache}: the pickup service reserves at the authoritative inventory port and moves on
 * to the next candidate when that fails, so staleness costs a retry but never an oversell.
 * Thread-safe.
 */
public final class NearestStoreFinder implements CandidateFinder {

  /** The default search radius in kilometres. */
  public static final double DEFAULT_RADIUS_KM = 200.0;

  private static final List<RankingCriterion> NEAREST_ONLY = List.of(RankingCriterion.NEAREST);

  private final StoreIndex index;
  private final AvailabilitySource availability;
  private final double radiusKm;
  private final @Nullable Assortment assortment;

  /**
   * Creates a finder with a radius of {@value #DEFAULT_RADIUS_KM} km.
   *
   * @param index the stores
   * @param availability where available units are read
   * @throws NullPointerException if an argument is null
   */
  public NearestStoreFinder(StoreIndex index, AvailabilitySource availability) {
    this(index, availability, DEFAULT_RADIUS_KM, DistanceUnit.KILOMETERS);
  }

  /**
   * Creates a finder.
   *
   * @param index the stores
   * @param availability where available units are read
   * @param radius the search radius in {@code unit}, positive and finite
   * @param unit the unit of {@code radius}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code radius} is not positive and finite
   */
  public NearestStoreFinder(
      StoreIndex index, AvailabilitySource availability, double radius, DistanceUnit unit) {
    this.index = Objects.requireNonNull(index, "index");
    this.availability = Objects.requireNonNull(availability, "availability");
    Objects.requireNonNull(unit, "unit");
    Requests.requireRadius(radius, unit);
    this.radiusKm = unit.toKilometers(radius);
    this.assortment = null;
  }

  private NearestStoreFinder(NearestStoreFinder finder, Assortment assortment) {
    this.index = finder.index;
    this.availability = finder.availability;
    this.radiusKm = finder.radiusKm;
    this.assortment = assortment;
  }

  /**
   * Returns a copy that skips, before stock is read, stores that never stocked a SKU of the cart.
   * Every stock source must be recorded in the assortment, see {@link Assortment}.
   *
   * @param value the assortment
   * @return the new finder
   * @throws NullPointerException if {@code value} is null
   */
  public NearestStoreFinder withAssortment(Assortment value) {
    return new NearestStoreFinder(this, Objects.requireNonNull(value, "assortment"));
  }

  /**
   * Returns the search radius.
   *
   * @return the radius in kilometres
   */
  public double radiusKm() {
    return radiusKm;
  }

  /**
   * Returns up to {@code request.limit()} stores that can fill the whole cart, nearest first.
   *
   * @param request the sourcing request
   * @return the store ids, nearest first; empty when no store within the radius qualifies
   * @throws NullPointerException if {@code request} is null
   * @throws IllegalStateException if the availability source returns a matrix of another shape
   */
  @Override
  public List<StoreId> candidates(SourcingRequest request) {
    Objects.requireNonNull(request, "request");
    QueryScratch scratch = QueryScratch.acquire();
    try {
      scratch.loadQuantities(request.quantities());
      GeoPoint customer = request.customer();
      if (assortment != null
          && !CandidatePipeline.requireWholeCartAssortment(scratch, assortment)) {
        return List.of();
      }
      index.collectWithin(customer.latitude(), customer.longitude(), radiusKm, scratch);
      CandidatePipeline.keepEligible(
          scratch, request.method(), request.excluded(), List.of(), null);
      CandidatePipeline.loadAvailability(scratch, availability);
      CandidatePipeline.keepWholeCart(scratch);

      scratch.computeKeys(NEAREST_ONLY);
      int selected = scratch.selectBest(Math.min(request.limit(), scratch.count));
      StoreId[] ids = new StoreId[selected];
      for (int k = 0; k < selected; k++) {
        ids[k] = scratch.stores[scratch.heap[k]].id();
      }
      return List.of(ids);
    } finally {
      scratch.release();
    }
  }
}
