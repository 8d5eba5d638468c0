package org.sysmobench.systems.kit.coverage;

import java.util.Arrays;
import java.util.List;

/**
 * The code a task models, whose branches a recording should execute: classes (by binary name, nested
 * classes named on their own) and, per class, the modelled methods. A recording measures branch coverage
 * of exactly these methods and writes it into its manifest.
 *
 * @param classes the modelled classes, in the order reports list them
 */
public record ModelledCode(List<ModelledClass> classes) {
  public ModelledCode {
    classes = List.copyOf(classes);
    if (classes.isEmpty()) {
      throw new IllegalArgumentException("modelled code names no class");
    }
  }

  public static ModelledCode of(ModelledClass... classes) {
    return new ModelledCode(Arrays.asList(classes));
  }

  /**
   * One class and its modelled methods.
   *
   * @param name binary class name ({@code java.util.concurrent.locks.ReentrantLock$Sync})
   * @param methods method selectors: a name selects every overload, {@code name/n} the overloads with
   *     {@code n} parameters; empty selects every method of the class but synthetic ones (lambdas)
   */
  public record ModelledClass(String name, List<String> methods) {
    public ModelledClass {
      methods = List.copyOf(methods);
    }

    public static ModelledClass of(String name, String... methods) {
      return new ModelledClass(name, Arrays.asList(methods));
    }

    /** The class file's resource path: {@code java/util/concurrent/locks/ReentrantLock$Sync.class}. */
    String resource() {
      return name.replace('.', '/') + ".class";
    }

    /** The JVM-internal name: {@code java/util/concurrent/locks/ReentrantLock$Sync}. */
    String internalName() {
      return name.replace('.', '/');
    }

    /** Whether the method with this name and descriptor is modelled. */
    boolean selects(String method, String descriptor) {
      if (methods.isEmpty()) {
        return !method.startsWith("lambda$");
      }
      for (String m : methods) {
        int slash = m.indexOf('/');
        if (slash < 0 ? m.equals(method)
            : m.substring(0, slash).equals(method)
                && Integer.parseInt(m.substring(slash + 1)) == org.objectweb.asm.Type.getArgumentTypes(descriptor).length) {
          return true;
        }
      }
      return false;
    }
  }
}
