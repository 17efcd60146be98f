package dev.bopis.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.calendar.HoldWindowPolicy;
import dev.bopis.core.calendar.PreparationRule;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bounds documented on {@link PickupPolicy} are the bounds it enforces: each documented end is
 * accepted, one step past it is rejected with a message naming the setting and the value.
 */
class PickupPolicyTest {

  /** The settings of {@link PickupPolicy#defaults()}, one field replaceable at a time. */
  private record Settings(
      int maxRoutingAttempts,
      Duration acknowledgeTimeout,
      int maxCandidates,
      Duration retryInitial,
      Duration retryMax) {

    static final Settings DEFAULTS =
        new Settings(3, Duration.ofMinutes(30), 10, Duration.ofSeconds(30), Duration.ofHours(1));

    PickupPolicy build() {
      return new PickupPolicy(
          maxRoutingAttempts,
          acknowledgeTimeout,
          ShortPickPolicy.CONTINUE_WITH_AVAILABLE,
          HoldWindowPolicy.defaults(),
          PreparationRule.WITHIN_ONE_PERIOD,
          maxCandidates,
          true,
          retryInitial,
          retryMax);
    }
  }

  private static Arguments bound(String name, Settings settings, String printed) {
    return Arguments.of(name, settings, printed);
  }

  /** Values one step outside each documented range, with how they print. */
  static Stream<Arguments> outOfRange() {
    Settings d = Settings.DEFAULTS;
    return Stream.of(
        bound(
            "maxRoutingAttempts",
            new Settings(0, d.acknowledgeTimeout, d.maxCandidates, d.retryInitial, d.retryMax),
            "0"),
        bound(
            "maxRoutingAttempts",
            new Settings(21, d.acknowledgeTimeout, d.maxCandidates, d.retryInitial, d.retryMax),
            "21"),
        bound(
            "acknowledgeTimeout",
            new Settings(3, Duration.ofSeconds(59), d.maxCandidates, d.retryInitial, d.retryMax),
            "PT59S"),
        bound(
            "acknowledgeTimeout",
            new Settings(
                3,
                Duration.ofHours(24).plusSeconds(1),
                d.maxCandidates,
                d.retryInitial,
                d.retryMax),
            "PT24H1S"),
        bound(
            "maxCandidates",
            new Settings(3, d.acknowledgeTimeout, 0, d.retryInitial, d.retryMax),
            "0"),
        bound(
            "maxCandidates",
            new Settings(3, d.acknowledgeTimeout, 101, d.retryInitial, d.retryMax),
            "101"),
        bound(
            "notificationRetryInitial",
            new Settings(3, d.acknowledgeTimeout, 10, Duration.ofMillis(999), d.retryMax),
            "PT0.999S"),
        bound(
            "notificationRetryInitial",
            new Settings(
                3,
                d.acknowledgeTimeout,
                10,
                Duration.ofHours(1).plusSeconds(1),
                Duration.ofHours(2)),
            "PT1H1S"),
        bound(
            "notificationRetryMax",
            new Settings(3, d.acknowledgeTimeout, 10, Duration.ofMinutes(5), Duration.ofMinutes(4)),
            "PT4M"),
        bound(
            "notificationRetryMax",
            new Settings(
                3, d.acknowledgeTimeout, 10, d.retryInitial, Duration.ofHours(24).plusSeconds(1)),
            "PT24H1S"));
  }

