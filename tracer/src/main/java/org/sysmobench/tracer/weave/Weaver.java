package org.sysmobench.tracer.weave;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isMethod;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.io.PrintStream;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.asm.MemberSubstitution;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.matcher.ElementMatchers;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.JavaModule;
import org.sysmobench.tracer.boot.ProbeId;
import org.sysmobench.tracer.plan.Phase;
import org.sysmobench.tracer.runtime.Probe;
import org.sysmobench.tracer.runtime.ProbeTable;

/**
 * Installs one ByteBuddy transformer that weaves every probe of a {@link ProbeTable}.
 *
 * <p>Retransformation without class-format changes: advice and member substitution only rewrite method
 * bodies, which is all the JVM allows for classes that are already loaded (the JDK's locks are loaded
 * long before {@code premain}). ByteBuddy's default ignore rule skips bootstrap classes; it is replaced
 * because targets are selected by exact name anyway.
 */
public final class Weaver {
  private static final String BOOT = "org.sysmobench.tracer.boot.";

  private final ProbeTable table;
  private final PrintStream diagnostics;
  private final Consumer<Module> beforeWeavingNamedModule;
  private final Set<Integer> woven = ConcurrentHashMap.newKeySet();
  private final TypePool agentTypes;
  private final ClassFileLocator agentClasses;

  /**
   * @param beforeWeavingNamedModule called with the module of a class in a named module (the JDK's)
   *     before its woven code can run, so that it can be made to read the bootstrap bridge
   */
  public Weaver(ProbeTable table, PrintStream diagnostics, Consumer<Module> beforeWeavingNamedModule) {
    this.table = table;
    this.diagnostics = diagnostics;
    this.beforeWeavingNamedModule = beforeWeavingNamedModule;
    this.agentClasses = ClassFileLocator.ForClassLoader.of(Weaver.class.getClassLoader());
    this.agentTypes = TypePool.Default.of(agentClasses);
  }

  /** Installs the transformer and retransforms already-loaded targets. */
  public ResettableClassFileTransformer install(Instrumentation inst) {
    Map<String, List<Probe>> byClass = new LinkedHashMap<>();
    for (Probe p : table.all()) {
      byClass.computeIfAbsent(p.className(), k -> new ArrayList<>()).add(p);
    }
    // Type validation re-checks class files ByteBuddy itself wrote; skipping it saves start-up time.
    AgentBuilder builder = new AgentBuilder.Default(new ByteBuddy().with(TypeValidation.DISABLED))
        .disableClassFormatChanges()
        .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
        .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
        .with(AgentBuilder.TypeStrategy.Default.DECORATE)
        .with(new Listener())
        .ignore(ElementMatchers.nameStartsWith(BOOT));
    for (Map.Entry<String, List<Probe>> e : byClass.entrySet()) {
      List<Probe> probes = e.getValue();
      builder = builder.type(named(e.getKey())).transform((b, type, loader, module, domain) -> weave(b, type, probes));
    }
    return builder.installOn(inst);
  }

  /** Probes that were never woven (their class was never loaded, or their method does not exist). */
  public List<Probe> unwoven() {
    List<Probe> out = new ArrayList<>();
    for (Probe p : table.all()) {
      if (!woven.contains(p.id())) {
        out.add(p);
      }
    }
    return out;
  }

  private DynamicType.Builder<?> weave(DynamicType.Builder<?> builder, TypeDescription type, List<Probe> probes) {
    DynamicType.Builder<?> b = builder;
    for (Probe p : probes) {
      AsmVisitorWrapper wrapper = p instanceof Probe.OnMethod m ? methodWrapper(type, m) : callSiteWrapper(type, (Probe.OnCallSite) p);
      if (wrapper != null) {
        b = b.visit(wrapper);
        woven.add(p.id());
      }
    }
    return b;
  }

  private AsmVisitorWrapper methodWrapper(TypeDescription type, Probe.OnMethod p) {
    ElementMatcher.Junction<MethodDescription> matcher = isMethod().and(named(p.spec().method())).and(not(isAbstract()));
    if (p.spec().arity().isPresent()) {
      matcher = matcher.and(takesArguments(p.spec().arity().getAsInt()));
    }
    if (type.getDeclaredMethods().filter(matcher).isEmpty()) {
      diagnostics.println("sysmobench-tracer: ERROR probe #" + p.id() + " (event " + p.spec().event().orElse("none") + "): class " + type.getName()
          + " declares no non-abstract method " + p.spec().method() + (p.spec().arity().isPresent() ? " with " + p.spec().arity().getAsInt() + " parameter(s)" : ""));
      return null;
    }
    String adviceClass = (p.spec().phase() == Phase.ENTRY ? EntryAdvice.class : ExitAdvice.class).getName();
    return Advice.withCustomMapping()
        .bind(ProbeId.class, p.id())
        .to(agentTypes.describe(adviceClass).resolve(), agentClasses)
        .on(matcher);
  }

  private AsmVisitorWrapper callSiteWrapper(TypeDescription type, Probe.OnCallSite p) {
    ElementMatcher.Junction<MethodDescription> enclosing = isMethod().and(named(p.spec().in()));
    if (type.getDeclaredMethods().filter(enclosing).isEmpty()) {
      diagnostics.println("sysmobench-tracer: ERROR probe #" + p.id() + " (event " + p.spec().event() + "): class " + type.getName()
          + " declares no method " + p.spec().in() + " to look for calls to " + p.spec().call() + " in");
      return null;
    }
    ElementMatcher.Junction<MethodDescription> called = named(p.spec().call());
    if (p.spec().arity().isPresent()) {
      called = called.and(takesArguments(p.spec().arity().getAsInt()));
    }
    TypeDescription hooks = agentTypes.describe(BOOT + "SiteHook").resolve();
    MethodDescription.InDefinedShape valueHook = hooks.getDeclaredMethods().filter(named("afterCall")).getOnly();
    MethodDescription.InDefinedShape voidHook = hooks.getDeclaredMethods().filter(named("afterVoidCall")).getOnly();
    // A void call leaves no value for the hook to pass on, so it gets a hook without one.
    return MemberSubstitution.relaxed()
        .method(called.and(not(returns(void.class))))
        .replaceWith(afterOriginal(p, valueHook))
        .method(called.and(returns(void.class)))
        .replaceWith(afterOriginal(p, voidHook))
        .on(enclosing);
  }

  private static MemberSubstitution.Substitution.Factory<MemberSubstitution.Target> afterOriginal(Probe p, MethodDescription.InDefinedShape hook) {
    return MemberSubstitution.Substitution.Chain.<MemberSubstitution.Target>with(Assigner.DEFAULT, Assigner.Typing.DYNAMIC).executing(
        MemberSubstitution.Substitution.Chain.Step.OfOriginalExpression.INSTANCE,
        MemberSubstitution.Substitution.Chain.Step.ForDelegation.withCustomMapping().bind(ProbeId.class, p.id()).to(hook));
  }

  /** Reports weaving failures and prepares named modules before woven code runs. */
  private final class Listener extends AgentBuilder.Listener.Adapter {
    @Override
    public void onTransformation(TypeDescription type, ClassLoader loader, JavaModule module, boolean loaded, DynamicType dynamicType) {
      if (module != null && module.isNamed()) {
        beforeWeavingNamedModule.accept((Module) module.unwrap());
      }
    }

    @Override
    public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable throwable) {
      diagnostics.println("sysmobench-tracer: ERROR cannot weave " + typeName + ": " + throwable);
    }
  }
}
