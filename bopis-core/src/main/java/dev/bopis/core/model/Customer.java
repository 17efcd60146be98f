package dev.bopis.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The person who collects an order and how to reach them.
 *
 * @param customerId the order-management system's customer id
 * @param email email address, or null if unknown
 * @param phone phone number for SMS in E.164 form, or null if unknown
 * @param preferredChannel the channel to use for pickup messages
 */
public record Customer(
    String customerId,
    @Nullable String email,
    @Nullable String phone,
    ContactChannel preferredChannel) {

  /**
   * Validates that the preferred channel has an address.
   *
   * @throws IllegalArgumentException if the preferred channel's address is missing
   */
  public Customer {
    Ids.requireText(customerId, "customer id");
    Objects.requireNonNull(preferredChannel, "preferredChannel");
    if (preferredChannel == ContactChannel.SMS && (phone == null || phone.isBlank())) {
      throw new IllegalArgumentException(
          "customer " + customerId + " prefers SMS but has no phone; set phone or choose EMAIL");
    }
    if (preferredChannel == ContactChannel.EMAIL && (email == null || email.isBlank())) {
      throw new IllegalArgumentException(
          "customer " + customerId + " prefers EMAIL but has no email; set email or choose SMS");
    }
  }

  /** Returns the address for the preferred channel. */
  public String address() {
    return Objects.requireNonNull(preferredChannel == ContactChannel.SMS ? phone : email);
  }
}
