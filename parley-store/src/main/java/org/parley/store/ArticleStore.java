package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.lucene.queryparser.classic.ParseException;
import org.parley.io.EventsTsv;
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
  private final boolean sandboxed;

  private ArticleStore(Path dir, Connection db, SearchIndex index, boolean readOnly,
      boolean sandboxed) {
    this.dir = dir;
    this.db = db;
    this.index = index;
    this.readOnly = readOnly;
    this.sandboxed = sandboxed;
  }

  /** Opens (or creates) the store in {@code dir} for reading and writing, and reconciles it. */
  public static ArticleStore open(Path dir) throws IOException, SQLException {
    Files.createDirectories(dir.resolve("lucene"));
    Connection db = connect(dir, dir.resolve("parley.duckdb"), new Properties());
    try {
      if (Schema.older(db)) {
        throw new IOException(older(dir));
      }
      Schema.create(db);
      db.setAutoCommit(false);
      db.commit();
      ArticleStore store = new ArticleStore(dir, db, SearchIndex.open(dir.resolve("lucene")), false,
          false);
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
    Connection db = connect(dir, file, p);
    try {
      if (Schema.older(db)) {
        throw new IOException(older(dir));
      }
      int tables = Schema.existing(db);
      if (tables < Schema.TABLES.size()) {
        throw new IOException(tables == 0
            ? "the Parley store in " + dir + " holds no tables yet (an ingest stopped before its"
                + " first commit); run 'parley ingest INPUTS --db " + dir + "' again"
            : "the Parley store in " + dir + " lacks " + (Schema.TABLES.size() - tables)
                + " of its tables; it was not made by this version of Parley");
      }
    } catch (IOException | SQLException e) {
      db.close();
      throw e;
    }
    if (sandboxed) {
      try (Statement s = db.createStatement()) {
        s.execute("SET enable_external_access = false");
      }
    }
    return new ArticleStore(dir, db, SearchIndex.openReadOnly(dir.resolve("lucene")), true,
        sandboxed);
  }

  private static String older(Path dir) {
    return "the Parley store in " + dir + " was made by an earlier version of Parley (without"
        + " the derived columns and the posts table this one reads); ingest its inputs again into"
        + " a new directory, e.g. 'parley ingest INPUTS --db " + dir + "-new'";
  }

  /** Opens the DuckDB file; a lock held by another process becomes an error that says so. */
  private static Connection connect(Path dir, Path file, Properties p)
      throws IOException, SQLException {
    try {
      return DriverManager.getConnection("jdbc:duckdb:" + file, p);
    } catch (SQLException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("Could not set lock")) {
        int pid = m.indexOf("(PID ");
        throw new IOException("the store " + dir + " is in use by another process"
            + (pid >= 0 ? " " + m.substring(pid, m.indexOf(')', pid) + 1) : "")
            + ", such as a running 'parley serve' or 'parley ingest'; stop it first (a running"
            + " 'serve' takes new articles through POST /api/ingest)", e);
      }
      throw e;
    }
  }

  /** Stores a batch of analyses: one DuckDB transaction, then one Lucene commit. */
  public Put put(List<Analysis> batch) throws IOException, SQLException {
    List<StoredAnalysis> stored = new ArrayList<>(batch.size());
    for (Analysis a : batch) {
      stored.add(StoredAnalysis.of(a));
    }
    return putStored(stored);
  }

  /**
   * Stores a batch of analyses given as Analysis JSON: one DuckDB transaction, then one Lucene
   * commit. An article already stored with the same digest is left alone; a changed one has its
   * rows replaced.
   */
  public Put putStored(List<StoredAnalysis> batch) throws IOException, SQLException {
    requireWritable();
    Map<String, StoredAnalysis> byId = new LinkedHashMap<>();
    for (StoredAnalysis a : batch) {
      byId.put(a.id(), a);
    }
    Map<String, String> stored = digests(byId.keySet());
    List<String> changed = new ArrayList<>();
    int added = 0;
    int replaced = 0;
    try (Rows rows = new Rows(db)) {
      List<String> gone = new ArrayList<>();
      for (StoredAnalysis a : byId.values()) {
        String old = stored.get(a.id());
        if (!a.digest().equals(old)) {
          changed.add(a.id());
          if (old != null) {
            gone.add(a.id());
          }
        }
      }
      rows.delete(gone);
      replaced = gone.size();
      added = changed.size() - replaced;
      for (String id : changed) {
        StoredAnalysis a = byId.get(id);
        rows.add(a.json(), a.digest());
      }
      rows.flush();
      db.commit();
      rows.clear();
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

  /**
   * A check of what is stored, for tests and audits: for each table, the MD5 of each article's
   * rows (sorted, so equal rows in any order give equal sums and a doubled row changes it).
   */
  public Map<String, Map<String, String>> fingerprints() throws SQLException {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (String table : Schema.TABLES) {
      Map<String, String> sums = new HashMap<>();
      String id = Schema.articleColumn(table);
      try (Statement s = db.createStatement();
          ResultSet r = s.executeQuery("SELECT " + id + ", md5(string_agg(CAST(t AS VARCHAR),"
              + " chr(10) ORDER BY CAST(t AS VARCHAR))) FROM " + table + " t GROUP BY " + id)) {
        while (r.next()) {
          sums.put(r.getString(1), r.getString(2));
        }
      }
      out.put(table, sums);
    }
    return out;
  }

  /** The key of every live Lucene document ("type articleId quoteId"), sorted, repeats kept. */
  public List<String> indexedKeys() throws IOException {
    return index.keys();
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
   * The rows of {@code table} that meet an SQL condition (DuckDB dialect, e.g. {@code kind =
   * 'direct' AND confidence > 0.8}), as one SELECT statement for {@link #export} and
   * {@link #exportEvents}, with the row number in a first column {@code parley_row}. Only a
   * sandboxed store answers: the condition is parsed by DuckDB and printed back (so it cannot
   * break out of its statement), and run once here, where it can neither write nor reach a file.
   * Throws {@link IllegalArgumentException} with DuckDB's reason for a condition that does not
   * parse, names an unknown column, holds a {@code ;}, or reaches outside the database.
   */
  public String select(String table, String condition) throws SQLException {
    requireTable(table);
    if (!sandboxed) {
      throw new IllegalStateException("open the store with openReadOnly(dir, true) to check a"
          + " condition");
    }
    if (condition.contains(";")) {
      throw new IllegalArgumentException("the condition holds a ';': give one condition, not"
          + " statements: " + condition);
    }
    String normalized;
    try (PreparedStatement p = db.prepareStatement(
        "SELECT json_deserialize_sql(json_serialize_sql(?::VARCHAR))")) {
      p.setString(1, "SELECT rowid AS parley_row, * FROM " + table + " WHERE (" + condition + ")");
      try (ResultSet r = p.executeQuery()) {
        r.next();
        normalized = r.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalArgumentException("cannot read the condition " + condition + ": "
          + firstLine(String.valueOf(e.getMessage())), e);
    }
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM (" + normalized + ")")) {
      r.next();
    } catch (SQLException e) {
      String m = String.valueOf(e.getMessage());
      throw new IllegalArgumentException((m.contains("enable_external_access")
          || m.contains("Permission Error") ? "the condition reaches outside the database,"
          + " which is refused" : "the condition fails on table " + table) + ": "
          + firstLine(m), e);
    }
    return normalized;
  }

  /**
   * Writes tables with DuckDB's COPY: one table to the file {@code out}, or (with a null table)
   * every table to {@code out/TABLE.EXT}. With a {@code select} from {@link #select} (for that
   * one table), only its rows. Returns the files written.
   */
  public List<Path> export(Format format, Path out, String table, String select)
      throws IOException, SQLException {
    if (table != null) {
      requireTable(table);
    } else if (select != null) {
      throw new IllegalArgumentException("a condition needs one table");
    }
    List<String> tables = table == null ? Schema.TABLES : List.of(table);
    List<Path> written = new ArrayList<>();
    if (table == null) {
      Files.createDirectories(out);
    } else if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    for (String t : tables) {
      Path file = table == null ? out.resolve(t + "." + format.extension) : out;
      String rows = select != null ? select : "SELECT rowid AS parley_row, * FROM " + t;
      try (Statement s = db.createStatement()) {
        s.execute("COPY (SELECT * EXCLUDE (parley_row) FROM (" + rows + ") ORDER BY parley_row)"
            + " TO '" + file.toString().replace("'", "''") + "' " + format.options);
      }
      written.add(file);
    }
    return written;
  }

  /** As {@link #export}, every row of one table or of all of them. */
  public List<Path> export(Format format, Path out, String table)
      throws IOException, SQLException {
    return export(format, out, table, null);
  }

  /**
   * Writes the events (all, or those of a {@code select} on table {@code events} from
   * {@link #select}) as the tab-separated lines of {@link EventsTsv}, header first, in the order
   * they were stored; the same columns as {@code parley analyze --format events-tsv}. Returns the
   * number of events written.
   */
  public long exportEvents(Writer out, String select) throws IOException, SQLException {
    String rows = select != null ? select : "SELECT rowid AS parley_row, * FROM events";
    Map<String, Map<String, String[]>> actors = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT articleId, id, name, code, country FROM actors"
            + " WHERE articleId IN (SELECT articleId FROM (" + rows + "))")) {
      while (r.next()) {
        actors.computeIfAbsent(r.getString(1), k -> new HashMap<>())
            .put(r.getString(2), new String[] {r.getString(3), r.getString(4), r.getString(5)});
      }
    }
    out.write(EventsTsv.header());
    long n = 0;
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT e.articleId, e.id, e.date, e.source, e.cameo,"
            + " e.plover, e.mode, e.target, e.place, e.negated, e.future, e.hypothetical,"
            + " e.reported, e.quote, e.rule, e.confidence, e.evidenceStart, e.evidenceEnd,"
            + " substr(a.text, e.evidenceStart + 1, e.evidenceEnd - e.evidenceStart)"
            + " FROM (" + rows + ") e JOIN articles a ON a.id = e.articleId"
            + " ORDER BY a.rowid, e.parley_row")) {
      List<String> f = new ArrayList<>(EventsTsv.COLUMNS.size());
      while (r.next()) {
        f.clear();
        Map<String, String[]> cast = actors.getOrDefault(r.getString(1), Map.of());
        f.add(r.getString(1));
        f.add(r.getString(2));
        f.add(nonNull(r.getString(3)));
        side(r.getArray(4), cast, f);
        f.add(nonNull(r.getString(5)));
        f.add(nonNull(r.getString(6)));
        f.add(nonNull(r.getString(7)));
        side(r.getArray(8), cast, f);
        f.add(nonNull(r.getString(9)));
        for (int c = 10; c <= 13; c++) {
          f.add(Boolean.toString(r.getBoolean(c)));
        }
        f.add(nonNull(r.getString(14)));
        f.add(nonNull(r.getString(15)));
        f.add(Double.toString(r.getDouble(16)));
        f.add(Integer.toString(r.getInt(17)));
        f.add(Integer.toString(r.getInt(18)));
        f.add(nonNull(r.getString(19)));
        StringBuilder line = new StringBuilder();
        for (String v : f) {
          line.append(line.length() > 0 ? "\t" : "")
              .append(v.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        out.write(line.append('\n').toString());
        n++;
      }
    }
    return n;
  }

  /** An event's source or target columns: names ("; "), codes and countries (";"). */
  private static void side(java.sql.Array ids, Map<String, String[]> cast, List<String> f)
      throws SQLException {
    List<String> names = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    if (ids != null) {
      for (Object id : (Object[]) ids.getArray()) {
        String[] actor = cast.get(String.valueOf(id));
        names.add(actor == null || actor[0] == null ? String.valueOf(id) : actor[0]);
        codes.add(actor == null ? "" : nonNull(actor[1]));
        countries.add(actor == null ? "" : nonNull(actor[2]));
      }
    }
    f.add(String.join("; ", names));
    f.add(codes.stream().allMatch(String::isEmpty) ? "" : String.join(";", codes));
    f.add(countries.stream().allMatch(String::isEmpty) ? "" : String.join(";", countries));
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static void requireTable(String table) {
    if (!Schema.TABLES.contains(table)) {
      throw new IllegalArgumentException("no table " + table + "; the tables are " + Schema.TABLES);
    }
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
    try (PreparedStatement s = db.prepareStatement("SELECT id, digest FROM articles WHERE id IN "
        + SearchIndex.IDS)) {
      s.setString(1, String.join("\u001f", ids));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.put(r.getString(1), r.getString(2));
        }
      }
    }
    return out;
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
