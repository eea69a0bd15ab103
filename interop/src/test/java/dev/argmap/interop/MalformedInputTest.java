package dev.argmap.interop;

import dev.argmap.io.MapFormats;
import dev.argmap.io.MapFormatException;
import dev.argmap.io.MapImporter;
import dev.argmap.io.MapFormat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.argmap.model.ArgumentMap;
import dev.argmap.testing.FixtureMaps;
import dev.argmap.testing.SharedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every importer on cut and damaged versions of the real files and of exported maps: it reads a map or
 * throws an {@link MapFormatException}, never anything else (no NullPointerException, no
 * IndexOutOfBoundsException, no InvalidMapException).
 */
class MalformedInputTest {
  private static final String NOISE = "()[]{}<>,.:;#%@*_-+\\\"'/\n\r\t =!0123456789abcAIFnodeIDtype";

  private static List<String[]> inputs() throws Exception {
    List<String[]> inputs = new ArrayList<>(); // {format id, text}
    if (SharedFiles.find("interop").isPresent()) {
      for (Path f : SharedFiles.files("interop/aif", ".json")) {
        inputs.add(new String[] {"aif", Files.readString(f)});
      }
      for (Path f : SharedFiles.files("interop/argdown", ".argdown")) {
        inputs.add(new String[] {"argdown", Files.readString(f)});
      }
      for (Path f : SharedFiles.files("interop/iccma", ".apx")) {
        inputs.add(new String[] {"apx", Files.readString(f)});
      }
      for (Path f : SharedFiles.files("interop/iccma", ".tgf")) {
        inputs.add(new String[] {"tgf", Files.readString(f)});
      }
      for (Path f : SharedFiles.files("interop/carneades", ".yml")) {
        inputs.add(new String[] {"carneades", Files.readString(f)});
      }
    }
    for (MapFormat f : InteropFormats.ALL) {
      inputs.add(new String[] {f.name(), f.exporter().orElseThrow().writeString(FixtureMaps.shapes())});
    }
    return inputs;
  }

  @Test
  void damagedInputIsReadOrRejectedWithAMapFormatException() throws Exception {
    SplittableRandom random = new SplittableRandom(20261125);
    int read = 0;
    int rejected = 0;
    for (String[] input : inputs()) {
      MapImporter importer = MapFormats.installed().named(input[0]).orElseThrow().importer().orElseThrow();
      String text = input[1];
      for (int k = 0; k < 40; k++) {
        String damaged = damage(text, random);
        try {
          ArgumentMap map = importer.readString(damaged);
          assertThat(map.statements()).isNotEmpty();
          read++;
        } catch (MapFormatException e) {
          rejected++;
        } catch (RuntimeException e) {
          throw new AssertionError(input[0] + " importer failed with " + e + " on:\n" + damaged, e);
        }
      }
    }
    assertThat(read).isPositive();
    assertThat(rejected).isPositive();
  }

  private static String damage(String text, SplittableRandom random) {
    StringBuilder s = new StringBuilder(text);
    switch (random.nextInt(3)) {
      case 0:
        return text.substring(0, random.nextInt(text.length() + 1));
      case 1:
        for (int i = 0; i < 1 + random.nextInt(4) && s.length() > 0; i++) {
          s.deleteCharAt(random.nextInt(s.length()));
        }
        return s.toString();
      default:
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
          s.insert(random.nextInt(s.length() + 1), NOISE.charAt(random.nextInt(NOISE.length())));
        }
        return s.toString();
    }
  }
}
