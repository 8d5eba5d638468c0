package org.sysmobench.llm.cache;

import java.util.Arrays;

/** How the client uses the response cache (vcr's record modes, reduced to the three a benchmark needs). */
public enum CacheMode {
    /** Neither read nor write: every call goes to the provider. */
    OFF("off"),
    /** Serve hits from the cache; call the provider on a miss and record complete answers. */
    READ_WRITE("read-write"),
    /** Serve hits; a miss is an error and the network is never used (CI, no-key runs). */
    REPLAY_ONLY("replay-only");

    private final String id;

    CacheMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static CacheMode fromId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown cache mode '" + id + "', expected one of "
                        + Arrays.stream(values()).map(CacheMode::id).toList()));
    }
}
