package org.parley.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON bodies of recent read requests, by path and query string, least recently used first
 * out, up to a total size; emptied by {@link #clear} whenever the server writes to the store.
 *
 * <p>Design decision: the server is the only writer of its store (DuckDB locks the file), so a
 * read answer stays true until the next {@code POST /api/ingest}. A body computed while a write
 * was under way is not kept: {@link #generation} is read before the computation and checked
 * again before {@link #put}.
 */
final class ResponseCache {
  private final long maxBytes;
  private long bytes;
  private long generation;
  private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);

  ResponseCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  synchronized byte[] get(String key) {
    return entries.get(key);
  }

  /** The current generation, to pass back to {@link #put}. */
  synchronized long generation() {
    return generation;
  }

  /** Keeps {@code body} unless the store was written since {@code seen} or the body is large. */
  synchronized void put(String key, byte[] body, long seen) {
    if (seen != generation || body.length > maxBytes / 8) {
      return;
    }
    byte[] old = entries.put(key, body);
    bytes += body.length - (old == null ? 0 : old.length);
    var it = entries.entrySet().iterator();
    while (bytes > maxBytes && it.hasNext()) {
      Map.Entry<String, byte[]> e = it.next();
      bytes -= e.getValue().length;
      it.remove();
    }
  }

  /** Forgets every body: to be called after each write to the store. */
  synchronized void clear() {
    generation++;
    entries.clear();
    bytes = 0;
  }
}
