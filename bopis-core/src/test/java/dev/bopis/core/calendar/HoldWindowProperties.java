package dev.bopis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

class HoldWindowProperties {

  /** One hold window to open: the store, the ready instant, the pickup-by date and the policy. */
  record Hold(
      StoreCalendar calendar,
      Instant readyAt,
      @Nullable Instant pickupBy,
      HoldWindowPolicy policy) {}

  @Provide
  Arbitrary<HoldPolicy> deadlines() {
    Arbitrary<HoldPolicy> durations =
        Arbitraries.integers()
            .between(1, 240)
            .map(hours -> HoldPolicy.duration(Duration.ofHours(hours)));
    Arbitrary<HoldPolicy> businessDays =
        Arbitraries.integers().between(1, 10).map(HoldPolicy::businessDays);
    Arbitrary<HoldPolicy> pickupBy =
        Arbitraries.oneOf(durations, businessDays).map(HoldPolicy::pickupByDate);
    return Arbitraries.oneOf(durations, businessDays, pickupBy);
  }

  @Provide
  Arbitrary<List<Reminder>> reminders() {
    Arbitrary<Reminder> beforeEnd =
        Arbitraries.integers()
            .between(1, 200)
            .map(hours -> Reminder.beforeEnd(Duration.ofHours(hours)));
    Arbitrary<Reminder> atFraction =
        Arbitraries.doubles().between(0.01, 0.99).map(Reminder::atFraction);
    return Arbitraries.oneOf(beforeEnd, atFraction).list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<Hold> holds() {
    Arbitrary<HoldWindowPolicy> policies =
        Combinators.combine(
                deadlines(),
                reminders(),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(1, 72).map(Duration::ofHours))
            .as(
                (deadline, reminders, maxExtensions, extension) ->
                    new HoldWindowPolicy(deadline, reminders, maxExtensions, extension, true));
    return CalendarArbitraries.calendars()
        .flatMap(
            calendar -> {
              Arbitrary<Instant> instants = CalendarArbitraries.instants(calendar.zone());
              return Combinators.combine(instants, instants.injectNull(0.3), policies)
                  .as((readyAt, pickupBy, policy) -> new Hold(calendar, readyAt, pickupBy, policy));
            });
  }

  @Property
  void holdDeadline_neverBeforeWindowStart(@ForAll("holds") Hold hold) {
    HoldWindow window = hold.policy().open(hold.readyAt(), hold.calendar(), hold.pickupBy());

    assertThat(window.start()).isEqualTo(hold.readyAt());
    assertThat(window.end()).isAfter(window.start());
  }

  @Property
  void reminderTimes_sortedDistinctAndInsideWindow(@ForAll("holds") Hold hold) {
    HoldWindow window = hold.policy().open(hold.readyAt(), hold.calendar(), hold.pickupBy());

    List<Instant> times = hold.policy().reminderTimes(window);

    assertThat(times).isSorted().doesNotHaveDuplicates();
    assertThat(times)
        .allSatisfy(time -> assertThat(time).isAfter(window.start()).isBefore(window.end()));
  }

  @Property
  void extend_grantsExactlyMaxExtensions(@ForAll("holds") Hold hold) {
    HoldWindowPolicy policy = hold.policy();
    HoldWindow window = policy.open(hold.readyAt(), hold.calendar(), hold.pickupBy());

    int granted = 0;
    while (policy.extend(window).isPresent()) {
      HoldWindow extended = policy.extend(window).orElseThrow();
      assertThat(extended.end()).isEqualTo(window.end().plus(policy.extension()));
      window = extended;
      granted++;
    }

    assertThat(granted).isEqualTo(policy.maxExtensions());
    assertThat(window.extensionsUsed()).isEqualTo(policy.maxExtensions());
  }

  @Property
  void businessDays_endsAtClosingOfAnOpenDay(@ForAll("holds") Hold hold) {
    HoldPolicy twoDays = HoldPolicy.businessDays(2);

    Instant end = twoDays.holdUntil(hold.readyAt(), hold.calendar(), null);

    boolean atClosing =
        hold.calendar().openIntervals(hold.calendar().localDate(end)).stream()
                .anyMatch(interval -> interval.closes().equals(end))
            || hold.calendar().openIntervals(hold.calendar().localDate(end).minusDays(1)).stream()
                .anyMatch(interval -> interval.closes().equals(end));
    boolean fallback = end.equals(hold.readyAt().plus(Duration.ofDays(2)));
    assertThat(atClosing || fallback).as("%s is a closing time or the fallback", end).isTrue();
  }
}
