package dev.argmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Tells a person at a terminal what a long piece of work is doing: a step that runs longer than a second
 * gets a line on standard error when it starts to be slow and another when it is done. Silent when standard
 * error is not a terminal ({@link #stderrIsTerminal()}), so scripts and pipes never see it, and silent for
 * quick steps.
 */
final class Progress implements AutoCloseable {
  private static final long DEFAULT_DELAY_MILLIS = 1000;

  private final PrintWriter err;
  private final boolean enabled;
  private final long delayMillis;
  private final ScheduledExecutorService timer;
  private String step;
  private long started;
  private boolean announced;
  private ScheduledFuture<?> pending;

  Progress(PrintWriter err, boolean enabled, long delayMillis) {
    this.err = err;
    this.enabled = enabled;
    this.delayMillis = delayMillis;
    this.timer = enabled ? Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "argmap-progress");
      t.setDaemon(true);
      return t;
    }) : null;
  }

  /** Returns progress reporting that is on when standard error is a terminal. */
  static Progress forTerminal(PrintWriter err) {
    return new Progress(err, stderrIsTerminal(), DEFAULT_DELAY_MILLIS);
  }

  /**
   * Tells whether standard error is a terminal. On Linux the link {@code /proc/self/fd/2} says so even when
   * standard output is redirected ({@code argmap score big.bag > out.csv}); elsewhere {@link System#console()}
   * is the best Java 17 can tell, and it is null unless standard input and output are a terminal too.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException | InvalidPathException e) {
      return System.console() != null;
    }
  }

  /** Ends the current step and starts the next, for example {@code "reading big.af"}. */
  synchronized void step(String what) {
    if (!enabled) {
      return;
    }
    finish();
    step = what;
    started = System.nanoTime();
    announced = false;
    String current = what;
    pending = timer.schedule(() -> announce(current), delayMillis, TimeUnit.MILLISECONDS);
  }

  private synchronized void announce(String what) {
    if (what.equals(step) && !announced) {
      announced = true;
      err.println("argmap: " + what + "\u2026");
      err.flush();
    }
  }

  private void finish() {
    if (pending != null) {
      pending.cancel(false);
      pending = null;
    }
    if (step != null && announced) {
      err.println(String.format(Locale.ROOT, "argmap: %s: done in %.1f s", step,
          (System.nanoTime() - started) / 1e9));
      err.flush();
    }
    step = null;
  }

  @Override
  public synchronized void close() {
    if (enabled) {
      finish();
      timer.shutdownNow();
    }
  }
}
