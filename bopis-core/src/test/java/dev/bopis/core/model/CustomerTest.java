package dev.bopis.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CustomerTest {

  @Test
  void address_followsThePreferredChannel() {
    Customer sms = new Customer("C-1", "a@example.test", "+15550100", ContactChannel.SMS);
    Customer email = new Customer("C-1", "a@example.test", "+15550100", ContactChannel.EMAIL);

    assertThat(sms.address()).isEqualTo("+15550100");
    assertThat(email.address()).isEqualTo("a@example.test");
  }

  @Test
  void constructor_smsWithoutPhoneThrows() {
    assertThatThrownBy(() -> new Customer("C-1", "a@example.test", null, ContactChannel.SMS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefers SMS but has no phone");
  }

  @Test
  void constructor_emailWithoutAddressThrows() {
    assertThatThrownBy(() -> new Customer("C-1", " ", "+15550100", ContactChannel.EMAIL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefers EMAIL but has no email");
  }
}
