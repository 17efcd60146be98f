package dev.bopis.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bopis.core.inventory.ReasonCode;
import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.order.Arrival;
import dev.bopis.core.order.CancelledBy;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Maps {@link StatusUpdate}s to JSON and back.
 *
 * <p>Every document has {@code type}, {@code commandId} and, for store steps, {@code storeId}. By
 * type: {@code REJECT} adds {@code reason}; {@code SHORT_PICK} adds {@code lines} of units not
 * found; {@code CHECK_IN} adds an optional {@code arrival} of {@code bay}, {@code vehicle} and
 * {@code note}; {@code PICKED_UP} adds optional {@code lines} of units collected (absent means
 * everything prepared); {@code CANCEL} adds {@code cancelledBy} and {@code reasonCode}.
 * Thread-safe.
 */
public final class StatusUpdateJson {

  /** The values of the {@code type} field, one per {@link StatusUpdate} record. */
  public enum Type {
    /** {@link StatusUpdate.Accept}. */
    ACCEPT,
    /** {@link StatusUpdate.Reject}. */
    REJECT,
    /** {@link StatusUpdate.StartPicking}. */
    START_PICKING,
    /** {@link StatusUpdate.ShortPick}. */
    SHORT_PICK,
    /** {@link StatusUpdate.MarkReady}. */
    READY,
    /** {@link StatusUpdate.CheckIn}. */
    CHECK_IN,
    /** {@link StatusUpdate.PickedUp}. */
    PICKED_UP,
    /** {@link StatusUpdate.ExtendHold}. */
    EXTEND_HOLD,
    /** {@link StatusUpdate.Cancel}. */
    CANCEL
  }

  private StatusUpdateJson() {}

  /**
   * Reads a status update.
   *
   * @throws JsonContractException if the type is unknown or a field it needs is missing or invalid
   */
  public static StatusUpdate read(JsonNode json) {
    JsonInput root = JsonInput.root(Objects.requireNonNull(json, "json"));
    Type type = root.enumValue("type", Type.class);
    CommandId commandId = root.parsed("commandId", "a command id", CommandId::of);
    return switch (type) {
      case ACCEPT -> new StatusUpdate.Accept(commandId, store(root));
      case REJECT -> new StatusUpdate.Reject(commandId, store(root), root.text("reason"));
      case START_PICKING -> new StatusUpdate.StartPicking(commandId, store(root));
      case SHORT_PICK -> shortPick(root, commandId);
      case READY -> new StatusUpdate.MarkReady(commandId, store(root));
      case CHECK_IN -> {
        JsonInput arrival = root.optionalObject("arrival");
        yield new StatusUpdate.CheckIn(
            commandId,
            optionalStore(root),
            arrival == null ? Arrival.IN_STORE : JsonOutput.readArrival(arrival));
      }
      case PICKED_UP ->
          new StatusUpdate.PickedUp(commandId, optionalStore(root), root.quantities("lines", 0));
      case EXTEND_HOLD -> new StatusUpdate.ExtendHold(commandId, optionalStore(root));
      case CANCEL -> cancel(root, commandId);
    };
  }

  /** Returns the update as a JSON object. */
  public static ObjectNode write(StatusUpdate update) {
    Objects.requireNonNull(update, "update");
    ObjectNode node = JsonOutput.object();
    node.put("type", typeOf(update).name());
    node.put("commandId", update.commandId().value());
    JsonOutput.putText(node, "storeId", update.storeId());
    if (update instanceof StatusUpdate.Reject reject) {
      node.put("reason", reject.reason());
    } else if (update instanceof StatusUpdate.ShortPick shortPick) {
      node.set("lines", JsonOutput.quantities(shortPick.missing()));
    } else if (update instanceof StatusUpdate.CheckIn checkIn) {
      node.set("arrival", JsonOutput.arrival(checkIn.arrival()));
    } else if (update instanceof StatusUpdate.PickedUp pickedUp) {
      if (!pickedUp.collected().isEmpty()) {
        node.set("lines", JsonOutput.quantities(pickedUp.collected()));
      }
    } else if (update instanceof StatusUpdate.Cancel cancel) {
      node.put("cancelledBy", cancel.by().name());
      node.put("reasonCode", cancel.reason().code());
    }
    return node;
  }

  /** Returns the {@code type} value of {@code update}. */
  public static Type typeOf(StatusUpdate update) {
    if (update instanceof StatusUpdate.Accept) {
      return Type.ACCEPT;
    } else if (update instanceof StatusUpdate.Reject) {
      return Type.REJECT;
    } else if (update instanceof StatusUpdate.StartPicking) {
      return Type.START_PICKING;
    } else if (update instanceof StatusUpdate.ShortPick) {
      return Type.SHORT_PICK;
    } else if (update instanceof StatusUpdate.MarkReady) {
      return Type.READY;
    } else if (update instanceof StatusUpdate.CheckIn) {
      return Type.CHECK_IN;
    } else if (update instanceof StatusUpdate.PickedUp) {
      return Type.PICKED_UP;
    } else if (update instanceof StatusUpdate.ExtendHold) {
      return Type.EXTEND_HOLD;
    } else if (update instanceof StatusUpdate.Cancel) {
      return Type.CANCEL;
    }
    throw new IllegalArgumentException("unknown status update " + update.getClass().getName());
  }

  private static StatusUpdate shortPick(JsonInput root, CommandId commandId) {
    StoreId store = store(root);
    Map<Sku, Long> missing = root.quantities("lines", 1);
    if (missing.isEmpty()) {
      throw JsonContractException.missing("$.lines", "at least one line of units not found");
    }
    return new StatusUpdate.ShortPick(commandId, store, missing);
  }

  private static StatusUpdate cancel(JsonInput root, CommandId commandId) {
    StoreId store = optionalStore(root);
    CancelledBy by = root.enumValue("cancelledBy", CancelledBy.class);
    ReasonCode reason =
        root.parsed("reasonCode", "a reason code such as \"CUSTOMER_CANCELLED\"", ReasonCode::new);
    if (by == CancelledBy.STORE && store == null) {
      throw JsonContractException.missing("$.storeId", "the cancelling store's id");
    }
    return new StatusUpdate.Cancel(commandId, store, by, reason);
  }

  private static StoreId store(JsonInput root) {
    return root.parsed("storeId", "the acting store's id", StoreId::of);
  }

  private static @Nullable StoreId optionalStore(JsonInput root) {
    return root.has("storeId") ? store(root) : null;
  }
}
