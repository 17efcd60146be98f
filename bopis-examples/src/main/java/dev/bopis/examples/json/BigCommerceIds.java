package dev.bopis.examples.json;

import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Translates BigCommerce's numeric variant and location ids to the SKUs and store ids of this
 * library. Implementations must be safe to call from many threads.
 */
public interface BigCommerceIds {

  /** Returns the SKU of a variant id, or empty if the variant is unknown. */
  Optional<Sku> sku(long variantId);

  /** Returns the store id of a location id, or empty if the location is unknown. */
  Optional<StoreId> store(long locationId);

  /** Returns the location id of a store, or empty if the store has no BigCommerce location id. */
  OptionalLong locationId(StoreId storeId);

  /**
   * Returns the translation that uses the decimal text of an id as SKU or store id: variant 24 is
   * SKU {@code "24"} and location 3 is store {@code "3"}. A store id that is not a decimal number
   * has no location id.
   */
  static BigCommerceIds numeric() {
    return new BigCommerceIds() {
      @Override
      public Optional<Sku> sku(long variantId) {
        return Optional.of(Sku.of(Long.toString(variantId)));
      }

      @Override
      public Optional<StoreId> store(long locationId) {
        return Optional.of(StoreId.of(Long.toString(locationId)));
      }

      @Override
      public OptionalLong locationId(StoreId storeId) {
        try {
          return OptionalLong.of(Long.parseLong(storeId.value()));
        } catch (NumberFormatException notNumeric) {
          return OptionalLong.empty();
        }
      }
    };
  }

  /**
   * Returns the translation given by two tables; ids absent from a table are unknown.
   *
   * @param variants SKU per variant id
   * @param locations store id per location id; two locations must not share a store
   * @throws IllegalArgumentException if two location ids map to one store id
   */
  static BigCommerceIds of(Map<Long, Sku> variants, Map<Long, StoreId> locations) {
    Map<Long, Sku> skus = Map.copyOf(variants);
    Map<Long, StoreId> stores = Map.copyOf(locations);
    Map<StoreId, Long> reverse = new HashMap<>();
    stores.forEach(
        (locationId, storeId) -> {
          Long previous = reverse.put(storeId, locationId);
          if (previous != null) {
            throw new IllegalArgumentException(
                "locations "
                    + previous
                    + " and "
                    + locationId
                    + " both map to store "
                    + storeId
                    + "; map each store from one location");
          }
        });
    return new BigCommerceIds() {
      @Override
      public Optional<Sku> sku(long variantId) {
        return Optional.ofNullable(skus.get(variantId));
      }

      @Override
      public Optional<StoreId> store(long locationId) {
        return Optional.ofNullable(stores.get(locationId));
      }

      @Override
      public OptionalLong locationId(StoreId storeId) {
        Long id = reverse.get(Objects.requireNonNull(storeId, "storeId"));
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
      }
    };
  }
}
