package dev.bopis.examples.postgres;

import dev.bopis.core.order.OrderRepository;
import dev.bopis.core.testing.OrderRepositoryContract;
import java.time.Clock;

/** The repository contract of the library, run against PostgreSQL. */
class PostgresOrderRepositoryContractTest extends OrderRepositoryContract {

  @Override
  protected OrderRepository newRepository() {
    TestDatabase.truncate();
    return new PostgresOrderRepository(TestDatabase.dataSource(), Clock.systemUTC());
  }
}
