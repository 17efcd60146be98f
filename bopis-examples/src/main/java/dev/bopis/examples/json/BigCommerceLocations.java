package dev.bopis.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bopis.core.calendar.OpeningPeriod;
import dev.bopis.core.calendar.SpecialHours;
import dev.bopis.core.calendar.StoreCalendar;
import dev.bopis.core.calendar.WeeklyHours;
import dev.bopis.core.model.GeoPoint;
import dev.bopis.core.model.PickupMethod;
import dev.bopis.core.model.StoreId;
import dev.bopis.core.store.PickupLocation;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads BigCommerce-style inventory locations into {@link PickupLocation}s.
 *
 * <p>A location carries {@code code} or {@code id}, {@code label}, {@code enabled}, {@code
 * type_id}, {@code storefront_visibility}, {@code time_zone}, {@code address.geo_coordinates} with
 * {@code latitude} and {@code longitude}, {@code operating_hours} per weekday ({@code sunday} to
 * {@code saturday}, each {@code {open, opening, closing}} in {@code HH:MM}) and {@code
 * special_hours} (each {@code {date, open, opening, closing, all_day, annual}}). The store id is
 * the location code, or the id translated by {@link BigCommerceIds} when there is no code. Pickup
 * is enabled only for an enabled, visible, physical location. BigCommerce keeps pickup methods and
 * preparation settings elsewhere, so they come from {@link Defaults}. Thread-safe.
 */
public final class BigCommerceLocations {

  /**
   * The pickup settings a BigCommerce location does not carry.
   *
   * @param methods the pickup methods every enabled location offers, at least one
   * @param preparationLead time to pick and stage one order, at least one minute
   * @param sameDayCutoff store-local time after which orders start the next open day, or null
   * @param ordersPerHour orders a store prepares per hour, at least 1
   */
  public record Defaults(
      Set<PickupMethod> methods,
      Duration preparationLead,
      @Nullable LocalTime sameDayCutoff,
      int ordersPerHour) {

    /**
     * Validates and copies the settings.
     *
     * @throws IllegalArgumentException if {@code methods} is empty, the lead is under a minute or
     *     {@code ordersPerHour} is below 1
     */
    public Defaults {
      Objects.requireNonNull(preparationLead, "preparationLead");
      if (methods.isEmpty()) {
        throw new IllegalArgumentException("methods is empty; pass IN_STORE, CURBSIDE or both");
      }
      methods = Set.copyOf(EnumSet.copyOf(methods));
      if (preparationLead.compareTo(Duration.ofMinutes(1)) < 0) {
        throw new IllegalArgumentException(
            "preparationLead " + preparationLead + " must be at least PT1M");
      }
      if (ordersPerHour < 1) {
        throw new IllegalArgumentException("ordersPerHour " + ordersPerHour + " must be >= 1");
      }
    }

    /** Returns in-store pickup only, 30 minutes to prepare, no cutoff, 12 orders an hour. */
    public static Defaults inStore() {
      return new Defaults(Set.of(PickupMethod.IN_STORE), Duration.ofMinutes(30), null, 12);
    }
  }

  private static final List<String> WEEKDAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private final Defaults defaults;
  private final BigCommerceIds ids;

