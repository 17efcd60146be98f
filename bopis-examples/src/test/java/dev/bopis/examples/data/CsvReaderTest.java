package dev.bopis.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static final String REMEDY = "regenerate it";

  @Test
  void next_quotedFields_keepSpecialCharacters() {
    CsvReader reader =
        CsvReader.of("a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\"\n", "t.csv", REMEDY);

    CsvRecord record = reader.next();

    assertThat(record).isNotNull();
    assertThat(record.fields()).containsExactly("a", "b, c", "say \"hi\"", "two\nlines");
    assertThat(reader.next()).isNull();
  }

  @Test
  void next_afterMultiLineField_countsPhysicalLines() {
    List<CsvRecord> records = readAll("h1,h2\n\"x\ny\",1\nz,2\n");

    assertThat(records).extracting(CsvRecord::lineNumber).containsExactly(1, 2, 4);
  }

  @Test
  void next_emptyFields_areEmptyStrings() {
    List<CsvRecord> records = readAll(",,\n\"\",x,\"\"\n");

    assertThat(records.get(0).fields()).containsExactly("", "", "");
    assertThat(records.get(1).fields()).containsExactly("", "x", "");
  }

  @Test
  void next_crlfWithoutFinalLineEnd_parses() {
    List<CsvRecord> records = readAll("a,b\r\nc,d");

    assertThat(records)
        .extracting(CsvRecord::fields)
        .containsExactly(List.of("a", "b"), List.of("c", "d"));
  }

  @Test
  void next_loneCarriageReturn_staysInField() {
    List<CsvRecord> records = readAll("a\rb,c\n");

    assertThat(records.get(0).fields()).containsExactly("a\rb", "c");
  }

  @Test
  void next_bomAndBlankLines_areSkipped() {
    List<CsvRecord> records = readAll("\uFEFFa,b\n\n\r\nc,d\n\n");

    assertThat(records)
        .extracting(CsvRecord::fields)
        .containsExactly(List.of("a", "b"), List.of("c", "d"));
    assertThat(records).extracting(CsvRecord::lineNumber).containsExactly(1, 4);
  }

  @Test
  void next_textAfterClosingQuote_fails() {
    CsvReader reader = CsvReader.of("x,\"a\"b\n", "t.csv", REMEDY);

    assertThatThrownBy(reader::next)
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "t.csv line 1: unexpected text after the closing quote of field 2; fix the line or"
                + " regenerate it");
  }

  @Test
  void next_unclosedQuote_namesLineWhereRecordStarts() {
    CsvReader reader = CsvReader.of("ok\n\"open\nstill open\n", "t.csv", REMEDY);
    reader.next();

    assertThatThrownBy(reader::next)
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "t.csv line 2: a quoted field is not closed before the end of the file; fix the line"
                + " or regenerate it");
  }

  private static List<CsvRecord> readAll(String text) {
    CsvReader reader = CsvReader.of(text, "t.csv", REMEDY);
    List<CsvRecord> records = new ArrayList<>();
    for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
      records.add(record);
    }
    return records;
  }
}
