package org.sysmobench.cli;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import org.sysmobench.runs.CellEvaluators;

/**
 * Loads the optional spark module by name, only for {@code run --spark}: the CLI does not depend on it, so
 * the default path never loads (or builds) Spark. The launcher puts the module on the class path when the
 * command line has {@code --spark}.
 */
final class SparkModule {
  static final String EVALUATORS = "org.sysmobench.spark.SparkEvaluators";

  private SparkModule() {}

  /**
   * The evaluators of a run on {@code master}; {@code env} holds the cluster's shared secret, if any.
   *
   * @throws IllegalArgumentException the module is not on the class path, or the master is blank
   */
  static CellEvaluators evaluators(String master, Map<String, String> conf, Map<String, String> env) {
    Class<?> type;
    try {
      type = Class.forName(EVALUATORS);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("--spark needs the sysmobench-spark module on the class path (the"
          + " launcher adds it; build it with: mvn -pl spark -am install -DskipTests)");
    }
    try {
      return (CellEvaluators) type.getConstructor(String.class, Map.class, Map.class).newInstance(master, conf, env);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException bad) {
        throw bad;
      }
      throw new IllegalStateException("cannot open the spark module: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the spark module on the class path does not match this CLI: " + e, e);
    }
  }
}
