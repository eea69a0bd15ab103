package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.argmap.json.ArgMapJson;
import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.SourceId;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.contribution.ContributionFunction;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.explain.MapContributors;
import dev.argmap.scoring.MapScorer;
import dev.argmap.testing.SharedFiles;
import dev.argmap.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code argmap contributions}: every reference case through a .bag file, groups, .af files, maps, errors. */
class ContributionsCommandTest {
  @TempDir Path dir;

  @Test
  void everyReferenceCaseThroughABagFile() throws IOException {
    Path file = SharedFiles.require("reference/contributions.json");
    JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
    int checked = 0;
    for (JsonNode c : root.get("cases")) {
      StringBuilder bag = new StringBuilder();
      for (JsonNode a : c.get("arguments")) {
        bag.append("arg(").append(a.get("id").asString()).append(", ").append(a.get("base").asDouble())
            .append(").\n");
      }
      for (JsonNode e : c.get("attacks")) {
        bag.append("att(").append(e.get(0).asString()).append(", ").append(e.get(1).asString()).append(").\n");
      }
      for (JsonNode e : c.get("supports")) {
        bag.append("sup(").append(e.get(0).asString()).append(", ").append(e.get(1).asString()).append(").\n");
      }
      String id = c.get("id").asString();
      String path = TestFiles.write(dir, id + ".bag", bag.toString()).toString();
      String topic = c.get("topic").asString();
      for (Iterator<Map.Entry<String, JsonNode>> fs = c.get("contributions").properties().iterator();
          fs.hasNext(); ) {
        Map.Entry<String, JsonNode> f = fs.next();
        double tol = c.get("tolerance").get(f.getKey()).asDouble();
        Run run = Run.of("contributions", "--semantics", c.get("semantics").asString(), "--function", f.getKey(),
            "--topic", topic, path);
        assertThat(run.exitCode()).as(id + " " + run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("argument,contribution");
        assertThat(lines).as(id).hasSize(f.getValue().size() + 1);
        for (String line : lines.subList(1, lines.size())) {
          String[] parts = line.split(",");
          double v = Double.parseDouble(parts[1]);
          assertThat(parts[1]).as("full precision").isEqualTo(Double.toString(v));
          assertThat(v).as(id + " " + f.getKey() + " " + parts[0])
              .isCloseTo(f.getValue().get(parts[0]).asDouble(), within(tol));
          checked++;
        }
      }
      JsonNode group = c.get("group");
      if (group != null) {
        List<String> members = new ArrayList<>();
        group.get("contributor").forEach(m -> members.add(m.asString()));
        for (String f : List.of("shapley", "removal")) {
          Run run = Run.of("contributions", "--semantics", c.get("semantics").asString(), "--function", f,
              "--topic", topic, "--group", String.join(",", members), path);
          assertThat(run.exitCode()).as(id + " " + run.err()).isZero();
          List<String> lines = run.out().lines().toList();
          assertThat(lines).hasSize(2);
          String[] parts = lines.get(1).split(",");
          assertThat(parts[0]).isEqualTo(String.join("+", members));
          assertThat(Double.parseDouble(parts[1])).as(id + " group " + f)
              .isCloseTo(group.get(f).asDouble(), within(c.get("tolerance").get(f).asDouble()));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(400);
  }

  @Test
  void afFilesWithACycle() throws IOException {
    String af = TestFiles.write(dir, "c.af", "p af 5\n1 2\n2 1\n2 3\n3 4\n5 4\n").toString();
    Run run = Run.of("contributions", "--semantics", "weighted-h-categorizer", "--function", "shapley",
        "--topic", "4", af);
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).extracting(l -> l.split(",")[0]).containsExactly("argument", "1", "2", "3", "5");
    double sum = 0;
    for (String l : lines.subList(1, lines.size())) {
      sum += Double.parseDouble(l.split(",")[1]);
    }
    // the topic alone has strength 1 (weight 1, no attacker); its strength is 1 / (1 + s3 + s5)
    Run strengths = Run.of("score", "--semantics", "weighted-h-categorizer", af);
    double s4 = Double.parseDouble(strengths.out().lines().filter(l -> l.startsWith("4,")).findFirst()
        .orElseThrow().split(",")[1]);
    assertThat(sum).as("the shares add up to the change").isCloseTo(s4 - 1.0, within(1e-6));
  }

  @Test
  void mapContributorsAgreeWithTheApi() throws IOException {
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    String json = TestFiles.write(dir, "map.json", ArgMapJson.writeString(map)).toString();
    Run run = Run.of("contributions", "--topic", "t-no-alliance", "--contributors", "sources", json);
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("source,contribution");
    assertThat(lines).hasSize(map.sources().size() + 1);
    var api = MapScorer.of(GradualSemantics.DF_QUAD).contributions(map, StatementId.of("t-no-alliance"),
        ContributionFunction.SHAPLEY, MapContributors.SOURCES);
    for (String l : lines.subList(1, lines.size())) {
      String[] parts = l.split(",");
      assertThat(Double.parseDouble(parts[1])).isEqualTo(api.of(SourceId.of(parts[0])).value());
    }
    Run sampled = Run.of("contributions", "--topic", "t-no-alliance", json);
    assertThat(sampled.exitCode()).as(sampled.err()).isZero();
    assertThat(sampled.out().lines().findFirst().orElseThrow())
        .isEqualTo("argument,contribution,standard_error,samples");
    assertThat(sampled.err()).contains("estimates from", "seed 1", "standard error");
    assertThat(Run.of("contributions", "--topic", "t-no-alliance", "--seed", "7", json).out())
        .isNotEqualTo(sampled.out());
    assertThat(Run.of("contributions", "--topic", "t-no-alliance", json).out()).isEqualTo(sampled.out());
  }

  @Test
  void badInputIsNamed() throws IOException {
    String bag = TestFiles.write(dir, "g.bag", "arg(a, 0.5).\narg(b, 0.5).\natt(b, a).\n").toString();
    Run unknownTopic = Run.of("contributions", "--topic", "zzz", bag);
    assertThat(unknownTopic.exitCode()).isEqualTo(1);
    assertThat(unknownTopic.err()).contains("no argument 'zzz'");
    Run unknownFunction = Run.of("contributions", "--topic", "a", "--function", "banzhaf", bag);
    assertThat(unknownFunction.exitCode()).isEqualTo(2);
    assertThat(unknownFunction.err()).contains("unknown contribution function 'banzhaf'", "shapley");
    Run groupWithTopic = Run.of("contributions", "--topic", "a", "--group", "a,b", bag);
    assertThat(groupWithTopic.exitCode()).isEqualTo(1);
    assertThat(groupWithTopic.err()).contains("must not hold the topic");
    Run noTopic = Run.of("contributions", bag);
    assertThat(noTopic.exitCode()).isEqualTo(2);
    String json = TestFiles.write(dir, "m.json", ArgMapJson.writeString(PrebuiltMaps.russiaChinaAlliance())).toString();
    Run argumentTopic = Run.of("contributions", "--topic", "a-coop", json);
    assertThat(argumentTopic.exitCode()).isEqualTo(1);
    assertThat(argumentTopic.err()).contains("it is an argument");
    Run kind = Run.of("contributions", "--topic", "t-no-alliance", "--contributors", "people", json);
    assertThat(kind.exitCode()).isEqualTo(2);
    assertThat(kind.err()).contains("unknown --contributors 'people'");
  }
}
