package dev.argmap.cli;

import dev.argmap.exercises.Difficulty;
import dev.argmap.io.MapFormat;
import dev.argmap.exercises.ExerciseOptions;
import dev.argmap.exercises.ExerciseType;
import dev.argmap.exercises.Exercises;
import dev.argmap.exercises.Worksheet;
import dev.argmap.json.ArgMapJson;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.GradualSemantics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code argmap exercise [FILE]}: a worksheet of debate exercises, with its answer key. */
@Command(
    name = "exercise",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Makes debate exercises from a map: a worksheet, its answer key and a Moodle quiz.",
      "Makes debate exercises from the map in FILE (the map that ships with argmap when FILE is left out):"
          + " for or against, match the quotes, who said it, the missing premise, rank the objections, spot"
          + " the undercutter, build the map, debate preparation.",
      "Prints the student's worksheet (or, with --answer-key, the answer key) in Markdown, HTML, Moodle GIFT"
          + " or Moodle XML. With -o DIR it writes everything to DIR instead: worksheet.md, answer-key.md,"
          + " worksheet.html, answer-key.html, quiz.gift.txt, quiz.moodle.xml, and"
          + " build-map-reference.argmap.json to grade the students' maps with 'argmap grade'.",
      "The same map, options and seed always give the same worksheet."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argmap exercise > worksheet.md",
      "  argmap exercise map.json --difficulty hard --seed 7 -o class-7",
      "  argmap exercise map.json --types classify,attribution --format gift > quiz.gift.txt",
      "  argmap exercise map.json --answer-key --format html > key.html",
      "",
      "Exit status: 0 written, 1 invalid map, 2 unreadable input, unwritable output or wrong usage."
    })
final class ExerciseCommand extends BaseCommand {
  @Parameters(paramLabel = "FILE", arity = "0..1",
      description = "The map (default: the prebuilt Russia-China alliance map); '-' reads standard input.")
  String file;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Draws other exercises from the same map (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--difficulty", paramLabel = "LEVEL", defaultValue = "medium",
      description = "easy, medium or hard (default: ${DEFAULT-VALUE}).")
  String difficulty;

  @Option(names = "--types", paramLabel = "TYPE", split = ",",
      description = "Only these exercises: classify, match-quotes, attribution, missing-premise,"
          + " rank-objections, spot-undercutter, build-map, debate-prep (default: all).")
  List<String> types;

  @Option(names = "--thesis", paramLabel = "ID", description = "The thesis the exercises are about"
      + " (default: the map's first).")
  String thesis;

  @Option(names = "--side", paramLabel = "SIDE",
      description = "The side of the debate preparation: for or against (default: drawn from the seed).")
  String side;

  @Option(names = "--semantics", paramLabel = "NAME", converter = Semantics.GradualConverter.class,
      completionCandidates = Semantics.GradualNames.class, defaultValue = "df-quad",
      description = "The semantics that ranks arguments: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  GradualSemantics semantics;

  @Option(names = "--title", paramLabel = "TEXT", description = "The worksheet's title (default: the map's).")
  String title;

  @Option(names = "--drop", paramLabel = "TYPE.N", split = ",",
      description = "Leave out questions by their number on the sheet made without this option, for example"
          + " classify.3; the questions after it move up.")
  List<String> drop;

  @Option(names = "--regenerate", paramLabel = "TYPE.N", split = ",",
      description = "Replace questions by the next ones that pass the checker, for example attribution.2.")
  List<String> regenerate;

  @Option(names = "--max-questions", paramLabel = "N",
      description = "At most N questions per quiz exercise, for a sheet that fits a lesson.")
  Integer maxQuestions;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
      description = "What to print: markdown, html, gift or moodle (Moodle XML) (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--answer-key", description = "Print the answer key instead of the worksheet.")
  boolean answerKey;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Write every file to DIR (created if missing) instead of printing one.")
  String output;

