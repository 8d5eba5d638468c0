package tlc2.overrides;

import org.sysmobench.tla.bridge.hooks.EvaluationHookOps;
import org.sysmobench.tla.bridge.ops.FiniteSetsExtOps;
import org.sysmobench.tla.bridge.ops.SequencesExtOps;
import org.sysmobench.tla.bridge.ops.TraceReaderOps;

/**
 * The index TLC reads to install Java overrides. TLC 2.18 looks up exactly this class name (no
 * system property can change it), so every override class of the project is listed here.
 */
public class TLCOverrides implements ITLCOverrides {

  @Override
  @SuppressWarnings("rawtypes")
  public Class[] get() {
    return new Class[] {SequencesExtOps.class, FiniteSetsExtOps.class, TraceReaderOps.class,
        EvaluationHookOps.class};
  }
}
