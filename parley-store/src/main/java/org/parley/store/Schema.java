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
 * <p>{@code analyses} keeps each article's Analysis JSON (with its text, gzip-compressed), the
 * same bytes the writer gave, so that the API's article is the Analysis in one indexed read
 * (0.5 ms) instead of eight queries and a rebuild. Some columns are not in the JSON but derived
 * from it at ingest, so that the API answers from
 * one table without joins or text reads (see the README's store section): each article's counts
 * and length; each quote's speaker and addressee key and name, its article's date and outlet, and
 * the actors named inside it; each event's day, the names, codes, countries and keys of its two
 * sides, and its evidence text. Ingest writes them with the rows, so they are as consistent as
 * the rows after a crash.
 *
 * <p>Design decision: no ART indexes. They made one article's rows a 0.5 ms lookup instead of a
 * 2-18 ms scan, but with them a store killed at a random moment (IngestKillTest, 20 kills) once
 * read back an article whose quote rows differed from a clean run's (DuckDB 1.1.3); the API now
 * reads an article from {@code analyses} (one row per article, a scan of 10,000 short ids).
 */
final class Schema {
  /** The tables, in the order an article's rows are written. */
  static final List<String> TABLES = List.of("articles", "quotes", "actors", "actor_mentions",
      "events", "dates", "problems", "posts", "analyses");

  /** A column only this version writes, for telling a store made by an earlier one. */
  private static final String NEWEST_TABLE = "dates";

  private static final String NEWEST_COLUMN = "anchorSpanEnd";

  private static final List<String> DDL = List.of(
      """
      CREATE TABLE IF NOT EXISTS articles (
        id VARCHAR, source VARCHAR, title VARCHAR, published DATE, publishedReading VARCHAR,
        publishedEvidence VARCHAR, publishedFlagged BOOLEAN, outlet VARCHAR, text VARCHAR,
        titleStart INTEGER, titleEnd INTEGER, datelineStart INTEGER, datelineEnd INTEGER,
        digest VARCHAR, length INTEGER, quoteCount INTEGER, actorCount INTEGER,
        eventCount INTEGER)""",
      """
      CREATE TABLE IF NOT EXISTS quotes (
        articleId VARCHAR, id VARCHAR, kind VARCHAR, content INTEGER[][], contentStart INTEGER,
        contentEnd INTEGER, cueStart INTEGER, cueEnd INTEGER, sourceStart INTEGER,
        sourceEnd INTEGER, speaker VARCHAR, addressee VARCHAR, relayedBy VARCHAR[],
        confidence DOUBLE, mode VARCHAR, anonymous BOOLEAN, text VARCHAR, sourceText VARCHAR,
        rule VARCHAR, speakerKey VARCHAR, speakerName VARCHAR, speakerCountry VARCHAR,
        speakerCode VARCHAR, addresseeKey VARCHAR, addresseeName VARCHAR, published DATE,
        outlet VARCHAR, named VARCHAR[])""",
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
        confidence DOUBLE, day VARCHAR, sourceKeys VARCHAR[], sourceNames VARCHAR[],
        targetKeys VARCHAR[], targetNames VARCHAR[], sourceName VARCHAR, sourceCode VARCHAR,
        sourceCountry VARCHAR, sourceKey VARCHAR, targetName VARCHAR, targetCode VARCHAR,
        targetCountry VARCHAR, targetKey VARCHAR, evidenceText VARCHAR)""",
      """
      CREATE TABLE IF NOT EXISTS dates (
        articleId VARCHAR, spanStart INTEGER, spanEnd INTEGER, text VARCHAR, value VARCHAR,
        type VARCHAR, start VARCHAR, "end" VARCHAR, rule VARCHAR, anchor VARCHAR,
        anchorSpanStart INTEGER, anchorSpanEnd INTEGER)""",
      """
      CREATE TABLE IF NOT EXISTS problems (
        articleId VARCHAR, stage VARCHAR, code VARCHAR, message VARCHAR, spanStart INTEGER,
        spanEnd INTEGER)""",
      """
      CREATE TABLE IF NOT EXISTS posts (
        articleId VARCHAR, spanStart INTEGER, spanEnd INTEGER, author VARCHAR, handle VARCHAR,
        date VARCHAR)""",
      // the Analysis JSON with its text as stored (gzip), which the API serves for the article
      """
      CREATE TABLE IF NOT EXISTS analyses (articleId VARCHAR, json BLOB)""");


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

  /**
   * Whether {@code db} holds a store made by an earlier version of Parley: it has the
   * tables but lacks a column this version writes.
   */
  static boolean older(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FILTER (WHERE column_name = '"
            + NEWEST_COLUMN + "'), count(*) FROM information_schema.columns"
            + " WHERE table_schema = 'main' AND table_name = '" + NEWEST_TABLE + "'")) {
      r.next();
      return r.getLong(2) > 0 && r.getLong(1) == 0;
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
