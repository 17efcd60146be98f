package dev.bopis.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleRecordsTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final LocalDate DAY = LocalDate.of(2016, 11, 8);

  @Test
  void storeSite_latitudeAbove90_isRejected() {
    assertThatThrownBy(() -> new StoreSite("US-1", "A", "IL", 91.5, -89.6, CHICAGO, 10, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("latitude 91.5 is outside [-90, 90]; pass decimal degrees north");
  }

  @Test
  void storeSite_nanLongitude_isRejected() {
    assertThatThrownBy(() -> new StoreSite("US-1", "A", "IL", 39.8, Double.NaN, CHICAGO, 10, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("longitude NaN is outside [-180, 180]; pass decimal degrees east");
  }

  @Test
  void storeSite_negativePopulation_isRejected() {
    assertThatThrownBy(() -> new StoreSite("US-1", "A", "IL", 39.8, -89.6, CHICAGO, -1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("population -1 is negative; pass a count of at least 0");
  }

  @Test
  void storeSite_blankName_isRejected() {
    assertThatThrownBy(() -> new StoreSite("US-1", " ", "IL", 39.8, -89.6, CHICAGO, 10, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name is blank; pass a non-empty name");
  }

  @Test
  void zipCentroid_fourDigitZip_isRejected() {
    assertThatThrownBy(() -> new ZipCentroid("1841", 42.7, -71.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "zip \"1841\" is not a 5-digit ZIP code; pad it with leading zeros to 5 digits");
  }

  @Test
  void orderLine_zeroQuantity_isRejected() {
    assertThatThrownBy(() -> new OrderLine("A-1", DAY, "01001", "P-1", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity 0 of order A-1 is less than 1; pass at least 1");
  }

  @Test
  void product_nullName_isRejected() {
    assertThatThrownBy(() -> new Product("P-1", "Furniture", "Chairs", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
  }

  @Test
  void basket_lineOfAnotherOrder_isRejected() {
    OrderLine other = new OrderLine("B-2", DAY, "01001", "P-1", 1);

    assertThatThrownBy(() -> new Basket("A-1", DAY, "01001", List.of(other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line OrderLine[orderId=B-2");
  }

  @Test
  void basket_noLines_isRejected() {
    assertThatThrownBy(() -> new Basket("A-1", DAY, "01001", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lines of order A-1 is empty; pass at least one line");
  }

  @Test
  void basket_lines_areCopied() {
    List<OrderLine> lines = new ArrayList<>();
    lines.add(new OrderLine("A-1", DAY, "01001", "P-1", 1));
    Basket basket = new Basket("A-1", DAY, "01001", lines);

    lines.add(new OrderLine("A-1", DAY, "01001", "P-2", 1));

    assertThat(basket.lines()).hasSize(1);
  }
}
