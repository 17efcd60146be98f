package dev.bopis.core.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {

  private static final OpeningPeriod TEN_TO_SIX = OpeningPeriod.parse("10:00-18:00");

  @Test
  void parse_rangeAndClosedDay() {
    WeeklyHours hours = WeeklyHours.parse("Mon-Sat 10:00-18:00, Sun closed");

    assertThat(hours.periodsOn(MONDAY)).containsExactly(TEN_TO_SIX);
    assertThat(hours.periodsOn(SATURDAY)).containsExactly(TEN_TO_SIX);
    assertThat(hours.periodsOn(SUNDAY)).isEmpty();
    assertThat(hours.periods()).hasSize(6);
  }

  @Test
  void parse_dailyOpensEveryDay() {
    WeeklyHours hours = WeeklyHours.parse("daily 13:00-18:00");

    for (DayOfWeek day : DayOfWeek.values()) {
      assertThat(hours.periodsOn(day)).containsExactly(OpeningPeriod.parse("13:00-18:00"));
    }
  }

  @Test
  void parse_splitShiftSortedByOpening() {
    WeeklyHours hours = WeeklyHours.parse("Mon-Fri 13:00-20:00 08:00-12:00");

    assertThat(hours.periodsOn(FRIDAY))
        .containsExactly(OpeningPeriod.parse("08:00-12:00"), OpeningPeriod.parse("13:00-20:00"));
    assertThat(hours.periodsOn(SATURDAY)).isEmpty();
  }

  @Test
  void parse_laterClauseReplacesEarlierDays() {
    WeeklyHours hours = WeeklyHours.parse("daily 10:00-18:00, Sun closed, Sat 09:00-13:00");

    assertThat(hours.periodsOn(SUNDAY)).isEmpty();
    assertThat(hours.periodsOn(SATURDAY)).containsExactly(OpeningPeriod.parse("09:00-13:00"));
    assertThat(hours.periodsOn(TUESDAY)).containsExactly(TEN_TO_SIX);
  }

  @Test
  void parse_fullNamesAnyCaseAndWrappingRange() {
    WeeklyHours hours = WeeklyHours.parse("FRIDAY-monday 10:00-18:00");

    assertThat(hours.periods().keySet()).containsExactly(MONDAY, FRIDAY, SATURDAY, SUNDAY);
  }

  @Test
  void parse_unknownDayNamesTokenAndSyntax() {
    assertThatThrownBy(() -> WeeklyHours.parse("Mon-Sat 10:00-18:00, Sonday closed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown day \"Sonday\"")
        .hasMessageContaining("Mon-Sat 10:00-18:00, Sun closed")
        .hasMessageContaining("daily 13:00-18:00");
  }

  @Test
  void parse_badPeriodNamesToken() {
    assertThatThrownBy(() -> WeeklyHours.parse("Mon-Fri 10:00-18:00 13:00-25:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"13:00-25:00\" is neither \"closed\" nor a valid period")
        .hasMessageContaining("25:00 is not a valid time of day")
        .hasMessageContaining("Expected comma-separated clauses");
  }

  @Test
  void parse_clauseWithoutHoursNamesClause() {
    assertThatThrownBy(() -> WeeklyHours.parse("Mon-Fri 10:00-18:00, Sat"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the clause \"Sat\" needs days followed by periods");
  }

  @Test
  void parse_emptyTextRejected() {
    assertThatThrownBy(() -> WeeklyHours.parse("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the text is empty");
  }

  @Test
  void parse_periodsAfterClosedRejected() {
    assertThatThrownBy(() -> WeeklyHours.parse("Sun closed 10:00-12:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"10:00-12:00\" follows \"closed\"");
  }

  @Test
  void constructor_rejectsOverlappingPeriodsOfOneDay() {
    assertThatThrownBy(() -> WeeklyHours.parse("Mon 08:00-12:00 11:00-20:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Monday")
        .hasMessageContaining("08:00-12:00 overlaps period 11:00-20:00");
  }

  @Test
  void constructor_rejectsOvernightPeriodOverlappingNextDay() {
    assertThatThrownBy(() -> WeeklyHours.parse("Fri 20:00-03:00, Sat 01:00-09:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Friday period 20:00-03:00 runs past midnight into Saturday");
  }

  @Test
  void constructor_rejectsSundayOvernightOverlappingMonday() {
    assertThatThrownBy(() -> WeeklyHours.parse("Sun 22:00-08:00, Mon 07:00-12:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Sunday period 22:00-08:00 runs past midnight into Monday");
  }

  @Test
  void constructor_allowsTouchingPeriods() {
    WeeklyHours hours = WeeklyHours.parse("Fri 20:00-24:00, Sat 00:00-24:00 ");

    assertThat(hours.periodsOn(SATURDAY)).containsExactly(OpeningPeriod.allDay());
  }

  @Test
  void of_dropsEmptyDaysAndCopiesInput() {
    java.util.HashMap<DayOfWeek, List<OpeningPeriod>> input = new java.util.HashMap<>();
    input.put(MONDAY, List.of(TEN_TO_SIX));
    input.put(TUESDAY, List.of());

    WeeklyHours hours = WeeklyHours.of(input);
    input.put(SUNDAY, List.of(TEN_TO_SIX));

    assertThat(hours.periods()).isEqualTo(Map.of(MONDAY, List.of(TEN_TO_SIX)));
    assertThat(hours).isEqualTo(WeeklyHours.parse("Mon 10:00-18:00"));
  }

  @Test
  void builder_matchesParsedHours() {
    WeeklyHours built =
        WeeklyHours.builder()
            .daily(TEN_TO_SIX)
            .closed(SUNDAY)
            .open(SATURDAY, OpeningPeriod.parse("09:00-13:00"))
            .build();

    assertThat(built).isEqualTo(WeeklyHours.parse("Mon-Fri 10:00-18:00, Sat 09:00-13:00"));
  }

  @Test
  void builder_rejectsOpenWithoutPeriods() {
    assertThatThrownBy(() -> WeeklyHours.builder().open(MONDAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("closed(day)");
  }

  @Test
  void toString_groupsNeighbouringDays() {
    assertThat(WeeklyHours.parse("Sun closed, Mon-Sat 10:00-18:00").toString())
        .isEqualTo("Mon-Sat 10:00-18:00, Sun closed");
    assertThat(WeeklyHours.parse("daily 13:00-18:00").toString()).isEqualTo("daily 13:00-18:00");
    assertThat(WeeklyHours.closed().toString()).isEqualTo("daily closed");
    assertThat(WeeklyHours.allDay().toString()).isEqualTo("daily 00:00-24:00");
  }

  @Test
  void isAlwaysClosed_onlyWithoutPeriods() {
    assertThat(WeeklyHours.closed().isAlwaysClosed()).isTrue();
    assertThat(WeeklyHours.parse("daily closed").isAlwaysClosed()).isTrue();
    assertThat(WeeklyHours.parse("Sun 10:00-11:00").isAlwaysClosed()).isFalse();
  }
}
