package dev.bopis.core.model;

import java.util.Objects;

/**
 * Identifier of one command sent to an order; a redelivered command carries the same id.
 *
 * @param value the non-blank identifier
 */
public record CommandId(String value) implements Comparable<CommandId> {

  /**
   * Validates the identifier.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public CommandId {
    Ids.requireText(value, "command id");
  }

  /** Returns an identifier; shorthand for the constructor. */
  public static CommandId of(String value) {
    return new CommandId(value);
  }

  @Override
  public int compareTo(CommandId other) {
    return value.compareTo(Objects.requireNonNull(other, "other").value);
  }

  @Override
  public String toString() {
    return value;
  }
}
