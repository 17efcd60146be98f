package dev.bopis.core.calendar;

import java.util.Objects;

/**
 * Settings of a {@link ReadyTimeEstimator}.
 *
 * @param preparationRule how preparation time is counted against opening hours
 */
public record ReadyTimeSettings(PreparationRule preparationRule) {

  /**
   * Validates the settings.
   *
   * @throws NullPointerException if {@code preparationRule} is null
   */
  public ReadyTimeSettings {
    Objects.requireNonNull(preparationRule, "preparationRule");
  }

  /**
   * Returns the default settings, which use {@link PreparationRule#WITHIN_ONE_PERIOD}.
   *
   * @return the default settings
   */
  public static ReadyTimeSettings defaults() {
    return new ReadyTimeSettings(PreparationRule.WITHIN_ONE_PERIOD);
  }
}
