package dev.argmap.exercises.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.exercises.Difficulty;
import dev.argmap.exercises.ExerciseOptions;
import dev.argmap.exercises.ExerciseType;
import dev.argmap.exercises.Exercises;
import dev.argmap.exercises.grading.Finding.Verdict;
import dev.argmap.exercises.grading.Rubric.Category;
import dev.argmap.json.ArgMapJson;
import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentId;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Evidence;
import dev.argmap.model.Person;
import dev.argmap.model.SourceId;
import dev.argmap.model.StatementId;
import dev.argmap.testing.RandomMaps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grading: full marks for the reference itself, exact losses for known mistakes, feedback naming each one. */
class GraderTest {
  static final ArgumentMap REF = PrebuiltMaps.russiaChinaAlliance();

  @Test
  void theReferenceGradedAgainstItselfScoresFullMarks() {
    GradeReport r = Grader.grade(REF, REF);
    assertThat(r.score()).isEqualTo(r.maxScore());
    assertThat(r.findings(Verdict.WRONG)).isEmpty();
    assertThat(r.findings(Verdict.MISSING)).isEmpty();
    assertThat(r.findings(Verdict.EXTRA)).isEmpty();
    int evidencePoints = 0;
    for (Evidence e : REF.evidence()) {
      evidencePoints += Rubric.QUOTE + Rubric.SOURCE + Rubric.SPEAKER + (e.citedWork().isPresent()
          ? Rubric.CITED_WORK : 0);
    }
    assertThat(r.maxScore()).isEqualTo(REF.statements().size() * Rubric.STATEMENT + REF.thesisIds().size()
        * Rubric.THESIS + REF.arguments().size() * (Rubric.RELATION_TARGET + Rubric.RELATION_POLARITY
            + Rubric.RELATION_PREMISES) + evidencePoints);
    assertThat(r.toMarkdown()).contains("Score: " + r.maxScore() + " of " + r.maxScore() + " points (100%)")
        .contains("Nothing: well done.");
  }

  @Test
  void aFlippedRelationLosesThePolarityPointAndIsNamed() {
    GradeReport r = Grader.grade(REF, Edits.flip(REF, "a-culture"));
    assertThat(r.maxScore() - r.score()).isEqualTo(Rubric.RELATION_POLARITY);
    assertThat(r.findings(Verdict.WRONG)).singleElement().satisfies(f -> {
      assertThat(f.reference()).isEqualTo("a-culture");
      assertThat(f.category()).isEqualTo(Category.RELATIONS);
      assertThat(f.message()).contains("Wrong direction").contains("culturally far apart").contains("attacks");
    });
    assertThat(r.toMarkdown()).contains("Wrong direction");
  }

  @Test
  void aMissingCoPremiseLosesItsStatementTheLinkAndItsEvidence() {
    String gone = "p-alliance-means-defence";
    ArgumentMap student = Edits.withoutStatement(REF, gone);
    int evidence = 0;
    for (Evidence e : REF.evidenceOf(StatementId.of(gone))) {
      evidence += Rubric.QUOTE + Rubric.SOURCE + Rubric.SPEAKER + (e.citedWork().isPresent() ? Rubric.CITED_WORK : 0);
    }
    assertThat(REF.argumentsUsing(StatementId.of(gone))).singleElement()
        .satisfies(a -> assertThat(a.premises()).hasSize(2));
    GradeReport r = Grader.grade(REF, student);
    assertThat(r.maxScore() - r.score()).isEqualTo(Rubric.STATEMENT + Rubric.RELATION_PREMISES + evidence);
    assertThat(r.findings(Verdict.MISSING)).extracting(Finding::reference)
        .contains(gone, "e-alliance-means-defence-1");
    assertThat(r.findings(Verdict.WRONG)).singleElement().satisfies(f -> {
      assertThat(f.reference()).isEqualTo("a-entrapment");
      assertThat(f.message()).contains("also needs").contains("oblige each partner");
    });
  }

  @Test
  void aMisattributedQuoteLosesExactlyTheSpeakerOrSourcePoint() {
    // Putin's words as printed by The Moscow Times, from the Associated Press
    String id = "e-putin-no-need-2";
    Evidence e = REF.evidence(dev.argmap.model.EvidenceId.of(id)).orElseThrow();
    assertThat(e.speaker().orElseThrow().name()).isEqualTo("Vladimir Putin");

    ArgumentMap wrongSpeaker = Edits.mapEvidence(REF, x -> !x.id().value().equals(id) ? x
        : Evidence.builder().from(x).speaker(Person.of("The Moscow Times")).build());
    GradeReport r1 = Grader.grade(REF, wrongSpeaker);
    assertThat(r1.maxScore() - r1.score()).isEqualTo(Rubric.SPEAKER);
    assertThat(r1.findings(Verdict.WRONG)).singleElement().satisfies(f -> assertThat(f.message())
        .contains("Wrong speaker").contains("Vladimir Putin").contains("not by The Moscow Times"));

    ArgumentMap wrongSource = Edits.mapEvidence(REF, x -> !x.id().value().equals(id) ? x
        : Evidence.builder().from(x).source(SourceId.of("ap-2020")).citedWork(java.util.Optional.empty())
            .locator(java.util.Optional.empty()).build());
    GradeReport r2 = Grader.grade(REF, wrongSource);
    assertThat(r2.maxScore() - r2.score()).isEqualTo(Rubric.SOURCE + Rubric.CITED_WORK);
    assertThat(r2.findings(Verdict.WRONG)).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("Wrong source").contains("Quite Possible"))
        .anySatisfy(m -> assertThat(m).contains("Cited work"));

