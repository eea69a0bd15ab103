package dev.argmap.examples;

import dev.argmap.model.ArgumentMap;
import dev.argmap.model.MapProblem;
import dev.argmap.model.MapRule;
import dev.argmap.model.Polarity;
import dev.argmap.model.Source;
import dev.argmap.model.SourceId;
import dev.argmap.model.SourceKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Lints a map: {@code build()} accepts it, since it breaks no rule, but {@code lint()} finds what is
 * suspicious in it: a circle of support, a statement connected to nothing, a premise that rests on
 * no evidence, a source nobody cites and a statement of two sentences.
 */
public final class LintAMap {
  private LintAMap() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ArgumentMap map = ArgumentMap.builder()
        .thesis("t1", "The city should build a new tram line.")
        .statement("p1", "Trams carry more passengers than buses.")
        .statement("p2", "Passenger numbers will grow. The city is growing fast.")
        .statement("p3", "Tram projects often run over budget.")
        .statement("p4", "Buses cost less to run than trams.")
        .argument("a1", Polarity.SUPPORTS, "t1", "p1")
        .argument("a2", Polarity.SUPPORTS, "p1", "p2")
        .argument("a3", Polarity.SUPPORTS, "p2", "p1")
        .argument("a4", Polarity.ATTACKS, "t1", "p4")
        .addSources(Source.builder()
            .id(SourceId.of("plan"))
            .kind(SourceKind.OFFICIAL_DOCUMENT)
            .title("Example city transport plan")
            .build())
        .build();

    List<MapProblem> warnings = map.lint();
    System.out.println("The map is valid, with " + warnings.size() + " lint warnings:");
    Map<MapRule, Integer> byRule = new EnumMap<>(MapRule.class);
    for (MapProblem w : warnings) {
      System.out.println("  warning: " + w);
      byRule.merge(w.rule(), 1, Integer::sum);
    }
    System.out.println("By rule:");
    byRule.forEach((rule, n) -> System.out.println("  " + rule.code() + ": " + n));
  }
}
