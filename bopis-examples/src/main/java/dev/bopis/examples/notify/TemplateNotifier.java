package dev.bopis.examples.notify;

import dev.bopis.core.model.ContactChannel;
import dev.bopis.core.notify.Notification;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.core.notify.Notifier;
import dev.bopis.core.store.PickupLocation;
import dev.bopis.core.store.StoreDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The reference {@link Notifier}: renders a notification from {@link MessageTemplates} and hands it
 * to the gateway of its channel, sending each deduplication key once. The exception, a sender that
 * crashed in the middle of a send, is described on {@link DeliveryLog}.
 *
 * <p>A customer notification goes by the SMS or email of its {@link Notification#channel()}; a
 * store notification goes to the {@link StoreGateway}. Before sending, the notifier claims the key
 * in its {@link DeliveryLog}: a key already delivered is skipped and reported as delivered, and a
 * key another sender is sending right now is reported as failed, so the library retries later
 * instead of dropping it. A gateway failure releases the claim and propagates, so the library
 * retries with backoff. Thread-safe if the gateways and the log are.
 */
public final class TemplateNotifier implements Notifier {

  private static final System.Logger LOG = System.getLogger(TemplateNotifier.class.getName());

  private static final Set<String> TIME_DETAILS =
      Set.of("pickupBy", "heldUntil", "estimatedReadyAt", "windowStart", "windowEnd");

  private final MessageTemplates templates;
  private final StoreDirectory stores;
  private final SmsGateway sms;
  private final EmailGateway email;
  private final StoreGateway storeGateway;
  private final DeliveryLog log;
  private final Clock clock;
  private final DateTimeFormatter timeFormat;

  private TemplateNotifier(Builder builder) {
    this.templates = builder.templates;
    this.stores = Objects.requireNonNull(builder.stores, "stores");
    this.sms = Objects.requireNonNull(builder.sms, "sms");
    this.email = Objects.requireNonNull(builder.email, "email");
    this.storeGateway = Objects.requireNonNull(builder.storeGateway, "storeGateway");
    this.log = builder.log;
    this.clock = builder.clock;
    this.timeFormat = DateTimeFormatter.ofPattern("EEE d MMM HH:mm z", builder.locale);
  }

  /** Returns a builder; stores and the three gateways are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sends {@code notification} unless its key was delivered before.
   *
   * @throws IllegalStateException if another sender has claimed the key and is sending it; the
   *     library retries
   * @throws RuntimeException whatever the gateway throws; the claim is released first
   */
  @Override
  public void send(Notification notification) {
    OutgoingMessage message = render(notification);
    String key = notification.deduplicationKey();

    DeliveryLog.Claim claim = log.claim(key, clock.instant());
    if (claim == DeliveryLog.Claim.ALREADY_DELIVERED) {
      LOG.log(
          System.Logger.Level.DEBUG,
          "notification {0} of order {1} was delivered before; not sending it again",
          key,
          notification.orderId());
      return;
    }
    if (claim == DeliveryLog.Claim.IN_FLIGHT) {
      throw new IllegalStateException(
          "notification "
              + key
              + " of order "
              + notification.orderId()
              + " is being sent by another sender; retry after its claim lapses");
    }

    try {
      dispatch(message);
    } catch (RuntimeException failure) {
      try {
        log.releaseClaim(key);
      } catch (RuntimeException releaseFailure) {
        failure.addSuppressed(releaseFailure);
      }
      throw failure;
    }
    log.markDelivered(key, clock.instant());
  }

  /**
   * Renders {@code notification} into the message its channel needs, without sending it.
   *
   * @throws IllegalStateException if a customer notification has no channel
   */
  public OutgoingMessage render(Notification notification) {
    Objects.requireNonNull(notification, "notification");
    Map<String, String> values = values(notification);
    NotificationType type = notification.type();
    String key = notification.deduplicationKey();
    if (type.audience() == NotificationType.Audience.STORE) {
      return new StoreAlert(notification.storeId(), templates.storeAlert(type).render(values), key);
    }
    ContactChannel channel = notification.channel();
    if (channel == null) {
      throw new IllegalStateException(
          "customer notification " + key + " has no channel; the order's customer needs one");
    }
    return switch (channel) {
      case SMS -> new SmsMessage(notification.address(), templates.sms(type).render(values), key);
      case EMAIL ->
          new EmailMessage(
              notification.address(),
              templates.subject(type).render(values),
              templates.body(type).render(values),
              key);
    };
  }

  private void dispatch(OutgoingMessage message) {
    if (message instanceof SmsMessage text) {
      sms.send(text);
    } else if (message instanceof EmailMessage mail) {
      email.send(mail);
    } else if (message instanceof StoreAlert alert) {
      storeGateway.send(alert);
    }
  }

  private Map<String, String> values(Notification notification) {
    Optional<PickupLocation> store = stores.find(notification.storeId());
    ZoneId zone = store.map(PickupLocation::zone).orElse(ZoneOffset.UTC);
    Map<String, String> values = new HashMap<>();
    notification
        .details()
        .forEach((name, value) -> values.put(name, displayValue(name, value, zone)));
    values.put("orderId", notification.orderId().value());
    values.put("storeId", notification.storeId().value());
    values.put("storeName", store.map(PickupLocation::name).orElse(notification.storeId().value()));
    return values;
  }

  private String displayValue(String name, String value, ZoneId zone) {
    if (TIME_DETAILS.contains(name)) {
      try {
        return timeFormat.format(Instant.parse(value).atZone(zone));
      } catch (DateTimeParseException notAnInstant) {
        return value;
      }
    }
    if (name.equals("method")) {
      return value.equals("CURBSIDE") ? "curbside" : value.equals("IN_STORE") ? "in store" : value;
    }
    return value;
  }

  /** Builds a {@link TemplateNotifier}. Not thread-safe. */
  public static final class Builder {
    private MessageTemplates templates = MessageTemplates.defaults();
    private @Nullable StoreDirectory stores;
    private @Nullable SmsGateway sms;
    private @Nullable EmailGateway email;
    private @Nullable StoreGateway storeGateway;
    private DeliveryLog log = new InMemoryDeliveryLog();
    private Clock clock = Clock.systemUTC();
    private Locale locale = Locale.ENGLISH;

    private Builder() {}

    /** Sets the texts; defaults to {@link MessageTemplates#defaults()}. */
    public Builder templates(MessageTemplates value) {
      this.templates = Objects.requireNonNull(value, "templates");
      return this;
    }

    /** Sets the store directory that provides store names and time zones. Required. */
    public Builder stores(StoreDirectory value) {
      this.stores = Objects.requireNonNull(value, "stores");
      return this;
    }

    /** Sets the SMS gateway. Required. */
    public Builder sms(SmsGateway value) {
      this.sms = Objects.requireNonNull(value, "sms");
      return this;
    }

    /** Sets the email gateway. Required. */
    public Builder email(EmailGateway value) {
      this.email = Objects.requireNonNull(value, "email");
      return this;
    }

    /** Sets the store channel gateway. Required. */
    public Builder storeGateway(StoreGateway value) {
      this.storeGateway = Objects.requireNonNull(value, "storeGateway");
      return this;
    }

    /**
     * Sets the log of delivered keys; defaults to an {@link InMemoryDeliveryLog}, which loses them
     * on restart.
     */
    public Builder deliveryLog(DeliveryLog value) {
      this.log = Objects.requireNonNull(value, "deliveryLog");
      return this;
    }

    /** Sets the clock for claim and delivery times; defaults to the system clock in UTC. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Sets the language of day and month names in rendered times; defaults to English. */
    public Builder locale(Locale value) {
      this.locale = Objects.requireNonNull(value, "locale");
      return this;
    }

    /**
     * Returns the notifier.
     *
     * @throws NullPointerException naming the first required setting that is missing
     */
    public TemplateNotifier build() {
      return new TemplateNotifier(this);
    }
  }
}
