package org.sysmobench.check;

import java.nio.file.Path;
import java.util.Optional;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.sany.Sany;
import org.sysmobench.tla.tlc.TlcPoolConfig;
import org.sysmobench.tla.tlc.TlcWorkerPool;

/**
 * The TLA+ tools an evaluation needs, opened once and shared: SANY in-process and a pool of warm TLC
 * worker JVMs, started when the first job needs them (an evaluation of the syntax phase alone starts
 * none). Close it to stop the workers (the CLI must, or their processes outlive it).
 */
public final class EvalEngine implements AutoCloseable {
  private final TlaTools tools;
  private final Sany sany;
  private final TlcPoolConfig poolConfig;
  private final Evaluator evaluator;
  private TlcWorkerPool pool;
  private boolean closed;

  private EvalEngine(TlaTools tools, Sany sany, TlcPoolConfig poolConfig) {
    this.tools = tools;
    this.sany = sany;
    this.poolConfig = poolConfig;
    this.evaluator = new Evaluator(sany, this::pool);
  }

  /**
   * @param toolsJar another {@code tla2tools.jar} to use, or empty for the default
   * @param pool how to run TLC workers
   */
  public static EvalEngine open(Optional<Path> toolsJar, TlcPoolConfig pool) {
    return open(TlaTools.resolve(toolsJar), pool);
  }

  /** Opens the engine on tools already resolved (tests resolve them into a private cache). */
  public static EvalEngine open(TlaTools tools, TlcPoolConfig pool) {
    return new EvalEngine(tools, Sany.open(tools), pool);
  }

  public TlaTools tools() {
    return tools;
  }

  public Sany sany() {
    return sany;
  }

  /** The TLC workers, started on the first call. */
  public synchronized TlcWorkerPool pool() {
    if (closed) {
      throw new IllegalStateException("the evaluation engine is closed");
    }
    if (pool == null) {
      pool = TlcWorkerPool.start(tools, poolConfig);
    }
    return pool;
  }

  public Evaluator evaluator() {
    return evaluator;
  }

  @Override
  public void close() {
    TlcWorkerPool started;
    synchronized (this) {
      closed = true;
      started = pool;
    }
    try {
      if (started != null) {
        started.close();
      }
    } finally {
      sany.close();
    }
  }
}