  /** Creates a reader that fills in {@code defaults} and translates ids with {@code ids}. */
  public BigCommerceLocations(Defaults defaults, BigCommerceIds ids) {
    this.defaults = Objects.requireNonNull(defaults, "defaults");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /**
   * Reads one location object.
   *
   * @throws JsonContractException if a field is missing or invalid
   */
  public PickupLocation read(JsonNode location) {
    return read(JsonInput.root(Objects.requireNonNull(location, "location")));
  }

  /**
   * Reads every location of a list: a JSON array, or an object with the array in {@code data} as
   * the locations endpoint returns it. Nothing is returned if any location is invalid.
   *
   * @throws JsonContractException naming the first invalid field, such as {@code
   *     $.data[2].time_zone}
   */
  public List<PickupLocation> readAll(JsonNode document) {
    Objects.requireNonNull(document, "document");
    List<JsonInput> entries = new ArrayList<>();
    if (document.isArray()) {
      for (int i = 0; i < document.size(); i++) {
        entries.add(JsonInput.objectAt(document.get(i), "$[" + i + "]"));
      }
    } else {
      entries.addAll(JsonInput.root(document).array("data"));
    }
    List<PickupLocation> locations = new ArrayList<>(entries.size());
    for (JsonInput entry : entries) {
      locations.add(read(entry));
    }
    return List.copyOf(locations);
  }

  private PickupLocation read(JsonInput root) {
    StoreId id = BigCommerceFields.store(root, ids, "code", "id");
    String name = root.text("label");
    boolean enabled = root.optionalBool("enabled", true);
    boolean visible = root.optionalBool("storefront_visibility", true);
    String type = root.has("type_id") ? root.text("type_id") : "PHYSICAL";
    boolean pickupEnabled = enabled && visible && !type.equalsIgnoreCase("VIRTUAL");
    ZoneId zone = root.zone("time_zone");
    GeoPoint point = root.object("address").object("geo_coordinates").geoPointValue();
    WeeklyHours weekly = weeklyHours(root, pickupEnabled);
    List<SpecialHours> special = new ArrayList<>();
    for (JsonInput entry : root.optionalArray("special_hours")) {
      special.add(specialHours(entry));
    }
    StoreCalendar calendar =
        root.optional("special_hours") == null
            ? StoreCalendar.of(zone, weekly)
            : root.required("special_hours", "an array")
                .build(() -> new StoreCalendar(zone, weekly, special));

    Set<PickupMethod> methods = pickupEnabled ? defaults.methods() : Set.of();
    return root.build(
        () ->
            new PickupLocation(
                id,
                name,
                point,
                calendar,
                methods,
                pickupEnabled,
                defaults.preparationLead(),
                defaults.sameDayCutoff(),
                defaults.ordersPerHour(),
                0));
  }

  /** Reads {@code operating_hours}; required for a pickup location, else closed when absent. */
  private static WeeklyHours weeklyHours(JsonInput root, boolean required) {
    JsonInput hours =
        required ? root.object("operating_hours") : root.optionalObject("operating_hours");
    if (hours == null) {
      return WeeklyHours.closed();
    }
    Map<DayOfWeek, List<OpeningPeriod>> periods = new EnumMap<>(DayOfWeek.class);
    for (int i = 0; i < WEEKDAYS.size(); i++) {
      JsonInput day = hours.optionalObject(WEEKDAYS.get(i));
      if (day != null && day.bool("open")) {
        periods.put(DayOfWeek.of(i + 1), List.of(period(day)));
      }
    }
    return hours.build(() -> WeeklyHours.of(periods));
  }

  private static SpecialHours specialHours(JsonInput entry) {
    LocalDate date = entry.parsed("date", "a date such as \"2026-12-24\"", LocalDate::parse);
    boolean annual = entry.optionalBool("annual", false);
    boolean open = entry.bool("open");
    List<OpeningPeriod> periods = new ArrayList<>();
    if (open) {
      periods.add(entry.optionalBool("all_day", false) ? OpeningPeriod.allDay() : period(entry));
    }
    OpeningPeriod[] array = periods.toArray(OpeningPeriod[]::new);
    return entry.build(
        () ->
            annual
                ? SpecialHours.yearly(MonthDay.from(date), array)
                : SpecialHours.on(date, array));
  }

  /**
   * Reads {@code opening} and {@code closing}; a closing at or before the opening closes the next
   * day, so equal times mean open around the clock, and {@code 24:00} closes at midnight.
   */
  private static OpeningPeriod period(JsonInput day) {
    LocalTime opens = time(day.required("opening", "a time such as \"09:00\""), false);
    JsonInput closingField = day.required("closing", "a time such as \"17:30\"");
    boolean closesAtMidnight = isEndOfDay(closingField.textValue());
    LocalTime closes = time(closingField, true);
    return day.build(
        () ->
            closesAtMidnight
                ? new OpeningPeriod(opens, LocalTime.MIDNIGHT, true)
                : OpeningPeriod.of(opens, closes));
  }

  private static LocalTime time(JsonInput field, boolean allowEndOfDay) {
    String text = field.textValue();
    if (allowEndOfDay && isEndOfDay(text)) {
      return LocalTime.MIDNIGHT;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeException e) {
      throw field.invalid(
          "is not a time of day such as \"09:00\"" + (allowEndOfDay ? " or \"24:00\"" : ""));
    }
  }

  private static boolean isEndOfDay(String text) {
    return text.equals("24:00") || text.equals("24:00:00");
  }
}
