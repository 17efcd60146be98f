package dev.bopis.core.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lookups of the UTC offset of a zone at an instant, cached per zone with the range of instants in
 * which the offset is valid. Repeated lookups near the same time then neither search the zone's
 * transitions again nor allocate.
 *
 * <p>In JDK 17, {@link ZoneRules#getOffset(Instant)} finds the transitions of the instant's year on
 * every call. For years after a zone's last explicit transition it looks them up under a boxed
 * year, so a call can allocate. Checkout paths that need the offset of the same few zones thousands
 * of times a second use this class instead. It keeps one range per zone, which covers the offsets
 * on both sides of the next transition, and replaces it when an instant falls outside it.
 * Thread-safe.
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
    return epochSecond < span.changeSecond ? span.before : span.after;
  }

  /**
   * The offsets on both sides of one transition: {@code before} from {@code fromSecond} and {@code
   * after} from {@code changeSecond}, until {@code untilSecond} (exclusive). Keeping both sides
   * serves estimates that look up placement and ready time on either side of a change.
   */
  private record Span(
      long fromSecond, long changeSecond, long untilSecond, ZoneOffset before, ZoneOffset after) {

    static Span at(ZoneRules rules, long epochSecond) {
      Instant instant = Instant.ofEpochSecond(epochSecond);
      ZoneOffset offset = rules.getOffset(instant);
      if (rules.isFixedOffset()) {
        return new Span(Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, offset, offset);
      }
      // Transitions fall on whole seconds, so the offset is valid from the last one at or before
      // the instant until the next one after it.
      ZoneOffsetTransition previous =
          rules.previousTransition(
              epochSecond < Instant.MAX.getEpochSecond() ? instant.plusSeconds(1) : instant);
      ZoneOffsetTransition next = rules.nextTransition(instant);
      long from = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
      if (from > epochSecond) {
        // The JDK's rules should never get here. If they do, the span covers this second only.
        return new Span(epochSecond, epochSecond + 1, epochSecond + 1, offset, offset);
      }
      if (next == null) {
        return new Span(from, Long.MAX_VALUE, Long.MAX_VALUE, offset, offset);
      }
      ZoneOffsetTransition afterNext = rules.nextTransition(next.getInstant());
      long until = afterNext == null ? Long.MAX_VALUE : afterNext.toEpochSecond();
      return new Span(from, next.toEpochSecond(), until, offset, next.getOffsetAfter());
    }
  }
}
