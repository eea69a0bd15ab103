package dev.argmap.exercises.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.argmap.exercises.grading.Finding.Verdict;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.CopyId;
import dev.argmap.model.Evidence;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceCopy;
import dev.argmap.model.SourceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Fair grading: a free paraphrase beats swapped polarities, the teacher's overrides change the grade as stated,
 * one work counted as two sources is pointed out, and the anonymous paper is never a false "wrong source".
 */
class FairGradingTest {
  /** A small reference of its own, so that the test does not depend on the prebuilt map's wording. */
  static final ArgumentMap SCHOOL = ArgumentMap.builder()
      .thesis("t", "Secondary schools should start classes later in the morning.")
      .statement("p1", "Teenagers sleep longer and better when school starts later.")
      .statement("p2", "Later starts mean buses have to run later in the day.")
      .statement("p3", "Later starts shorten the afternoon left for sports and jobs.")
      .statement("p4", "Fewer students arrive late when lessons begin later.")
      .statement("p5", "Well-rested students concentrate better in class.")
      .argument("a1", Polarity.SUPPORTS, "t", "p1")
      .argument("a2", Polarity.ATTACKS, "t", "p2")
      .argument("a3", Polarity.ATTACKS, "t", "p3")
      .argument("a4", Polarity.SUPPORTS, "t", "p4")
      .argument("a5", Polarity.SUPPORTS, "p1", "p5")
      .build();

  /** The same map, every statement in other words and under other identifiers. */
  static final ArgumentMap PARAPHRASE = ArgumentMap.builder()
      .thesis("m", "High schools ought to begin lessons at a later hour.")
      .statement("x1", "Adolescents get more and deeper sleep if classes begin later.")
      .statement("x2", "School buses would need to operate later with a later start.")
      .statement("x3", "A later start leaves less afternoon time for sport and part-time work.")
      .statement("x4", "Later lessons reduce the number of pupils who come in late.")
      .statement("x5", "Pupils who have rested well focus better during lessons.")
      .argument("b1", Polarity.SUPPORTS, "m", "x1")
      .argument("b2", Polarity.ATTACKS, "m", "x2")
      .argument("b3", Polarity.ATTACKS, "m", "x3")
      .argument("b4", Polarity.SUPPORTS, "m", "x4")
      .argument("b5", Polarity.SUPPORTS, "x1", "x5")
      .build();

  @Test
  void aFreeParaphraseOfTheWholeReferenceOutranksAVerbatimMapWithTwoPolaritiesSwapped() {
    GradeReport paraphrase = Grader.grade(SCHOOL, PARAPHRASE);
    GradeReport swapped = Grader.grade(SCHOOL, Edits.flip(Edits.flip(SCHOOL, "a2"), "a4"));
    assertThat(paraphrase.score()).as(paraphrase.toMarkdown()).isGreaterThan(swapped.score());
    assertThat(swapped.maxScore() - swapped.score()).isEqualTo(2 * RubricWeights.defaults().polarity());
    // with the default weights a wrong polarity costs at least as much as a missed statement
    RubricWeights w = RubricWeights.defaults();
    assertThat(w.polarity()).isGreaterThanOrEqualTo(w.statement());
  }

