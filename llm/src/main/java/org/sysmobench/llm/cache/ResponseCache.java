package org.sysmobench.llm.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A folder of recorded LLM calls, optionally backed by read-only fixture folders (committed cassettes):
 * a lookup tries the folder, then each fixture folder in order; entries are only ever written to the
 * folder, so committed cassettes never change under a user's feet.
 *
 * <p>Design note (store layout, schema 1). {@code <dir>/<sha256>.json}, one pretty-printed JSON object
 * per request, flat so that a cassette is one reviewable file in a diff. Fields: {@code schema} (1),
 * {@code key}, {@code model}, {@code protocol}, {@code recorded_at}, {@code latency_ms}, {@code request}
 * (the canonical request identity the key hashes), {@code summary} (parsed text/usage, for people), and
 * {@code response_body}: the provider's raw SSE text. Replay feeds that text to the same SSE reader and
 * protocol parser as a live stream, so a cassette exercises the real parsing path and a parser change
 * shows up as a replay difference. Writes go to a temp file in the same folder, then an atomic rename:
 * a crash never leaves half an entry, and concurrent writers of the same key both write whole files.
 * Only complete answers are ever stored (the client never passes errors or truncated streams here).
 * A new schema number would be read side by side with older ones; unknown schemas are refused.
 */
public final class ResponseCache {
    public static final int SCHEMA = 1;
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;
    private final CacheMode mode;
    private final List<Path> fixtures;

    public ResponseCache(Path dir, CacheMode mode) {
        this(dir, mode, List.of());
    }

    /**
     * @param fixtures read-only folders consulted after {@code dir} (committed cassettes); never written
     */
    public ResponseCache(Path dir, CacheMode mode, List<Path> fixtures) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.fixtures = List.copyOf(fixtures);
    }

    /**
     * The user's response cache: {@code $XDG_CACHE_HOME/sysmobench/responses}, else
     * {@code ~/.cache/sysmobench/responses} (never inside the installation).
     */
    public static Path userCacheDir(java.util.Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("sysmobench").resolve("responses");
    }

    /** The read-only fixture folders consulted after the cache folder. */
    public List<Path> fixtures() {
        return fixtures;
    }

    /** A cache that is never consulted. */
    public static ResponseCache off() {
        return new ResponseCache(Path.of("."), CacheMode.OFF);
    }

    public CacheMode mode() {
        return mode;
    }

    public Path directory() {
        return dir;
    }

    public boolean reads() {
        return mode != CacheMode.OFF;
    }

    public boolean writes() {
        return mode == CacheMode.READ_WRITE;
    }

    public Path fileFor(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a cache key: " + key);
        }
        return dir.resolve(key + ".json");
    }

    public Optional<CacheEntry> lookup(String key) {
        if (!reads()) {
            return Optional.empty();
        }
        Optional<CacheEntry> hit = lookupIn(dir, key);
        for (int i = 0; hit.isEmpty() && i < fixtures.size(); i++) {
            hit = lookupIn(fixtures.get(i), key);
        }
        return hit;
    }

    private Optional<CacheEntry> lookupIn(Path folder, String key) {
        Path file = folder.resolve(fileFor(key).getFileName());
        JsonNode n;
        try {
            n = MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cache entry " + file, e);
        }
        if (n.path("schema").asInt() != SCHEMA) {
            throw new IllegalStateException("cache entry " + file + " has schema " + n.path("schema")
                    + ", this version reads schema " + SCHEMA);
        }
        return Optional.of(new CacheEntry(n.path("key").asText(), n.path("model").asText(),
                n.path("protocol").asText(), n.path("request"), n.path("response_body").asText(),
                n.path("summary"), Instant.parse(n.path("recorded_at").asText()), n.path("latency_ms").asLong()));
    }

    public void store(CacheEntry entry) {
        if (!writes()) {
            return;
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.put("schema", SCHEMA);
        n.put("key", entry.key());
        n.put("model", entry.model());
        n.put("protocol", entry.protocol());
        n.put("recorded_at", entry.recordedAt().toString());
        n.put("latency_ms", entry.latencyMillis());
        n.set("request", CanonicalJson.sorted(entry.request()));
        n.set("summary", entry.summary());
        n.put("response_body", entry.responseBody());
        Path target = fileFor(entry.key());
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + entry.key(), ".tmp");
            try {
                Files.write(tmp, MAPPER.writeValueAsBytes(n));
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cache entry " + target, e);
        }
    }

    @Override
    public String toString() {
        return "ResponseCache[" + mode.id() + ", " + dir + (fixtures.isEmpty() ? "" : ", fixtures " + fixtures) + "]";
    }
}
