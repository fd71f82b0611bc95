package org.parley.io;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A WARC file (plain or record-at-a-time gzip, as Common Crawl writes them): every HTTP response
 * record whose payload is HTML becomes one web page, its target URI the source and the id key, its
 * WARC-Date the fallback publication date. Request, metadata, warcinfo and non-HTML responses are
 * skipped and counted. A truncated archive ends the file with one failure.
 */
final class WarcRecords implements RecordReader {
  private final String input;
  private final SourceOptions options;
  private final WarcReader reader;
  private long skipped;
  private long seen;
  private boolean ended;

  WarcRecords(String input, InputStream in, SourceOptions options) throws IOException {
    this.input = input;
    this.options = options;
    this.reader = new WarcReader(in);
    this.reader.setLenient(true);
  }

  @Override
  public Item next() {
    while (!ended) {
      WarcRecord rec;
      try {
        Optional<WarcRecord> r = reader.next();
        if (r.isEmpty()) {
          ended = true;
          return null;
        }
        rec = r.get();
        seen++;
      } catch (IOException | RuntimeException e) {
        ended = true;
        return RecordReader.failed(input, "record " + (seen + 1), "READ_ERROR",
            "cannot read on (truncated or corrupt WARC?): " + e);
      }
      String where = rec.id().toString();
      if (!(rec instanceof WarcResponse response)) {
        skipped++;
        continue;
      }
      try {
        String target = response.target();
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        if (http.status() != 200 || !html(type)) {
          skipped++;
          http.body().consume();
          continue;
        }
        byte[] bytes = Sources.readAtMost(http.bodyDecoded().stream(), options.maxBytes());
        if (bytes == null) {
          return RecordReader.failed(input, where, "TOO_LARGE", "the page of " + target
              + " holds more than " + options.maxBytes() + " bytes (--max-bytes)");
        }
        Optional<String> charset =
            Optional.ofNullable(type.parameters().get("charset")).map(String::strip);
        LocalDate fetched = LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
        return new Item.Doc(
            new RawDocument(target, bytes, null, Optional.of(target), Optional.of(fetched),
                Optional.empty(), Optional.empty(), RawDocument.Kind.HTML, charset, input,
                Optional.of(where)));
      } catch (IOException | RuntimeException e) {
        // the record's own content is broken: report it; the next record may still be read
        return RecordReader.failed(input, where, "BAD_RECORD",
            "cannot read the HTTP response in this record: " + e);
      }
    }
    return null;
  }

  private static boolean html(MediaType type) {
    if (type == null) {
      return false;
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  @Override
  public long skipped() {
    return skipped;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      // nothing more to read
    }
  }
}
