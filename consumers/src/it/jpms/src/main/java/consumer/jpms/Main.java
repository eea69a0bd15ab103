package consumer.jpms;

import dev.argmap.json.ArgMapJson;
import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;

/**
 * A JPMS user of argmap: checks that argmap came in as its named modules, then reads the prebuilt map, writes
 * and reads it back as JSON, and scores it. Any failed check exits with status 1.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the checks.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    check(Main.class.getModule().isNamed(), "the consumer did not run as a named module");
    check("dev.argmap.core".equals(ArgumentMap.class.getModule().getName()), "core is not module dev.argmap.core");
    check("dev.argmap.json".equals(ArgMapJson.class.getModule().getName()), "io-json is not module dev.argmap.json");
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    check(ArgMapJson.readString(ArgMapJson.writeString(map)).equals(map), "the JSON round trip changed the map");
    StatementId thesis = map.thesisIds().get(0);
    double strength = MapScorer.of(GradualSemantics.DF_QUAD).score(map).strength(thesis);
    check(strength > 0 && strength < 1, "the thesis strength is not inside (0, 1): " + strength);
    System.out.printf("consumer ok: %s has strength %.4f in module %s%n", thesis, strength,
        Main.class.getModule().getName());
  }

  private static void check(boolean ok, String failure) {
    if (!ok) {
      System.err.println("consumer FAILED: " + failure);
      System.exit(1);
    }
  }
}
