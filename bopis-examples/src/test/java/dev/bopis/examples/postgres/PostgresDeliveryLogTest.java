package dev.bopis.examples.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bopis.core.testing.Race;
import dev.bopis.examples.json.ServiceFixture;
import dev.bopis.examples.notify.DeliveryLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresDeliveryLogTest {

  private static final String KEY = "O-1:2:READY_FOR_PICKUP";
  private static final Instant NOW = ServiceFixture.START;

  private PostgresDeliveryLog log;

  @BeforeEach
  void emptyLog() {
    TestDatabase.truncate();
    log = new PostgresDeliveryLog(TestDatabase.dataSource(), Duration.ofMinutes(5));
  }

  @AfterEach
  void closeNodeConnections() {
    TestDatabase.closeDedicatedConnections();
  }

  @Test
  void claim_newKeyThenInFlightThenDelivered() {
    DeliveryLog.Claim first = log.claim(KEY, NOW);
    DeliveryLog.Claim second = log.claim(KEY, NOW.plusSeconds(1));
    log.markDelivered(KEY, NOW.plusSeconds(2));
    DeliveryLog.Claim third = log.claim(KEY, NOW.plus(Duration.ofHours(1)));

    assertThat(first).isEqualTo(DeliveryLog.Claim.CLAIMED);
    assertThat(second).isEqualTo(DeliveryLog.Claim.IN_FLIGHT);
    assertThat(third).isEqualTo(DeliveryLog.Claim.ALREADY_DELIVERED);
    assertThat(log.isDelivered(KEY)).isTrue();
  }

  @Test
  void releaseClaim_letsTheNextAttemptClaim() {
    log.claim(KEY, NOW);

    log.releaseClaim(KEY);

    assertThat(log.claim(KEY, NOW.plusSeconds(1))).isEqualTo(DeliveryLog.Claim.CLAIMED);
    assertThat(log.isDelivered(KEY)).isFalse();
  }

  @Test
  void claim_lapsedClaimCanBeTakenOver() {
    log.claim(KEY, NOW);

    DeliveryLog.Claim beforeLease = log.claim(KEY, NOW.plus(Duration.ofMinutes(4)));
    DeliveryLog.Claim afterLease = log.claim(KEY, NOW.plus(Duration.ofMinutes(5)));

    assertThat(beforeLease).isEqualTo(DeliveryLog.Claim.IN_FLIGHT);
    assertThat(afterLease).isEqualTo(DeliveryLog.Claim.CLAIMED);
  }

  @Test
  void releaseClaim_neverForgetsADeliveredKey() {
    log.claim(KEY, NOW);
    log.markDelivered(KEY, NOW);

    log.releaseClaim(KEY);

    assertThat(log.isDelivered(KEY)).isTrue();
  }

  @Test
  void claim_sixteenNodesAtOnce_exactlyOneClaims() throws InterruptedException {
    List<Callable<DeliveryLog.Claim>> nodes = new ArrayList<>();
    for (int n = 0; n < 16; n++) {
      PostgresDeliveryLog node =
          new PostgresDeliveryLog(TestDatabase.dedicatedConnection(), Duration.ofMinutes(5));
      nodes.add(() -> node.claim(KEY, NOW));
    }

    List<Race.Outcome<DeliveryLog.Claim>> outcomes = Race.run(nodes);

    assertThat(outcomes).allMatch(Race.Outcome::returned);
    assertThat(outcomes.stream().filter(o -> o.value() == DeliveryLog.Claim.CLAIMED).count())
        .isEqualTo(1);
    assertThat(outcomes.stream().filter(o -> o.value() == DeliveryLog.Claim.IN_FLIGHT).count())
        .isEqualTo(15);
  }
}
