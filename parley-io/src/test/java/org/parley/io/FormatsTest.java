package org.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.UnreadableInputException;

/** Every input format, read from the real files of the shared data folder. */
class FormatsTest {
  @TempDir Path dir;

  static List<Item> items(SourceOptions options, String... inputs) {
    List<Item> out = new ArrayList<>();
    try (Sources s = Sources.of(List.of(inputs), options, InputStream.nullInputStream())) {
      s.forEachRemaining(out::add);
    }
    return out;
  }

  static List<Item> items(String... inputs) {
    return items(SourceOptions.defaults(), inputs);
  }

  static List<RawDocument> docs(List<Item> items) {
    return items.stream().filter(i -> i instanceof Item.Doc).map(i -> ((Item.Doc) i).document())
        .toList();
  }

  static List<Failure> failures(List<Item> items) {
    return items.stream().filter(i -> i instanceof Item.Failed)
        .map(i -> ((Item.Failed) i).failure()).toList();
  }

  @Test
  void readsTheCsvDumpAsTheSameArticlesAsItsJsonlTwin() {
    List<RawDocument> csv = docs(items(SharedData.file("news/allsides_political_1k.csv")
        .toString()));
    List<RawDocument> jsonl = docs(items(SharedData.file("news/allsides_political_1k.jsonl")
        .toString()));
    assertThat(csv).hasSize(1000);
    for (int i = 0; i < 1000; i++) {
      assertThat(csv.get(i).text()).as("record %d", i).isEqualTo(jsonl.get(i).text());
      assertThat(csv.get(i).key()).isEqualTo(jsonl.get(i).key());
      assertThat(csv.get(i).title()).isEqualTo(jsonl.get(i).title());
      assertThat(csv.get(i).published()).isEqualTo(jsonl.get(i).published());
      assertThat(csv.get(i).outlet()).isEqualTo(jsonl.get(i).outlet());
    }
    assertThat(csv.get(0).text()).contains("\n");
  }

  @Test
  void aCsvRecordWithABrokenQuoteCostsThatRecordAndOneFailureLine() throws IOException {
    String csv = Files.readString(SharedData.file("news/allsides_political_1k.csv"));
    List<RawDocument> whole = docs(items(SharedData.file("news/allsides_political_1k.csv")
        .toString()));
    // drop the closing quote of the 11th record's text field (the last field of the record)
    int at = 0;
    for (int i = 0; i < 12; i++) {
      at = csv.indexOf("\"\r\n", at + 1);
    }
    Path broken = Files.writeString(dir.resolve("broken.csv"),
        csv.substring(0, at) + csv.substring(at + 1));
    List<Item> got = items(broken.toString());
    assertThat(failures(got)).hasSize(1);
    assertThat(failures(got).get(0).code()).isEqualTo("BAD_RECORD");
    List<RawDocument> read = docs(got);
    assertThat(read.size()).isBetween(997, 999);
    assertThat(read.get(read.size() - 1).text()).isEqualTo(whole.get(999).text());
    assertThat(read.stream().map(RawDocument::key).toList())
        .containsSubsequence(whole.get(0).key(), whole.get(20).key(), whole.get(999).key());
  }

