package dev.bopis.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The array form of availability returns the same values as the matrix form. */
class AvailabilityIntoTest {

  private static final StoreId NORTH = StoreId.of("NORTH");
  private static final StoreId SOUTH = StoreId.of("SOUTH");
  private static final StoreId UNKNOWN = StoreId.of("UNKNOWN");
  private static final Sku MUG = Sku.of("MUG");
  private static final Sku CAP = Sku.of("CAP");
  private static final Sku NEVER_STOCKED = Sku.of("NEVER-STOCKED");

  @Test
  void availabilityInto_matchesMatrix() {
    InMemoryInventory inventory = new InMemoryInventory();
    inventory.put(NORTH, MUG, 5, 1);
    inventory.put(SOUTH, CAP, 2, 0);
    List<StoreId> stores = List.of(NORTH, UNKNOWN, SOUTH);
    List<Sku> skus = List.of(MUG, CAP, NEVER_STOCKED);
    long[] into = new long[9];
    Arrays.fill(into, -7);

    inventory.availability(stores, skus, into);

    assertThat(into).containsExactly(4, 0, 0, 0, 0, 0, 0, 2, 0);
    AvailabilityMatrix matrix = inventory.availability(stores, skus);
    for (int i = 0; i < stores.size(); i++) {
      for (int j = 0; j < skus.size(); j++) {
        assertThat(into[i * skus.size() + j]).isEqualTo(matrix.available(i, j));
      }
    }
  }

  @Test
  void availabilityInto_rejectsShortArray() {
    InMemoryInventory inventory = new InMemoryInventory();

    assertThatThrownBy(() -> inventory.availability(List.of(NORTH), List.of(MUG, CAP), new long[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("availability needs an array of at least 2 values, got 1");
  }

  @Test
  void defaultAvailabilityInto_copiesTheMatrix() {
    InMemoryInventory backing = new InMemoryInventory();
    backing.put(NORTH, MUG, 3, 0);
    InventoryPort matrixOnly =
        (InventoryPort)
            Proxy.newProxyInstance(
                InventoryPort.class.getClassLoader(),
                new Class<?>[] {InventoryPort.class},
                (proxy, method, args) ->
                    method.isDefault()
                        ? InvocationHandler.invokeDefault(proxy, method, args)
                        : method.invoke(backing, args));
    long[] into = new long[2];

    matrixOnly.availability(List.of(NORTH), List.of(MUG, CAP), into);

    assertThat(into).containsExactly(3, 0);
  }
}
