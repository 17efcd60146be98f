package dev.bopis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import org.junit.jupiter.api.Test;

class SpecialHoursTest {

  @Test
  void parse_fixedDateWithShortenedHours() {
    SpecialHours entry = SpecialHours.parse("2025-12-24 10:00-14:00");

    assertThat(entry.year()).isEqualTo(Year.of(2025));
    assertThat(entry.monthDay()).isEqualTo(MonthDay.of(12, 24));
    assertThat(entry.periods()).containsExactly(OpeningPeriod.parse("10:00-14:00"));
    assertThat(entry.isYearly()).isFalse();
    assertThat(entry.isClosed()).isFalse();
  }

  @Test
  void parse_yearlyClosedDay() {
    SpecialHours entry = SpecialHours.parse("12-25 closed");

    assertThat(entry).isEqualTo(SpecialHours.closedYearly(MonthDay.of(12, 25)));
    assertThat(entry.isYearly()).isTrue();
    assertThat(entry.isClosed()).isTrue();
  }

  @Test
  void appliesTo_yearlyMatchesEveryYear() {
    SpecialHours entry = SpecialHours.closedYearly(MonthDay.of(12, 25));

    assertThat(entry.appliesTo(LocalDate.of(2025, 12, 25))).isTrue();
    assertThat(entry.appliesTo(LocalDate.of(2031, 12, 25))).isTrue();
    assertThat(entry.appliesTo(LocalDate.of(2025, 12, 24))).isFalse();
  }

  @Test
  void appliesTo_fixedMatchesOneYear() {
    SpecialHours entry = SpecialHours.closedOn(LocalDate.of(2025, 12, 31));

    assertThat(entry.appliesTo(LocalDate.of(2025, 12, 31))).isTrue();
    assertThat(entry.appliesTo(LocalDate.of(2026, 12, 31))).isFalse();
  }

  @Test
  void yearlyFebruary29_appliesInLeapYearsOnly() {
    SpecialHours entry = SpecialHours.parse("02-29 closed");

    assertThat(entry.appliesTo(LocalDate.of(2028, 2, 29))).isTrue();
    assertThat(entry.appliesTo(LocalDate.of(2027, 2, 28))).isFalse();
    assertThat(entry.appliesTo(LocalDate.of(2027, 3, 1))).isFalse();
  }

  @Test
  void parse_rejectsDateMissingFromYear() {
    assertThatThrownBy(() -> SpecialHours.parse("2027-02-29 closed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("02-29 does not exist in year 2027");
  }

  @Test
  void parse_rejectsInvalidDateNamingToken() {
    assertThatThrownBy(() -> SpecialHours.parse("2025-13-01 closed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"2025-13-01\" is not a valid date")
        .hasMessageContaining("12-25 closed");
  }

  @Test
  void parse_rejectsBadDateFormat() {
    assertThatThrownBy(() -> SpecialHours.parse("25/12 closed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"25/12\" is not a date YYYY-MM-DD or MM-DD");
  }

  @Test
  void parse_rejectsMissingHours() {
    assertThatThrownBy(() -> SpecialHours.parse("12-25"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be followed by periods or \"closed\"");
  }

  @Test
  void parse_rejectsOverlappingPeriods() {
    assertThatThrownBy(() -> SpecialHours.parse("2025-12-24 10:00-14:00 13:00-15:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-12-24")
        .hasMessageContaining("overlaps");
  }

  @Test
  void toString_roundTripsThroughParse() {
    for (String text :
        new String[] {"12-25 closed", "2025-12-24 10:00-14:00", "01-01 12:00-16:00 18:00-22:00"}) {
      assertThat(SpecialHours.parse(text).toString()).isEqualTo(text);
    }
  }
}
