package org.sysmobench.llm.limits;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * One semaphore per provider, so all models of a provider share its connection limit. Create one per
 * run and pass it to the client factory; a fresh instance means fresh limits (no global state).
 */
public final class ConcurrencyLimits {
    private final ConcurrentHashMap<String, Semaphore> byProvider = new ConcurrentHashMap<>();

    /** The provider's semaphore, created with {@code permits} the first time the provider is seen. */
    public Semaphore forProvider(String provider, int permits) {
        return byProvider.computeIfAbsent(provider, p -> new Semaphore(permits, true));
    }

    @Override
    public String toString() {
        return "ConcurrencyLimits" + byProvider.keySet();
    }
}
