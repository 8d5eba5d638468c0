/**
 * The response cache: one JSON file per request hash, written atomically. A cache entry committed to a
 * repository is a cassette that replays a recorded call through the real client.
 *
 * <p>May depend on the JDK, Jackson and {@code org.sysmobench.llm}. Knows nothing of HTTP or of the wire
 * protocols: an entry stores the provider's response body as opaque text, which the client parses.
 * Never stores keys or HTTP headers.
 */
package org.sysmobench.llm.cache;
