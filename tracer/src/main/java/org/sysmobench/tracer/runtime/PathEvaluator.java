package org.sysmobench.tracer.runtime;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.concurrent.ConcurrentHashMap;
import org.sysmobench.tracer.plan.ValuePath;

/**
 * Evaluates {@link ValuePath}s against live objects with cached, accessibility-forced reflection.
 * Reading a field of the same object at the recording point gives the value as of that point: the
 * recording thread is the one executing the method.
 */
final class PathEvaluator {
  /** A resolved member, or the reason it does not exist (cached too: a miss is as repeatable as a hit). */
  private record Accessor(AccessibleObject member, String missing) {}

  private final ModuleOpener opener;
  private final ClassValue<ConcurrentHashMap<String, Accessor>> cache = new ClassValue<>() {
    @Override
    protected ConcurrentHashMap<String, Accessor> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  PathEvaluator(ModuleOpener opener) {
    this.opener = opener;
  }

  /** The values a path may start from. */
  record Roots(Object self, Object[] args, Object returned, Object receiver, String threadNode) {}

  /**
   * The raw value of {@code path}, or null if a step along it is null.
   *
   * @throws IllegalArgumentException if a member does not exist (a plan error worth reporting)
   */
  Object evaluate(ValuePath path, Roots roots) throws ReflectiveOperationException {
    Object v = switch (path.root()) {
      case THIS -> roots.self();
      case RETURN -> roots.returned();
      case RECEIVER -> roots.receiver();
      case THREAD -> Thread.currentThread();
      case LITERAL -> path.literal();
      case THREAD_NODE -> roots.threadNode();
      case ARG -> {
        Object[] args = roots.args();
        if (args == null || path.argIndex() >= args.length) {
          throw new IllegalArgumentException("'" + path.text() + "': the method has " + (args == null ? 0 : args.length) + " argument(s)");
        }
        yield args[path.argIndex()];
      }
    };
    for (ValuePath.Member m : path.members()) {
      if (v == null) {
        return null;
      }
      v = read(v, m);
    }
    return v;
  }

  private Object read(Object target, ValuePath.Member m) throws ReflectiveOperationException {
    Class<?> type = target.getClass();
    String key = m.call() ? m.name() + "()" : m.name();
    Accessor a = cache.get(type).computeIfAbsent(key, k -> resolve(type, m));
    if (a.member() == null) {
      throw new IllegalArgumentException(a.missing());
    }
    if (a.member() instanceof Field f) {
      return f.get(target);
    }
    try {
      return ((Method) a.member()).invoke(target);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(type.getName() + "." + key + " threw " + e.getCause(), e.getCause());
    }
  }

  private Accessor resolve(Class<?> type, ValuePath.Member m) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      AccessibleObject found = m.call() ? noArgMethod(c, m.name()) : field(c, m.name());
      if (found != null) {
        makeAccessible(found, c);
        return new Accessor(found, null);
      }
    }
    if (m.call()) {
      // Interface default methods are not found by walking superclasses.
      try {
        Method pub = type.getMethod(m.name());
        makeAccessible(pub, pub.getDeclaringClass());
        return new Accessor(pub, null);
      } catch (NoSuchMethodException e) {
        // fall through to the message
      }
    }
    return new Accessor(null, type.getName() + " has no " + (m.call() ? "no-argument method " + m.name() + "()" : "field '" + m.name() + "'"));
  }

  private static Field field(Class<?> c, String name) {
    try {
      return c.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  private static Method noArgMethod(Class<?> c, String name) {
    try {
      Method method = c.getDeclaredMethod(name);
      return Modifier.isStatic(method.getModifiers()) ? null : method;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private void makeAccessible(AccessibleObject member, Class<?> declaring) {
    try {
      member.setAccessible(true);
    } catch (InaccessibleObjectException e) {
      opener.open(declaring);
      member.setAccessible(true);
    }
  }
}
