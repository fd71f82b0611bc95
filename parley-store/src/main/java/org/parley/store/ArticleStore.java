package org.parley.store;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.lucene.queryparser.classic.ParseException;
import org.parley.io.AnalysisJson;
import org.parley.model.Analysis;

/**
 * An embedded store of analyses in a directory: {@code parley.duckdb} (the tables of
 * {@link Schema}) and {@code lucene/} (the {@link SearchIndex}).
 *
 * <p>{@link #put} is idempotent by article id: an article stored with the same content (the
 * digest of its Analysis JSON) is left alone, a changed one has its rows replaced. A batch is one
 * DuckDB transaction, then one Lucene commit of the same articles. A crash between the two leaves
 * DuckDB ahead of Lucene; opening the store for writing reconciles them from the tables (ids in
 * DuckDB and not in Lucene, or with another digest, are indexed again; ids only in Lucene are
 * removed).
 */
public final class ArticleStore implements AutoCloseable {
  /** What a {@link #put} did. */
  public record Put(int added, int replaced, int unchanged) {}

  /** A statement that would change a read-only store. */
  public static final class ReadOnlyException extends RuntimeException {
    ReadOnlyException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Export formats. */
  public enum Format {
    PARQUET("parquet", "(FORMAT parquet)"),
    CSV("csv", "(FORMAT csv, HEADER)"),
    JSONL("jsonl", "(FORMAT json)");

    final String extension;
    final String options;

    Format(String extension, String options) {
      this.extension = extension;
      this.options = options;
    }
  }

  private final Path dir;
  private final Connection db;
  private final SearchIndex index;
  private final boolean readOnly;

  private ArticleStore(Path dir, Connection db, SearchIndex index, boolean readOnly) {
    this.dir = dir;
    this.db = db;
    this.index = index;
    this.readOnly = readOnly;
  }

