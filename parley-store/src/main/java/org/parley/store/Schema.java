package org.parley.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables. Column names are the Analysis JSON's field names; a span field becomes two
 * int columns ({@code cue} → {@code cueStart}, {@code cueEnd}), in raw-text offsets like the JSON;
 * every row below {@code articles} carries its {@code articleId}.
 *
 * <p>Design decision: no primary keys. Identity is the article id, and {@link ArticleStore#put}
 * deletes an article's rows before it writes them again, in one transaction; DuckDB's key checks
 * would only add cost (and older versions reject a delete and re-insert of one key in one
 * transaction).
 */
final class Schema {
  /** The tables, in the order an article's rows are written. */
  static final List<String> TABLES =
      List.of("articles", "quotes", "actors", "actor_mentions", "events", "dates", "problems");

  private static final List<String> DDL = List.of(
      """
      CREATE TABLE IF NOT EXISTS articles (
        id VARCHAR, source VARCHAR, title VARCHAR, published DATE, publishedReading VARCHAR,
        publishedEvidence VARCHAR, publishedFlagged BOOLEAN, outlet VARCHAR, text VARCHAR,
        titleStart INTEGER, titleEnd INTEGER, datelineStart INTEGER, datelineEnd INTEGER,
        digest VARCHAR)""",
      """
      CREATE TABLE IF NOT EXISTS quotes (
        articleId VARCHAR, id VARCHAR, kind VARCHAR, content INTEGER[][], contentStart INTEGER,
        contentEnd INTEGER, cueStart INTEGER, cueEnd INTEGER, sourceStart INTEGER,
        sourceEnd INTEGER, speaker VARCHAR, addressee VARCHAR, relayedBy VARCHAR[],
        confidence DOUBLE, mode VARCHAR, anonymous BOOLEAN, text VARCHAR, sourceText VARCHAR,
        rule VARCHAR)""",
      """
      CREATE TABLE IF NOT EXISTS actors (
        articleId VARCHAR, id VARCHAR, name VARCHAR, country VARCHAR, sectors VARCHAR[],
        code VARCHAR, role VARCHAR, kind VARCHAR, organization VARCHAR, anonymous BOOLEAN,
        evidence VARCHAR, codeSource VARCHAR, key VARCHAR)""",
      """
      CREATE TABLE IF NOT EXISTS actor_mentions (
        articleId VARCHAR, actorId VARCHAR, start INTEGER, "end" INTEGER)""",
      """
      CREATE TABLE IF NOT EXISTS events (
        articleId VARCHAR, id VARCHAR, plover VARCHAR, mode VARCHAR, cameo VARCHAR,
        source VARCHAR[], target VARCHAR[], date VARCHAR, place VARCHAR, triggerStart INTEGER,
        triggerEnd INTEGER, evidenceStart INTEGER, evidenceEnd INTEGER, quote VARCHAR,
        negated BOOLEAN, future BOOLEAN, hypothetical BOOLEAN, reported BOOLEAN, rule VARCHAR,
        confidence DOUBLE)""",
      """
      CREATE TABLE IF NOT EXISTS dates (
        articleId VARCHAR, spanStart INTEGER, spanEnd INTEGER, text VARCHAR, value VARCHAR,
        type VARCHAR, start VARCHAR, "end" VARCHAR, rule VARCHAR)""",
      """
      CREATE TABLE IF NOT EXISTS problems (
        articleId VARCHAR, stage VARCHAR, code VARCHAR, message VARCHAR, spanStart INTEGER,
        spanEnd INTEGER)""");

  private Schema() {}

  /**
   * Creates the tables that are missing, all in one transaction: a store killed while it was being
   * created has either every table or none.
   */
  static void create(Connection db) throws SQLException {
    boolean auto = db.getAutoCommit();
    db.setAutoCommit(false);
    try (Statement s = db.createStatement()) {
      for (String ddl : DDL) {
        s.execute(ddl);
      }
      db.commit();
    } catch (SQLException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(auto);
    }
  }

  /** How many of the store's tables exist in {@code db}. */
  static int existing(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables"
            + " WHERE table_schema = 'main'")) {
      int n = 0;
      while (r.next()) {
        n += TABLES.contains(r.getString(1)) ? 1 : 0;
      }
      return n;
    }
  }

  /** The column that holds the article id in {@code table}. */
  static String articleColumn(String table) {
    return table.equals("articles") ? "id" : "articleId";
  }
}
