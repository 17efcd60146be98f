package dev.bopis.core.calendar;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@link PickupWindowPolicy#check}: the requested window is either accepted or
 * rejected with a reason and, where one exists, a proposed window.
 */
public sealed interface PickupWindowCheck
    permits PickupWindowCheck.Accepted, PickupWindowCheck.Rejected {

  /**
   * Returns the window the customer requested.
   *
   * @return the requested window
   */
  PickupWindow requested();

  /**
   * Tells whether the requested window was accepted.
   *
   * @return true for {@link Accepted}
   */
  boolean isAccepted();

  /**
   * The requested window passed every check.
   *
   * @param requested the window the customer requested
   */
  record Accepted(PickupWindow requested) implements PickupWindowCheck {

    /**
     * Validates the result.
     *
     * @throws NullPointerException if {@code requested} is null
     */
    public Accepted {
      Objects.requireNonNull(requested, "requested");
    }

    /**
     * Returns true.
     *
     * @return true
     */
    @Override
    public boolean isAccepted() {
      return true;
    }
  }

  /**
   * The requested window failed a check.
   *
   * @param requested the window the customer requested
   * @param reason the first check that failed, in the order of {@link PickupWindowRejectionReason}
   * @param proposed the earliest window that passes every check, or null when none exists
   */
  record Rejected(
      PickupWindow requested, PickupWindowRejectionReason reason, @Nullable PickupWindow proposed)
      implements PickupWindowCheck {

    /**
     * Validates the result.
     *
     * @throws NullPointerException if {@code requested} or {@code reason} is null
     */
    public Rejected {
      Objects.requireNonNull(requested, "requested");
      Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns false.
     *
     * @return false
     */
    @Override
    public boolean isAccepted() {
      return false;
    }

    /**
     * Returns the proposed window.
     *
     * @return the earliest window that passes every check, or empty when none exists
     */
    public Optional<PickupWindow> proposal() {
      return Optional.ofNullable(proposed);
    }
  }
}
