package org.sysmobench.check;

import java.nio.file.Path;
import java.util.Optional;
import org.sysmobench.tla.TlaTools;
import org.sysmobench.tla.sany.Sany;
import org.sysmobench.tla.tlc.TlcPoolConfig;
import org.sysmobench.tla.tlc.TlcWorkerPool;

/**
 * The TLA+ tools an evaluation needs, opened once and shared: SANY in-process and a pool of warm TLC
 * worker JVMs. Close it to stop the workers (the CLI must, or their processes outlive it).
 */
public final class EvalEngine implements AutoCloseable {
  private final TlaTools tools;
  private final Sany sany;
  private final TlcWorkerPool pool;
  private final Evaluator evaluator;

  private EvalEngine(TlaTools tools, Sany sany, TlcWorkerPool pool) {
    this.tools = tools;
    this.sany = sany;
    this.pool = pool;
    this.evaluator = new Evaluator(sany, pool);
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
    Sany sany = Sany.open(tools);
    try {
      return new EvalEngine(tools, sany, TlcWorkerPool.start(tools, pool));
    } catch (RuntimeException e) {
      sany.close();
      throw e;
    }
  }

  public TlaTools tools() {
    return tools;
  }

  public Sany sany() {
    return sany;
  }

  public TlcWorkerPool pool() {
    return pool;
  }

  public Evaluator evaluator() {
    return evaluator;
  }

  @Override
  public void close() {
    try {
      pool.close();
    } finally {
      sany.close();
    }
  }
}
