package dev.bopis.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.model.CommandId;
import dev.bopis.core.model.OrderId;
import dev.bopis.core.order.CommandOutcome;
import dev.bopis.core.order.ConcurrentOrderUpdateException;
import dev.bopis.core.order.OrderRepository;
import dev.bopis.core.order.OrderState;
import dev.bopis.core.order.PickupOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link OrderRepository} adapter must show: versioned updates where exactly
 * one writer wins per version, and the due-time query the scheduler relies on. Extend it, implement
 * {@link #newRepository()} to return an empty repository, and run it with JUnit Jupiter.
 */
public abstract class OrderRepositoryContract {

  protected static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

  private static final int WRITERS = 8;
  private static final int UPDATES_PER_WRITER = 1_000;

  private OrderRepository repository;

  /** Returns a new repository that stores no order. */
  protected abstract OrderRepository newRepository();

  @BeforeEach
  void createRepository() {
    repository = newRepository();
  }

  private static PickupOrder order(String id) {
    return OrderSnapshots.sourced(id, T0, Duration.ofMinutes(30));
  }

  @Test
  void insert_thenFindReturnsTheOrder() {
    PickupOrder order = order("O-1");

    boolean inserted = repository.insert(order);

    assertThat(inserted).isTrue();
    assertThat(repository.find(order.id())).contains(order);
  }

  @Test
  void find_unknownOrderIsEmpty() {
    assertThat(repository.find(OrderId.of("O-404"))).isEmpty();
  }

  @Test
  void insert_existingIdKeepsTheFirstOrder() {
    PickupOrder first = order("O-1");
    PickupOrder second =
        first.toBuilder()
            .command(CommandId.of("other"), CommandOutcome.APPLIED)
            .keepVersion()
            .build();
    repository.insert(first);

    boolean inserted = repository.insert(second);

    assertThat(inserted).isFalse();
    assertThat(repository.find(first.id())).contains(first);
  }

  @Test
  void update_nextVersionReplacesTheOrder() {
    PickupOrder first = order("O-1");
    repository.insert(first);
    PickupOrder next = first.toBuilder().state(OrderState.ACCEPTED).build();

    repository.update(next);

    assertThat(repository.find(first.id())).contains(next);
    assertThat(repository.find(first.id()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void update_staleVersionThrowsAndWritesNothing() {
    PickupOrder first = order("O-1");
    repository.insert(first);
    PickupOrder winner = first.toBuilder().state(OrderState.ACCEPTED).build();
    PickupOrder loser = first.toBuilder().state(OrderState.PICKING).build();
    repository.update(winner);

    assertThatThrownBy(() -> repository.update(loser))
        .isInstanceOf(ConcurrentOrderUpdateException.class)
        .hasMessageContaining("O-1");
    assertThat(repository.find(first.id())).contains(winner);
  }

  @Test
  void update_skippingAVersionThrows() {
    PickupOrder first = order("O-1");
    repository.insert(first);
    PickupOrder third = first.toBuilder().build().toBuilder().build();

    assertThatThrownBy(() -> repository.update(third))
        .isInstanceOf(ConcurrentOrderUpdateException.class);
    assertThat(repository.find(first.id())).contains(first);
  }

  @Test
  void update_unknownOrderThrows() {
    PickupOrder unknown = order("O-1").toBuilder().build();

    assertThatThrownBy(() -> repository.update(unknown))
        .isInstanceOf(ConcurrentOrderUpdateException.class);
    assertThat(repository.find(unknown.id())).isEmpty();
  }

  @Test
  void findDue_ordersByTimeThenId() {
    repository.insert(OrderSnapshots.sourced("O-B", T0, Duration.ofMinutes(10)));
    repository.insert(OrderSnapshots.sourced("O-A", T0, Duration.ofMinutes(10)));
    repository.insert(OrderSnapshots.sourced("O-C", T0, Duration.ofMinutes(5)));
    repository.insert(OrderSnapshots.sourced("O-LATER", T0, Duration.ofMinutes(60)));

    List<PickupOrder> due = repository.findDue(T0.plus(Duration.ofMinutes(10)), 10);

    assertThat(due).extracting(o -> o.id().value()).containsExactly("O-C", "O-A", "O-B");
  }

  @Test
  void findDue_stopsAtTheLimit() {
    repository.insert(OrderSnapshots.sourced("O-1", T0, Duration.ofMinutes(1)));
    repository.insert(OrderSnapshots.sourced("O-2", T0, Duration.ofMinutes(2)));
    repository.insert(OrderSnapshots.sourced("O-3", T0, Duration.ofMinutes(3)));

    List<PickupOrder> due = repository.findDue(T0.plus(Duration.ofHours(1)), 2);

    assertThat(due).extracting(o -> o.id().value()).containsExactly("O-1", "O-2");
  }

  @Test
  void findDue_dueTimeIsInclusive() {
    repository.insert(OrderSnapshots.sourced("O-1", T0, Duration.ofMinutes(30)));

    List<PickupOrder> before = repository.findDue(T0.plus(Duration.ofMinutes(29)), 10);
    List<PickupOrder> at = repository.findDue(T0.plus(Duration.ofMinutes(30)), 10);

    assertThat(before).isEmpty();
    assertThat(at).extracting(o -> o.id().value()).containsExactly("O-1");
  }

  @Test
  void findDue_followsTheLatestVersion() {
    PickupOrder first = OrderSnapshots.sourced("O-1", T0, Duration.ofMinutes(5));
    repository.insert(first);
    PickupOrder accepted = first.toBuilder().state(OrderState.ACCEPTED).build();
    repository.update(accepted);

    List<PickupOrder> due = repository.findDue(T0.plus(Duration.ofHours(1)), 10);

    assertThat(accepted.dueAt()).isEmpty();
    assertThat(due).isEmpty();
  }

  @Test
  void update_oneWinnerPerVersion() throws InterruptedException {
    PickupOrder first = order("O-RACE");
    repository.insert(first);
    // Each attempt marks its snapshot with a number no other attempt uses.
    Map<Long, Integer> winnerByVersion = new ConcurrentHashMap<>();
    List<Integer> secondWinners = Collections.synchronizedList(new ArrayList<>());
    List<Callable<Integer>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      writers.add(
          () -> {
            int wins = 0;
            for (int i = 0; i < UPDATES_PER_WRITER; i++) {
              int marker = writer * UPDATES_PER_WRITER + i + 1;
              PickupOrder current = repository.find(first.id()).orElseThrow();
              PickupOrder next = current.toBuilder().notificationCount(marker).build();
              try {
                repository.update(next);
              } catch (ConcurrentOrderUpdateException lost) {
                continue;
              }
              wins++;
              if (winnerByVersion.putIfAbsent(next.version(), marker) != null) {
                secondWinners.add(marker);
              }
            }
            return wins;
          });
    }

    List<Race.Outcome<Integer>> outcomes = Race.run(writers);

    assertThat(outcomes).allMatch(Race.Outcome::returned);
    int totalWins = outcomes.stream().mapToInt(o -> o.value() == null ? 0 : o.value()).sum();
    PickupOrder last = repository.find(first.id()).orElseThrow();
    assertThat(totalWins).isPositive();
    assertThat(secondWinners).isEmpty();
    assertThat(winnerByVersion).hasSize(totalWins);
    assertThat(last.version()).isEqualTo(1L + totalWins);
    assertThat(last.notificationCount()).isEqualTo(winnerByVersion.get(last.version()));
  }
}
