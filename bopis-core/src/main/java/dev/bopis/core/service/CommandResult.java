package dev.bopis.core.service;

import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.PickupOrder;
import java.util.Objects;

/**
 * What a command on an existing order did.
 *
 * @param order the order after the command
 * @param outcome what this delivery of the command did
 * @param firstOutcome for {@link CommandOutcome#DUPLICATE}, what the first delivery did; else the
 *     same as {@code outcome}
 * @param message a sentence for logs and store apps, such as why a step was declined
 */
public record CommandResult(
    PickupOrder order, CommandOutcome outcome, CommandOutcome firstOutcome, String message) {

  /** Validates the result. */
  public CommandResult {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(firstOutcome, "firstOutcome");
    Objects.requireNonNull(message, "message");
  }

  /** Returns whether this delivery changed the order. */
  public boolean applied() {
    return outcome == CommandOutcome.APPLIED;
  }
}
