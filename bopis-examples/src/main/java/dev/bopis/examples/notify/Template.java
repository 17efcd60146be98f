package dev.bopis.examples.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message text with {@code {name}} placeholders, checked against the names a notification type
 * provides when it is created. Immutable and thread-safe.
 */
final class Template {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

  /** Rendered for a placeholder whose optional value the notification does not carry. */
  static final String NOT_GIVEN = "not given";

  private final String text;
  private final List<String> literals;
  private final List<String> names;

  private Template(String text, List<String> literals, List<String> names) {
    this.text = text;
    this.literals = literals;
    this.names = names;
  }

  /**
   * Parses {@code text}.
   *
   * @param description names the template in an error, such as "SMS template for READY_FOR_PICKUP"
   * @param allowed the placeholder names that may appear
   * @throws IllegalArgumentException naming the first placeholder not in {@code allowed}
   */
  static Template parse(String description, String text, Set<String> allowed) {
    Objects.requireNonNull(text, "text");
    List<String> literals = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    int end = 0;
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException(
            description
                + " uses placeholder {"
                + name
                + "}, which that notification does not provide; use one of "
                + new TreeSet<>(allowed));
      }
      literals.add(text.substring(end, matcher.start()));
      names.add(name);
      end = matcher.end();
    }
    literals.add(text.substring(end));
    return new Template(text, List.copyOf(literals), List.copyOf(names));
  }

  /**
   * Returns the text with each placeholder replaced; a value absent from {@code values} is {@value
   * #NOT_GIVEN}.
   */
  String render(Map<String, String> values) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    for (int i = 0; i < names.size(); i++) {
      out.append(literals.get(i));
      out.append(values.getOrDefault(names.get(i), NOT_GIVEN));
    }
    out.append(literals.get(names.size()));
    return out.toString();
  }

  /** Returns the template as written. */
  String text() {
    return text;
  }
}
