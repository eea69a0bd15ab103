package consumer;

import dev.argmap.json.ArgMapJson;
import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;

/**
 * A user on Java 25, compiled with release 25: reads the prebuilt map, writes and reads it back as JSON, and
 * scores it. Any failed check exits with status 1.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the checks.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    int feature = Runtime.version().feature();
    if (feature < 25) {
      fail("running on Java " + feature + ", not 25 or later");
    }
    var map = PrebuiltMaps.russiaChinaAlliance();
    if (!ArgMapJson.readString(ArgMapJson.writeString(map)).equals(map)) {
      fail("the JSON round trip changed the map");
    }
    StatementId thesis = map.thesisIds().getFirst();
    double strength = MapScorer.of(GradualSemantics.DF_QUAD).score(map).strength(thesis);
    if (!(strength > 0 && strength < 1)) {
      fail("the thesis strength is not inside (0, 1): " + strength);
    }
    System.out.printf("consumer ok: %s has strength %.4f on Java %d%n", thesis, strength, feature);
  }

  private static void fail(String failure) {
    System.err.println("consumer FAILED: " + failure);
    System.exit(1);
  }
}
