package dev.bopis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoldPolicyTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final StoreCalendar LONDON_STORE =
      StoreCalendar.of(LONDON, WeeklyHours.parse("Mon-Sat 10:00-18:00, Sun closed"));

  private static Instant utc(String text) {
    return Instant.parse(text);
  }

  @Test
  void duration_addsToReadyTime() {
    Instant ready = utc("2025-01-11T12:00:00Z");

    Instant end = HoldPolicy.duration(Duration.ofHours(72)).holdUntil(ready, LONDON_STORE, null);

    assertThat(end).isEqualTo(utc("2025-01-14T12:00:00Z"));
  }

  @Test
  void duration_rejectsZeroAndNegative() {
    assertThatThrownBy(() -> HoldPolicy.duration(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Hold duration is PT0S");
    assertThatThrownBy(() -> HoldPolicy.duration(Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Hold duration is PT-1H");
  }

  @Test
  void businessDays_countsReadyDayStillOpen() {
    Instant saturdayNoon = utc("2025-01-11T12:00:00Z");

    Instant end = HoldPolicy.businessDays(2).holdUntil(saturdayNoon, LONDON_STORE, null);

    assertThat(end).isEqualTo(utc("2025-01-13T18:00:00Z"));
  }

  @Test
  void businessDays_skipsReadyDayAfterClosing() {
    Instant saturdayClosing = utc("2025-01-11T18:00:00Z");

    Instant end = HoldPolicy.businessDays(2).holdUntil(saturdayClosing, LONDON_STORE, null);

    assertThat(end).isEqualTo(utc("2025-01-14T18:00:00Z"));
  }

  @Test
  void businessDays_countsReadyDayBeforeOpening() {
    Instant mondayMorning = utc("2025-01-13T07:00:00Z");

    Instant end = HoldPolicy.businessDays(1).holdUntil(mondayMorning, LONDON_STORE, null);

    assertThat(end).isEqualTo(utc("2025-01-13T18:00:00Z"));
  }

  @Test
  void businessDays_honoursSpecialHours() {
    StoreCalendar withHoliday =
        new StoreCalendar(
            LONDON,
            LONDON_STORE.weekly(),
            List.of(
                SpecialHours.parse("2025-01-13 10:00-14:00"),
                SpecialHours.parse("2025-01-14 closed")));
    Instant saturdayNoon = utc("2025-01-11T12:00:00Z");

    Instant twoDays = HoldPolicy.businessDays(2).holdUntil(saturdayNoon, withHoliday, null);
    Instant threeDays = HoldPolicy.businessDays(3).holdUntil(saturdayNoon, withHoliday, null);

    assertThat(twoDays).isEqualTo(utc("2025-01-13T14:00:00Z"));
    assertThat(threeDays).isEqualTo(utc("2025-01-15T18:00:00Z"));
  }

  @Test
  void businessDays_overnightCountsStartDate() {
    StoreCalendar nightStore = StoreCalendar.of(LONDON, WeeklyHours.parse("Fri-Sat 20:00-02:00"));
    Instant saturdayOneAm = utc("2025-01-11T01:00:00Z");

    Instant oneDay = HoldPolicy.businessDays(1).holdUntil(saturdayOneAm, nightStore, null);
    Instant twoDays = HoldPolicy.businessDays(2).holdUntil(saturdayOneAm, nightStore, null);

    assertThat(oneDay).isEqualTo(utc("2025-01-11T02:00:00Z"));
    assertThat(twoDays).isEqualTo(utc("2025-01-12T02:00:00Z"));
  }

  @Test
  void businessDays_closingInStoreZoneAcrossDst() {
    StoreCalendar newYork =
        StoreCalendar.of(ZoneId.of("America/New_York"), WeeklyHours.parse("daily 13:00-18:00"));
    Instant saturdayAfternoon = utc("2026-03-07T19:00:00Z");

    Instant end = HoldPolicy.businessDays(2).holdUntil(saturdayAfternoon, newYork, null);

    assertThat(end).isEqualTo(utc("2026-03-08T22:00:00Z"));
  }

  @Test
  void businessDays_neverOpenUsesWholeDays() {
    StoreCalendar never = StoreCalendar.of(ZoneOffset.UTC, WeeklyHours.closed());
    Instant ready = utc("2025-01-11T12:00:00Z");

    Instant end = HoldPolicy.businessDays(3).holdUntil(ready, never, null);

    assertThat(end).isEqualTo(utc("2025-01-14T12:00:00Z"));
  }

  @Test
  void businessDays_rejectsOutOfRange() {
    assertThatThrownBy(() -> HoldPolicy.businessDays(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Hold business days is 0 but must be from 1 to 366");
    assertThatThrownBy(() -> HoldPolicy.businessDays(367))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Hold business days is 367");
  }

  @Test
  void pickupByDate_usesDateSetByOms() {
    Instant ready = utc("2025-01-11T12:00:00Z");
    Instant pickupBy = utc("2025-01-20T18:00:00Z");

    assertThat(HoldPolicy.pickupByDate().holdUntil(ready, LONDON_STORE, pickupBy))
        .isEqualTo(pickupBy);
  }

  @Test
  void pickupByDate_missingDateUses72Hours() {
    Instant ready = utc("2025-01-11T12:00:00Z");

    assertThat(HoldPolicy.pickupByDate().holdUntil(ready, LONDON_STORE, null))
        .isEqualTo(utc("2025-01-14T12:00:00Z"));
  }

  @Test
  void pickupByDate_earlyDateUsesFallback() {
    Instant ready = utc("2025-01-11T12:00:00Z");
    HoldPolicy policy = HoldPolicy.pickupByDate(HoldPolicy.businessDays(1));

    assertThat(policy.holdUntil(ready, LONDON_STORE, ready)).isEqualTo(utc("2025-01-11T18:00:00Z"));
    assertThat(policy.holdUntil(ready, LONDON_STORE, ready.minusSeconds(60)))
        .isEqualTo(utc("2025-01-11T18:00:00Z"));
  }
}
