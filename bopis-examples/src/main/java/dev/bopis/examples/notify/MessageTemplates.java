package dev.bopis.examples.notify;

import dev.bopis.core.notify.NotificationType;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The message texts per notification type: an SMS text and an email subject and body for each
 * customer type, and an alert text for each store type. Immutable; the {@code with} methods return
 * a copy with one text replaced.
 *
 * <p>Texts contain {@code {name}} placeholders. Every type provides {@code orderId}, {@code
 * storeId} and {@code storeName}; the other names are those of {@link
 * #placeholders(NotificationType)}. Times ({@code pickupBy}, {@code heldUntil}, {@code
 * estimatedReadyAt}, {@code windowStart}, {@code windowEnd}) are rendered in the store's time zone.
 * A placeholder whose optional value is absent, such as a curbside bay the customer did not give,
 * renders as "not given". A text naming a placeholder its type does not provide is rejected when it
 * is set, not when a message is sent.
 */
public final class MessageTemplates {

  private static final Set<String> COMMON = Set.of("orderId", "storeId", "storeName");

  private static final Map<NotificationType, Set<String>> DETAILS = details();

  private final Map<NotificationType, Template> sms;
  private final Map<NotificationType, Template> subjects;
  private final Map<NotificationType, Template> bodies;
  private final Map<NotificationType, Template> storeAlerts;

  private MessageTemplates(
      Map<NotificationType, Template> sms,
      Map<NotificationType, Template> subjects,
      Map<NotificationType, Template> bodies,
      Map<NotificationType, Template> storeAlerts) {
    this.sms = sms;
    this.subjects = subjects;
    this.bodies = bodies;
    this.storeAlerts = storeAlerts;
  }

  /** Returns the English texts for every notification type. */
  public static MessageTemplates defaults() {
    MessageTemplates templates =
        new MessageTemplates(
            new EnumMap<>(NotificationType.class),
            new EnumMap<>(NotificationType.class),
            new EnumMap<>(NotificationType.class),
            new EnumMap<>(NotificationType.class));
    return templates
        .withStoreAlert(
            NotificationType.ORDER_ROUTED,
            "New pickup order {orderId} ({method}): {lines}. Promised ready by {estimatedReadyAt}."
                + " Customer window: {windowStart} to {windowEnd}.")
        .withStoreAlert(
            NotificationType.CUSTOMER_ARRIVED,
            "Customer for order {orderId} has arrived ({method}). Bay: {bay}. Vehicle: {vehicle}.")
        .withSms(
            NotificationType.READY_FOR_PICKUP,
            "Order {orderId} is ready at {storeName}. Please collect it by {pickupBy}.")
        .withEmail(
            NotificationType.READY_FOR_PICKUP,
            "Your order {orderId} is ready for pickup",
            "Good news: your order {orderId} is ready for pickup at {storeName}.\n\n"
                + "Items: {lines}\n\nPlease collect it by {pickupBy}.")
        .withSms(
            NotificationType.PICKUP_REMINDER,
            "Reminder: order {orderId} is waiting at {storeName} until {pickupBy}.")
        .withEmail(
            NotificationType.PICKUP_REMINDER,
            "Reminder: order {orderId} is waiting for you",
            "Your order {orderId} is still waiting at {storeName}.\n\n"
                + "Please collect it by {pickupBy}; after that it will be cancelled.")
        .withSms(
            NotificationType.SHORT_PICK,
            "{storeName} could not find {shortLines} for order {orderId}. You will collect:"
                + " {remainingLines}.")
        .withEmail(
            NotificationType.SHORT_PICK,
            "Part of order {orderId} is unavailable",
            "{storeName} could not find these items of order {orderId}: {shortLines}.\n\n"
                + "You will collect: {remainingLines}. You are not charged for missing items.")
        .withSms(
            NotificationType.ORDER_EXPIRED,
            "Order {orderId} was not collected by {heldUntil} and has been cancelled.")
        .withEmail(
            NotificationType.ORDER_EXPIRED,
            "Order {orderId} was cancelled",
            "Your order {orderId} was held at {storeName} until {heldUntil} and was not"
                + " collected, so it has been cancelled and the items returned to stock.")
        .withSms(
            NotificationType.ORDER_CANCELLED,
            "Order {orderId} for pickup at {storeName} has been cancelled ({reason}).")
        .withEmail(
            NotificationType.ORDER_CANCELLED,
            "Order {orderId} was cancelled",
            "Your pickup order {orderId} at {storeName} has been cancelled.\n\nReason: {reason}.")
        .withSms(
            NotificationType.SHIP_TO_HOME_OFFER,
            "We can ship order {orderId} to your home instead. Reply YES to accept.")
        .withEmail(
            NotificationType.SHIP_TO_HOME_OFFER,
            "Ship order {orderId} to your home?",
            "Your order {orderId} could not be collected at {storeName}.\n\n"
                + "We can ship these items to your home instead: {lines}.");
  }

