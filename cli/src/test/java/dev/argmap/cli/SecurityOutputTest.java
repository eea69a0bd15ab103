package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security: output respects what it replaces (modes, links, devices, pipes) and a failure to write
 * standard output is an error, exit 2.
 */
class SecurityOutputTest {
  @TempDir Path dir;

  private String map() throws IOException {
    Path file = dir.resolve("map.json");
    Files.writeString(file, Documents.SCORED, StandardCharsets.UTF_8);
    return file.toString();
  }

  @Test
  void renderOntoAnExisting0644FileKeeps0644() throws IOException {
    Path out = dir.resolve("map.dot");
    Files.writeString(out, "old");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));

    Run run = Run.of("render", map(), "-o", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out)).startsWith("digraph argmap {");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");
  }

  @Test
  void renderToANewFileGivesTheUmaskDefaultModeNot0600() throws IOException {
    Path reference = Files.createFile(dir.resolve("reference"));
    Path out = dir.resolve("map.dot");

    Run run = Run.of("render", map(), "-o", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(reference));
  }

  @Test
  void renderThroughASymlinkKeepsTheLink() throws IOException {
    Path real = dir.resolve("real.dot");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.dot"), real.getFileName());

    Run run = Run.of("render", map(), "-o", link.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).startsWith("digraph argmap {");
  }

  @Test
  void convertOntoDevFullReportsTheErrorAndLeavesTheDevice() throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full is absent on this system");

    Run run = Run.of("convert", map(), "/dev/full", "--to", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.err()).contains("/dev/full");
    assertThat(Files.isRegularFile(Path.of("/dev/full"), LinkOption.NOFOLLOW_LINKS)).isFalse();
  }

  @Test
  void renderOntoDevFullReportsTheErrorAndLeavesTheDevice() throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full is absent on this system");

    Run run = Run.of("render", map(), "-o", "/dev/full", "--to", "dot");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.err()).contains("/dev/full");
    assertThat(Files.isRegularFile(Path.of("/dev/full"))).isFalse();
  }

  @Test
  void aKilledOrFailedWriteLeavesNoTemporaryFile() throws IOException {
    Path out = dir.resolve("sub-missing").resolve("map.dot");

    Run run = Run.of("render", map(), "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(names()).containsExactly("map.json");
  }

  @Test
  void aStandardOutputThatFailsIsExit2InProcess() throws IOException {
    StringWriter err = new StringWriter();
    Writer failing = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void close() {}
    };
    int code = Main.run(new String[] {"show", map()}, new ByteArrayInputStream(new byte[0]),
        new PrintWriter(failing, true), new PrintWriter(err, true), () -> Optional.of("No space left"));

    assertThat(code).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(err.toString()).contains("cannot write standard output: No space left");
  }

  @Test
  void showToDevFullIsExit2InARealProcess() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full is absent on this system");
    Process process = java("show", map()).redirectOutput(new File("/dev/full")).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(err).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(err).contains("cannot write standard output");
  }

  @Test
  void outputToAPipePathWorks() throws Exception {
    // what a shell's -o >(cmd) hands over: /dev/fd/N, a link to a pipe; here the child's own stdout pipe
    Process process = java("render", map(), "--to", "dot", "-o", "/dev/stdout").start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(err).isZero();
    assertThat(out).startsWith("digraph argmap {");
  }

  @Test
  void outputToAShellProcessSubstitutionWorks() throws Exception {
    Path bash = Path.of("/bin/bash");
    assumeTrue(Files.isExecutable(bash), "bash is not installed");
    Path counted = dir.resolve("count.txt");
    String java = String.join(" ", java("convert", map(), "OUT", "--to", "json").command())
        .replace("OUT", ">(wc -c > " + counted + ")");
    Process process = new ProcessBuilder(bash.toString(), "-c", java + "; status=$?; wait; exit $status")
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    for (int i = 0; i < 100 && (!Files.exists(counted) || Files.readString(counted).isBlank()); i++) {
      Thread.sleep(100); // the substituted process finishes after the command
    }
    assertThat(Long.parseLong(Files.readString(counted).strip())).isGreaterThan(100);
    assertThat(names()).doesNotContain("count.txt.tmp").noneMatch(n -> n.endsWith(".tmp"));
  }

  /** A separate JVM running the CLI's main, so that standard output is a real file descriptor. */
  static ProcessBuilder java(String... args) {
    return javaWith(List.of(), args);
  }

  /** As {@link #java}, with flags for the JVM such as {@code -Xmx32m}. */
  static ProcessBuilder javaWith(List<String> jvmFlags, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.addAll(List.of("-cp", classPath(), Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static String classPath() {
    List<String> parts = new ArrayList<>();
    for (String key : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(key);
      if (value != null && !value.isEmpty()) {
        parts.add(value);
      }
    }
    parts.add(Path.of("target", "classes").toAbsolutePath().toString());
    return String.join(File.pathSeparator, parts);
  }

  private List<String> names() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
