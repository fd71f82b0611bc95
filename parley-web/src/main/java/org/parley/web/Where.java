package org.parley.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause built from fixed SQL fragments, each with its bound values: request values only
 * ever go into {@link #params()}, never into the SQL text.
 */
final class Where {
  private final List<String> clauses = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  /** Adds {@code fragment} (with one {@code ?} per value) when {@code value} is not blank. */
  Where add(String fragment, String value) {
    if (value == null || value.isBlank()) {
      return this;
    }
    int marks = (int) fragment.chars().filter(ch -> ch == '?').count();
    clauses.add(fragment);
    for (int i = 0; i < marks; i++) {
      params.add(value.strip());
    }
    return this;
  }

  /** " WHERE a AND b", or "" when there is no clause. */
  String sql() {
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  List<Object> params() {
    return params;
  }

  /** The parameters followed by {@code more} (a page's limit and offset). */
  List<Object> params(Object... more) {
    List<Object> all = new ArrayList<>(params);
    all.addAll(List.of(more));
    return all;
  }
}