  /**
   * Returns the placeholder names {@code type} provides besides {@code orderId}, {@code storeId}
   * and {@code storeName}.
   */
  public static Set<String> placeholders(NotificationType type) {
    return DETAILS.get(Objects.requireNonNull(type, "type"));
  }

  /**
   * Returns a copy with {@code text} as the SMS of a customer notification type.
   *
   * @throws IllegalArgumentException if {@code type} goes to stores, or {@code text} names a
   *     placeholder {@code type} does not provide
   */
  public MessageTemplates withSms(NotificationType type, String text) {
    requireAudience(type, NotificationType.Audience.CUSTOMER, "SMS template");
    Map<NotificationType, Template> copy = copy(sms);
    copy.put(type, Template.parse("SMS template for " + type, text, allowed(type)));
    return new MessageTemplates(copy, subjects, bodies, storeAlerts);
  }

  /**
   * Returns a copy with {@code subject} and {@code body} as the email of a customer notification
   * type.
   *
   * @throws IllegalArgumentException if {@code type} goes to stores, or a text names a placeholder
   *     {@code type} does not provide
   */
  public MessageTemplates withEmail(NotificationType type, String subject, String body) {
    requireAudience(type, NotificationType.Audience.CUSTOMER, "email template");
    Map<NotificationType, Template> subjectCopy = copy(subjects);
    Map<NotificationType, Template> bodyCopy = copy(bodies);
    subjectCopy.put(type, Template.parse("email subject for " + type, subject, allowed(type)));
    bodyCopy.put(type, Template.parse("email body for " + type, body, allowed(type)));
    return new MessageTemplates(sms, subjectCopy, bodyCopy, storeAlerts);
  }

  /**
   * Returns a copy with {@code text} as the alert of a store notification type.
   *
   * @throws IllegalArgumentException if {@code type} goes to customers, or {@code text} names a
   *     placeholder {@code type} does not provide
   */
  public MessageTemplates withStoreAlert(NotificationType type, String text) {
    requireAudience(type, NotificationType.Audience.STORE, "store alert template");
    Map<NotificationType, Template> copy = copy(storeAlerts);
    copy.put(type, Template.parse("store alert template for " + type, text, allowed(type)));
    return new MessageTemplates(sms, subjects, bodies, copy);
  }

  Template sms(NotificationType type) {
    return require(sms, type, "SMS");
  }

  Template subject(NotificationType type) {
    return require(subjects, type, "email subject");
  }

  Template body(NotificationType type) {
    return require(bodies, type, "email body");
  }

  Template storeAlert(NotificationType type) {
    return require(storeAlerts, type, "store alert");
  }

  private static Template require(
      Map<NotificationType, Template> templates, NotificationType type, String kind) {
    Template template = templates.get(type);
    if (template == null) {
      throw new IllegalStateException("no " + kind + " template for " + type + "; set one");
    }
    return template;
  }

  private static void requireAudience(
      NotificationType type, NotificationType.Audience audience, String kind) {
    Objects.requireNonNull(type, "type");
    if (type.audience() != audience) {
      throw new IllegalArgumentException(
          type + " goes to the " + type.audience() + ", so it has no " + kind);
    }
  }

  private static Set<String> allowed(NotificationType type) {
    Set<String> names = new LinkedHashSet<>(COMMON);
    names.addAll(placeholders(type));
    return names;
  }

  private static Map<NotificationType, Template> copy(Map<NotificationType, Template> templates) {
    Map<NotificationType, Template> copy = new EnumMap<>(NotificationType.class);
    copy.putAll(templates);
    return copy;
  }

  /** Returns the detail names the pickup service puts on each notification type. */
  private static Map<NotificationType, Set<String>> details() {
    Map<NotificationType, Set<String>> details = new EnumMap<>(NotificationType.class);
    details.put(
        NotificationType.ORDER_ROUTED,
        Set.of("locationId", "method", "lines", "estimatedReadyAt", "windowStart", "windowEnd"));
    details.put(NotificationType.READY_FOR_PICKUP, Set.of("pickupBy", "lines"));
    details.put(NotificationType.PICKUP_REMINDER, Set.of("pickupBy"));
    details.put(NotificationType.SHORT_PICK, Set.of("shortLines", "remainingLines"));
    details.put(NotificationType.CUSTOMER_ARRIVED, Set.of("method", "bay", "vehicle"));
    details.put(NotificationType.ORDER_EXPIRED, Set.of("heldUntil"));
    details.put(NotificationType.ORDER_CANCELLED, Set.of("cancelledBy", "reason"));
    details.put(NotificationType.SHIP_TO_HOME_OFFER, Set.of("lines"));
    for (NotificationType type : NotificationType.values()) {
      if (!details.containsKey(type)) {
        throw new IllegalStateException("no placeholder list for notification type " + type);
      }
    }
    return details;
  }
}