  /** Opens (or creates) the store in {@code dir} for reading and writing, and reconciles it. */
  public static ArticleStore open(Path dir) throws IOException, SQLException {
    Files.createDirectories(dir.resolve("lucene"));
    Connection db = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("parley.duckdb"));
    try {
      Schema.create(db);
      db.setAutoCommit(false);
      db.commit();
      ArticleStore store = new ArticleStore(dir, db, SearchIndex.open(dir.resolve("lucene")), false);
      store.reconcile();
      return store;
    } catch (IOException | SQLException | RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /**
   * Opens an existing store read-only (DuckDB refuses every write); with {@code sandboxed}, SQL
   * can neither read nor write files outside the database either.
   */
  public static ArticleStore openReadOnly(Path dir, boolean sandboxed)
      throws IOException, SQLException {
    Path file = dir.resolve("parley.duckdb");
    if (!Files.isRegularFile(file)) {
      throw new IOException("no Parley store in " + dir + " (" + file + " is missing); create one"
          + " with 'parley ingest INPUTS --db " + dir + "'");
    }
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    Connection db = DriverManager.getConnection("jdbc:duckdb:" + file, p);
    if (sandboxed) {
      try (Statement s = db.createStatement()) {
        s.execute("SET enable_external_access = false");
      }
    }
    return new ArticleStore(dir, db, SearchIndex.openReadOnly(dir.resolve("lucene")), true);
  }

  /** Stores a batch of analyses: one DuckDB transaction, then one Lucene commit. */
  public Put put(List<Analysis> batch) throws IOException, SQLException {
    requireWritable();
    Map<String, Analysis> byId = new LinkedHashMap<>();
    for (Analysis a : batch) {
      byId.put(a.article().id(), a);
    }
    Map<String, String> stored = digests(byId.keySet());
    List<String> changed = new ArrayList<>();
    int added = 0;
    int replaced = 0;
    try (Rows rows = new Rows(db)) {
      for (Analysis a : byId.values()) {
        String id = a.article().id();
        String digest = digest(a);
        String old = stored.get(id);
        if (digest.equals(old)) {
          continue;
        }
        if (old != null) {
          rows.delete(id);
          replaced++;
        } else {
          added++;
        }
        rows.add(a, digest);
        changed.add(id);
      }
      rows.flush();
      db.commit();
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    }
    if (!changed.isEmpty()) {
      index.index(db, changed);
      index.commit();
    }
    return new Put(added, replaced, byId.size() - changed.size());
  }

  /** The ids of the stored articles. */
  public Set<String> ids() throws SQLException {
    return digests(null).keySet();
  }

  /** The number of rows of a table of the store. */
  public long count(String table) throws SQLException {
    if (!Schema.TABLES.contains(table)) {
      throw new IllegalArgumentException("no table " + table + "; the tables are " + Schema.TABLES);
    }
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The number of Lucene documents of a type ("quote" or "article"). */
  public int indexed(String type) throws IOException {
    return index.count(type);
  }

  /** Full-text search (Lucene classic syntax); matched words are wrapped in pre and post. */
  public List<Hit> search(String query, int limit, String pre, String post)
      throws IOException, ParseException {
    return index.search(query, limit, pre, post);
  }

  /**
   * Runs one SQL statement and hands its result to {@code sink}; on a read-only store a statement
   * that writes fails with a {@link ReadOnlyException}.
   */
  public <T> T query(String sql, ResultHandler<T> sink) throws SQLException {
    try (Statement s = db.createStatement()) {
      boolean hasRows = s.execute(sql);
      if (!hasRows) {
        return sink.handle(null);
      }
      try (ResultSet r = s.getResultSet()) {
        return sink.handle(r);
      }
    } catch (SQLException e) {
      String m = String.valueOf(e.getMessage());
      if (readOnly && (m.contains("read-only") || m.contains("read only")
          || m.contains("Permission Error") || m.contains("enable_external_access"))) {
        throw new ReadOnlyException("the store is opened read-only: this statement would write or"
            + " reach outside the database, which 'parley sql' refuses (" + firstLine(m) + ")", e);
      }
      throw e;
    }
  }

  /** Reads a result set ({@code null} for a statement without one). */
  @FunctionalInterface
  public interface ResultHandler<T> {
    T handle(ResultSet rows) throws SQLException;
  }

  /**
   * Writes tables with DuckDB's COPY: one table to the file {@code out}, or (with a null table)
   * every table to {@code out/TABLE.EXT}. Returns the files written.
   */
  public List<Path> export(Format format, Path out, String table) throws IOException, SQLException {
    List<String> tables = table == null ? Schema.TABLES : List.of(table);
    if (table != null && !Schema.TABLES.contains(table)) {
      throw new IllegalArgumentException("no table " + table + "; the tables are " + Schema.TABLES);
    }
    List<Path> written = new ArrayList<>();
    if (table == null) {
      Files.createDirectories(out);
    } else if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    for (String t : tables) {
      Path file = table == null ? out.resolve(t + "." + format.extension) : out;
      try (Statement s = db.createStatement()) {
        s.execute("COPY " + t + " TO '" + file.toString().replace("'", "''") + "' "
            + format.options);
      }
      written.add(file);
    }
    return written;
  }

  /** The store's size on disk in bytes (DuckDB file and Lucene index). */
  public long bytes() throws IOException {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

  /** Brings the Lucene index in line with the tables after a crash between the two commits. */
  private void reconcile() throws IOException, SQLException {
    Map<String, String> inDb = digests(null);
    Map<String, String> inIndex = index.digests();
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> e : inDb.entrySet()) {
      if (!e.getValue().equals(inIndex.get(e.getKey()))) {
        stale.add(e.getKey());
      }
    }
    List<String> orphans = new ArrayList<>();
    for (String id : inIndex.keySet()) {
      if (!inDb.containsKey(id)) {
        orphans.add(id);
      }
    }
    if (!stale.isEmpty() || !orphans.isEmpty()) {
      index.delete(orphans);
      index.index(db, stale);
      index.commit();
    }
  }

  /** The stored digest of each article among {@code ids} (all when null). */
  private Map<String, String> digests(Set<String> ids) throws SQLException {
    Map<String, String> out = new HashMap<>();
    if (ids == null) {
      try (Statement s = db.createStatement();
          ResultSet r = s.executeQuery("SELECT id, digest FROM articles")) {
        while (r.next()) {
          out.put(r.getString(1), r.getString(2));
        }
      }
      return out;
    }
    try (PreparedStatement s = db.prepareStatement("SELECT digest FROM articles WHERE id = ?")) {
      for (String id : ids) {
        s.setString(1, id);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            out.put(id, r.getString(1));
          }
        }
      }
    }
    return out;
  }

  /** The SHA-256 of the analysis as Analysis JSON with its text: equal content, equal digest. */
  static String digest(Analysis a) {
    StringWriter w = new StringWriter(8192);
    AnalysisJson.write(a, w, false, true);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(w.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private void requireWritable() {
    if (readOnly) {
      throw new IllegalStateException("the store in " + dir + " is open read-only");
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip().toLowerCase(Locale.ROOT).isEmpty() ? s
        : (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  @Override
  public void close() throws IOException, SQLException {
    try {
      index.close();
    } finally {
      db.close();
    }
  }
}
