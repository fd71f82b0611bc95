package org.parley.store;

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
    String title) {}
