package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void slowStepsAreAnnouncedAndFinished() throws InterruptedException {
    StringWriter err = new StringWriter();
    try (Progress p = new Progress(new PrintWriter(err, true), true, 10)) {
      p.step("reading big.af");
      Thread.sleep(200);
      p.step("scoring");
    }
    assertThat(err.toString()).startsWith("argmap: reading big.af\u2026\nargmap: reading big.af: done in ");
  }

  @Test
  void quickStepsAndNonTerminalsStaySilent() throws InterruptedException {
    StringWriter quiet = new StringWriter();
    try (Progress p = new Progress(new PrintWriter(quiet, true), true, 60_000)) {
      p.step("reading small.af");
    }
    StringWriter off = new StringWriter();
    try (Progress p = new Progress(new PrintWriter(off, true), false, 0)) {
      p.step("reading big.af");
      Thread.sleep(50);
    }
    assertThat(quiet.toString()).isEmpty();
    assertThat(off.toString()).isEmpty();
  }

  @Test
  void testsRunWithStandardErrorPipedSoProgressIsOff() {
    // surefire's forked JVM writes standard error to a pipe, never to a terminal
    assertThat(Progress.stderrIsTerminal()).isFalse();
  }
}