  @Test
  void aJsonlLineThatIsNotJsonGivesOneFailureAndTheRestIsRead() throws IOException {
    List<String> lines = Files.readAllLines(SharedData.file("news/guardian_sdf_2019.jsonl"));
    List<String> mixed = new ArrayList<>(lines.subList(0, 30));
    mixed.add(10, "{\"id\": \"cut\", \"text\": \"a record cut off in the midd");
    Path f = Files.write(dir.resolve("mixed.jsonl"), mixed);
    List<Item> got = items(f.toString());
    assertThat(failures(got)).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("BAD_RECORD");
      assertThat(x.record()).contains("11");
      assertThat(x.json()).contains("\"input\":\"" + f + "\"", "\"record\":\"11\"");
    });
    assertThat(docs(got)).hasSize(30);
  }

  @Test
  void fieldOptionsNameOtherFields() {
    SourceOptions o = SourceOptions.defaults().withFields("title", null, "date", "url", null, null);
    List<RawDocument> got = docs(items(o, SharedData.file("news/allsides_political_1k.jsonl")
        .toString()));
    assertThat(got).hasSize(1000);
    assertThat(got.get(0).text()).doesNotContain("\n").hasSizeLessThan(300);
    assertThat(got.get(0).source()).contains("#http");
  }

  @Test
  void aTruncatedGzipDumpReportsOneFailureAndTheNextInputIsRead() throws IOException {
    byte[] gz = Files.readAllBytes(SharedData.file("news/allsides_political_10k.jsonl.gz"));
    Path cut = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(gz, 300_000));
    List<Item> got = items(cut.toString(), SharedData.file("news/guardian_sdf_2019.jsonl")
        .toString());
    assertThat(failures(got)).singleElement()
        .satisfies(x -> assertThat(x.code()).isEqualTo("READ_ERROR"));
    assertThat(docs(got).size()).isGreaterThan(249 + 20);
    assertThat(docs(got).get(docs(got).size() - 1).outlet()).contains("Guardian");
  }

  @Test
  void readsHtmlPagesCompressedOrNotWithTheirMetadata() throws IOException {
    Path gz = SharedData.file("html/newspaper4k_metadata/html/cnn_001.html.gz");
    Path plain = dir.resolve("cnn_001.html");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      Files.write(plain, in.readAllBytes());
    }
    List<RawDocument> got = docs(items(gz.toString(), plain.toString()));
    assertThat(got).hasSize(2).allMatch(d -> d.kind() == RawDocument.Kind.HTML);
    Documents.Loaded a = Documents.load(got.get(0), Optional.empty());
    Documents.Loaded b = Documents.load(got.get(1), Optional.empty());
    assertThat(a.extracted()).isTrue();
    assertThat(a.article().raw()).isEqualTo(b.article().raw()).contains("\n\n").doesNotContain("<");
    assertThat(a.article().title()).isPresent();
    assertThat(a.article().published()).isPresent();
  }

  @Test
  void skipsPlaceholderPublicationDatesOfAPage() throws IOException {
    String body = "<p>" + "The council met on Tuesday and voted on the budget. ".repeat(12) + "</p>";
    Path page = Files.writeString(dir.resolve("placeholder.html"), "<html><head>"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"0001-01-01T00:00:00Z\"}</script>"
        + "<meta property=\"og:title\" content=\"Budget vote\">"
        + "<meta name=\"date\" content=\"2019-03-12\"></head><body><article>" + body
        + "</article></body></html>");
    Documents.Loaded loaded = Documents.load(docs(items(page.toString())).get(0), Optional.empty());
    assertThat(loaded.article().published()).contains(LocalDate.of(2019, 3, 12));
  }

  @Test
  void extractsTheMainTextOfBenchmarkPagesWithoutTheirFurniture() throws IOException {
    Path folder = SharedData.file("html/scrapinghub_aeb/html");
    List<RawDocument> got = docs(items(SourceOptions.defaults().withGlob("0*.html.gz"),
        folder.toString()));
    assertThat(got).isNotEmpty();
    for (RawDocument d : got) {
      String text = Documents.load(d, Optional.empty()).article().raw();
      assertThat(text).as(d.source()).hasSizeGreaterThan(200)
          .doesNotContain("<script", "function(", "Advertisement\n", "Share this");
    }
  }

  @Test
  void decodesAPageInWindows1251FromItsMetaCharset() throws IOException {
    Path gz = SharedData.file("html/scrapinghub_aeb/html/"
        + "c82b3d1d540bbbd6081bdfb78b4c068c583aa766bcaaefe7ad16d24e5413a829.html.gz");
    String html;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String declared = html.replaceAll("(?i)charset=[\"']?utf-8", "charset=windows-1251");
    Charset cp1251 = Charset.forName("windows-1251");
    Path page = Files.write(dir.resolve("page.html"), declared.getBytes(cp1251));
    Path undeclared = Files.write(dir.resolve("empty.html"), new byte[0]);
    List<Item> got = items(undeclared.toString(), page.toString());
    List<RawDocument> docs = docs(got);
    assertThat(docs).hasSize(2);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Documents.load(docs.get(0), Optional.empty()))
        .isInstanceOf(UnreadableInputException.class);
    String text = Documents.load(docs.get(1), Optional.empty()).article().raw();
    assertThat(text).contains("Поризкова выбрала слово «Правда»", "красавицей-женой");
  }

  @Test
  void readsWarcResponsesAsPagesAndSkipsTheOtherRecords() {
    List<Item> plain = items(SharedData.file("warc/constructed_aeb_news_en20.warc").toString());
    assertThat(docs(plain)).hasSize(20).allMatch(d -> d.kind() == RawDocument.Kind.HTML
        && d.source().startsWith("http") && d.charset().isPresent()
        && d.published().equals(Optional.of(LocalDate.of(2026, 11, 24))));
    try (Sources s = Sources.of(
        List.of(SharedData.file("warc/resiliparse_cc-main-2020-34_sample.warc.gz").toString()),
        SourceOptions.defaults(), InputStream.nullInputStream())) {
      int n = 0;
      while (s.hasNext()) {
        assertThat(s.next()).isInstanceOf(Item.Doc.class);
        n++;
      }
      assertThat(n).isPositive().isLessThanOrEqualTo(16);
      assertThat(s.skipped()).isEqualTo(50 - n);
    }
  }

  @Test
  void aTruncatedWarcGivesAFailureLineAndTheRunGoesOn() {
    List<Item> got = items(SharedData.file("warc/resiliparse_clipped_houstonpress.warc.gz")
        .toString(), SharedData.file("warc/constructed_aeb_news_en20.warc").toString());
    assertThat(failures(got)).isNotEmpty().allMatch(f -> f.input().contains("clipped"));
    assertThat(docs(got).stream().filter(d -> d.input().contains("en20"))).hasSize(20);
  }

  @Test
  void stdinIsReadInTheFormatGiven() throws IOException {
    byte[] csv = Files.readAllBytes(SharedData.file("news/allsides_political_1k.csv"));
    List<Item> out = new ArrayList<>();
    try (Sources s = Sources.of(List.of("-"), SourceOptions.defaults().withFormat(InputFormat.CSV),
        new ByteArrayInputStream(csv))) {
      s.forEachRemaining(out::add);
    }
    assertThat(docs(out)).hasSize(1000);
  }
}
