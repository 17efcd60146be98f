package dev.bopis.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import org.junit.jupiter.api.Test;

class FixedListTest {

  private static List<String> abc() {
    return FixedList.adopt(new String[] {"a", "b", "c"});
  }

  @Test
  void get_returnsElementsInArrayOrder() {
    List<String> list = abc();

    assertThat(list.get(0)).isEqualTo("a");
    assertThat(list.get(1)).isEqualTo("b");
    assertThat(list.get(2)).isEqualTo("c");
    assertThat(list.size()).isEqualTo(3);
  }

  @Test
  void get_rejectsNegativeIndex() {
    List<String> list = abc();

    assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void get_rejectsIndexAtSize() {
    List<String> list = abc();

    assertThatThrownBy(() -> list.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void get_rejectsAnyIndexOfEmptyList() {
    List<String> empty = FixedList.adopt(new String[0]);

    assertThat(empty).isEmpty();
    assertThatThrownBy(() -> empty.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void add_throwsUnsupported() {
    List<String> list = abc();

    assertThatThrownBy(() -> list.add("d")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.add(0, "d")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.addAll(List.of("d")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(list).containsExactly("a", "b", "c");
  }

  @Test
  void set_throwsUnsupported() {
    List<String> list = abc();

    assertThatThrownBy(() -> list.set(0, "z")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.replaceAll(String::toUpperCase))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.sort(null)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(list).containsExactly("a", "b", "c");
  }

  @Test
  void remove_throwsUnsupported() {
    List<String> list = abc();

    assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.removeIf(e -> true))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(list).containsExactly("a", "b", "c");
  }

  @Test
  void iterator_rejectsChanges() {
    List<String> list = abc();
    Iterator<String> iterator = list.iterator();
    iterator.next();
    ListIterator<String> listIterator = list.listIterator();
    listIterator.next();

    assertThatThrownBy(iterator::remove).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> listIterator.set("z"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> listIterator.add("z"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(list).containsExactly("a", "b", "c");
  }

  @Test
  void subList_rejectsChanges() {
    List<String> sub = abc().subList(1, 3);

    assertThatThrownBy(() -> sub.set(0, "z")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> sub.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(sub).containsExactly("b", "c");
  }

  @Test
  void adopt_rejectsNullElement() {
    String[] elements = {"a", null, "c"};

    assertThatThrownBy(() -> FixedList.adopt(elements))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("element");
  }

  @Test
  void copyOf_returnsFixedListItself() {
    List<String> fixed = abc();

    List<String> copy = FixedList.copyOf(fixed);

    assertThat(copy).isSameAs(fixed);
  }

  @Test
  void copyOf_copiesOtherList() {
    List<String> source = new ArrayList<>(List.of("a", "b"));

    List<String> copy = FixedList.copyOf(source);
    source.add("c");
    source.set(0, "z");

    assertThat(copy).isNotSameAs(source);
    assertThat(copy).containsExactly("a", "b");
  }

  @Test
  void copyOf_copyRejectsChanges() {
    List<String> copy = FixedList.copyOf(new ArrayList<>(List.of("a", "b")));

    assertThatThrownBy(() -> copy.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.set(0, "z")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void copyOf_copiesSubListOfFixedList() {
    List<String> sub = abc().subList(0, 2);

    List<String> copy = FixedList.copyOf(sub);

    assertThat(copy).isNotSameAs(sub);
    assertThat(copy).containsExactly("a", "b");
  }

  @Test
  void copyOf_rejectsNullElementOfOtherList() {
    List<String> source = new ArrayList<>();
    source.add(null);

    assertThatThrownBy(() -> FixedList.copyOf(source)).isInstanceOf(NullPointerException.class);
  }
}
