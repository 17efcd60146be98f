package dev.bopis.examples.data;

/**
 * A product of the Sample - Superstore data set.
 *
 * @param productId the product id, such as {@code FUR-BO-10001798}
 * @param category the category, such as {@code Furniture}
 * @param subCategory the sub-category, such as {@code Bookcases}
 * @param name the product name
 */
public record Product(String productId, String category, String subCategory, String name) {

  /**
   * Validates the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field is blank
   */
  public Product {
    Checks.nonBlank(productId, "productId");
    Checks.nonBlank(category, "category");
    Checks.nonBlank(subCategory, "subCategory");
    Checks.nonBlank(name, "name");
  }
}
