package org.sysmobench.systems.kit.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jacoco.core.instr.Instrumenter;
import org.jacoco.core.runtime.IExecutionDataAccessorGenerator;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;

/**
 * JDK classes instrumented for branch coverage, laid out for {@code --patch-module}: a child JVM started
 * with {@link #jvmOptions()} defines these classes from the patch from its first instruction on.
 *
 * <p>Why not the JaCoCo agent: classes of {@code java.base} such as {@code ReentrantLock} are loaded while
 * the JVM boots, before any agent runs, and an agent cannot add JaCoCo's probe field to a loaded class
 * (retransformation may not change a class's shape). So the classes are instrumented before the JVM
 * starts, with JaCoCo's own instrumenter, and their probes go to a holder class added to the same package
 * ({@link ProbeStoreTemplate}, renamed), which {@link CoverageMain} reads at the end of the run. The class
 * ids are JaCoCo's (CRC64 of the original class file), so the usual analysis against the running JDK's
 * own class files matches them.
 */
final class JdkClassPatch {
  /** The simple name of the probe holder inside the patched package. */
  static final String STORE_SIMPLE_NAME = "SysmobenchCoverageProbes";

  private final String module;
  private final Path dir;
  private final String storeInternalName;

  private JdkClassPatch(String module, Path dir, String storeInternalName) {
    this.module = module;
    this.dir = dir;
    this.storeInternalName = storeInternalName;
  }

  /**
   * Instruments {@code classes} (all in one JDK module, their nested classes named too) from the running
   * JDK into {@code dir}.
   *
   * @throws IllegalArgumentException if a class is not a class of this JDK or the classes span modules
   */
  static JdkClassPatch write(List<ModelledCode.ModelledClass> classes, Path dir) throws IOException {
    Set<String> modules = new LinkedHashSet<>();
    for (ModelledCode.ModelledClass c : classes) {
      modules.add(JdkClasses.moduleOf(c.name()).orElseThrow(() -> new IllegalArgumentException(c.name()
          + " is not a class of this JDK")));
    }
    if (modules.size() != 1) {
      throw new IllegalArgumentException("patched JDK classes must share one module, not " + modules);
    }
    String first = classes.get(0).internalName();
    String store = first.substring(0, first.lastIndexOf('/') + 1) + STORE_SIMPLE_NAME;
    Instrumenter instrumenter = new Instrumenter(accessor(store));
    for (ModelledCode.ModelledClass c : classes) {
      byte[] original = JdkClasses.bytes(c.resource());
      write(dir.resolve(c.resource()), instrumenter.instrument(original, c.name()));
    }
    write(dir.resolve(store + ".class"), relocatedStore(store));
    return new JdkClassPatch(modules.iterator().next(), dir, store);
  }

  /** {@code --patch-module <module>=<dir>}. */
  List<String> jvmOptions() {
    return List.of("--patch-module", module + "=" + dir.toAbsolutePath());
  }

  /** The probe holder's binary name, which {@link CoverageMain} reads. */
  String storeClassName() {
    return storeInternalName.replace('/', '.');
  }

  /** Each instrumented class gets its probe array from the holder: {@code Holder.probes(id, name, count)}. */
  private static IExecutionDataAccessorGenerator accessor(String store) {
    return (long classId, String className, int probeCount, MethodVisitor mv) -> {
      mv.visitLdcInsn(classId);
      mv.visitLdcInsn(className);
      mv.visitLdcInsn(probeCount);
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, store, "probes", "(JLjava/lang/String;I)[Z", false);
      return 4; // a long, a reference and an int on the stack
    };
  }

  private static byte[] relocatedStore(String store) throws IOException {
    String template = ProbeStoreTemplate.class.getName().replace('.', '/');
    try (InputStream in = ProbeStoreTemplate.class.getResourceAsStream("ProbeStoreTemplate.class")) {
      if (in == null) {
        throw new IllegalStateException("the harness kit lacks its compiled ProbeStoreTemplate");
      }
      ClassWriter w = new ClassWriter(0);
      new ClassReader(in).accept(new ClassRemapper(w, new SimpleRemapper(template, store)), 0);
      return w.toByteArray();
    }
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}
