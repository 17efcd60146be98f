package dev.bopis.examples.json;

import dev.bopis.core.model.Sku;
import dev.bopis.core.model.StoreId;

/** Reads the identifier fields that several BigCommerce documents share. */
final class BigCommerceFields {

  private BigCommerceFields() {}

  /**
   * Returns the SKU of an item from its {@code sku} text or, when that is absent, its {@code
   * variant_id}.
   *
   * @throws JsonContractException if both are missing or the variant is unknown
   */
  static Sku sku(JsonInput item, BigCommerceIds ids) {
    if (item.has("sku")) {
      return item.sku("sku");
    }
    if (!item.has("variant_id")) {
      throw JsonContractException.missing(item.path() + ".variant_id", "a variant_id or a sku");
    }
    long variantId = item.integerAtLeast("variant_id", 1);
    return ids.sku(variantId)
        .orElseThrow(
            () ->
                item.required("variant_id", "an integer")
                    .invalid("is not a known variant; add it to the variant table"));
  }

  /**
   * Returns the store of an item from its {@code location_code} or, when that is absent, its {@code
   * location_id}.
   *
   * @throws JsonContractException if both are missing or the location is unknown
   */
  static StoreId store(JsonInput item, BigCommerceIds ids) {
    return store(item, ids, "location_code", "location_id");
  }

  /** Like {@link #store(JsonInput, BigCommerceIds)} with the field names given. */
  static StoreId store(JsonInput item, BigCommerceIds ids, String codeField, String idField) {
    if (item.has(codeField)) {
      return item.parsed(codeField, "a location code", StoreId::of);
    }
    if (!item.has(idField)) {
      throw JsonContractException.missing(
          item.path() + "." + idField, "a " + idField + " or a " + codeField);
    }
    long locationId = item.integerAtLeast(idField, 1);
    return ids.store(locationId)
        .orElseThrow(
            () ->
                item.required(idField, "an integer")
                    .invalid("is not a known location; add it to the location table"));
  }
}
