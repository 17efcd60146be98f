package dev.bopis.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvRoundTripProperties {

  @Property
  void writeThenRead_returnsSameFields(@ForAll("tables") List<List<String>> records) {
    CsvWriter writer = new CsvWriter();
    records.forEach(writer::record);

    List<List<String>> read = new ArrayList<>();
    CsvReader reader = CsvReader.of(writer.toString(), "t.csv", "regenerate it");
    for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
      read.add(record.fields());
    }

    assertThat(read).isEqualTo(records);
  }

  /** Records of 1 to 4 fields drawn from characters that need quoting and some that do not. */
  @Provide
  Arbitrary<List<List<String>>> tables() {
    Arbitrary<String> field = Arbitraries.strings().withChars("ab ,\"\n\r\t\u00e9").ofMaxLength(6);
    return field.list().ofMinSize(1).ofMaxSize(4).list().ofMaxSize(5);
  }
}
