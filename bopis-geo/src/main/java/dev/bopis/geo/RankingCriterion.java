package dev.bopis.geo;

import java.util.Objects;

/**
 * One ordered criterion of a {@link RankingPolicy}: a named value per candidate and whether lower
 * or higher values rank first.
 *
 * <p>Candidates are compared by the first criterion, ties by the next, and remaining ties by store
 * id, so a ranking never depends on input order. The value also appears in each result's ranking
 * breakdown under {@link #name()}. Criteria are compared with {@link Double#compare}, so values
 * must not be NaN.
 *
 * @param name the name shown in the breakdown, such as {@code distance-km}
 * @param direction whether lower or higher values rank first
 * @param value computes the candidate's value; called once per candidate and query
 */
public record RankingCriterion(String name, Direction direction, CandidateValue value) {

  /** Stores that can fill the whole cart (value 1) before those that cannot (value 0). */
  public static final RankingCriterion WHOLE_CART_FIRST =
      new RankingCriterion(
          "whole-cart",
          Direction.HIGHER_FIRST,
          (candidates, i) -> candidates.canFillCart(i) ? 1 : 0);

  /** Nearer stores first; the value is the great-circle distance in kilometres. */
  public static final RankingCriterion NEAREST =
      new RankingCriterion("distance-km", Direction.LOWER_FIRST, Candidates::distanceKm);

  /** Lower {@link dev.bopis.core.store.PickupLocation#priority()} first. */
  public static final RankingCriterion PRIORITY =
      new RankingCriterion(
          "priority", Direction.LOWER_FIRST, (candidates, i) -> candidates.store(i).priority());

  /**
   * More spare capacity first; the value is the store's orders per hour minus the orders it is
   * preparing, negative for a store with a backlog.
   */
  public static final RankingCriterion CAPACITY_HEADROOM =
      new RankingCriterion(
          "capacity-headroom",
          Direction.HIGHER_FIRST,
          (candidates, i) ->
              (double) candidates.store(i).ordersPerHour() - candidates.ordersInPreparation(i));

  /**
   * More stock left after the order first; the value is the smallest {@code available - requested}
   * over the cart lines, negative for a store that cannot fill a line. It keeps orders away from
   * stores about to sell out.
   */
  public static final RankingCriterion STOCK_BALANCE =
      new RankingCriterion("stock-balance", Direction.HIGHER_FIRST, RankingCriterion::leftOver);

  /**
   * Validates the criterion.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public RankingCriterion {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(value, "value");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "ranking criterion name is blank; pass the name to show in the breakdown");
    }
  }

  /**
   * Returns a criterion that ranks by distance in bands of {@code bandKm}, so that stores in the
   * same band are ordered by the criteria that follow; the value is the band number, counted from 0
   * at the customer.
   *
   * @param bandKm the width of a band in kilometres, positive and finite
   * @return the criterion, named {@code distance-band}
   * @throws IllegalArgumentException if {@code bandKm} is not positive and finite
   */
  public static RankingCriterion distanceBands(double bandKm) {
    if (!(bandKm > 0) || Double.isInfinite(bandKm)) {
      throw new IllegalArgumentException(
          "bandKm " + bandKm + " must be a positive finite width in kilometres, for example 5");
    }
    return new RankingCriterion(
        "distance-band",
        Direction.LOWER_FIRST,
        (candidates, i) -> Math.floor(candidates.distanceKm(i) / bandKm));
  }

  /**
   * Compares two values of this criterion.
   *
   * @return a negative number when {@code a} ranks before {@code b}, 0 when they tie
   */
  int compare(double a, double b) {
    return direction == Direction.LOWER_FIRST ? Double.compare(a, b) : Double.compare(b, a);
  }

  private static double leftOver(Candidates candidates, int index) {
    long smallest = Long.MAX_VALUE;
    for (int line = 0; line < candidates.lineCount(); line++) {
      smallest = Math.min(smallest, candidates.available(index, line) - candidates.requested(line));
    }
    return smallest;
  }

  /** Whether lower or higher values of a criterion rank first. */
  public enum Direction {
    /** Lower values rank first. */
    LOWER_FIRST,
    /** Higher values rank first. */
    HIGHER_FIRST
  }

  /** Computes a candidate's value of a criterion. */
  @FunctionalInterface
  public interface CandidateValue {

    /**
     * Computes the value of the candidate at {@code index}.
     *
     * @param candidates the candidates of the running query
     * @param index the candidate index
     * @return the value, not NaN
     */
    double of(Candidates candidates, int index);
  }
}