  @Test
  void theFeedbackStartsWithWhatIsRightAndSaysHowEachRewordedStatementWasMatched() {
    String md = Grader.grade(SCHOOL, PARAPHRASE).toMarkdown();
    List<String> lines = md.lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines.get(2)).startsWith("**What you got right:**");
    assertThat(md).contains("matched by the thesis you marked");
    // every matched statement is judged once: none is also called missing
    assertThat(md).doesNotContainIgnoringCase("missing");
    assertThat(md.lines().count()).isLessThan(40);
  }

  @Test
  void aTeachersOverrideChangesTheGradeAsStated() {
    ArgumentMap student = Edits.reword(SCHOOL, java.util.Map.of("p4", "Punctuality is a virtue."));
    GradeReport before = Grader.grade(SCHOOL, student);
    assertThat(before.findings(Verdict.MISSING)).extracting(Finding::reference).contains("p4");
    GradeReport after = Grader.defaults().withOverrides(TeacherOverrides.parse("# Anna means the same\n"
        + "Punctuality is a virtue. = p4\n")).evaluate(SCHOOL, student);
    RubricWeights w = RubricWeights.defaults();
    // the statement and its argument (target, polarity, premises) now count
    assertThat(after.score() - before.score()).isEqualTo(w.statement() + w.target() + w.polarity() + w.premises());
    assertThat(after.score()).isEqualTo(after.maxScore());
    assertThat(after.toMarkdown()).contains("matched by your teacher's decision");
    // a teacher's weights change the points as stated too
    GradeReport heavy = Grader.defaults().withWeights(RubricWeights.builder().statement(5).build())
        .evaluate(SCHOOL, student);
    assertThat(heavy.maxScore() - heavy.score()).isEqualTo(5 + w.target() + w.polarity() + w.premises());
  }

  @Test
  void overridesThatNameNothingAreClearErrors() {
    assertThatThrownBy(() -> TeacherOverrides.parse("p1 p4")).hasMessageContaining("line 1")
        .hasMessageContaining("=");
    assertThatThrownBy(() -> Grader.defaults().withOverrides(TeacherOverrides.parse("\nnope = p1"))
        .evaluate(SCHOOL, SCHOOL)).hasMessageContaining("line 2").hasMessageContaining("nope");
  }

  static ArgumentMap with(ArgumentMap map, List<Evidence> evidence, List<Source> sources) {
    ArgumentMap.Builder b = ArgumentMap.builder();
    map.title().ifPresent(b::title);
    return b.addTheses(map.thesisIds()).addStatements(map.statements()).addArguments(map.arguments())
        .addEvidence(evidence).addSources(sources).build();
  }

  /** The prebuilt map's source with a copy in the given seed document. */
  static Source sourceWithCopy(ArgumentMap map, String documentPrefix) {
    return map.sources().stream().filter(s -> s.copies().stream()
        .anyMatch(c -> c.document().orElse("").startsWith(documentPrefix))).findFirst().orElseThrow();
  }

  @Test
  void aMapCountingTheTwoCopiesOfGabuevsArticleAsTwoSourcesIsToldSo() {
    ArgumentMap ref = GraderTest.REF;
    Source gabuev = sourceWithCopy(ref, "000_");
    SourceCopy blogCopy = gabuev.copies().stream().filter(c -> c.document().orElse("").startsWith("001_"))
        .findFirst().orElseThrow();
    // the student's second source: the blog repost as a work of its own
    Source blog = Source.builder().from(gabuev).id(SourceId.of("gabuev-blog")).publisher("a blog")
        .copies(List.of(SourceCopy.builder().from(blogCopy).id(CopyId.of("student-blog-copy")).build())).build();
    List<Evidence> evidence = new ArrayList<>();
    int moved = 0;
    for (Evidence e : ref.evidence()) {
      if (e.source().equals(gabuev.id()) && moved++ % 2 == 0) {
        evidence.add(Evidence.builder().from(e).source(blog.id()).locator(Optional.empty()).build());
      } else {
        evidence.add(e);
      }
    }
    List<Source> sources = new ArrayList<>(ref.sources());
    sources.add(blog);
    ArgumentMap student = with(ref, evidence, sources);
    GradeReport r = Grader.grade(ref, student);
    assertThat(r.findings(Verdict.WRONG)).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("One source counted as 2").contains("gabuev-blog");
      assertThat(f.pointsLost()).isEqualTo(RubricWeights.defaults().duplicateSource());
    });
    assertThat(r.toMarkdown()).contains("One source counted as 2");
  }

  @Test
  void theAnonymousPaperUnderAnotherIdentifierIsNoWrongSource() {
    ArgumentMap ref = GraderTest.REF;
    Source paper = sourceWithCopy(ref, "003_");
    assertThat(paper.title()).isEmpty();
    Source renamed = Source.builder().from(paper).id(SourceId.of("the-2017-paper")).build();
    List<Source> sources = new ArrayList<>();
    ref.sources().forEach(s -> sources.add(s.id().equals(paper.id()) ? renamed : s));
    List<Evidence> evidence = new ArrayList<>();
    for (Evidence e : ref.evidence()) {
      Evidence.Builder b = Evidence.builder().from(e);
      if (e.source().equals(paper.id())) {
        b.source(renamed.id());
      }
      if (e.citedWork().equals(Optional.of(paper.id()))) {
        b.citedWork(renamed.id());
      }
      evidence.add(b.build());
    }
    ArgumentMap student = with(ref, evidence, sources);
    GradeReport r = Grader.grade(ref, student);
    assertThat(r.findings(Verdict.WRONG)).isEmpty();
    assertThat(r.score()).isEqualTo(r.maxScore());
  }
}
