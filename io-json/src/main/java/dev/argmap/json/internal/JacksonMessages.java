package dev.argmap.json.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the messages of Jackson's parser for people who write argmap files: plain words, no hints
 * about Jackson's features, no internal offsets. A message not recognised is kept, cleaned up.
 */
final class JacksonMessages {
  private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'.*");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");
  private static final Pattern LIMIT =
      Pattern.compile(".*\\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*", Pattern.DOTALL);

  private JacksonMessages() {}

  static String syntax(String message) {
    Matcher m = NON_NUMERIC.matcher(message);
    if (m.matches()) {
      return m.group(1) + " is not a JSON number: JSON has no NaN or Infinity; write a finite number";
    }
    m = DUPLICATE.matcher(message);
    if (m.matches()) {
      return "duplicate key \"" + m.group(1) + "\": each property may appear once in an object";
    }
    if (message.contains("comment")) {
      return "comments are not allowed in JSON";
    }
    if (message.startsWith("Unexpected end-of-input")) {
      return "the document ends too early (is it truncated?): " + clean(message);
    }
    return "malformed JSON: " + clean(message);
  }

  /** Returns whether a parser's message is about what stands between two properties of an object. */
  static boolean isBetweenEntries(String message) {
    return message.contains("property name") || message.contains("Object entries")
        || message.contains("comment") || message.contains("close marker for Object");
  }

  static String limit(String message) {
    Matcher m = LIMIT.matcher(message);
    String value = m.matches() ? m.group(1) : "?";
    String max = m.matches() ? m.group(2) : "?";
    if (message.startsWith("Document nesting depth")) {
      return "arrays and objects are nested " + value + " deep, deeper than the limit of " + max;
    }
    if (message.startsWith("String value length")) {
      return "a string is longer than the limit of " + max + " characters";
    }
    if (message.startsWith("Name length")) {
      return "a property name is longer than the limit of " + max + " characters";
    }
    if (message.startsWith("Number value length") || message.startsWith("Number length")) {
      return "a number has more than " + max + " digits";
    }
    if (message.startsWith("Document length")) {
      return "the document is larger than the limit of " + max;
    }
    return "limit exceeded: " + clean(message);
  }

  /** Drops Jackson's hints and offsets, and starts the message in lower case. */
  static String clean(String message) {
    String text = message;
    int cut = text.indexOf(" (start marker at");
    if (cut >= 0) {
      text = text.substring(0, cut);
    }
    cut = text.indexOf('\n');
    if (cut >= 0) {
      text = text.substring(0, cut);
    }
    text = text.replaceAll("(was expecting|expected a valid value) \\(JSON String, Number, Array, "
            + "Object or token 'null', 'true' or 'false'\\)",
            "expected a JSON value (a string, number, array, object, true, false or null)")
        .replaceAll(" require enabling `[^`]*`", " are not allowed in JSON")
        .replaceAll(": enable `[^`]*` to allow", "")
        .replaceAll(" \\(from `[^`]*`\\)", "")
        .replaceAll("\\s*\\(?`[A-Za-z.]*Feature[A-Za-z_.]*`[^)]*\\)?", "")
        .trim();
    if (text.length() > 200) {
      text = text.substring(0, 200) + "...";
    }
    if (!text.isEmpty() && Character.isUpperCase(text.charAt(0))
        && (text.length() == 1 || !Character.isUpperCase(text.charAt(1)))) {
      text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }
}
