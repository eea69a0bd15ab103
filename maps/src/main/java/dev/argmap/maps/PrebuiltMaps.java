package dev.argmap.maps;

import dev.argmap.json.ArgMapFormatException;
import dev.argmap.json.ArgMapJson;
import dev.argmap.model.ArgumentMap;
import java.io.IOException;
import java.io.InputStream;

/**
 * Ready-made argument maps that ship with argmap. Each map is an argmap JSON document in this
 * package's resources, written by hand from its source documents; it is read and validated when
 * first asked for, and then cached: every call returns the same immutable instance.
 */
public final class PrebuiltMaps {
  /**
   * The class-path resource of {@link #russiaChinaAlliance()}, in the source tree at {@code
   * maps/src/main/resources/dev/argmap/maps/russia-china-alliance.argmap.json}.
   */
  public static final String RUSSIA_CHINA_ALLIANCE_RESOURCE =
      "dev/argmap/maps/russia-china-alliance.argmap.json";

  private PrebuiltMaps() {}

  /**
   * Returns the map "Will Russia and China form a formal military alliance?", read from the
   * resource {@value #RUSSIA_CHINA_ALLIANCE_RESOURCE}.
   *
   * <p>Its main thesis ({@code t-no-alliance}) is that Russia and China will not form a formal,
   * institutionalised alliance with a mutual-defence obligation, as opposed to the strategic
   * partnership they have. The map lays out both sides as five documents argue them: history,
   * present mistrust, diverging interests, China's no-alliance policy, ties to the United States,
   * the shift of power between the two, military cooperation, and what leaders and experts said.
   * Three sub-theses carry the documents' disputes over what Putin's Valdai remark of October 2020
   * was for ({@code t-valdai-signal}), whether Russia's dependence on China gives Beijing leverage
   * ({@code t-dependence}) and whether military cooperation is heading for an alliance
   * ({@code t-coop-trajectory}). Undercutters record where a document attacks an inference rather
   * than a claim.
   *
   * <p>Every premise rests on short verbatim quotes with a character range into the exact seed
   * file: Alexander Gabuev's Carnegie commentary (2020; one source with two copies), The Moscow
   * Times report of Putin's remarks (2020; Putin as speaker, the Associated Press as the cited
   * work), an anonymous academic paper of about 2017 (no author or title recorded; the works its
   * footnotes name are separate sources) and the executive summary of András Rácz and Alina
   * Hrytsenko's report "Partnership Short of Alliance" (2025). Evidence weights, source
   * credibilities and argument weights follow the rules in {@code docs/maps/weighting-rules.md},
   * named in each element's notes.
   *
   * @return the map, the same instance on every call
   * @throws IllegalStateException if the resource is missing or is not a valid argmap document
   *     (which a test of this module rules out for the shipped file)
   */
  public static ArgumentMap russiaChinaAlliance() {
    return RussiaChinaAllianceHolder.MAP;
  }

  /** Reads the map on first use (lazy holder idiom: thread-safe without locking). */
  private static final class RussiaChinaAllianceHolder {
    static final ArgumentMap MAP = load(RUSSIA_CHINA_ALLIANCE_RESOURCE);
  }

  /**
   * Reads a map resource of this module.
   *
   * @param resource the resource's class-path name
   * @return the map
   * @throws IllegalStateException if the resource is missing, unreadable or not a valid map
   */
  static ArgumentMap load(String resource) {
    // Module#getResourceAsStream finds the resource in this module and on the class path alike.
    try (InputStream in = PrebuiltMaps.class.getModule().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "the prebuilt map resource " + resource + " is missing from argmap-maps");
      }
      return ArgMapJson.read(in);
    } catch (ArgMapFormatException e) {
      throw new IllegalStateException(
          "the prebuilt map resource " + resource + " is not a valid argmap document: "
              + e.getMessage(),
          e);
    } catch (IOException e) {
      throw new IllegalStateException(
          "the prebuilt map resource " + resource + " cannot be read: " + e.getMessage(), e);
    }
  }
}
