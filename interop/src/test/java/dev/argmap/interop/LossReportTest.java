package dev.argmap.interop;

import dev.argmap.io.Loss;
import dev.argmap.io.LossReport;
import dev.argmap.io.Export;
import dev.argmap.io.MapFormat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.interop.argdown.ArgdownExporter;
import dev.argmap.interop.argdown.ArgdownImporter;
import dev.argmap.model.Argument;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.Statement;
import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.semantics.AttackGraph;
import dev.argmap.semantics.dung.DungSemantics;
import dev.argmap.semantics.dung.DungSolver;
import dev.argmap.testing.FixtureMaps;
import dev.argmap.testing.RandomMaps;
import dev.argmap.testing.SharedFiles;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every conversion says what it loses (issues 14 and 15): the loss report of each exporter, and the
 * self-attacks of a framework, which AIF and Argdown can carry and now do.
 */
class LossReportTest {
  @Test
  void evidenceAndSourcesAreReportedLostByAifAndArgdown() {
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    assertThat(map.evidence()).isNotEmpty();
    assertThat(map.sources()).isNotEmpty();
    for (MapFormat f : List.of(InteropFormats.AIF, InteropFormats.ARGDOWN)) {
      Export export = f.exporter().orElseThrow().export(map);
      LossReport losses = export.losses();
      assertThat(losses.count(Loss.Kind.EVIDENCE)).as(f + ": " + losses).isEqualTo(map.evidence().size());
      assertThat(losses.count(Loss.Kind.SOURCES)).as(f + ": " + losses).isEqualTo(map.sources().size());
      assertThat(export.text()).isEqualTo(f.exporter().orElseThrow().writeString(map));
    }
    // Argdown holds weights, labels, notes and schemes in its data; AIF holds only schemes of these
    LossReport argdown = InteropFormats.ARGDOWN.exporter().orElseThrow().losses(map);
    assertThat(argdown.losses()).extracting(Loss::kind)
        .containsExactly(Loss.Kind.EVIDENCE, Loss.Kind.SOURCES);
    LossReport aif = InteropFormats.AIF.exporter().orElseThrow().losses(map);
    long weights = map.arguments().stream().filter(a -> a.weight() != 1.0).count();
    long labels = map.arguments().stream().filter(a -> a.label().isPresent()).count();
    assertThat(aif.count(Loss.Kind.ARGUMENT_WEIGHTS)).isEqualTo(weights).isPositive();
    assertThat(aif.count(Loss.Kind.ARGUMENT_LABELS)).isEqualTo(labels).isPositive();
    assertThat(aif.count(Loss.Kind.ARGUMENT_SCHEMES)).isZero();
    assertThat(aif.toString()).contains(map.evidence().size() + " evidence items");
  }

  @Test
  void aMapInAFormatThatHoldsItAllLosesNothing() {
    ArgumentMap map = FixtureMaps.shapes();
    ArgumentMap bare = ArgumentMap.builder().addStatements(map.statements().stream()
            .map(s -> Statement.builder().id(s.id()).text(s.id().value()).build()).toList())
        .addArguments(map.arguments().stream().filter(a -> a.polarity() == dev.argmap.model.Polarity.ATTACKS
            && a.premises().size() == 1 && a.conclusion() instanceof dev.argmap.model.StatementId)
            .map(a -> Argument.builder().id(a.id()).premises(a.premises()).conclusion(a.conclusion())
                .polarity(a.polarity()).build()).toList())
        .addTheses(map.thesisIds())
        .build();
    for (MapFormat f : InteropFormats.ALL) {
      LossReport losses = f.exporter().orElseThrow().losses(bare);
      // a bare attack graph whose theses are the ones reading it back would choose; Carneades, which has no con
      // arguments, writes the attacks as arguments for negations and says so
      assertThat(losses.losses()).as(f + ": " + losses).allMatch(l -> l.kind() == Loss.Kind.THESES
          || f == InteropFormats.CARNEADES && l.kind() == Loss.Kind.ATTACKS_AS_NEGATIONS);
    }
    assertThat(InteropFormats.ARGDOWN.exporter().orElseThrow().losses(bare).isEmpty()).isTrue();
  }

  @Test
  void frameworkFormatsLoseTextsSupportsAndWeights() {
    ArgumentMap map = FixtureMaps.shapes();
    LossReport af = InteropFormats.ICCMA_AF.exporter().orElseThrow().losses(map);
    long supports = map.arguments().stream().filter(a -> a.polarity() == dev.argmap.model.Polarity.SUPPORTS)
        .count();
    assertThat(af.count(Loss.Kind.SUPPORTS)).isEqualTo(supports).isPositive();
    assertThat(af.count(Loss.Kind.STATEMENT_TEXTS)).isPositive();
    assertThat(InteropFormats.TGF.exporter().orElseThrow().losses(map).count(Loss.Kind.STATEMENT_TEXTS)).isZero();
    assertThat(InteropFormats.BAG.exporter().orElseThrow().losses(map).count(Loss.Kind.SUPPORTS)).isZero();
  }