  @Override
  public Integer call() {
    ExerciseOptions options;
    try {
      ExerciseOptions.Builder b = ExerciseOptions.builder().seed(seed).semantics(semantics)
          .difficulty(Difficulty.fromId(difficulty));
      if (types != null) {
        List<ExerciseType> chosen = new ArrayList<>();
        for (String t : types) {
          chosen.add(ExerciseType.fromId(t));
        }
        b.types(chosen);
      }
      if (thesis != null) {
        b.thesis(StatementId.of(thesis));
      }
      if (side != null) {
        String s = side.strip().toLowerCase(Locale.ROOT);
        if (!s.equals("for") && !s.equals("against")) {
          throw new IllegalArgumentException("--side must be for or against but was '" + side + "'");
        }
        b.debateSide(s.equals("for") ? Polarity.SUPPORTS : Polarity.ATTACKS);
      }
      if (title != null) {
        b.title(title);
      }
      if (drop != null) {
        b.drop(drop.toArray(new String[0]));
      }
      if (regenerate != null) {
        b.regenerate(regenerate.toArray(new String[0]));
      }
      if (maxQuestions != null) {
        b.maxQuestions(maxQuestions);
      }
      options = b.build();
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.UNREADABLE, e.getMessage(), null);
    }
    String what = format.strip().toLowerCase(Locale.ROOT);
    if (!List.of("markdown", "md", "html", "gift", "moodle").contains(what)) {
      return fail(ExitCodes.UNREADABLE, "--format must be markdown, html, gift or moodle but was '" + format + "'",
          null);
    }
    if (answerKey && (what.equals("gift") || what.equals("moodle"))) {
      return fail(ExitCodes.UNREADABLE, "a Moodle quiz holds its answers; --answer-key goes with markdown or html",
          null);
    }

    ArgumentMap map;
    if (file == null) {
      map = DemoCommand.demoMap();
    } else {
      MapFormat mapFormat = formatOf(file, null);
      Loaded loaded = loadMap(file, mapFormat, err());
      if (loaded.map().isEmpty()) {
        return loaded.exitCode();
      }
      map = loaded.map().get();
    }
    if (thesis != null && map.statement(StatementId.of(thesis)).isEmpty()) {
      return fail(ExitCodes.UNREADABLE, "the map has no statement " + thesis + "; its theses are "
          + map.thesisIds(), null);
    }
    Worksheet sheet;
    try {
      sheet = Exercises.generate(map, options);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return fail(ExitCodes.INVALID, "cannot make exercises from this map: " + Errors.describe(e), e);
    }

    if (output == null) {
      String text = switch (what) {
        case "html" -> answerKey ? sheet.answerKeyHtml() : sheet.toHtml();
        case "gift" -> sheet.toGift();
        case "moodle" -> sheet.toMoodleXml();
        default -> answerKey ? sheet.answerKeyMarkdown() : sheet.toMarkdown();
      };
      PrintWriter out = out();
      out.print(text);
      out.flush();
      return ExitCodes.OK;
    }

    Map<String, String> files = new LinkedHashMap<>();
    files.put("worksheet.md", sheet.toMarkdown());
    files.put("answer-key.md", sheet.answerKeyMarkdown());
    files.put("worksheet.html", sheet.toHtml());
    files.put("answer-key.html", sheet.answerKeyHtml());
    files.put("quiz.gift.txt", sheet.toGift());
    files.put("quiz.moodle.xml", sheet.toMoodleXml());
    sheet.buildMapReference().ifPresent(r -> files.put("build-map-reference.argmap.json", ArgMapJson.writeString(r)));
    Path dir;
    try {
      dir = Path.of(output);
      Files.createDirectories(dir);
      for (Map.Entry<String, String> f : files.entrySet()) {
        Output.write(dir.resolve(f.getKey()).toString(), out(), w -> w.write(f.getValue()));
      }
    } catch (IOException | InvalidPathException e) {
      return fail(ExitCodes.UNREADABLE, "cannot write to " + output + ": " + Errors.describe(e), e);
    }
    PrintWriter out = out();
    out.println(sheet.title() + ": " + Counts.plural(sheet.exercises().size(), "exercise") + " ("
        + options.difficulty().id() + ", seed " + options.seed() + ") on " + sheet.thesis().id());
    for (String f : files.keySet()) {
      out.println("  wrote " + dir.resolve(f));
    }
    sheet.skipped().forEach((type, why) -> out.println("  left out " + type.id() + ": " + why));
    out.flush();
    return ExitCodes.OK;
  }
}
