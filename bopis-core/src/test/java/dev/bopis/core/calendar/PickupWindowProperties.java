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
import net.jqwik.api.statistics.Statistics;

class PickupWindowProperties {

  /** One check: the requested window and the order's instants around it. */
  record Request(
      StoreCalendar calendar,
      PickupWindow window,
      Instant now,
      Instant earliestReady,
      Instant holdEnd) {

    PickupWindowCheck check() {
      return PickupWindowPolicy.check(window, now, earliestReady, holdEnd, calendar);
    }
  }

  @Provide
  Arbitrary<Request> requests() {
    return CalendarArbitraries.calendars()
        .flatMap(
            calendar ->
                Combinators.combine(
                        CalendarArbitraries.instants(calendar.zone()),
                        Arbitraries.integers().between(0, 12 * 60),
                        Arbitraries.integers().between(1, 120 * 60),
                        Arbitraries.integers().between(-6 * 60, 96 * 60),
                        Arbitraries.integers().between(15, 4 * 60))
                    .as(
                        (now, readyAfter, holdAfter, windowAfterReady, windowMinutes) -> {
                          Instant ready = now.plus(Duration.ofMinutes(readyAfter));
                          Instant start = ready.plus(Duration.ofMinutes(windowAfterReady));
                          return new Request(
                              calendar,
                              PickupWindow.starting(start, Duration.ofMinutes(windowMinutes)),
                              now,
                              ready,
                              ready.plus(Duration.ofMinutes(holdAfter)));
                        }));
  }

  @Property
  void accepted_meetsEveryCondition(@ForAll("requests") Request request) {
    PickupWindowCheck check = request.check();
    Statistics.label("result")
        .collect(
            check instanceof PickupWindowCheck.Rejected rejected ? rejected.reason() : "ACCEPTED");
    Statistics.label("result")
        .coverage(
            coverage -> {
              coverage.check("ACCEPTED").count(count -> count >= 1);
              for (PickupWindowRejectionReason reason : PickupWindowRejectionReason.values()) {
                coverage.check(reason).count(count -> count >= 1);
              }
            });

    if (check.isAccepted()) {
      assertWindowValid(request, request.window());
    }
  }

  @Property
  void proposal_validAndAcceptedAgain(@ForAll("requests") Request request) {
    PickupWindowCheck check = request.check();

    if (check instanceof PickupWindowCheck.Rejected rejected && rejected.proposed() != null) {
      PickupWindow proposal = rejected.proposed();
      assertWindowValid(request, proposal);
      assertThat(proposal.length()).isLessThanOrEqualTo(request.window().length());
      if (proposal.length().equals(request.window().length())) {
        Request again =
            new Request(
                request.calendar(),
                proposal,
                request.now(),
                request.earliestReady(),
                request.holdEnd());
        assertThat(again.check().isAccepted()).isTrue();
      }
    }
  }

  private static void assertWindowValid(Request request, PickupWindow window) {
    assertThat(window.start()).isAfterOrEqualTo(request.now());
    assertThat(window.start()).isAfterOrEqualTo(request.earliestReady());
    assertThat(window.end()).isBeforeOrEqualTo(request.holdEnd());
    List<Instant[]> spans =
        CalendarArbitraries.openSpans(request.calendar(), window.start(), window.end());
    assertThat(spans)
        .as("one open span holding %s", window)
        .anySatisfy(
            span -> {
              assertThat(window.start()).isAfterOrEqualTo(span[0]);
              assertThat(window.end()).isBeforeOrEqualTo(span[1]);
            });
  }
}
