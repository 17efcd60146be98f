package dev.bopis.examples.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads whole text files as UTF-8, reporting the line of the first invalid byte. */
final class TextFiles {

  private TextFiles() {}

  /**
   * Returns the content of {@code file} decoded as UTF-8.
   *
   * @param fileName the name used in error messages
   * @param remedy the alternative to fixing the file, such as regenerating it
   * @throws DataFileException if the file does not exist or is not valid UTF-8
   * @throws UncheckedIOException if the file cannot be read
   */
  static String readUtf8(Path file, String fileName, String remedy) {
    if (!Files.isRegularFile(file)) {
      throw notFound(file, fileName, remedy);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw notFound(file, fileName, remedy);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
    }

    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 needs at least one byte per UTF-16 char, so the output cannot overflow.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw DataFileException.atLine(
          fileName,
          lineOf(bytes, in.position()),
          "the bytes are not valid UTF-8",
          "save the file as UTF-8 or " + remedy);
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static DataFileException notFound(Path file, String fileName, String remedy) {
    return DataFileException.forFile(
        fileName, "not found at " + file.toAbsolutePath(), "check the path or " + remedy);
  }

  /** Returns the 1-based line that contains the byte at {@code position}. */
  private static int lineOf(byte[] bytes, int position) {
    int line = 1;
    for (int i = 0; i < position; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
