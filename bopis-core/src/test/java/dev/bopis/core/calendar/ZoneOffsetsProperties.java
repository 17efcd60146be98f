package dev.bopis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ZoneOffsetsProperties {

  /** The 2025 clock changes of some of the zones below. */
  private static final List<Instant> CHANGES =
      List.of(
          Instant.parse("2025-03-09T07:00:00Z"),
          Instant.parse("2025-11-02T06:00:00Z"),
          Instant.parse("2025-03-30T01:00:00Z"),
          Instant.parse("2025-10-26T01:00:00Z"),
          Instant.parse("2025-04-05T15:00:00Z"),
          Instant.parse("2025-10-04T15:30:00Z"));

  @Property(tries = 300)
  void at_equalsZoneRulesInAnyOrderOfLookups(
      @ForAll("zones") ZoneId zone,
      @ForAll @Size(min = 1, max = 40) List<@From("instants") Instant> instants) {
    for (Instant instant : instants) {
      ZoneOffset cached = ZoneOffsets.at(zone, instant.getEpochSecond());

      assertThat(cached)
          .as("offset of %s at %s", zone, instant)
          .isEqualTo(zone.getRules().getOffset(instant));
    }
  }

  @Test
  void at_changesOnTheSecondOfTheTransition() {
    ZoneId newYork = ZoneId.of("America/New_York");
    long change = Instant.parse("2025-03-09T07:00:00Z").getEpochSecond();

    ZoneOffset before = ZoneOffsets.at(newYork, change - 1);
    ZoneOffset at = ZoneOffsets.at(newYork, change);
    ZoneOffset beforeAgain = ZoneOffsets.at(newYork, change - 1);

    assertThat(before).isEqualTo(ZoneOffset.ofHours(-5));
    assertThat(at).isEqualTo(ZoneOffset.ofHours(-4));
    assertThat(beforeAgain).isEqualTo(ZoneOffset.ofHours(-5));
  }

  @Test
  void at_fixedOffsetZoneIsItself() {
    ZoneOffset kolkataOffset = ZoneOffset.ofHoursMinutes(5, 30);

    ZoneOffset offset = ZoneOffsets.at(kolkataOffset, 0);

    assertThat(offset).isSameAs(kolkataOffset);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(
            "UTC",
            "America/New_York",
            "Europe/London",
            "Australia/Lord_Howe",
            "Asia/Kolkata",
            "America/St_Johns",
            "Pacific/Chatham",
            "Africa/Casablanca")
        .map(ZoneId::of);
  }

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Instant> anywhere =
        Arbitraries.longs()
            .between(
                Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2100-01-01T00:00:00Z").getEpochSecond())
            .map(Instant::ofEpochSecond);
    Arbitrary<Instant> nearChange =
        Arbitraries.of(CHANGES)
            .flatMap(change -> Arbitraries.longs().between(-2, 2).map(change::plusSeconds));
    return Arbitraries.oneOf(anywhere, nearChange);
  }

  @Test
  void at_lastInstantMatchesZoneRules() {
    ZoneId london = ZoneId.of("Europe/London");

    ZoneOffset offset = ZoneOffsets.at(london, Instant.MAX.getEpochSecond());

    assertThat(offset).isEqualTo(london.getRules().getOffset(Instant.MAX));
  }
}
