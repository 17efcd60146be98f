package dev.bopis.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.testing.OrderRepositoryContract;
import dev.bopis.core.testing.OrderSnapshots;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryOrderRepositoryTest extends OrderRepositoryContract {

  @Override
  protected OrderRepository newRepository() {
    return new InMemoryOrderRepository();
  }

  @Test
  void insert_versionOtherThanOneThrows() {
    InMemoryOrderRepository repository = new InMemoryOrderRepository();
    PickupOrder second =
        OrderSnapshots.sourced("O-1", T0, Duration.ofMinutes(5)).toBuilder().build();

    assertThatThrownBy(() -> repository.insert(second))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be at version 1, not 2");
    assertThat(repository.all()).isEmpty();
  }

  @Test
  void all_listsEveryStoredOrder() {
    InMemoryOrderRepository repository = new InMemoryOrderRepository();
    repository.insert(OrderSnapshots.sourced("O-1", T0, Duration.ofMinutes(5)));
    repository.insert(OrderSnapshots.sourced("O-2", T0, Duration.ofMinutes(5)));

    assertThat(repository.all())
        .extracting(o -> o.id().value())
        .containsExactlyInAnyOrder("O-1", "O-2");
  }
}
