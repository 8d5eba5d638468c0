package org.sysmobench.systems.jctools.spsc;

import org.jctools.queues.SpscArrayQueue;

/**
 * Child-JVM main: one producer thread and one consumer thread run the {@link SpscPlan} of a seed on a
 * real {@code SpscArrayQueue} while the agent records. A failed offer is retried after a millisecond, an
 * empty poll likewise. Exit code 0 when every value arrived in order, 1 otherwise.
 */
public final class SpscDriver {
  private SpscDriver() {}

  public static void main(String[] args) throws InterruptedException {
    SpscPlan plan = SpscPlan.fromSeed(Long.parseLong(args[0]));
    SpscArrayQueue<Integer> q = new SpscArrayQueue<>(SpscPlan.CAPACITY);
    int[] received = new int[plan.values()];
    Thread consumer = new Thread(() -> {
      int got = 0;
      while (got < plan.values()) {
        Integer v = q.poll();
        if (v == null) {
          sleep(1);
        } else {
          received[got] = v;
          sleep(plan.consumerGapsMs().get(got));
          got++;
        }
      }
    }, "consumer");
    Thread producer = new Thread(() -> {
      sleep(20); // the consumer polls the empty queue first (its first events are recorded slowly)
      for (int v = 1; v <= plan.values(); v++) {
        while (!q.offer(v)) {
          sleep(1);
        }
        sleep(plan.producerGapsMs().get(v - 1));
      }
    }, "producer");
    consumer.start();
    producer.start();
    producer.join();
    consumer.join();
    for (int i = 0; i < received.length; i++) {
      if (received[i] != i + 1) {
        System.err.println("out of order: position " + i + " holds " + received[i]);
        System.exit(1);
      }
    }
  }

  private static void sleep(int ms) {
    if (ms <= 0) {
      return;
    }
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("driver thread interrupted", e);
    }
  }
}