  private static List<String> stable(String af) throws Exception {
    AttackGraph g = AttackGraph.parseIccma(new StringReader(af));
    return DungSolver.builder().build().extensions(g, DungSemantics.STABLE).stream()
        .map(e -> java.util.Arrays.toString(e.toArray())).sorted().toList();
  }

  @Test
  void selfAttacksSurviveEveryFormatThatCanCarryThem() throws Exception {
    Path apx = SharedFiles.require("interop/iccma").resolve("tweety_ex3.apx");
    ArgumentMap framework = InteropFormats.APX.importer().orElseThrow().read(apx);
    String af = InteropFormats.ICCMA_AF.exporter().orElseThrow().writeString(framework);
    List<String> expected = stable(af);
    // the self-attack of a9 is what keeps the count down
    assertThat(stable(af.replaceAll("(?m)^(\\d+) \\1\\n", ""))).isNotEqualTo(expected);
    for (MapFormat f : InteropFormats.ALL) {
      Export export = f.exporter().orElseThrow().export(framework);
      assertThat(export.losses().count(Loss.Kind.SELF_ATTACKS)).as(f.toString()).isZero();
      if (export.losses().count(Loss.Kind.ATTACKS_AS_NEGATIONS) > 0) {
        // Carneades has no con arguments: it writes each attack as an argument for the negation, and says so,
        // so the framework does not come back as it was
        assertThat(f).isEqualTo(InteropFormats.CARNEADES);
        continue;
      }
      ArgumentMap back = f.importer().orElseThrow().readString(export.text());
      String backAf = InteropFormats.ICCMA_AF.exporter().orElseThrow().writeString(back);
      assertThat(stable(backAf)).as(f + ":\n" + export.text()).isEqualTo(expected);
      // the same framework: the same arguments and attacks, listed in an order the format may change
      assertThat(backAf.lines().sorted().toList()).as(f.toString()).isEqualTo(af.lines().sorted().toList());
    }
  }

  @Test
  void selfSupportsAreReportedLostByAttackOnlyFormats() {
    ArgumentMap bag = InteropFormats.BAG.importer().orElseThrow().readString("arg(a, 0.5).\narg(b, 0.5).\nsup(a, a).\natt(b, a).\n");
    assertThat(InteropFormats.ICCMA_AF.exporter().orElseThrow().losses(bag).count(Loss.Kind.SELF_SUPPORTS)).isEqualTo(1);
    for (MapFormat f : List.of(InteropFormats.AIF, InteropFormats.ARGDOWN, InteropFormats.BAG)) {
      assertThat(f.exporter().orElseThrow().losses(bag).count(Loss.Kind.SELF_SUPPORTS)).as(f.toString()).isZero();
      ArgumentMap back = f.importer().orElseThrow().readString(f.exporter().orElseThrow().writeString(bag));
      assertThat(InteropFormats.BAG.exporter().orElseThrow().writeString(back)).as(f.toString()).contains("sup(a, a)");
    }
  }

  @Test
  void argdownGivesBackEveryRandomMapRestrictedToWhatItHolds() throws Exception {
    for (long seed : Maps.seeds("LossReportTest", 30)) {
      ArgumentMap random = RandomMaps.withStatements(30).seed(seed).generate();
      ArgumentMap.Builder b = ArgumentMap.builder().addStatements(random.statements())
          .addArguments(random.arguments()).addTheses(random.thesisIds());
      random.title().ifPresent(b::title);
      random.description().ifPresent(b::description);
      ArgumentMap map = b.build();
      String context = "RandomMaps.withStatements(30).seed(" + seed + ")";
      assertThat(new ArgdownExporter().losses(map).isEmpty()).as(context).isTrue();
      ArgumentMap back = new ArgdownImporter().read(new StringReader(new ArgdownExporter().writeString(map)), w -> {
        throw new AssertionError(context + ": " + w);
      });
      assertThat(back).as(context).isEqualTo(map);
    }
  }


  @Test
  void lossReportsTellTheirKindsAndCounts() {
    assertThat(new Loss(Loss.Kind.EVIDENCE, 1).toString()).isEqualTo("1 evidence item");
    assertThat(new Loss(Loss.Kind.SOURCES, 2).toString()).isEqualTo("2 sources");
    assertThat(new LossReport(com.google.common.collect.ImmutableList.of()).toString())
        .isEqualTo("nothing");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Loss(Loss.Kind.EVIDENCE, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
