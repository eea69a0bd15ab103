package dev.argmap.cli;

import dev.argmap.io.MapFormat;
import dev.argmap.io.MapFormatException;
import java.io.FileNotFoundException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Turns exceptions into one clear line for people. */
final class Errors {
  private Errors() {}

  /**
   * The one message for a file that does not follow its format, in every command:
   * {@code not a valid FORMAT file: NAME, line L, column C: problem}.
   *
   * @param format the format the file was read as
   * @param name the input's name
   * @param e the problem
   */
  static String notValid(MapFormat format, String name, MapFormatException e) {
    return "not a valid " + format.displayName() + " file: " + describe(e.inSource(name));
  }

  /** Returns what went wrong, in one line, without the exception's class where the message says it. */
  static String describe(Throwable e) {
    if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
      return "no such file";
    }
    if (e instanceof CharacterCodingException) {
      return "the text is not valid Unicode (an unpaired surrogate or bytes that are not UTF-8)";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String first = message.strip().lines().findFirst().orElse("");
    return first.isEmpty() ? e.getClass().getSimpleName() : first;
  }
}