    ArgumentMap noSpeaker = Edits.mapEvidence(REF, x -> !x.id().value().equals(id) ? x
        : Evidence.builder().from(x).speaker(java.util.Optional.empty())
            .voice(dev.argmap.model.Voice.SOURCE).build()); // from() copies the voice too
    GradeReport r3 = Grader.grade(REF, noSpeaker);
    assertThat(r3.maxScore() - r3.score()).isEqualTo(Rubric.SPEAKER);
    assertThat(r3.findings(Verdict.WRONG).get(0).message()).contains("you named no speaker");
  }

  @Test
  void severalMistakesAddUpAndTheFeedbackNamesEachOne() {
    ArgumentMap student = Edits.flip(REF, "a-culture");
    student = Edits.withoutStatement(student, "p-alliance-means-defence");
    student = Edits.mapEvidence(student, x -> !x.id().value().equals("e-putin-no-need-2") ? x
        : Evidence.builder().from(x).speaker(Person.of("Alexander Gabuev")).build());
    GradeReport r = Grader.grade(REF, student);
    int lost = Rubric.RELATION_POLARITY + (Rubric.STATEMENT + Rubric.RELATION_PREMISES + 3) + Rubric.SPEAKER;
    assertThat(r.maxScore() - r.score()).isEqualTo(lost);
    assertThat(r.findings().stream().mapToInt(Finding::pointsLost).sum()).isEqualTo(lost);
    String md = r.toMarkdown();
    assertThat(md).contains("## What to fix").contains("## What is missing").contains("**What you got right:**")
        .contains("Wrong direction").contains("also needs").contains("Alexander Gabuev")
        .contains("A formal military alliance would normally oblige");
    for (GradeReport.CategoryScore c : r.rubric()) {
      assertThat(md).contains("| " + c.category().title() + " | " + c.earned() + " | " + c.possible() + " |");
    }
  }

  @Test
  void aRelationToTheWrongTargetAndAnInventedRelationAreWrong() {
    // a-culture now concludes another claim; and a relation the reference lacks is added
    ArgumentMap moved = Edits.mapArguments(REF, a -> !a.id().value().equals("a-culture") ? a
        : Argument.builder().from(a).conclusion(StatementId.of("t-coop-trajectory")).build());
    GradeReport r = Grader.grade(REF, moved);
    assertThat(r.maxScore() - r.score())
        .isEqualTo(Rubric.RELATION_TARGET + Rubric.RELATION_POLARITY + Rubric.RELATION_PREMISES);
    assertThat(r.findings(Verdict.WRONG)).singleElement().satisfies(f -> assertThat(f.message())
        .contains("bear on").contains("in the reference it supports"));

    ArgumentMap invented = Edits.rebuild(REF, REF.statements(), REF.thesisIds(),
        com.google.common.collect.ImmutableList.<Argument>builder().addAll(REF.arguments())
            .add(Argument.builder().id(ArgumentId.of("x-new")).polarity(dev.argmap.model.Polarity.SUPPORTS)
                .conclusion(StatementId.of("p-spy-cases")).addPremises(StatementId.of("p-cultural-gap")).build())
            .build(), REF.evidence());
    GradeReport r2 = Grader.grade(REF, invented);
    assertThat(r2.maxScore() - r2.score()).isEqualTo(Rubric.WRONG_RELATION);
    assertThat(r2.findings(Verdict.WRONG)).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("Not in the reference"));
  }

  @Test
  void paraphrasedStatementsStillMatchAndTheReportShowsTheMatching() {
    Map<String, String> words = new LinkedHashMap<>();
    words.put("p-history-mistrust", "Through most of their history, Russian-Chinese relations were characterised "
        + "by mistrust, suspicion and conflict.");
    words.put("p-cultural-gap", "Culturally, Russia and China are very distant; their relationship is pushed by "
        + "elites and has little backing from ordinary citizens.");
    words.put("p-interests-diverge", "In many areas the national interests of Russia and China differ.");
    words.put("p-china-no-alliances", "China's foreign policy principles, such as its rule against alliances, keep "
        + "it out of military alliances.");
    words.put("p-west-pushes-together", "Pressure from the West, from Kosovo and Iraq to the post-2014 sanctions, "
        + "has pushed Russia and China closer.");
    words.put("p-putin-no-need", "In October 2020 at the Valdai Club, Putin said Russia did not need an alliance "
        + "with China and had not made it a goal.");
    words.put("p-spy-cases", "Russia has prosecuted many of its scientists for allegedly passing state secrets to "
        + "China.");
    words.put("p-power-shift", "China is rising and Russia is declining, so China increasingly has the upper hand.");
    words.put("t-no-alliance", "Russia and China won't form a formal military alliance.");
    words.put("p-arms-sales", "Russia has long been the main supplier of arms to China and recently sold it Su-35 "
        + "jets and S-400 missiles.");
    GradeReport r = Grader.grade(REF, Edits.reword(REF, words));
    assertThat(r.score()).as(r.toMarkdown()).isEqualTo(r.maxScore());
    for (String id : words.keySet()) {
      assertThat(r.matches()).anySatisfy(m -> {
        assertThat(m.reference()).isEqualTo(id);
        assertThat(m.student()).isEqualTo(id);
        assertThat(m.similarity()).isLessThan(1.0);
      });
    }
    assertThat(r.toMarkdown()).contains("## How your own wording was matched").contains("won't form");

    // a claim that says something else is not taken for the reference's
    GradeReport other = Grader.grade(REF, Edits.reword(REF, Map.of("p-spy-cases",
        "Cats sleep for most of the day in warm places.")));
    assertThat(other.findings(Verdict.MISSING)).extracting(Finding::reference).contains("p-spy-cases");
    assertThat(other.findings(Verdict.EXTRA)).anySatisfy(f -> assertThat(f.message()).contains("Cats sleep"));
  }

  @Test
  void identifiersPlayNoPart() {
    GradeReport r = Grader.grade(REF, Edits.renameAll(REF, "my-"));
    assertThat(r.score()).isEqualTo(r.maxScore());
  }

  @Test
  void randomMapsGradedAgainstThemselvesScoreFullMarksAndAFlipCostsOnePoint() {
    for (long seed = 1; seed <= 15; seed++) {
      ArgumentMap map = RandomMaps.withStatements(10 + (int) seed * 4).seed(seed).generate();
      GradeReport self = Grader.grade(map, map);
      assertThat(self.score()).as("RandomMaps seed %d: %s", seed, self.findings(Verdict.WRONG))
          .isEqualTo(self.maxScore());
      if (!map.arguments().isEmpty()) {
        String first = map.arguments().get(0).id().value();
        GradeReport flipped = Grader.grade(map, Edits.flip(map, first));
        assertThat(flipped.maxScore() - flipped.score()).as("RandomMaps seed %d, flip %s", seed, first)
            .isEqualTo(Rubric.RELATION_POLARITY);
      }
    }
  }

  @Test
  void studentMapsAreReadInTheFormatsTheRegistryHas(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("anna.argmap.json");
    Files.writeString(json, ArgMapJson.writeString(REF));
    GradeReport r = Grader.grade(REF, StudentMaps.read(json));
    assertThat(r.score()).isEqualTo(r.maxScore());
    Path argdown = dir.resolve("ben.argdown");
    Files.writeString(argdown, "[T]: Russia and China will not form a formal military alliance.");
    // this module's tests have no interop module, so nothing reads Argdown here (cli's tests read it)
    assertThatThrownBy(() -> StudentMaps.read(argdown)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no installed format reads " + argdown)
        .hasMessageContaining("argmap-interop for Argdown");
  }

  @Test
  void theBuildMapReferenceGradesAStudentsStructure() {
    var w = Exercises.generate(REF, ExerciseOptions.builder().difficulty(Difficulty.HARD).seed(4)
        .types(ExerciseType.BUILD_MAP).build());
    ArgumentMap ref = w.buildMapReference().orElseThrow();
    GradeReport self = Grader.grade(ref, ref);
    assertThat(self.score()).isEqualTo(self.maxScore());
    // the hard sheet has quotes to place: the reference carries them with their sources, so attribution counts
    assertThat(self.category(Category.EVIDENCE).possible()).isPositive();
    assertThat(ref.evidence()).isNotEmpty().allSatisfy(e -> assertThat(ref.source(e.source())).isPresent());
    Argument a = ref.arguments().get(0);
    GradeReport flipped = Grader.grade(ref, Edits.flip(ref, a.id().value()));
    assertThat(flipped.maxScore() - flipped.score()).isEqualTo(Rubric.RELATION_POLARITY);
  }

  @Test
  void thresholdsAreChecked() {
    assertThatThrownBy(() -> Grader.withThresholds(0, 0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Grader.withThresholds(0.9, 0.9).evaluate(REF, REF).percent()).isEqualTo(100.0);
  }
}
