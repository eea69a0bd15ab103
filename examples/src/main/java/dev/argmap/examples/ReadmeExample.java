package dev.argmap.examples;

import dev.argmap.json.ArgMapJson;
import dev.argmap.model.ArgumentMap;
import dev.argmap.model.InvalidMapException;
import dev.argmap.model.Polarity;
import dev.argmap.model.StatementId;

/**
 * The Java example of the README, as it stands there: build a map (which validates it), query it,
 * lint it and write it as JSON. {@code ExamplesTest} checks that the README still shows this code.
 */
public final class ReadmeExample {
  private ReadmeExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // README:start
    try {
      ArgumentMap map = ArgumentMap.builder()
          .thesis("t1", "The city should build the new tram line.")
          .statement("p1", "The tram would carry more passengers than the buses.")
          .statement("p2", "Tram projects usually cost far more than planned.")
          .argument("a1", Polarity.SUPPORTS, "t1", "p1")
          .argument("a2", Polarity.ATTACKS, "t1", "p2")
          .build();                                      // checks the whole map
      System.out.println(map.argumentsAgainst(StatementId.of("t1")).get(0).premises()); // [p2]
      map.lint().forEach(System.out::println);           // p1, p2: no evidence yet
      System.out.print(ArgMapJson.writeString(map));     // or ArgMapJson.write(map, path)
    } catch (InvalidMapException e) {
      e.problems().forEach(System.out::println);         // every problem, with its fix
    }
    // README:end
  }
}
