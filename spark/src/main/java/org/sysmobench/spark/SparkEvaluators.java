package org.sysmobench.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.sysmobench.check.EvalEngine;
import org.sysmobench.runs.CellEvaluator;
import org.sysmobench.runs.CellEvaluators;

/**
 * Opens a run's connection to a Spark cluster: {@code master} is Spark's master URL ({@code
 * spark://host:7077}, {@code k8s://...}, {@code yarn}, {@code local[4]}), {@code conf} Spark settings
 * given with {@code --conf k=v}. The CLI creates it by name (only for {@code run --spark}), so the default
 * path never loads Spark.
 *
 * <p>Security: when the environment holds {@value #SECRET_ENV}, the connection authenticates with it
 * ({@code spark.authenticate}); the secret is only in this process's memory (Spark redacts it from its
 * logs and UI), never in the store, the manifest or the command line. API keys never leave the driver:
 * executors receive task packages, specs and options only.
 */
public final class SparkEvaluators implements CellEvaluators {
  /** The environment variable holding the cluster's shared secret. */
  public static final String SECRET_ENV = "SYSMOBENCH_SPARK_SECRET";
  /** TLC workers of each executor's engine (default: the executor's cores, else the run's --max-tlc-jobs). */
  public static final String TLC_WORKERS_CONF = "spark.sysmobench.tlcWorkers";

  private final String master;
  private final Map<String, String> conf;
  private final Map<String, String> env;

  public SparkEvaluators(String master, Map<String, String> conf, Map<String, String> env) {
    if (master.isBlank()) {
      throw new IllegalArgumentException("--spark needs a master URL (spark://host:7077, local[2], ...)");
    }
    this.master = master;
    this.conf = Map.copyOf(conf);
    this.env = Map.copyOf(env);
  }

  @Override
  public CellEvaluator open(EvalEngine local, int tlcJobs) {
    SparkConf c = new SparkConf(false).setMaster(master).setAppName("sysmobench");
    sparkConf().forEach(c::set);
    String secret = env.getOrDefault(SECRET_ENV, "");
    if (!secret.isEmpty()) {
      c.set("spark.authenticate", "true");
      c.set("spark.authenticate.secret", secret);
    }
    int workers = Integer.parseInt(c.get(TLC_WORKERS_CONF, c.get("spark.executor.cores", Integer.toString(tlcJobs))));
    return new SparkCellEvaluator(new JavaSparkContext(c), workers);
  }

  /** Our defaults under the user's settings (what {@code --conf} gives wins). */
  Map<String, String> sparkConf() {
    Map<String, String> all = new LinkedHashMap<>();
    // an evaluation is a pure function: a rerun is harmless, but a speculative copy only doubles the work
    all.put("spark.speculation", "false");
    all.put("spark.ui.enabled", "false");
    all.putAll(conf);
    return all;
  }
}
