package dev.bopis.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class UnitOfMeasureTest {

  private static final UnitOfMeasure KILOGRAM = new UnitOfMeasure("KGM", 3);

  @Test
  void toBaseUnits_convertsKilogramsExactly() {
    assertThat(KILOGRAM.toBaseUnits(new BigDecimal("1.25"))).isEqualTo(1250);
    assertThat(KILOGRAM.toBaseUnits(new BigDecimal("0.001"))).isEqualTo(1);
    assertThat(KILOGRAM.toBaseUnits(new BigDecimal("2.500"))).isEqualTo(2500);
  }

  @Test
  void toBaseUnits_rejectsDigitsBeyondScale() {
    assertThatThrownBy(() -> KILOGRAM.toBaseUnits(new BigDecimal("0.0005")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.0005 KGM has more than 3 decimal places");
  }

  @Test
  void toBaseUnits_rejectsFractionalPieces() {
    assertThatThrownBy(() -> UnitOfMeasure.EACH.toBaseUnits(new BigDecimal("1.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5 EA has more than 0 decimal places");
  }

  @Test
  void toBaseUnits_rejectsNegative() {
    assertThatThrownBy(() -> KILOGRAM.toBaseUnits(new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative");
  }

  @Test
  void constructor_rejectsScaleOutOfRange() {
    assertThatThrownBy(() -> new UnitOfMeasure("KGM", 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale 7 of unit KGM is outside 0 to 6");
  }

  @Property
  void decimalAndBaseUnits_roundTrip(
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long units,
      @ForAll @IntRange(min = 0, max = 6) int scale) {
    UnitOfMeasure unit = new UnitOfMeasure("U", scale);

    assertThat(unit.toBaseUnits(unit.toDecimal(units))).isEqualTo(units);
  }
}
