package dev.bopis.core.model;

/** The channel a customer prefers for pickup messages. */
public enum ContactChannel {
  /** Text message to {@link Customer#phone()}. */
  SMS,
  /** Email to {@link Customer#email()}. */
  EMAIL
}
