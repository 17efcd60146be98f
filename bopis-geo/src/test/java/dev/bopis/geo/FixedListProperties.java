package dev.bopis.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class FixedListProperties {

  @Property
  void adopt_agreesWithListOf(@ForAll @Size(max = 20) List<String> elements) {
    List<String> expected = List.copyOf(elements);

    List<String> fixed = FixedList.adopt(elements.toArray(new String[0]));

    assertThat(fixed.size()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(fixed.get(i)).isEqualTo(expected.get(i));
    }
    assertThat(fixed.equals(expected)).isTrue();
    assertThat(expected.equals(fixed)).isTrue();
    assertThat(fixed.hashCode()).isEqualTo(expected.hashCode());
    assertThat(fixed.toString()).isEqualTo(expected.toString());
    assertThat(new ArrayList<>(fixed)).isEqualTo(expected);
  }

  @Property
  void adopt_differsFromListOfOtherElements(
      @ForAll @Size(max = 6) List<Integer> first, @ForAll @Size(max = 6) List<Integer> second) {
    List<Integer> fixed = FixedList.adopt(first.toArray(new Integer[0]));

    boolean equal = fixed.equals(List.copyOf(second));

    assertThat(equal).isEqualTo(first.equals(second));
  }
}
