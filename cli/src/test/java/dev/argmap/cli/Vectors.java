package dev.argmap.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.argmap.testing.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared reference vectors of the scoring semantics ({@code shared/reference/vectors.json}, found by
 * {@link SharedFiles} as in a clone with {@code ../shared} beside it; or
 * the file the system property {@code argmap.vectors} names), and the {@code .bag} and {@code .af} files the
 * tests write from them. Tests that need them are skipped with a message when the file is not there.
 */
final class Vectors {
  private static final String RELATIVE = "reference/vectors.json";

  /** One case: arguments with base scores, attacks and supports, and what the semantics gives. */
  record Case(String id, String semantics, List<String> names, List<Double> bases, List<String[]> attacks,
      List<String[]> supports, Map<String, Double> expected, Map<String, List<List<String>>> extensions,
      String scheme, double tolerance) {

    /** Returns the case as an uncertainpy {@code .bag} file. */
    String bag() {
      StringBuilder b = new StringBuilder("# ").append(id).append('\n');
      for (int i = 0; i < names.size(); i++) {
        b.append("arg(").append(names.get(i)).append(", ").append(bases.get(i)).append(").\n");
      }
      for (String[] a : attacks) {
        b.append("att(").append(a[0]).append(", ").append(a[1]).append(").\n");
      }
      for (String[] s : supports) {
        b.append("sup(").append(s[0]).append(", ").append(s[1]).append(").\n");
      }
      return b.toString();
    }

    /** Returns the case as an ICCMA 2023 {@code .af} file: argument k is the k-th of the case. */
    String af() {
      StringBuilder b = new StringBuilder("p af ").append(names.size()).append('\n');
      b.append("# ").append(id).append('\n');
      for (String[] a : attacks) {
        b.append(number(a[0])).append(' ').append(number(a[1])).append('\n');
      }
      return b.toString();
    }

    /** Returns the ICCMA number of an argument. */
    int number(String name) {
      return names.indexOf(name) + 1;
    }

    boolean allBasesOne() {
      return bases.stream().allMatch(b -> b == 1.0);
    }
  }

  private Vectors() {}

  /** Returns every case, or skips the calling test when the vectors are not at hand. */
  static List<Case> cases() throws IOException {
    String given = System.getProperty("argmap.vectors");
    Path file = given != null ? Path.of(given) : SharedFiles.require(RELATIVE);
    assumeTrue(Files.isRegularFile(file), "the reference vectors are not at " + file
        + " (set -Dargmap.vectors=PATH): skipping the tests derived from them");
    JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
    List<Case> cases = new ArrayList<>();
    for (JsonNode c : root.get("cases")) {
      List<String> names = new ArrayList<>();
      List<Double> bases = new ArrayList<>();
      for (JsonNode a : c.get("arguments")) {
        names.add(a.get("id").asString());
        bases.add(a.has("base") ? a.get("base").asDouble() : 1.0);
      }
      Map<String, Double> expected = new LinkedHashMap<>();
      if (c.has("expected")) {
        for (String n : names) {
          expected.put(n, c.get("expected").get(n).asDouble());
        }
      }
      Map<String, List<List<String>>> extensions = new LinkedHashMap<>();
      if (c.has("expected_extensions")) {
        for (var e : c.get("expected_extensions").properties()) {
          List<List<String>> sets = new ArrayList<>();
          for (JsonNode set : e.getValue()) {
            List<String> members = new ArrayList<>();
            set.forEach(m -> members.add(m.asString()));
            sets.add(members);
          }
          extensions.put(e.getKey(), sets);
        }
      }
      cases.add(new Case(c.get("id").asString(), c.get("semantics").asString(), names, bases,
          pairs(c.get("attacks")), pairs(c.get("supports")), expected, extensions,
          c.has("evaluation") ? c.get("evaluation").get("scheme").asString() : null,
          c.has("tolerance") ? c.get("tolerance").asDouble() : 0));
    }
    return cases;
  }

  private static List<String[]> pairs(JsonNode list) {
    List<String[]> pairs = new ArrayList<>();
    if (list != null) {
      for (JsonNode p : list) {
        pairs.add(new String[] {p.get(0).asString(), p.get(1).asString()});
      }
    }
    return pairs;
  }
}
