package org.parley.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One search hit: a quote ({@code type} "quote", with its id, speaker and kind) or an article's
 * text ({@code type} "article", with its title); {@code fragment} is the best passage with the
 * matched words marked. Absent values are null.
 */
public record Hit(
    String type,
    String articleId,
    String quoteId,
    float score,
    String fragment,
    String speaker,
    String country,
    String kind,
    String outlet,
    String date,
    String title) {

  /** The hit as JSON fields, in the order the CLI's jsonl output and the HTTP API both print. */
  public Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("articleId", articleId);
    m.put("quoteId", quoteId);
    m.put("score", score);
    m.put("fragment", fragment);
    m.put("speaker", speaker);
    m.put("country", country);
    m.put("kind", kind);
    m.put("outlet", outlet);
    m.put("date", date);
    m.put("title", title);
    return m;
  }
}
