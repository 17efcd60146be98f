package dev.bopis.examples.simulation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the simulation moves forward by hand. Thread-safe; time never goes backwards. */
final class SimulatedClock extends Clock {

  private volatile Instant now;

  SimulatedClock(Instant start) {
    this.now = start;
  }

  /** Moves the clock to {@code instant}; an earlier instant leaves it where it is. */
  synchronized void advanceTo(Instant instant) {
    if (instant.isAfter(now)) {
      now = instant;
    }
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the simulated clock is always UTC");
  }
}
