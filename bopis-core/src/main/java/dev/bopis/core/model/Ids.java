package dev.bopis.core.model;

/** Checks shared by the identifier records. */
final class Ids {

  private static final int MAX_LENGTH = 128;

  private Ids() {}

  static void requireText(String value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank; pass a non-empty identifier");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          name
              + " \""
              + value.substring(0, 20)
              + "...\" has "
              + value.length()
              + " characters; identifiers are limited to "
              + MAX_LENGTH);
    }
  }
}
