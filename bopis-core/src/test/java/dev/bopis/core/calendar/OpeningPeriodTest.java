package dev.bopis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class OpeningPeriodTest {

  @Test
  void parse_sameDayPeriod() {
    OpeningPeriod period = OpeningPeriod.parse("09:00-17:30");

    assertThat(period.opens()).isEqualTo(LocalTime.of(9, 0));
    assertThat(period.closes()).isEqualTo(LocalTime.of(17, 30));
    assertThat(period.closesNextDay()).isFalse();
    assertThat(period.localLength()).isEqualTo(Duration.ofMinutes(8 * 60 + 30));
  }

  @Test
  void parse_wholeDayWith2400() {
    OpeningPeriod period = OpeningPeriod.parse("00:00-24:00");

    assertThat(period).isEqualTo(OpeningPeriod.allDay());
    assertThat(period.closesNextDay()).isTrue();
    assertThat(period.localLength()).isEqualTo(Duration.ofHours(24));
    assertThat(period.toString()).isEqualTo("00:00-24:00");
  }

  @Test
  void parse_closingAt2400AfterAfternoonOpening() {
    OpeningPeriod period = OpeningPeriod.parse("18:00-24:00");

    assertThat(period.closes()).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(period.closesNextDay()).isTrue();
    assertThat(period.localLength()).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void parse_pastMidnightClosesNextDay() {
    OpeningPeriod period = OpeningPeriod.parse("22:00-02:00");

    assertThat(period.closesNextDay()).isTrue();
    assertThat(period.localLength()).isEqualTo(Duration.ofHours(4));
    assertThat(period.toString()).isEqualTo("22:00-02:00");
  }

  @Test
  void parse_equalTimesMean24Hours() {
    OpeningPeriod period = OpeningPeriod.parse("10:00-10:00");

    assertThat(period.closesNextDay()).isTrue();
    assertThat(period.localLength()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void parse_acceptsSpacesAndSingleDigitHour() {
    OpeningPeriod period = OpeningPeriod.parse(" 9:05 - 17:00 ");

    assertThat(period).isEqualTo(OpeningPeriod.of(LocalTime.of(9, 5), LocalTime.of(17, 0)));
  }

  @Test
  void parse_rejectsMalformedTextNamingItAndSyntax() {
    assertThatThrownBy(() -> OpeningPeriod.parse("9am-5pm"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"9am-5pm\"")
        .hasMessageContaining("HH:MM-HH:MM")
        .hasMessageContaining("00:00-24:00");
  }

  @Test
  void parse_rejects2400AsOpeningTime() {
    assertThatThrownBy(() -> OpeningPeriod.parse("24:00-02:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("24:00 is only valid as a closing time");
  }

  @Test
  void parse_rejectsHourOutOfRange() {
    assertThatThrownBy(() -> OpeningPeriod.parse("09:00-25:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("25:00 is not a valid time of day");
  }

  @Test
  void parse_rejectsMinuteOutOfRange() {
    assertThatThrownBy(() -> OpeningPeriod.parse("09:60-17:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("09:60 is not a valid time of day");
  }

  @Test
  void constructor_rejectsSameDayPeriodClosingBeforeOpening() {
    assertThatThrownBy(() -> new OpeningPeriod(LocalTime.of(17, 0), LocalTime.of(9, 0), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("closes 09:00 is not after opens 17:00")
        .hasMessageContaining("closesNextDay");
  }

  @Test
  void constructor_rejectsNextDayPeriodLongerThan24Hours() {
    assertThatThrownBy(() -> new OpeningPeriod(LocalTime.of(9, 0), LocalTime.of(10, 0), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 24 hours");
  }

  @Test
  void constructor_rejectsNullTimes() {
    assertThatThrownBy(() -> new OpeningPeriod(null, LocalTime.NOON, false))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("opens");
  }

  @Test
  void toString_roundTripsThroughParse() {
    for (String text : new String[] {"09:00-17:30", "22:00-02:00", "00:00-24:00", "18:00-24:00"}) {
      assertThat(OpeningPeriod.parse(text).toString()).isEqualTo(text);
    }
  }

  @Test
  void compareTo_ordersByOpeningTime() {
    OpeningPeriod morning = OpeningPeriod.parse("08:00-12:00");
    OpeningPeriod afternoon = OpeningPeriod.parse("13:00-20:00");

    assertThat(morning.compareTo(afternoon)).isNegative();
    assertThat(afternoon.compareTo(morning)).isPositive();
    assertThat(morning.compareTo(OpeningPeriod.parse("08:00-12:00"))).isZero();
  }
}
