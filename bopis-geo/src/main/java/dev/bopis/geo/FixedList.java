package dev.bopis.geo;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array that only its creator ever held, so that a query can hand its
 * result lists over without the copy that {@link List#of(Object[])} and {@link List#copyOf} make.
 * Equality and hash code follow {@link List}.
 */
final class FixedList<E> extends AbstractList<E> implements RandomAccess {

  private final E[] elements;

  private FixedList(E[] elements) {
    this.elements = elements;
  }

  /**
   * Wraps an array that the caller fills and then never reads or writes again.
   *
   * @throws NullPointerException if an element is null
   */
  static <E> List<E> adopt(E[] elements) {
    for (E element : elements) {
      Objects.requireNonNull(element, "element");
    }
    return new FixedList<>(elements);
  }

  /** Returns {@code list} itself when it is a fixed list, otherwise an unmodifiable copy. */
  static <E> List<E> copyOf(List<E> list) {
    return list instanceof FixedList<E> ? list : List.copyOf(list);
  }

  @Override
  public E get(int index) {
    return elements[Objects.checkIndex(index, elements.length)];
  }

  @Override
  public int size() {
    return elements.length;
  }
}
