package dev.bopis.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeoPointTest {

  @Test
  void constructor_acceptsTheRangeEnds() {
    GeoPoint corner = GeoPoint.of(-90, 180);

    assertThat(corner.latitude()).isEqualTo(-90);
    assertThat(corner.longitude()).isEqualTo(180);
  }

  @Test
  void constructor_swappedDenverCoordinatesThrow() {
    assertThatThrownBy(() -> GeoPoint.of(-104.9903, 39.7392))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latitude -104.9903 is outside [-90, 90]")
        .hasMessageContaining("swapped");
  }

  @Test
  void constructor_longitudeOutOfRangeThrows() {
    assertThatThrownBy(() -> GeoPoint.of(0, 180.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longitude 180.5");
  }

  @Test
  void constructor_nanThrows() {
    assertThatThrownBy(() -> GeoPoint.of(Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GeoPoint.of(0, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
