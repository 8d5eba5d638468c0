package org.sysmobench.llm.client;

import java.time.Duration;

/** Waits between retries. Injected so tests assert the waits instead of spending them. */
@FunctionalInterface
public interface Sleeper {
    /** Really sleeps. */
    Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
