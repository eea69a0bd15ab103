package dev.argmap.examples;

import dev.argmap.json.ArgMapFormatException;
import dev.argmap.json.ArgMapJson;
import dev.argmap.json.JsonProblem;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sample map to a JSON file, reads it back, and reads a broken document to show how
 * problems are reported: every one, each with its line, column and JSON path.
 */
public final class ReadAndWriteJson {
  private ReadAndWriteJson() {}

  /**
   * Runs the example.
   *
   * @param args optionally, the file to write; a temporary file otherwise, deleted at the end
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    ArgumentMap map = SampleMaps.alliance();
    Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("argmap-sample", ".json");
    try {
      ArgMapJson.write(map, file); // atomic: the file holds the old document or the new one
      System.out.println("Wrote " + Files.size(file) + " bytes to " + file + "; it begins:");
      Files.readAllLines(file).stream().limit(6).forEach(line -> System.out.println("  " + line));

      ArgumentMap back = ArgMapJson.read(file);
      System.out.println("Read it back; equal to the original: " + back.equals(map));
      System.out.println("Writing is deterministic: "
          + ArgMapJson.writeString(back).equals(ArgMapJson.writeString(map)));
    } finally {
      if (args.length == 0) {
        Files.deleteIfExists(file);
      }
    }

    String broken = """
        {
          "format": "argmap",
          "formatVersion": 1,
          "theses": ["t1"],
          "statements": [
            {"id": "t1", "text": "A thesis."},
            {"id": "p1", "text": "A premise."}
          ],
          "arguments": [
            {"id": "a1", "premises": ["p1", "p9"], "conclusion": {"statement": "t1"},
             "polarity": "supports", "weight": 1.5}
          ]
        }
        """;
    try {
      ArgMapJson.readString(broken);
      System.out.println("Unexpected: the broken document was accepted");
    } catch (ArgMapFormatException e) {
      System.out.println("The broken document has " + e.problems().size() + " problems:");
      for (JsonProblem p : e.problems()) {
        System.out.println("  line " + p.line() + ", column " + p.column() + " (" + p.path() + "): "
            + p.message());
      }
    }
  }
}
