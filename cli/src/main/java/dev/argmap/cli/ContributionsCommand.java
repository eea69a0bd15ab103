package dev.argmap.cli;

import dev.argmap.interop.InteropFormats;
import dev.argmap.io.MapFormat;
import dev.argmap.io.MapFormatException;
import dev.argmap.io.ReadLimitException;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.ElementId;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.BipolarGraph;
import dev.argmap.semantics.contribution.Contribution;
import dev.argmap.semantics.contribution.Contributions;
import dev.argmap.semantics.contribution.ContributionOptions;
import dev.argmap.semantics.contribution.GraphContributions;
import dev.argmap.scoring.explain.MapContributors;
import dev.argmap.scoring.MapScorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argmap contributions --topic T FILE}: how much each argument moves a topic's strength. */
@Command(
    name = "contributions",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "How much each argument contributes to the final strength of a topic under a gradual semantics, by a"
          + " contribution function: removal (the topic's strength minus its strength without the argument),"
          + " intrinsic-removal (the same with the argument's own base only), shapley (its share of the topic's"
          + " change; all shares add up to the change) or gradient (the derivative of the topic's strength by"
          + " the argument's base score).",
      "Prints a line 'argument,contribution' and then one line per argument but the topic, in the file's"
          + " order, at full double precision. With --group a,b: the one line 'a+b,contribution' of the group"
          + " taken as one player. Shapley values are exact up to 20 players; above, they are estimated from"
          + " seeded samples and two more columns give each value's standard error and the number of samples.",
      "FILE is an uncertainpy .bag file, an ICCMA 2023 .af file (every argument of initial weight 1), or a map"
          + " (argmap JSON, Argdown, AIF), whose topic is a statement and whose players --contributors chooses."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argmap contributions --semantics df-quad --function shapley --topic claim graph.bag",
      "  argmap contributions --function removal --topic claim --group pro,con graph.bag",
      "  argmap contributions --semantics h-categorizer --function gradient --topic 4 framework.af",
      "  argmap contributions --topic t-no-alliance --contributors sources map.json",
      "",
      "Exit status: 0 computed, 1 invalid input or contributions that could not be computed (no convergence,"
          + " QuAD on a cycle, an attack-only semantics on supports), 2 unreadable input or wrong usage."
    })
final class ContributionsCommand extends BaseCommand {
  @Parameters(paramLabel = "FILE", description = "The graph or map; '-' reads standard input.")
  String file;

  @Mixin Semantics semantics;

  @Mixin FunctionOption function;

  @Option(names = "--topic", paramLabel = "T", required = true,
      description = "The argument (or, in a map, the statement) whose strength is explained.")
  String topic;

  @Option(names = "--group", paramLabel = "A,B", split = ",",
      description = "Contributors taken together as one player; prints one line.")
  List<String> group;

