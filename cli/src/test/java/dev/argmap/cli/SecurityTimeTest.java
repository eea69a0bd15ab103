package dev.argmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security: long scoring honours its time budget and says which option raises it; a bad budget is a usage
 * error.
 */
class SecurityTimeTest {
  @TempDir Path dir;

  @Test
  void aCyclicGraphThatNeverConvergesStopsAtTheTimeLimit() throws IOException {
    // 100,000 pairs of mutual attacks at full strength: Jacobi oscillates, and 10,000 sweeps of 200,000
    // arguments take far longer than the one second allowed
    StringBuilder bag = new StringBuilder();
    int pairs = 100_000;
    for (int i = 0; i < pairs; i++) {
      bag.append("arg(a").append(i).append(", 1.0).\narg(b").append(i).append(", 1.0).\n");
    }
    for (int i = 0; i < pairs; i++) {
      bag.append("att(a").append(i).append(", b").append(i).append(").\natt(b").append(i).append(", a")
          .append(i).append(").\n");
    }
    Path file = dir.resolve("pairs.bag");
    Files.writeString(file, bag);

    Run run = Run.of("score", file.toString(), "--semantics", "df-quad", "--scheme", "jacobi",
        "--time-limit", "1");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("within the time limit").contains("--time-limit");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aTimeLimitBelowOneSecondIsAUsageError() throws IOException {
    Path file = dir.resolve("map.json");
    Files.writeString(file, Documents.SCORED);

    Run run = Run.of("score", file.toString(), "--time-limit", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(run.err()).contains("--time-limit must be at least 1 second");
  }
}
