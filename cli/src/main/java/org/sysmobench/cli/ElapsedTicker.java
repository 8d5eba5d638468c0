package org.sysmobench.cli;

import java.time.Duration;
import org.sysmobench.runs.ProgressTime;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sysmobench.runs.StatusConsole;

/**
 * Shows that a long job with no finer progress to report (one evaluation, one task check) is still
 * running: on a terminal its status line counts the seconds; elsewhere one plain line says it started,
 * so logs are not flooded. Closing it clears the status line.
 */
final class ElapsedTicker implements AutoCloseable {
  private final StatusConsole console;
  private final ScheduledExecutorService timer;

  private ElapsedTicker(StatusConsole console, String what) {
    this.console = console;
    Instant start = Instant.now();
    console.status(what + "...");
    if (console.terminal()) {
      timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "elapsed-ticker");
        t.setDaemon(true);
        return t;
      });
      timer.scheduleAtFixedRate(() -> console.status(what + "... "
          + ProgressTime.format(Duration.between(start, Instant.now()))), 1, 1, TimeUnit.SECONDS);
    } else {
      timer = null;
    }
  }

  static ElapsedTicker start(StatusConsole console, String what) {
    return new ElapsedTicker(console, what);
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
    console.clearStatus();
  }
}
