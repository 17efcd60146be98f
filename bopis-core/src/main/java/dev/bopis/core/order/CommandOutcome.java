package dev.bopis.core.order;

/** Effect of one command delivery on an order. */
public enum CommandOutcome {
  /** The step was applied and its event emitted. */
  APPLIED,
  /** The order was already in the state the command requests, so nothing changed. */
  ALREADY_IN_STATE,
  /** The command id was seen before; nothing changed and the first outcome is reported. */
  DUPLICATE,
  /** A business rule declined the step (for instance no extension left); nothing changed. */
  DECLINED
}
