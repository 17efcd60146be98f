package dev.bopis.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

  @Test
  void blankIdentifiersThrowNamingTheKind() {
    assertThatThrownBy(() -> OrderId.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("order id must not be blank");
    assertThatThrownBy(() -> StoreId.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("store id must not be blank");
    assertThatThrownBy(() -> Sku.of("\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("SKU must not be blank");
    assertThatThrownBy(() -> CommandId.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("command id must not be blank");
  }

  @Test
  void nullIdentifierThrowsNamingTheKind() {
    assertThatThrownBy(() -> new OrderId(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("order id must not be null");
  }

  @Test
  void identifierLongerThan128CharactersThrows() {
    String tooLong = "X".repeat(129);

    assertThatThrownBy(() -> Sku.of(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has 129 characters; identifiers are limited to 128");
    assertThat(Sku.of("X".repeat(128)).value()).hasSize(128);
  }

  @Test
  void identifiersPrintTheirValueAndSortByIt() {
    assertThat(StoreId.of("STORE-1")).hasToString("STORE-1");
    assertThat(OrderId.of("A").compareTo(OrderId.of("B"))).isNegative();
    assertThat(Sku.of("B").compareTo(Sku.of("A"))).isPositive();
    assertThat(CommandId.of("c1")).isEqualTo(new CommandId("c1"));
  }
}