  @Option(names = "--contributors", paramLabel = "KIND", defaultValue = "arguments",
      description = "For a map, the players: arguments, direct (the arguments on the topic, each with"
          + " everything upstream of it), statements, evidence or sources (through their credibility)"
          + " (default: ${DEFAULT-VALUE}).")
  String contributors;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "The seed of Shapley sampling above 20 players (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "The format of FILE: json, bag, af, or another format 'argmap convert' reads"
          + " (default: from its name).")
  String format;

  @Override
  public Integer call() {
    if (semantics.checkTimeLimit().isPresent()) {
      return fail(ExitCodes.UNREADABLE, semantics.checkTimeLimit().get(), null);
    }
    MapFormat f;
    try {
      f = formatOf(file, format);
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.UNREADABLE, e.getMessage(), null);
    }
    ContributionOptions options =
        ContributionOptions.builder().seed(seed).evaluation(semantics.options()).build();
    String kind = f.name();
    try (Progress progress = Progress.forTerminal(err())) {
      progress.step("reading " + name());
      if (kind.equals("bag") || kind.equals("af")) {
        return graph(kind, options, progress);
      }
      Loaded loaded = loadMap(file, f, err());
      if (loaded.map().isEmpty()) {
        return loaded.exitCode();
      }
      return map(loaded.map().get(), options, progress);
    }
  }

  private String name() {
    return MapInput.of(file).displayName();
  }

  private int graph(String kind, ContributionOptions options, Progress progress) {
    GraphContributions gc;
    try (Reader text = openText(file)) {
      gc = kind.equals("bag")
          ? GraphContributions.of(BipolarGraph.parseBag(text), semantics.semantics)
          : GraphContributions.of(readIccma(text, name()), semantics.semantics);
    } catch (ReadLimitException e) {
      throw e; // Main names the command line's option that raises the limit
    } catch (MapFormatException e) {
      // word for word what convert and every other command say about this file
      MapFormat format = kind.equals("bag") ? InteropFormats.BAG : InteropFormats.ICCMA_AF;
      return fail(ExitCodes.INVALID, Errors.notValid(format, name(), e), e);
    } catch (CharacterCodingException e) {
      return fail(ExitCodes.UNREADABLE, name() + " is not UTF-8 text", e);
    } catch (IOException | InvalidPathException e) {
      return fail(ExitCodes.UNREADABLE, "cannot read " + name() + ": " + Errors.describe(e), e);
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.INVALID, "cannot compute contributions in " + name() + ": " + Semantics.advice(e), e);
    }
    gc = gc.withOptions(options);
    progress.step("computing " + function.function.id() + " contributions to " + topic);
    try {
      if (group != null) {
        Contribution c = gc.group(function.function, topic, group);
        print(List.of(Map.entry(String.join("+", group), c)), "argument");
      } else {
        Contributions<String> all = gc.contributions(function.function, topic);
        print(new ArrayList<>(all.values().entrySet()), "argument");
      }
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.INVALID, "cannot compute contributions in " + name() + ": " + Semantics.advice(e), e);
    } catch (IllegalStateException e) {
      return fail(ExitCodes.INVALID, "cannot compute contributions in " + name() + ": " + e.getMessage(), e);
    }
    return ExitCodes.OK;
  }

  private int map(ArgumentMap map, ContributionOptions options, Progress progress) {
    MapContributors who;
    switch (contributors.strip().toLowerCase(Locale.ROOT)) {
      case "arguments":
        who = MapContributors.ARGUMENTS;
        break;
      case "direct":
        who = MapContributors.DIRECT_ARGUMENTS;
        break;
      case "statements":
        who = MapContributors.STATEMENTS;
        break;
      case "evidence":
        who = MapContributors.EVIDENCE;
        break;
      case "sources":
        who = MapContributors.SOURCES;
        break;
      default:
        return fail(ExitCodes.UNREADABLE, "unknown --contributors '" + contributors
            + "'; known: arguments, direct, statements, evidence, sources", null);
    }
    if (group != null) {
      return fail(ExitCodes.UNREADABLE, "--group works on .bag and .af graphs; for a map, choose the players"
          + " with --contributors (sources are groups of evidence items)", null);
    }
    StatementId id;
    try {
      id = StatementId.of(topic);
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.UNREADABLE, "--topic: " + e.getMessage(), e);
    }
    if (map.statement(id).isEmpty()) {
      return fail(ExitCodes.INVALID, name() + " has no statement " + topic
          + (map.argument(dev.argmap.model.ArgumentId.of(topic)).isPresent()
              ? " (it is an argument; the topic of a map is a statement)" : ""), null);
    }
    progress.step("computing " + function.function.id() + " contributions to " + topic);
    try {
      Contributions<ElementId> all = MapScorer.of(semantics.semantics).withOptions(semantics.options())
          .withContributionOptions(options).contributions(map, id, function.function, who);
      List<Map.Entry<String, Contribution>> rows = new ArrayList<>();
      all.values().forEach((k, v) -> rows.add(Map.entry(k.value(), v)));
      print(rows, who == MapContributors.DIRECT_ARGUMENTS ? "argument"
          : who.name().toLowerCase(Locale.ROOT).replaceAll("s$", ""));
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.INVALID, "cannot compute contributions in " + name() + ": " + Semantics.advice(e), e);
    } catch (IllegalStateException e) {
      return fail(ExitCodes.INVALID, "cannot compute contributions in " + name() + ": " + e.getMessage(), e);
    }
    return ExitCodes.OK;
  }

  private void print(List<Map.Entry<String, Contribution>> rows, String column) {
    boolean sampled = rows.stream().anyMatch(e -> e.getValue().method() == Contribution.Method.SAMPLED);
    PrintWriter out = out();
    StringBuilder chunk = new StringBuilder(1 << 16);
    chunk.append(column).append(sampled ? ",contribution,standard_error,samples\n" : ",contribution\n");
    for (Map.Entry<String, Contribution> e : rows) {
      Contribution c = e.getValue();
      chunk.append(ScoreCommand.csvField(e.getKey())).append(',').append(c.value());
      if (sampled) {
        chunk.append(',').append(c.standardError()).append(',').append(c.samples());
      }
      chunk.append('\n');
      if (chunk.length() > 60_000) {
        out.write(chunk.toString());
        chunk.setLength(0);
      }
    }
    out.write(chunk.toString());
    out.flush();
    if (sampled) {
      err().println("argmap: note: the Shapley values are estimates from " + rows.get(0).getValue().samples()
          + " sampled permutations (seed " + seed + "); the third column is each one's standard error");
      err().flush();
    }
  }
}
