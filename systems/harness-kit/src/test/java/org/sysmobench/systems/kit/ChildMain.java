package org.sysmobench.systems.kit;

/**
 * The tiny real system {@link ChildJvmTest} runs in a child JVM: {@code ChildMain work <n>} calls
 * {@link #work} n times; {@code fail} prints to stderr and exits with 3; {@code hang} never ends.
 */
public final class ChildMain {
  private ChildMain() {}

  public static void main(String[] args) throws InterruptedException {
    switch (args[0]) {
      case "work" -> {
        for (int i = 0; i < Integer.parseInt(args[1]); i++) {
          work(i);
        }
      }
      case "fail" -> {
        System.err.println("the child gives up on purpose");
        System.exit(3);
      }
      case "hang" -> Thread.sleep(Long.MAX_VALUE);
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  static int work(int n) {
    return n;
  }
}
