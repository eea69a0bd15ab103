package consumer;

import dev.argmap.json.ArgMapJson;
import dev.argmap.maps.PrebuiltMaps;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.StatementId;
import dev.argmap.semantics.GradualSemantics;
import dev.argmap.scoring.MapScorer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.jar.JarFile;

/**
 * A class-path user of argmap: reads the prebuilt map, writes and reads it back as JSON, scores it, and checks
 * that each argmap jar it loaded carries LICENSE and NOTICE. Any failed check exits with status 1.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the checks.
   *
   * @param args ignored
   * @throws Exception if a jar cannot be read
   */
  public static void main(String[] args) throws Exception {
    check(!ArgumentMap.class.getModule().isNamed(), "argmap was loaded as a named module on the class path");
    ArgumentMap map = PrebuiltMaps.russiaChinaAlliance();
    check(ArgMapJson.readString(ArgMapJson.writeString(map)).equals(map), "the JSON round trip changed the map");
    StatementId thesis = map.thesisIds().get(0);
    double strength = MapScorer.of(GradualSemantics.DF_QUAD).score(map).strength(thesis);
    check(strength > 0 && strength < 1, "the thesis strength is not inside (0, 1): " + strength);
    for (Class<?> type : new Class<?>[] {ArgumentMap.class, ArgMapJson.class, PrebuiltMaps.class}) {
      checkLegalFiles(type);
    }
    System.out.printf("consumer ok: %s has strength %.4f on Java %d%n", thesis, strength,
        Runtime.version().feature());
  }

  private static void checkLegalFiles(Class<?> type) throws IOException, URISyntaxException {
    Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (JarFile file = new JarFile(jar.toFile())) {
      for (String entry : new String[] {"META-INF/LICENSE", "META-INF/NOTICE"}) {
        check(file.getEntry(entry) != null, jar.getFileName() + " has no " + entry);
      }
    }
  }

  private static void check(boolean ok, String failure) {
    if (!ok) {
      System.err.println("consumer FAILED: " + failure);
      System.exit(1);
    }
  }
}
