package dev.argmap.cli;

import dev.argmap.exercises.grading.GradeReport;
import dev.argmap.exercises.grading.Grader;
import dev.argmap.exercises.grading.RubricWeights;
import dev.argmap.exercises.grading.TeacherOverrides;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argmap grade REFERENCE STUDENT...}: grades students' maps against a reference map. */
@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Grades students' maps against a reference map, with feedback by a rubric.",
      "Grades each STUDENT map against the REFERENCE map by a rubric: statements (matched by meaning, not by"
          + " identifier), theses, arguments (target, polarity, premises), quotes, sources, speakers and"
          + " cited works.",
      "With one STUDENT, prints the feedback for the student in Markdown. With several, prints one line"
          + " 'file,score,max,percent' each; -o DIR also writes each student's feedback to"
          + " DIR/NAME.feedback.md.",
      "Maps are argmap JSON, Argdown (.argdown, .ad) or any format 'argmap convert' reads. For the"
          + " build-the-map exercise, grade against the build-map-reference.argmap.json that"
          + " 'argmap exercise -o DIR' writes."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argmap grade reference.json anna.json > anna-feedback.md",
      "  argmap grade class-7/build-map-reference.argmap.json students/*.argdown -o feedback",
      "",
      "Exit status: 0 graded, 1 an invalid map, 2 an unreadable file or wrong usage (the other students are"
          + " still graded)."
    })
final class GradeCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "REFERENCE", description = "The reference map.")
  String reference;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "STUDENT", description = "The students' maps.")
  List<String> students;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Write each student's feedback to DIR/NAME.feedback.md (DIR is created if missing).")
  String output;

  @Option(names = "--statement-threshold", paramLabel = "X", defaultValue = "" + Grader.STATEMENT_THRESHOLD,
      description = "How similar a student's statement must be to match, in (0, 1]; lower forgives freer"
          + " wording (default: ${DEFAULT-VALUE}).")
  double statementThreshold;

  @Option(names = "--quote-threshold", paramLabel = "X", defaultValue = "" + Grader.QUOTE_THRESHOLD,
      description = "How similar a quote must be to match, in (0, 1] (default: ${DEFAULT-VALUE}).")
  double quoteThreshold;

  @Option(names = "--overrides", paramLabel = "FILE",
      description = "The teacher's decisions, one a line: 'student statement = reference statement' (each named"
          + " by identifier, title, worksheet number such as S3, or whole text); applied before matching.")
  String overrides;

  @Option(names = "--weight", paramLabel = "ITEM=POINTS", split = ",",
      description = "Points of a rubric item: statement, thesis, target, polarity, premises, wrong-relation,"
          + " quote, source, speaker, cited-work, duplicate-source (default: 1 each, polarity 2).")
  List<String> weights;

  @Override
  public Integer call() {
    Grader grader;
    try {
      grader = Grader.withThresholds(statementThreshold, quoteThreshold);
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.UNREADABLE, "--statement-threshold and --quote-threshold must be in (0, 1]", null);
    }
    if (weights != null) {
      try {
        grader = grader.withWeights(weights(weights));
      } catch (IllegalArgumentException e) {
        return fail(ExitCodes.UNREADABLE, "--weight: " + e.getMessage(), null);
      }
    }
    if (overrides != null) {
      try {
        grader = grader.withOverrides(TeacherOverrides.read(Path.of(overrides)));
      } catch (IOException | IllegalArgumentException e) {
        return fail(ExitCodes.UNREADABLE, "--overrides: " + Errors.describe(e), e);
      }
    }
    Loaded ref = loadMap(reference, formatOf(reference, null), err());
    if (ref.map().isEmpty()) {
      return ref.exitCode();
    }
    Path dir = null;
    if (output != null) {
      try {
        dir = Path.of(output);
        Files.createDirectories(dir);
      } catch (IOException | InvalidPathException e) {
        return fail(ExitCodes.UNREADABLE, "cannot write to " + output + ": " + Errors.describe(e), e);
      }
    }
    PrintWriter out = out();
    boolean single = students.size() == 1 && dir == null;
    if (!single) {
      out.println("file,score,max,percent");
    }
    int worst = ExitCodes.OK;
    for (String student : students) {
      Loaded loaded = loadMap(student, formatOf(student, null), err());
      if (loaded.map().isEmpty()) {
        worst = Math.max(worst, loaded.exitCode());
        continue;
      }
      ArgumentMap map = loaded.map().get();
      GradeReport report = grader.evaluate(ref.map().get(), map);
      if (single) {
        out.print(report.toMarkdown());
        continue;
      }
      out.println(ScoreCommand.csvField(student) + "," + report.score() + "," + report.maxScore() + ","
          + String.format(Locale.ROOT, "%.1f", report.percent()));
      if (dir != null) {
        String name = Path.of(student).getFileName().toString().replaceFirst("(\\.argmap)?\\.[^.]+$", "");
        Path target = dir.resolve(name + ".feedback.md");
        try {
          Output.write(target.toString(), out, w -> w.write(report.toMarkdown()));
        } catch (IOException e) {
          worst = Math.max(worst, fail(ExitCodes.UNREADABLE, "cannot write " + target + ": " + Errors.describe(e), e));
        }
      }
    }
    out.flush();
    return worst;
  }

  /** Reads ITEM=POINTS pairs onto the default weights. */
  static RubricWeights weights(List<String> pairs) {
    RubricWeights.Builder b = RubricWeights.builder();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      int points;
      try {
        points = Integer.parseInt(pair.substring(eq + 1).strip());
      } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
        throw new IllegalArgumentException("\"" + pair + "\" is not ITEM=POINTS with a whole number of points");
      }
      String item = eq < 0 ? pair : pair.substring(0, eq).strip();
      switch (item) {
        case "statement" -> b.statement(points);
        case "thesis" -> b.thesis(points);
        case "target" -> b.target(points);
        case "polarity" -> b.polarity(points);
        case "premises" -> b.premises(points);
        case "wrong-relation" -> b.wrongRelation(points);
        case "quote" -> b.quote(points);
        case "source" -> b.source(points);
        case "speaker" -> b.speaker(points);
        case "cited-work" -> b.citedWork(points);
        case "duplicate-source" -> b.duplicateSource(points);
        default -> throw new IllegalArgumentException("unknown rubric item \"" + item + "\"; expected statement,"
            + " thesis, target, polarity, premises, wrong-relation, quote, source, speaker, cited-work or"
            + " duplicate-source");
      }
    }
    return b.build();
  }
}
