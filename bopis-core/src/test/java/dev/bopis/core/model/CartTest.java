package dev.bopis.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CartTest {

  @Test
  void quantities_sumLinesOfOneSku() {
    Cart cart =
        Cart.of(OrderLine.of("HELMET", 2), OrderLine.of("GLOVES", 1), OrderLine.of("HELMET", 2));

    assertThat(cart.quantities()).isEqualTo(Map.of(Sku.of("HELMET"), 4L, Sku.of("GLOVES"), 1L));
    assertThat(cart.quantities().keySet()).containsExactly(Sku.of("HELMET"), Sku.of("GLOVES"));
    assertThat(cart.lines()).hasSize(3);
    assertThat(cart.totalUnits()).isEqualTo(5);
  }

  @Test
  void constructor_emptyCartThrows() {
    assertThatThrownBy(() -> new Cart(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cart has no lines");
  }

  @Test
  void constructor_overflowingSkuTotalThrows() {
    assertThatThrownBy(
            () -> Cart.of(OrderLine.of("SKU-1", Long.MAX_VALUE), OrderLine.of("SKU-1", 1)))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void constructor_copiesTheLines() {
    List<OrderLine> lines = new ArrayList<>(List.of(OrderLine.of("SKU-1", 1)));
    Cart cart = new Cart(lines);

    lines.add(OrderLine.of("SKU-2", 1));

    assertThat(cart.lines()).hasSize(1);
  }

  @Test
  void orderLine_quantityBelowOneThrows() {
    assertThatThrownBy(() -> OrderLine.of("SKU-1", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quantity 0 of SKU SKU-1 must be at least 1");
  }
}
