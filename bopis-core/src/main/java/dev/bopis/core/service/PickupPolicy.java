package dev.bopis.core.service;

import dev.bopis.core.calendar.HoldWindowPolicy;
import dev.bopis.core.calendar.PreparationRule;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the pickup flow. Each setting is validated when the policy is built, and the error
 * names the setting and its bad value.
 *
 * @param maxRoutingAttempts stores an order may be routed to, the first included; 1 to 20
 * @param acknowledgeTimeout how long a store has to accept before it counts as a rejection; 1
 *     minute to 24 hours
 * @param shortPickPolicy what a short pick does
 * @param holdWindow hold deadline, reminders and extensions once an order is ready
 * @param preparationRule how preparation time fits into opening hours
 * @param maxCandidates stores tried at placement before giving up; 1 to 100
 * @param offerShipToHome whether an order no store can take ends with a ship-to-home offer
 * @param notificationRetryInitial delay before the first retry of a failed notification; 1 second
 *     to 1 hour
 * @param notificationRetryMax longest delay between retries, doubling up to it; at least {@code
 *     notificationRetryInitial} and at most 24 hours
 */
public record PickupPolicy(
    int maxRoutingAttempts,
    Duration acknowledgeTimeout,
    ShortPickPolicy shortPickPolicy,
    HoldWindowPolicy holdWindow,
    PreparationRule preparationRule,
    int maxCandidates,
    boolean offerShipToHome,
    Duration notificationRetryInitial,
    Duration notificationRetryMax) {

  /**
   * Validates every setting.
   *
   * @throws IllegalArgumentException naming the first setting outside its documented range
   */
  public PickupPolicy {
    Objects.requireNonNull(shortPickPolicy, "shortPickPolicy");
    Objects.requireNonNull(holdWindow, "holdWindow");
    Objects.requireNonNull(preparationRule, "preparationRule");
    requireRange("maxRoutingAttempts", maxRoutingAttempts, 1, 20);
    requireRange("maxCandidates", maxCandidates, 1, 100);
    requireRange(
        "acknowledgeTimeout", acknowledgeTimeout, Duration.ofMinutes(1), Duration.ofHours(24));
    requireRange(
        "notificationRetryInitial",
        notificationRetryInitial,
        Duration.ofSeconds(1),
        Duration.ofHours(1));
    requireRange(
        "notificationRetryMax",
        notificationRetryMax,
        notificationRetryInitial,
        Duration.ofHours(24));
  }

  /**
   * Returns the defaults: 3 routing attempts, 30 minutes to acknowledge, continue after a short
   * pick, {@link HoldWindowPolicy#defaults()}, preparation within one open period, 10 candidates,
   * ship-to-home offered, notification retries from 30 seconds doubling to 1 hour.
   */
  public static PickupPolicy defaults() {
    return new PickupPolicy(
        3,
        Duration.ofMinutes(30),
        ShortPickPolicy.CONTINUE_WITH_AVAILABLE,
        HoldWindowPolicy.defaults(),
        PreparationRule.WITHIN_ONE_PERIOD,
        10,
        true,
        Duration.ofSeconds(30),
        Duration.ofHours(1));
  }

  /** Returns a copy with {@code value} as {@link #maxRoutingAttempts()}. */
  public PickupPolicy withMaxRoutingAttempts(int value) {
    return new PickupPolicy(
        value,
        acknowledgeTimeout,
        shortPickPolicy,
        holdWindow,
        preparationRule,
        maxCandidates,
        offerShipToHome,
        notificationRetryInitial,
        notificationRetryMax);
  }

  /** Returns a copy with {@code value} as {@link #acknowledgeTimeout()}. */
  public PickupPolicy withAcknowledgeTimeout(Duration value) {
    return new PickupPolicy(
        maxRoutingAttempts,
        value,
        shortPickPolicy,
        holdWindow,
        preparationRule,
        maxCandidates,
        offerShipToHome,
        notificationRetryInitial,
        notificationRetryMax);
  }

  /** Returns a copy with {@code value} as {@link #shortPickPolicy()}. */
  public PickupPolicy withShortPickPolicy(ShortPickPolicy value) {
    return new PickupPolicy(
        maxRoutingAttempts,
        acknowledgeTimeout,
        value,
        holdWindow,
        preparationRule,
        maxCandidates,
        offerShipToHome,
        notificationRetryInitial,
        notificationRetryMax);
  }

  /** Returns a copy with {@code value} as {@link #holdWindow()}. */
  public PickupPolicy withHoldWindow(HoldWindowPolicy value) {
    return new PickupPolicy(
        maxRoutingAttempts,
        acknowledgeTimeout,
        shortPickPolicy,
        value,
        preparationRule,
        maxCandidates,
        offerShipToHome,
        notificationRetryInitial,
        notificationRetryMax);
  }

  private static void requireRange(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " " + value + " is outside [" + min + ", " + max + "]; pick a value in range");
    }
  }

  private static void requireRange(String name, Duration value, Duration min, Duration max) {
    Objects.requireNonNull(value, name);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          name + " " + value + " is outside [" + min + ", " + max + "]; pick a value in range");
    }
  }
}