  /** Returns each documented end of each range. */
  static Stream<Arguments> atTheBounds() {
    Settings d = Settings.DEFAULTS;
    return Stream.of(
        Arguments.of(
            new Settings(1, d.acknowledgeTimeout, d.maxCandidates, d.retryInitial, d.retryMax)),
        Arguments.of(
            new Settings(20, d.acknowledgeTimeout, d.maxCandidates, d.retryInitial, d.retryMax)),
        Arguments.of(
            new Settings(3, Duration.ofMinutes(1), d.maxCandidates, d.retryInitial, d.retryMax)),
        Arguments.of(
            new Settings(3, Duration.ofHours(24), d.maxCandidates, d.retryInitial, d.retryMax)),
        Arguments.of(new Settings(3, d.acknowledgeTimeout, 1, d.retryInitial, d.retryMax)),
        Arguments.of(new Settings(3, d.acknowledgeTimeout, 100, d.retryInitial, d.retryMax)),
        Arguments.of(new Settings(3, d.acknowledgeTimeout, 10, Duration.ofSeconds(1), d.retryMax)),
        Arguments.of(
            new Settings(3, d.acknowledgeTimeout, 10, Duration.ofHours(1), Duration.ofHours(1))),
        Arguments.of(new Settings(3, d.acknowledgeTimeout, 10, d.retryInitial, d.retryInitial)),
        Arguments.of(
            new Settings(3, d.acknowledgeTimeout, 10, d.retryInitial, Duration.ofHours(24))));
  }

  @ParameterizedTest(name = "{0} = {2}")
  @MethodSource("outOfRange")
  void constructor_rejectsValueOutsideDocumentedRange(
      String name, Settings settings, String printed) {
    assertThatThrownBy(settings::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + " " + printed + " is outside [")
        .hasMessageContaining("pick a value in range");
  }

  @ParameterizedTest
  @MethodSource("atTheBounds")
  void constructor_acceptsEachDocumentedBound(Settings settings) {
    assertThatCode(settings::build).doesNotThrowAnyException();
  }

  @Test
  void constructor_nullSettingIsNamed() {
    assertThatThrownBy(
            () ->
                new PickupPolicy(
                    3,
                    null,
                    ShortPickPolicy.REROUTE,
                    HoldWindowPolicy.defaults(),
                    PreparationRule.WITHIN_ONE_PERIOD,
                    10,
                    true,
                    Duration.ofSeconds(30),
                    Duration.ofHours(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("acknowledgeTimeout");
    assertThatThrownBy(
            () ->
                new PickupPolicy(
                    3,
                    Duration.ofMinutes(30),
                    null,
                    HoldWindowPolicy.defaults(),
                    PreparationRule.WITHIN_ONE_PERIOD,
                    10,
                    true,
                    Duration.ofSeconds(30),
                    Duration.ofHours(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("shortPickPolicy");
  }

  @Test
  void defaults_matchTheirDocumentation() {
    PickupPolicy policy = PickupPolicy.defaults();

    assertThat(policy.maxRoutingAttempts()).isEqualTo(3);
    assertThat(policy.acknowledgeTimeout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(policy.shortPickPolicy()).isEqualTo(ShortPickPolicy.CONTINUE_WITH_AVAILABLE);
    assertThat(policy.holdWindow()).isEqualTo(HoldWindowPolicy.defaults());
    assertThat(policy.preparationRule()).isEqualTo(PreparationRule.WITHIN_ONE_PERIOD);
    assertThat(policy.maxCandidates()).isEqualTo(10);
    assertThat(policy.offerShipToHome()).isTrue();
    assertThat(policy.notificationRetryInitial()).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.notificationRetryMax()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void withers_replaceOneSettingAndValidateIt() {
    PickupPolicy policy = PickupPolicy.defaults();

    PickupPolicy changed =
        policy
            .withMaxRoutingAttempts(5)
            .withAcknowledgeTimeout(Duration.ofMinutes(10))
            .withShortPickPolicy(ShortPickPolicy.REROUTE);

    assertThat(changed.maxRoutingAttempts()).isEqualTo(5);
    assertThat(changed.acknowledgeTimeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(changed.shortPickPolicy()).isEqualTo(ShortPickPolicy.REROUTE);
    assertThat(changed.maxCandidates()).isEqualTo(policy.maxCandidates());
    assertThatThrownBy(() -> policy.withMaxRoutingAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("maxRoutingAttempts 0");
  }
}
