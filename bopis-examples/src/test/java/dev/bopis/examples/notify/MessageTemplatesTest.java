package dev.bopis.examples.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.model.ContactChannel;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.notify.Notification;
import dev.bopis.core.notify.NotificationType;
import dev.bopis.examples.json.ServiceFixture;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplatesTest {

  private static final Instant CREATED = Instant.parse("2026-03-09T10:00:00Z");

  private final RecordingGateways gateways = new RecordingGateways();
  private final TemplateNotifier notifier =
      TemplateNotifier.builder()
          .stores(ServiceFixture.stores())
          .sms(gateways)
          .email(gateways)
          .storeGateway(gateways)
          .build();

  private static Notification notification(
      NotificationType type, ContactChannel channel, Map<String, String> details) {
    boolean toCustomer = type.audience() == NotificationType.Audience.CUSTOMER;
    return new Notification(
        "O-1:1:" + type,
        type,
        OrderId.of("O-1"),
        ServiceFixture.STORE_1,
        toCustomer ? channel : null,
        toCustomer
            ? (channel == ContactChannel.SMS ? "+34600111222" : "ana@example.test")
            : "STORE-1",
        details,
        CREATED);
  }

  @Test
  void readySms_rendersPickupByInStoreZone() {
    Notification ready =
        notification(
            NotificationType.READY_FOR_PICKUP,
            ContactChannel.SMS,
            Map.of("pickupBy", "2026-03-12T20:00:00Z", "lines", "HELMET x 2", "storeName", "x"));

    OutgoingMessage message = notifier.render(ready);

    assertThat(message)
        .isEqualTo(
            new SmsMessage(
                "+34600111222",
                "Order O-1 is ready at Madrid Gran Via. Please collect it by Thu 12 Mar 21:00 CET.",
                "O-1:1:READY_FOR_PICKUP"));
  }

  @Test
  void readyEmail_hasSubjectAndBodyWithLines() {
    Notification ready =
        notification(
            NotificationType.READY_FOR_PICKUP,
            ContactChannel.EMAIL,
            Map.of("pickupBy", "2026-03-12T20:00:00Z", "lines", "HELMET x 2, GLOVES x 1"));

    EmailMessage message = (EmailMessage) notifier.render(ready);

    assertThat(message.address()).isEqualTo("ana@example.test");
    assertThat(message.subject()).isEqualTo("Your order O-1 is ready for pickup");
    assertThat(message.body())
        .isEqualTo(
            "Good news: your order O-1 is ready for pickup at Madrid Gran Via.\n\n"
                + "Items: HELMET x 2, GLOVES x 1\n\nPlease collect it by Thu 12 Mar 21:00 CET.");
  }

  @Test
  void arrivalAlert_missingVehicleRendersNotGiven() {
    Notification arrived =
        notification(
            NotificationType.CUSTOMER_ARRIVED,
            ContactChannel.SMS,
            Map.of("method", "CURBSIDE", "bay", "4"));

    OutgoingMessage message = notifier.render(arrived);

    assertThat(message)
        .isEqualTo(
            new StoreAlert(
                ServiceFixture.STORE_1,
                "Customer for order O-1 has arrived (curbside). Bay: 4. Vehicle: not given.",
                "O-1:1:CUSTOMER_ARRIVED"));
  }

  @Test
  void newOrderAlert_usesStoreZoneAfterDstChange() {
    // Madrid moves to summer time on 2026-03-29: 08:30 UTC is 10:30 CEST that day.
    Notification routed =
        notification(
            NotificationType.ORDER_ROUTED,
            ContactChannel.SMS,
            Map.of(
                "locationId", "STORE-1",
                "method", "IN_STORE",
                "lines", "HELMET x 1",
                "estimatedReadyAt", "2026-03-29T08:30:00Z"));

    StoreAlert alert = (StoreAlert) notifier.render(routed);

    assertThat(alert.text())
        .isEqualTo(
            "New pickup order O-1 (in store): HELMET x 1. Promised ready by Sun 29 Mar 10:30 CEST."
                + " Customer window: not given to not given.");
  }

  @Test
  void defaults_everyTypeRendersEveryPlaceholder() {
    for (NotificationType type : NotificationType.values()) {
      Map<String, String> details = new HashMap<>();
      MessageTemplates.placeholders(type).forEach(name -> details.put(name, "value-of-" + name));
      for (ContactChannel channel : ContactChannel.values()) {
        OutgoingMessage message = notifier.render(notification(type, channel, details));

        String text =
            message instanceof EmailMessage mail
                ? mail.subject() + mail.body()
                : message instanceof SmsMessage sms ? sms.text() : ((StoreAlert) message).text();
        assertThat(text).as(type + " " + channel).doesNotContain("{").doesNotContain("not given");
        assertThat(text).as(type + " " + channel).contains("O-1");
      }
    }
  }

  @Test
  void withSms_replacesTheText() {
    MessageTemplates templates =
        MessageTemplates.defaults()
            .withSms(
                NotificationType.PICKUP_REMINDER, "Hola: {orderId} te espera hasta {pickupBy}");
    TemplateNotifier spanish =
        TemplateNotifier.builder()
            .templates(templates)
            .stores(ServiceFixture.stores())
            .sms(gateways)
            .email(gateways)
            .storeGateway(gateways)
            .locale(java.util.Locale.forLanguageTag("es"))
            .build();

    OutgoingMessage message =
        spanish.render(
            notification(
                NotificationType.PICKUP_REMINDER,
                ContactChannel.SMS,
                Map.of("pickupBy", "2026-03-12T20:00:00Z")));

    assertThat(((SmsMessage) message).text())
        .startsWith("Hola: O-1 te espera hasta jue 12 mar 21:00");
  }

  @Test
  void withSms_unknownPlaceholderIsRejectedWhenSet() {
    assertThatThrownBy(
            () ->
                MessageTemplates.defaults()
                    .withSms(NotificationType.ORDER_EXPIRED, "Gone since {pickupBy}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "SMS template for ORDER_EXPIRED uses placeholder {pickupBy}, which that notification"
                + " does not provide; use one of [heldUntil, orderId, storeId, storeName]");
  }

  @Test
  void withSms_storeTypeIsRejected() {
    assertThatThrownBy(
            () -> MessageTemplates.defaults().withSms(NotificationType.ORDER_ROUTED, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ORDER_ROUTED goes to the STORE, so it has no SMS template");
  }
}
