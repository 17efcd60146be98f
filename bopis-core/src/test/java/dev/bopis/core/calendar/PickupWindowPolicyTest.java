package dev.bopis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PickupWindowPolicyTest {

  private static final StoreCalendar LONDON_STORE =
      StoreCalendar.of(
          ZoneId.of("Europe/London"), WeeklyHours.parse("Mon-Sat 10:00-18:00, Sun closed"));

  // Monday 2025-01-13; London is on UTC in January.
  private static final Instant NOW = utc("2025-01-13T09:00:00Z");
  private static final Instant READY = utc("2025-01-13T12:00:00Z");
  private static final Instant HOLD_END = utc("2025-01-16T12:00:00Z");

  private static Instant utc(String text) {
    return Instant.parse(text);
  }

  private static PickupWindow window(String start, String end) {
    return new PickupWindow(utc(start), utc(end));
  }

  private static PickupWindowCheck.Rejected rejected(PickupWindowCheck check) {
    assertThat(check).isInstanceOf(PickupWindowCheck.Rejected.class);
    return (PickupWindowCheck.Rejected) check;
  }

  @Test
  void check_acceptsWindowInsideOpeningAfterReady() {
    PickupWindow requested = window("2025-01-13T13:00:00Z", "2025-01-13T14:00:00Z");

    PickupWindowCheck check =
        PickupWindowPolicy.check(requested, NOW, READY, HOLD_END, LONDON_STORE);

    assertThat(check.isAccepted()).isTrue();
    assertThat(check).isEqualTo(new PickupWindowCheck.Accepted(requested));
  }

  @Test
  void check_acceptsWindowEndingAtClosing() {
    PickupWindow requested = window("2025-01-13T17:00:00Z", "2025-01-13T18:00:00Z");

    assertThat(PickupWindowPolicy.check(requested, NOW, READY, HOLD_END, LONDON_STORE).isAccepted())
        .isTrue();
  }

  @Test
  void check_rejectsWindowInPast() {
    PickupWindow requested = window("2025-01-13T08:00:00Z", "2025-01-13T09:30:00Z");

    PickupWindowCheck.Rejected check =
        rejected(PickupWindowPolicy.check(requested, NOW, READY, HOLD_END, LONDON_STORE));

    assertThat(check.reason()).isEqualTo(PickupWindowRejectionReason.IN_THE_PAST);
    assertThat(check.proposal()).contains(window("2025-01-13T12:00:00Z", "2025-01-13T13:30:00Z"));
  }

  @Test
  void check_rejectsWindowBeforeReady() {
    PickupWindow requested = window("2025-01-13T11:00:00Z", "2025-01-13T12:00:00Z");

    PickupWindowCheck.Rejected check =
        rejected(PickupWindowPolicy.check(requested, NOW, READY, HOLD_END, LONDON_STORE));

    assertThat(check.reason()).isEqualTo(PickupWindowRejectionReason.BEFORE_READY);
    assertThat(check.proposal()).contains(window("2025-01-13T12:00:00Z", "2025-01-13T13:00:00Z"));
  }

  @Test
  void check_rejectsWindowAfterHoldWindow() {
    PickupWindow requested = window("2025-01-16T11:30:00Z", "2025-01-16T12:30:00Z");

    PickupWindowCheck.Rejected check =
        rejected(PickupWindowPolicy.check(requested, NOW, READY, HOLD_END, LONDON_STORE));

    assertThat(check.reason()).isEqualTo(PickupWindowRejectionReason.AFTER_HOLD_WINDOW);
    assertThat(check.proposal()).contains(window("2025-01-13T12:00:00Z", "2025-01-13T13:00:00Z"));
  }

  @Test
  void check_rejectsWindowPastClosing() {
    PickupWindow requested = window("2025-01-13T17:30:00Z", "2025-01-13T18:30:00Z");

    PickupWindowCheck.Rejected check =
        rejected(PickupWindowPolicy.check(requested, NOW, READY, HOLD_END, LONDON_STORE));

    assertThat(check.reason()).isEqualTo(PickupWindowRejectionReason.OUTSIDE_OPENING_HOURS);
  }

  @Test
  void check_rejectsWindowOnClosedSunday() {
    Instant saturdayReady = utc("2025-01-11T12:00:00Z");
    PickupWindow sunday = window("2025-01-12T12:00:00Z", "2025-01-12T13:00:00Z");

    PickupWindowCheck.Rejected check =
        rejected(
            PickupWindowPolicy.check(sunday, saturdayReady, saturdayReady, HOLD_END, LONDON_STORE));

    assertThat(check.reason()).isEqualTo(PickupWindowRejectionReason.OUTSIDE_OPENING_HOURS);
    assertThat(check.proposal()).contains(window("2025-01-11T12:00:00Z", "2025-01-11T13:00:00Z"));
  }

  @Test
  void check_prefersFullWindowNextDay() {
    Instant lateReady = utc("2025-01-13T17:30:00Z");
    PickupWindow requested = window("2025-01-13T17:00:00Z", "2025-01-13T18:00:00Z");

    PickupWindowCheck.Rejected check =
        rejected(PickupWindowPolicy.check(requested, NOW, lateReady, HOLD_END, LONDON_STORE));

    assertThat(check.reason()).isEqualTo(PickupWindowRejectionReason.BEFORE_READY);
    assertThat(check.proposal()).contains(window("2025-01-14T10:00:00Z", "2025-01-14T11:00:00Z"));
  }

  @Test
  void check_proposalClippedToClosing() {
    PickupWindow tenHours = window("2025-01-13T10:00:00Z", "2025-01-13T20:00:00Z");

    PickupWindowCheck.Rejected check =
        rejected(PickupWindowPolicy.check(tenHours, NOW, READY, HOLD_END, LONDON_STORE));

    assertThat(check.reason()).isEqualTo(PickupWindowRejectionReason.BEFORE_READY);
    assertThat(check.proposal()).contains(window("2025-01-13T12:00:00Z", "2025-01-13T18:00:00Z"));
  }

  @Test
  void check_proposalClippedToHoldEnd() {
    Instant holdEnd = utc("2025-01-13T12:30:00Z");
    PickupWindow requested = window("2025-01-13T11:00:00Z", "2025-01-13T12:00:00Z");

    PickupWindowCheck.Rejected check =
        rejected(PickupWindowPolicy.check(requested, NOW, READY, holdEnd, LONDON_STORE));

    assertThat(check.proposal()).contains(window("2025-01-13T12:00:00Z", "2025-01-13T12:30:00Z"));
  }

  @Test
  void check_noProposalWhenClosedUntilHoldEnd() {
    Instant saturdayEvening = utc("2025-01-11T18:00:00Z");
    Instant sundayNight = utc("2025-01-12T23:00:00Z");
    PickupWindow requested = window("2025-01-11T18:00:00Z", "2025-01-11T19:00:00Z");

    PickupWindowCheck.Rejected check =
        rejected(
            PickupWindowPolicy.check(
                requested, saturdayEvening, saturdayEvening, sundayNight, LONDON_STORE));

    assertThat(check.reason()).isEqualTo(PickupWindowRejectionReason.OUTSIDE_OPENING_HOURS);
    assertThat(check.proposal()).isEmpty();
    assertThat(check.proposed()).isNull();
  }

  @Test
  void check_pastWindowReportedBeforeOtherReasons() {
    PickupWindow pastAndClosed = window("2025-01-12T08:00:00Z", "2025-01-12T09:00:00Z");

    PickupWindowCheck.Rejected check =
        rejected(PickupWindowPolicy.check(pastAndClosed, NOW, READY, HOLD_END, LONDON_STORE));

    assertThat(check.reason()).isEqualTo(PickupWindowRejectionReason.IN_THE_PAST);
  }

  @Test
  void check_proposalPassesEveryCheck() {
    PickupWindow requested = window("2025-01-13T17:30:00Z", "2025-01-13T19:00:00Z");

    PickupWindow proposal =
        rejected(PickupWindowPolicy.check(requested, NOW, READY, HOLD_END, LONDON_STORE))
            .proposal()
            .orElseThrow();

    assertThat(PickupWindowPolicy.check(proposal, NOW, READY, HOLD_END, LONDON_STORE).isAccepted())
        .isTrue();
    assertThat(proposal.length()).isEqualTo(requested.length());
  }

  @Test
  void check_alwaysOpenStoreAcceptsWindowAcrossMidnight() {
    StoreCalendar always = StoreCalendar.alwaysOpen(ZoneOffset.UTC);
    PickupWindow acrossMidnight = window("2025-01-13T23:30:00Z", "2025-01-14T00:30:00Z");

    assertThat(PickupWindowPolicy.check(acrossMidnight, NOW, READY, HOLD_END, always).isAccepted())
        .isTrue();
  }

  @Test
  void check_rejectsNullArguments() {
    PickupWindow requested = window("2025-01-13T13:00:00Z", "2025-01-13T14:00:00Z");

    assertThatThrownBy(() -> PickupWindowPolicy.check(requested, NOW, READY, HOLD_END, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("calendar");
  }

  @Test
  void pickupWindow_rejectsEndNotAfterStart() {
    Instant noon = utc("2025-01-13T12:00:00Z");

    assertThatThrownBy(() -> new PickupWindow(noon, noon))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end 2025-01-13T12:00:00Z is not after start 2025-01-13T12:00:00Z");
  }

  @Test
  void pickupWindow_startingBuildsLength() {
    PickupWindow window = PickupWindow.starting(READY, Duration.ofMinutes(45));

    assertThat(window.end()).isEqualTo(utc("2025-01-13T12:45:00Z"));
    assertThat(window.length()).isEqualTo(Duration.ofMinutes(45));
  }
}
