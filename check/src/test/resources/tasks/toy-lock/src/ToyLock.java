/** A lock with a wait set: the system the toy-lock test task models. */
final class ToyLock {
  private final java.util.Set<String> waiting = new java.util.HashSet<>();
  private String holder;

  synchronized void request(String t) { waiting.add(t); }

  synchronized boolean acquire(String t) {
    if (holder != null || !waiting.contains(t)) return false;
    waiting.remove(t);
    holder = t;
    return true;
  }

  synchronized void release(String t) { if (t.equals(holder)) holder = null; }
}
