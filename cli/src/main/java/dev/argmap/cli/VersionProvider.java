package dev.argmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads argmap's version, which the build writes into {@code version.properties}. */
final class VersionProvider implements IVersionProvider {
  /** Returns the project's version, for example {@code 0.1.0-SNAPSHOT}, or {@code unknown}. */
  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "argmap " + version(),
      "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"
    };
  }
}
