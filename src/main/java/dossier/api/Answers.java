package dossier.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers already given from one snapshot, by request, so that a request asked again costs
 * a lookup: what they read does not change while the snapshot is served. Bounded by size; the
 * least recently asked go first.
 */
final class Answers {
  private final Map<String, byte[]> byRequest = new LinkedHashMap<>(64, 0.75f, true);
  private final long maxBytes;
  private long bytes;

  /** @param maxBytes how many bytes of answers to keep at most */
  Answers(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The answer kept for {@code request}, or null. */
  synchronized byte[] get(String request) {
    return byRequest.get(request);
  }

  synchronized void put(String request, byte[] answer) {
    if (answer.length > maxBytes) {
      return;
    }
    byte[] old = byRequest.put(request, answer);
    bytes += answer.length - (old == null ? 0 : old.length);
    var eldest = byRequest.entrySet().iterator();
    while (bytes > maxBytes) {
      bytes -= eldest.next().getValue().length;
      eldest.remove();
    }
  }
}
