package org.parley.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene side of the store: one document per quote (its content, the speaker's name, country
 * and sectors, the outlet, the quote's kind, the PLOVER codes of the events it reports, the
 * publication date) and one per article (its text, outlet and date). Documents are built from the
 * DuckDB rows, never from an {@code Analysis}, so that the index can be rebuilt from the tables
 * alone (the reconciliation after a crash).
 */
final class SearchIndex implements AutoCloseable {
  static final String TEXT = "text";

  /**
   * The quote or article text: stored, and indexed with offsets so that the highlighter reads
   * the matches from the postings instead of analyzing the text again (which cost up to 100 ms
   * for a query matching long articles).
   */
  private static final FieldType TEXT_TYPE = textType();

  private static FieldType textType() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  private final Directory dir;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private SearcherManager searchers;

  private SearchIndex(Directory dir, IndexWriter writer) {
    this.dir = dir;
    this.analyzer = analyzer();
    this.writer = writer;
  }

  static SearchIndex open(Path path) throws IOException {
    Directory dir = FSDirectory.open(path);
    IndexWriterConfig config = new IndexWriterConfig(analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    return new SearchIndex(dir, new IndexWriter(dir, config));
  }

  static SearchIndex openReadOnly(Path path) throws IOException {
    return new SearchIndex(FSDirectory.open(path), null);
  }

  /**
   * Free text goes through the standard analyzer (lower case, so {@code country:RUS} and
   * {@code plover:consult} both match); ids and ISO dates are single terms, so that
   * {@code date:[2016-02-01 TO 2016-02-29]} is a range over them.
   */
  private static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
        "date", new KeywordAnalyzer(), "articleId", new KeywordAnalyzer(),
        "type", new KeywordAnalyzer()));
  }

  /**
   * Replaces the documents of these articles by documents built from their rows in {@code db}.
   *
   * <p>NOTE: the tables have no index on the article id, so a lookup by id scans a column; the
   * rows of many articles are therefore read with one query per table for each chunk of ids, not
   * one per article (which made a 10,000-article ingest quadratic).
   */
  void index(Connection db, Collection<String> ids) throws SQLException, IOException {
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += CHUNK) {
      indexChunk(db, all.subList(from, Math.min(all.size(), from + CHUNK)));
    }
  }

  private static final int CHUNK = 2000;

  /** The ids as one bound parameter: a table expression over {@code unnest}. */
  static final String IDS = "(SELECT unnest(string_split(?, chr(31))) AS id)";

  private void indexChunk(Connection db, List<String> ids) throws SQLException, IOException {
    String joined = String.join("\u001f", ids);
    for (String id : ids) {
      writer.deleteDocuments(new Term("articleId", id));
    }
    Map<String, String[]> heads = new HashMap<>();
    try (PreparedStatement article = db.prepareStatement(
        "SELECT id, title, text, outlet, CAST(published AS VARCHAR), digest FROM articles"
            + " WHERE id IN " + IDS)) {
      article.setString(1, joined);
      try (ResultSet r = article.executeQuery()) {
        while (r.next()) {
          String id = r.getString(1);
          String[] head = {r.getString(4), r.getString(5), r.getString(2)};
          heads.put(id, head);
          Document d = common("article", id, head[0], head[1], head[2]);
          d.add(new Field(TEXT, r.getString(3), TEXT_TYPE));
          d.add(new StoredField("digest", r.getString(6)));
          writer.addDocument(d);
        }
      }
    }
    try (PreparedStatement quotes = db.prepareStatement("""
        WITH ids AS %s,
        ev AS (SELECT articleId, quote, string_agg(DISTINCT plover, ' ') AS plovers FROM events
          WHERE articleId IN (SELECT id FROM ids) AND quote IS NOT NULL GROUP BY articleId, quote)
        SELECT q.articleId, q.id, q.kind, q.text, s.name, s.country, s.sectors, ev.plovers
        FROM quotes q
        LEFT JOIN actors s ON s.articleId = q.articleId AND s.id = q.speaker
        LEFT JOIN ev ON ev.articleId = q.articleId AND ev.quote = q.id
        WHERE q.articleId IN (SELECT id FROM ids)
        ORDER BY q.articleId, q.contentStart, q.id""".formatted(IDS))) {
      quotes.setString(1, joined);
      try (ResultSet r = quotes.executeQuery()) {
        while (r.next()) {
          String[] head = heads.get(r.getString(1));
          if (head == null) {
            continue;
          }
          Document d = common("quote", r.getString(1), head[0], head[1], head[2]);
          d.add(new StoredField("quoteId", r.getString(2)));
          d.add(new TextField("kind", r.getString(3), Field.Store.YES));
          d.add(new Field(TEXT, r.getString(4), TEXT_TYPE));
          text(d, "speaker", r.getString(5));
          text(d, "country", r.getString(6));
          Array sectors = r.getArray(7);
          if (sectors != null) {
            for (Object s : (Object[]) sectors.getArray()) {
              text(d, "sector", String.valueOf(s));
            }
          }
          text(d, "plover", r.getString(8));
          writer.addDocument(d);
        }
      }
    }
  }

  /** Removes the documents of these articles. */
  void delete(Collection<String> ids) throws IOException {
    for (String id : ids) {
      writer.deleteDocuments(new Term("articleId", id));
    }
  }

  /** Makes the changes since the last commit durable and visible, all or nothing. */
  void commit() throws IOException {
    writer.commit();
    if (searchers != null) {
      searchers.maybeRefreshBlocking();
    }
  }

  /**
   * The searchers over the last commit, opened at the first search and kept (a reader per query
   * costs more than many queries), refreshed after each commit of this process; thread-safe.
   * Null while there is no index.
   */
  private synchronized SearcherManager searchers() throws IOException {
    if (searchers == null && DirectoryReader.indexExists(dir)) {
      searchers = new SearcherManager(dir, null);
    }
    return searchers;
  }

  /** The digest of each indexed article, by id (as of the last commit). */
  Map<String, String> digests() throws IOException {
    Map<String, String> out = new HashMap<>();
    if (!DirectoryReader.indexExists(dir)) {
      return out;
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int n = Math.max(1, reader.maxDoc());
      for (ScoreDoc sd : searcher.search(new TermQuery(new Term("type", "article")), n).scoreDocs) {
        Document d = searcher.storedFields().document(sd.doc);
        out.put(d.get("articleId"), d.get("digest"));
      }
    }
    return out;
  }

  /** The key of every live document ("type articleId quoteId"), sorted, repeats kept. */
  List<String> keys() throws IOException {
    List<String> out = new ArrayList<>();
    if (!DirectoryReader.indexExists(dir)) {
      return out;
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (ScoreDoc sd : searcher.search(new MatchAllDocsQuery(), Math.max(1, reader.maxDoc()))
          .scoreDocs) {
        Document d = searcher.storedFields().document(sd.doc);
        out.add(d.get("type") + " " + d.get("articleId") + " " + d.get("quoteId"));
      }
    }
    out.sort(null);
    return out;
  }

  /** The number of documents of one type ("quote" or "article"). */
  int count(String type) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return 0;
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term("type", type)));
    }
  }

  /**
   * The best {@code limit} documents for a query in Lucene's classic syntax (default field: the
   * quote content or article text), each with a fragment where the matched words are wrapped in
   * {@code pre} and {@code post}.
   */
  List<Hit> search(String query, int limit, String pre, String post)
      throws IOException, ParseException {
    QueryParser parser = new QueryParser(TEXT, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    Query q = parser.parse(query);
    List<Hit> hits = new ArrayList<>();
    SearcherManager searchers = searchers();
    if (searchers == null) {
      return hits;
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(q, Math.max(1, limit));
      UnifiedHighlighter highlighter = new PostingsHighlighter(UnifiedHighlighter
          .builder(searcher, analyzer)
          .withFormatter(new DefaultPassageFormatter(pre, post, " … ", false))
          .withBreakIterator(SentenceBreaks::new)
          .withScorer(new PassageScores())
          .withMaxLength(1_000_000));
      String[] fragments = highlighter.highlight(TEXT, q, top, 2);
      // one reader of stored fields for all hits, so that hits in one compressed block share it
      org.apache.lucene.index.StoredFields stored = searcher.storedFields();
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        // the hit's short fields only: the text (a whole article for an article hit) is read
        // again only when the highlighter found no passage
        Document d = stored.document(sd.doc, HIT_FIELDS);
        String fragment = fragments[i];
        if (fragment == null) {
          String t = stored.document(sd.doc, Set.of(TEXT)).get(TEXT);
          fragment = t.length() > 300 ? t.substring(0, 300) + " …" : t;
        }
        hits.add(new Hit(d.get("type"), d.get("articleId"), d.get("quoteId"), sd.score,
            fragment.strip(), d.get("speaker"), d.get("country"), d.get("kind"), d.get("outlet"),
            d.get("date"), d.get("title")));
      }
    } finally {
      searchers.release(searcher);
    }
    return hits;
  }

  /**
   * A highlighter that reads the matches' offsets from the postings for every query.
   *
   * <p>NOTE: the stock one re-analyzes each hit's whole text (in a MemoryIndex) as soon as the
   * query holds a prefix, wildcard or phrase, "in case" the postings must be scanned term by
   * term; with weight matches (its default) the postings' offsets serve those queries too, and
   * re-analyzing 100 article texts was half the CPU of a search.
   */
  private static final class PostingsHighlighter extends UnifiedHighlighter {
    PostingsHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    @Override
    protected OffsetSource getOptimizedOffsetSource(
        org.apache.lucene.search.uhighlight.UHComponents components) {
      OffsetSource s = getOffsetSource(components.getField());
      return s == OffsetSource.POSTINGS
          && getFlags(components.getField()).contains(HighlightFlag.WEIGHT_MATCHES)
          ? s : super.getOptimizedOffsetSource(components);
    }
  }

  /**
   * Lucene's passage scores (BM25 of the matched terms, by the passage's place), computed without
   * a term hash per passage: the stock scorer allocated one (32 kB) for each passage it scored,
   * most of the memory a search allocated.
   */
  private static final class PassageScores extends org.apache.lucene.search.uhighlight
      .PassageScorer {
    @Override
    public float score(org.apache.lucene.search.uhighlight.Passage passage, int contentLength) {
      int n = passage.getNumMatches();
      org.apache.lucene.util.BytesRef[] terms = passage.getMatchTerms();
      int[] inDoc = passage.getMatchTermFreqsInDoc();
      float score = 0;
      for (int i = 0; i < n; i++) {
        boolean seen = false;
        for (int j = 0; j < i && !seen; j++) {
          seen = java.util.Objects.equals(terms[j], terms[i]);
        }
        if (!seen) {
          int inPassage = 0;
          for (int j = i; j < n; j++) {
            inPassage += java.util.Objects.equals(terms[j], terms[i]) ? 1 : 0;
          }
          score += tf(inPassage, passage.getLength()) * weight(contentLength, inDoc[i]);
        }
      }
      return score * norm(passage.getStartOffset());
    }
  }

  /** The stored fields a hit shows, all but the text. */
  private static final Set<String> HIT_FIELDS = Set.of("type", "articleId", "quoteId", "speaker",
      "country", "kind", "outlet", "date", "title");

  private static Document common(String type, String id, String outlet, String date,
      String title) {
    Document d = new Document();
    stored(d, "title", title);
    d.add(new StringField("type", type, Field.Store.YES));
    d.add(new StringField("articleId", id, Field.Store.YES));
    text(d, "outlet", outlet);
    if (date != null) {
      d.add(new StringField("date", date, Field.Store.YES));
    }
    return d;
  }

  private static void text(Document d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new TextField(field, value, Field.Store.YES));
    }
  }

  private static void stored(Document d, String field, String value) {
    if (value != null) {
      d.add(new StoredField(field, value));
    }
  }

  @Override
  public void close() throws IOException {
    if (searchers != null) {
      searchers.close();
    }
    if (writer != null) {
      writer.close();
    }
    dir.close();
  }
}
