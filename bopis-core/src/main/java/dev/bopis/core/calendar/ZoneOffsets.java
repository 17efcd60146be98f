package dev.bopis.core.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UTC offset of a zone at an instant, remembered per zone with the span of instants it holds
 * for, so that repeated lookups near the same time neither search the zone's transitions again nor
 * allocate.
 *
 * <p>{@link ZoneRules#getOffset(Instant)} finds the year's transitions on every call, and for years
 * after the last explicit transition of a zone it boxes the year to look them up. Checkout paths
 * that ask for the offset of the same few zones thousands of times a second use this instead. The
 * cache holds one span per zone, refreshed when an instant falls outside it. Thread-safe.
 */
public final class ZoneOffsets {

  private static final ConcurrentHashMap<ZoneId, Span> SPANS = new ConcurrentHashMap<>();

  private ZoneOffsets() {}

  /**
   * Returns the UTC offset of {@code zone} at the instant {@code epochSecond}, the same as {@code
   * zone.getRules().getOffset(Instant.ofEpochSecond(epochSecond))}.
   *
   * @param zone the zone
   * @param epochSecond the instant, in seconds since 1970-01-01T00:00Z
   * @return the offset
   * @throws NullPointerException if {@code zone} is null
   */
  public static ZoneOffset at(ZoneId zone, long epochSecond) {
    Objects.requireNonNull(zone, "zone");
    if (zone instanceof ZoneOffset fixed) {
      return fixed;
    }
    Span span = SPANS.get(zone);
    if (span == null || epochSecond < span.fromSecond || epochSecond >= span.untilSecond) {
      span = Span.at(zone.getRules(), epochSecond);
      SPANS.put(zone, span);
    }
    return span.offset;
  }

  /** An offset and the instants, in epoch seconds, from and until which it holds. */
  private record Span(long fromSecond, long untilSecond, ZoneOffset offset) {

    static Span at(ZoneRules rules, long epochSecond) {
      Instant instant = Instant.ofEpochSecond(epochSecond);
      ZoneOffset offset = rules.getOffset(instant);
      if (rules.isFixedOffset()) {
        return new Span(Long.MIN_VALUE, Long.MAX_VALUE, offset);
      }
      // Transitions fall on whole seconds: the offset holds from the last one at or before the
      // instant until the next one after it.
      ZoneOffsetTransition previous = rules.previousTransition(instant.plusSeconds(1));
      ZoneOffsetTransition next = rules.nextTransition(instant);
      long from = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
      long until = next == null ? Long.MAX_VALUE : next.toEpochSecond();
      if (from > epochSecond || until <= epochSecond) {
        // Not expected from the JDK's rules; hold the offset for this second only.
        return new Span(epochSecond, epochSecond + 1, offset);
      }
      return new Span(from, until, offset);
    }
  }
}
