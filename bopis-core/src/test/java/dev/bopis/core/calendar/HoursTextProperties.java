package dev.bopis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HoursTextProperties {

  @Provide
  Arbitrary<WeeklyHours> weeklyHours() {
    return CalendarArbitraries.weeklyHours();
  }

  @Provide
  Arbitrary<List<SpecialHours>> specialHours() {
    return CalendarArbitraries.specialHours();
  }

  @Provide
  Arbitrary<StoreCalendar> calendars() {
    return CalendarArbitraries.calendars();
  }

  @Property
  void weeklyHours_parseReadsToString(@ForAll("weeklyHours") WeeklyHours hours) {
    assertThat(WeeklyHours.parse(hours.toString())).isEqualTo(hours);
  }

  @Property
  void specialHours_parseReadsToString(@ForAll("specialHours") List<SpecialHours> entries) {
    for (SpecialHours entry : entries) {
      assertThat(SpecialHours.parse(entry.toString())).isEqualTo(entry);
    }
  }

  @Property
  void openIntervals_boundedAndOnTheirDate(@ForAll("calendars") StoreCalendar calendar) {
    for (LocalDate date = LocalDate.of(2026, 3, 1);
        date.isBefore(LocalDate.of(2026, 4, 10));
        date = date.plusDays(1)) {
      for (OpenInterval interval : calendar.openIntervals(date)) {
        assertThat(interval.duration()).isPositive().isLessThanOrEqualTo(Duration.ofHours(25));
        assertThat(interval.localOpens().toLocalDate()).isEqualTo(date);
        assertThat(calendar.isOpen(interval.opens())).isTrue();
      }
    }
  }
}
