package dev.argmap.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of this artifact, as Jackson modules report theirs; read from a resource that the
 * build fills in.
 */
public final class PackageVersion implements Versioned {
  /** The version of {@code dev.argmap:argmap-io-json}; unknown when the resource is missing. */
  public static final Version VERSION = load();

  @Override
  public Version version() {
    return VERSION;
  }

  private static Version load() {
    Properties properties = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      return Version.unknownVersion();
    }
    String version = properties.getProperty("version", "");
    if (version.isEmpty() || version.startsWith("${")) {
      return Version.unknownVersion();
    }
    return VersionUtil.parseVersion(version, properties.getProperty("groupId"),
        properties.getProperty("artifactId"));
  }
}
