package dev.bopis.examples.postgres;

import dev.bopis.core.inventory.InventoryPort;
import dev.bopis.core.testing.InventoryPortContract;
import java.time.Clock;

/** The inventory contract of the library, run against PostgreSQL. */
class PostgresInventoryContractTest extends InventoryPortContract {

  @Override
  protected InventoryPort newInventory() {
    TestDatabase.truncate();
    return new PostgresInventory(TestDatabase.dataSource(), Clock.systemUTC());
  }
}
