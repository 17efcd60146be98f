package dev.bopis.geo;

import java.util.Objects;

/**
 * One entry of a result's ranking breakdown: a criterion and the store's value of it.
 *
 * @param criterion the {@link RankingCriterion#name()}
 * @param value the store's value, in the unit the criterion documents
 */
public record RankingFactor(String criterion, double value) {

  /**
   * Validates the entry.
   *
   * @throws NullPointerException if {@code criterion} is null
   */
  public RankingFactor {
    Objects.requireNonNull(criterion, "criterion");
  }
}
