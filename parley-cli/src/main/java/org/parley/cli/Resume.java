package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Picks up a JSONL output left by a run that stopped (a crash, {@code kill -9}). */
final class Resume {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Resume() {}

  /**
   * Cuts the file after its last complete line (a run killed while writing leaves half a line)
   * and returns the ids of the analyses in it; a missing file is an empty run.
   */
  static Set<String> repair(Path out) throws IOException {
    Set<String> ids = new HashSet<>();
    if (!Files.exists(out)) {
      return ids;
    }
    try (RandomAccessFile f = new RandomAccessFile(out.toFile(), "rw")) {
      long end = f.length();
      long keep = end;
      // walk back to the last newline
      byte[] buf = new byte[8192];
      long pos = end;
      boolean found = end == 0;
      while (pos > 0 && !found) {
        int n = (int) Math.min(buf.length, pos);
        pos -= n;
        f.seek(pos);
        f.readFully(buf, 0, n);
        for (int i = n - 1; i >= 0; i--) {
          if (buf[i] == '\n') {
            keep = pos + i + 1;
            found = true;
            break;
          }
        }
      }
      if (!found) {
        keep = 0;
      }
      if (keep < end) {
        f.setLength(keep);
      }
    }
    try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        if (n.hasNonNull("id")) {
          ids.add(n.get("id").asText());
        }
      }
    }
    return ids;
  }
}
