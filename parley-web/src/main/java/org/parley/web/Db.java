package org.parley.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Read connections to a store's DuckDB file, pooled, and one way to run a query: SQL written
 * here, every value bound as a parameter.
 *
 * <p>Design decision: DuckDB's JDBC driver keeps one database instance per file and process, so a
 * connection opened here joins the instance the {@code ArticleStore} of the same process holds
 * open for writing; it sees each committed batch and never locks the file twice. A connection is
 * used by one request thread at a time (DuckDB connections are not meant to be shared).
 */
final class Db implements AutoCloseable {
  private final String url;
  private final BlockingQueue<Connection> idle;

  Db(Path dir, int size) {
    this.url = "jdbc:duckdb:" + dir.resolve("parley.duckdb");
    this.idle = new ArrayBlockingQueue<>(Math.max(1, size));
  }

  /** The rows of a query as maps from column label to value (lists for arrays). */
  List<Map<String, Object>> rows(String sql, List<?> params) throws SQLException {
    Connection c = borrow();
    boolean ok = false;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        Object v = params.get(i);
        if (v == null) {
          s.setNull(i + 1, Types.VARCHAR);
        } else {
          s.setObject(i + 1, v);
        }
      }
      List<Map<String, Object>> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        ResultSetMetaData md = r.getMetaData();
        int n = md.getColumnCount();
        while (r.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= n; i++) {
            row.put(md.getColumnLabel(i), plain(r.getObject(i)));
          }
          out.add(row);
        }
      }
      ok = true;
      return out;
    } finally {
      giveBack(c, ok);
    }
  }

  /** The bytes of the first column (a BLOB) of the first row, or null. */
  byte[] bytes(String sql, List<?> params) throws SQLException {
    Connection c = borrow();
    boolean ok = false;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        s.setObject(i + 1, params.get(i));
      }
      byte[] out = null;
      try (ResultSet r = s.executeQuery()) {
        if (r.next()) {
          java.sql.Blob b = r.getBlob(1);
          out = b == null ? null : b.getBytes(1, (int) b.length());
        }
      }
      ok = true;
      return out;
    } finally {
      giveBack(c, ok);
    }
  }

  /** Work on one connection of the pool, such as reading whole tables. */
  @FunctionalInterface
  interface Work<T> {
    T on(Connection c) throws SQLException;
  }

  /** Runs {@code work} on a connection of the pool. */
  <T> T with(Work<T> work) throws SQLException {
    Connection c = borrow();
    boolean ok = false;
    try {
      T out = work.on(c);
      ok = true;
      return out;
    } finally {
      giveBack(c, ok);
    }
  }

  /** The first column of the first row, or null. */
  Object value(String sql, List<?> params) throws SQLException {
    List<Map<String, Object>> rows = rows(sql, params);
    return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
  }

  private Connection borrow() throws SQLException {
    Connection c = idle.poll();
    if (c != null) {
      return c;
    }
    c = DriverManager.getConnection(url);
    if (!oneThread) {
      try (java.sql.Statement s = c.createStatement()) {
        s.execute("SET threads = 1");
      }
      oneThread = true;
    }
    return c;
  }

  /**
   * Whether the database instance runs each query on one thread. Design decision: the server's
   * parallelism is its concurrent requests; a query split over both cores of a small machine
   * waits for the slower half while other requests queue (measured on 2 busy cores: the same
   * queries 1.5 to 3 times faster in wall time on one thread). NOTE: the setting is the
   * instance's, so it holds for the writes of POST /api/ingest in this process too.
   */
  private volatile boolean oneThread;

  private void giveBack(Connection c, boolean healthy) throws SQLException {
    if (!healthy || !idle.offer(c)) {
      c.close();
    }
  }

  /** JDBC values as JSON-friendly Java values: arrays become lists, big numbers longs. */
  private static Object plain(Object v) throws SQLException {
    if (v instanceof Array a) {
      Object[] items = (Object[]) a.getArray();
      List<Object> out = new ArrayList<>(items.length);
      for (Object x : items) {
        out.add(plain(x));
      }
      return out;
    }
    if (v instanceof Object[] items) {
      List<Object> out = new ArrayList<>(items.length);
      for (Object x : items) {
        out.add(plain(x));
      }
      return out;
    }
    if (v instanceof BigInteger b) {
      return b.longValue();
    }
    if (v instanceof BigDecimal b) {
      return b.doubleValue();
    }
    if (v instanceof java.time.temporal.TemporalAccessor || v instanceof java.util.Date) {
      return v.toString();
    }
    return v;
  }

  @Override
  public void close() throws SQLException {
    Connection c;
    while ((c = idle.poll()) != null) {
      c.close();
    }
  }
}
