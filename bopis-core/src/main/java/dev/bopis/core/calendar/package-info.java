/**
 * Store calendars in each store's own time zone, ready-time estimates, pickup-window checks and
 * hold windows for pickup orders.
 *
 * <p>Every local date and time in this package is in the zone of the {@link
 * dev.bopis.core.calendar.StoreCalendar} it belongs to. Nothing here reads the system clock or the
 * JVM's default time zone: instants come in as arguments. All types are immutable and safe to share
 * between threads, except {@link dev.bopis.core.calendar.WeeklyHours.Builder}.
 */
@NullMarked
package dev.bopis.core.calendar;

import org.jspecify.annotations.NullMarked;
