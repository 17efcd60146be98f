package dev.bopis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoldWindowPolicyTest {

  private static final StoreCalendar ALWAYS_OPEN = StoreCalendar.alwaysOpen(ZoneOffset.UTC);
  private static final Instant READY = Instant.parse("2025-01-13T12:00:00Z");

  private static HoldWindowPolicy policy(List<Reminder> reminders, int maxExtensions) {
    return new HoldWindowPolicy(
        HoldPolicy.duration(Duration.ofHours(72)),
        reminders,
        maxExtensions,
        Duration.ofHours(24),
        true);
  }

  @Test
  void defaults_matchDocumentedValues() {
    HoldWindowPolicy defaults = HoldWindowPolicy.defaults();

    assertThat(defaults.deadline().holdUntil(READY, ALWAYS_OPEN, null))
        .isEqualTo(READY.plus(Duration.ofHours(72)));
    assertThat(defaults.reminders()).containsExactly(Reminder.beforeEnd(Duration.ofHours(24)));
    assertThat(defaults.maxExtensions()).isEqualTo(1);
    assertThat(defaults.extension()).isEqualTo(Duration.ofHours(24));
    assertThat(defaults.offerShipToHome()).isTrue();
  }

  @Test
  void open_startsAtReadyAndEndsAtDeadline() {
    HoldWindow window = HoldWindowPolicy.defaults().open(READY, ALWAYS_OPEN, null);

    assertThat(window).isEqualTo(new HoldWindow(READY, Instant.parse("2025-01-16T12:00:00Z"), 0));
  }

  @Test
  void open_usesPickupByThroughDeadlinePolicy() {
    HoldWindowPolicy byDate =
        new HoldWindowPolicy(HoldPolicy.pickupByDate(), List.of(), 0, Duration.ofHours(1), false);
    Instant pickupBy = Instant.parse("2025-01-15T09:00:00Z");

    assertThat(byDate.open(READY, ALWAYS_OPEN, pickupBy).end()).isEqualTo(pickupBy);
  }

  @Test
  void open_rejectsCustomDeadlineNotAfterReady() {
    HoldWindowPolicy broken =
        new HoldWindowPolicy(
            (ready, calendar, pickupBy) -> ready, List.of(), 0, Duration.ofHours(1), false);

    assertThatThrownBy(() -> broken.open(READY, ALWAYS_OPEN, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("returned deadline 2025-01-13T12:00:00Z, which is not after readyAt");
  }

  @Test
  void reminderTimes_defaultIs24HoursBeforeEnd() {
    HoldWindowPolicy defaults = HoldWindowPolicy.defaults();
    HoldWindow window = defaults.open(READY, ALWAYS_OPEN, null);

    assertThat(defaults.reminderTimes(window))
        .containsExactly(Instant.parse("2025-01-15T12:00:00Z"));
  }

  @Test
  void reminderTimes_sortedWithoutDuplicates() {
    HoldWindowPolicy policy =
        policy(
            List.of(
                Reminder.beforeEnd(Duration.ofHours(24)),
                Reminder.atFraction(0.5),
                Reminder.beforeEnd(Duration.ofHours(36))),
            0);
    HoldWindow window = policy.open(READY, ALWAYS_OPEN, null);

    assertThat(policy.reminderTimes(window))
        .containsExactly(
            Instant.parse("2025-01-15T00:00:00Z"), Instant.parse("2025-01-15T12:00:00Z"));
  }

  @Test
  void reminderTimes_dropsReminderBeforeStart() {
    HoldWindowPolicy policy = policy(List.of(Reminder.beforeEnd(Duration.ofHours(100))), 0);
    HoldWindow window = policy.open(READY, ALWAYS_OPEN, null);

    assertThat(policy.reminderTimes(window)).isEmpty();
  }

  @Test
  void reminderTimes_dropsReminderAtStart() {
    HoldWindowPolicy policy = policy(List.of(Reminder.beforeEnd(Duration.ofHours(72))), 0);
    HoldWindow window = policy.open(READY, ALWAYS_OPEN, null);

    assertThat(policy.reminderTimes(window)).isEmpty();
  }

  @Test
  void reminderTimes_moveWithExtendedEnd() {
    HoldWindowPolicy policy = HoldWindowPolicy.defaults();
    HoldWindow extended = policy.extend(policy.open(READY, ALWAYS_OPEN, null)).orElseThrow();

    assertThat(policy.reminderTimes(extended))
        .containsExactly(Instant.parse("2025-01-16T12:00:00Z"));
  }

  @Test
  void extend_stopsAtLimit() {
    HoldWindowPolicy policy = policy(List.of(), 1);
    HoldWindow window = policy.open(READY, ALWAYS_OPEN, null);

    HoldWindow extended = policy.extend(window).orElseThrow();

    assertThat(extended.end()).isEqualTo(Instant.parse("2025-01-17T12:00:00Z"));
    assertThat(extended.start()).isEqualTo(READY);
    assertThat(extended.extensionsUsed()).isEqualTo(1);
    assertThat(policy.extend(extended)).isEmpty();
  }

  @Test
  void extend_noneAllowedWithZeroLimit() {
    HoldWindowPolicy policy = policy(List.of(), 0);

    assertThat(policy.extend(policy.open(READY, ALWAYS_OPEN, null))).isEmpty();
  }

  @Test
  void constructor_rejectsNegativeMaxExtensions() {
    assertThatThrownBy(() -> policy(List.of(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxExtensions is -1");
  }

  @Test
  void constructor_rejectsZeroExtension() {
    assertThatThrownBy(
            () ->
                new HoldWindowPolicy(HoldPolicy.pickupByDate(), List.of(), 1, Duration.ZERO, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extension is PT0S");
  }

  @Test
  void constructor_copiesReminders() {
    List<Reminder> reminders = new java.util.ArrayList<>(List.of(Reminder.atFraction(0.5)));
    HoldWindowPolicy policy = policy(reminders, 0);

    reminders.clear();

    assertThat(policy.reminders()).containsExactly(Reminder.atFraction(0.5));
  }

  @Test
  void reminder_rejectsFractionOutsideOpenRange() {
    assertThatThrownBy(() -> Reminder.atFraction(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Reminder fraction is 0.0");
    assertThatThrownBy(() -> Reminder.atFraction(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Reminder fraction is 1.0");
    assertThatThrownBy(() -> Reminder.atFraction(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Reminder fraction is NaN");
  }

  @Test
  void reminder_rejectsNonPositiveOffset() {
    assertThatThrownBy(() -> Reminder.beforeEnd(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Reminder offset is PT0S");
  }

  @Test
  void holdWindow_rejectsEndNotAfterStart() {
    assertThatThrownBy(() -> new HoldWindow(READY, READY, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not after start");
  }

  @Test
  void holdWindow_rejectsNegativeExtensionsUsed() {
    assertThatThrownBy(() -> new HoldWindow(READY, READY.plusSeconds(1), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extensionsUsed is -1");
  }

  @Test
  void holdWindow_expiresAtEnd() {
    HoldWindow window = new HoldWindow(READY, READY.plusSeconds(60), 0);

    assertThat(window.isExpiredAt(READY.plusSeconds(59))).isFalse();
    assertThat(window.isExpiredAt(READY.plusSeconds(60))).isTrue();
  }
}
