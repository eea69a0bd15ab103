package dev.argmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Statements, arguments and evidence note when built whether any of their texts needs the map-wide
 * text checks (blank, unpaired surrogate); a map build then reads again only those. These tests
 * pin that every text field still has its problems reported, on seeded random texts against an
 * independent oracle, and after a {@code with…} copy that changes a text.
 */
class TextChecksAtBuildTest {
  private static final long SEED = 0x7e57_c4ec_5L;
  private static final int ROUNDS = 2_000;
  // letters, white space (ASCII and not) and both halves of a surrogate pair, so that blank texts,
  // texts with leading space, paired and unpaired surrogates all come up often
  private static final char[] ALPHABET = {'a', 'b', ' ', '\t', '\u2003', '\uD83D', '\uDE00'};

  @Test
  void everyTextFieldHasItsProblemsReportedOnRandomTexts() {
    Random random = new Random(SEED);
    for (int round = 0; round < ROUNDS; round++) {
      List<String> expected = new ArrayList<>();
      ArgumentMap.Builder b = ArgumentMap.builder()
          .thesis("t1", "A thesis.")
          .statement("p1", "A premise.")
          .addSources(
              Source.builder().id(SourceId.of("src1")).kind(SourceKind.COMMENTARY)
                  .addCopies(SourceCopy.builder().id(CopyId.of("c1")).build()).build(),
              Source.builder().id(SourceId.of("src2")).kind(SourceKind.COMMENTARY).build());

      String text = text(random);
      Optional<String> title = optionalText(random);
      Optional<String> statementNotes = optionalText(random);
      List<String> tags = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        tags.add(text(random));
      }
      Statement statement = Statement.builder().id(StatementId.of("s1")).text(text).title(title)
          .notes(statementNotes).addAllTags(tags).build();
      expectText(expected, "Statement s1", "notes", statementNotes, false);
      for (String tag : statement.tags()) {
        expectText(expected, "Statement s1", "tag", Optional.of(tag), false);
      }
      expectText(expected, "Statement s1", "text", Optional.of(text), true);
      expectText(expected, "Statement s1", "title", title, true);
      b.addStatements(statement);

      Optional<String> scheme = optionalText(random);
      Optional<String> label = optionalText(random);
      Optional<String> argumentNotes = optionalText(random);
      b.addArguments(Argument.builder().id(ArgumentId.of("a1")).polarity(Polarity.SUPPORTS)
          .conclusion(StatementId.of("t1")).addPremises(StatementId.of("p1"))
          .scheme(scheme).label(label).notes(argumentNotes).build());
      expectText(expected, "Argument a1", "scheme", scheme, true);
      expectText(expected, "Argument a1", "label", label, true);
      expectText(expected, "Argument a1", "notes", argumentNotes, false);

      String quote = text(random);
      Optional<String> citedAt = optionalText(random);
      boolean speaks = random.nextBoolean();
      String speakerName = text(random);
      Optional<String> role = optionalText(random);
      Optional<String> evidenceNotes = optionalText(random);
      boolean located = random.nextBoolean();
      Optional<String> section = optionalText(random);
      Optional<String> page = optionalText(random);
      Evidence.Builder e = Evidence.builder().id(EvidenceId.of("e1"))
          .statement(StatementId.of("p1")).source(SourceId.of("src1")).quote(quote)
          .citedAt(citedAt).notes(evidenceNotes);
      if (citedAt.isPresent()) {
        e.citedWork(SourceId.of("src2"));
      }
      if (speaks) {
        e.speaker(Person.builder().name(speakerName).role(role).build());
      }
      if (located) {
        e.locator(Locator.builder().copy(CopyId.of("c1")).section(section).page(page).build());
      }
      b.addEvidence(e.build());
      expectText(expected, "Evidence e1", "quote", Optional.of(quote), true);
      expectText(expected, "Evidence e1", "place in the cited work", citedAt, true);
      if (speaks) {
        expectText(expected, "Evidence e1", "speaker name", Optional.of(speakerName), true);
        expectText(expected, "Evidence e1", "speaker role", role, false);
      }
      expectText(expected, "Evidence e1", "notes", evidenceNotes, false);
      if (located) {
        expectText(expected, "Evidence e1", "locator section", section, true);
        expectText(expected, "Evidence e1", "locator page", page, true);
      }

      assertThat(textProblems(b)).as("round %d of seed %d", round, SEED)
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void aCopyWithABadTextIsCheckedAgain() {
    Statement clean = Statement.of("s1", "A clean text.");
    Argument argument = Argument.builder().id(ArgumentId.of("a1")).polarity(Polarity.SUPPORTS)
        .conclusion(StatementId.of("t1")).addPremises(StatementId.of("p1")).build();
    ArgumentMap.Builder b = ArgumentMap.builder().thesis("t1", "A thesis.")
        .statement("p1", "A premise.")
        .addStatements(clean.withText("bad \uDE00 text"))
        .addArguments(argument.withLabel(" "));
    assertThat(textProblems(b)).containsExactly(
        "INVALID_TEXT Statement s1 text", "BLANK_TEXT Argument a1 label");
  }

  private static List<String> textProblems(ArgumentMap.Builder b) {
    List<String> out = new ArrayList<>();
    try {
      b.build();
    } catch (InvalidMapException e) {
      for (MapProblem p : e.problems()) {
        String m = p.message();
        int end = p.rule() == MapRule.INVALID_TEXT ? m.indexOf(" is not valid Unicode")
            : m.indexOf(" must not be blank");
        out.add(p.rule() + " " + p.element() + " " + m.substring(0, end));
      }
    }
    return out;
  }

  /** The oracle: an unpaired surrogate anywhere; blank only where the field must hold text. */
  private static void expectText(
      List<String> expected, String element, String field, Optional<String> text,
      boolean required) {
    if (text.isEmpty()) {
      return;
    }
    String t = text.get();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < t.length()
          && Character.isLowSurrogate(t.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        expected.add("INVALID_TEXT " + element + " " + field);
        break;
      }
    }
    if (required && t.isBlank()) {
      expected.add("BLANK_TEXT " + element + " " + field);
    }
  }

  private static Optional<String> optionalText(Random random) {
    return random.nextBoolean() ? Optional.of(text(random)) : Optional.empty();
  }

  /**
   * Mostly a clean text (a letter first, then letters, inner spaces and paired surrogates), so that
   * an element often has one bad text among clean ones; now and then any string of the alphabet.
   */
  private static String text(Random random) {
    StringBuilder s = new StringBuilder();
    if (random.nextInt(6) == 0) {
      for (int i = random.nextInt(5); i > 0; i--) {
        s.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      return s.toString();
    }
    s.append('a');
    for (int i = random.nextInt(4); i > 0; i--) {
      int pick = random.nextInt(3);
      s.append(pick == 0 ? "b" : pick == 1 ? " " : "\uD83D\uDE00");
    }
    return s.toString();
  }
}
