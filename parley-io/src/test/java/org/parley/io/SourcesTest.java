package org.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
  @TempDir Path dir;

  List<Item> items(SourceOptions options, String stdin, String... inputs) {
    List<Item> out = new ArrayList<>();
    try (Sources s = Sources.of(List.of(inputs), options,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))) {
      s.forEachRemaining(out::add);
    }
    return out;
  }

  List<Item> items(String... inputs) {
    return items(SourceOptions.defaults(), "", inputs);
  }

  static String codeOf(Item i) {
    return i instanceof Item.Failed f ? f.failure().code() : "DOC";
  }

  @Test
  void readsJsonlRecordsWithTheirFieldsAndReportsBadLinesByNumber() throws IOException {
    Path jsonl = dir.resolve("dump.jsonl");
    Files.writeString(jsonl, String.join("\n",
        "{\"id\": \"a1\", \"url\": \"http://x/1\", \"title\": \"T\", \"date\": \"2016-02-11T10:00:00Z\","
            + " \"source\": \"RT\", \"text\": \"Lavrov said so.\"}",
        "not json at all",
        "",
        "{\"id\": \"a3\", \"body\": \"no text field\"}",
        "{\"text\": \"Plain.\"}"));
    List<Item> got = items(jsonl.toString());
    assertThat(got).extracting(SourcesTest::codeOf)
        .containsExactly("DOC", "BAD_RECORD", "NO_TEXT", "DOC");
    RawDocument first = ((Item.Doc) got.get(0)).document();
    assertThat(first.text()).isEqualTo("Lavrov said so.");
    assertThat(first.key()).contains("http://x/1");
    assertThat(first.published()).contains(LocalDate.of(2016, 2, 11));
    assertThat(first.title()).contains("T");
    assertThat(first.outlet()).contains("RT");
    assertThat(first.source()).endsWith("dump.jsonl#a1");
    assertThat(((Item.Failed) got.get(1)).failure().source()).endsWith("dump.jsonl#2");
    assertThat(((Item.Doc) got.get(3)).document().source()).endsWith("dump.jsonl#5");
  }

  @Test
  void readsGzippedJsonlAndReportsATruncatedArchive() throws IOException {
    Path gz = dir.resolve("dump.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      for (int i = 0; i < 200; i++) {
        out.write(("{\"id\": \"r" + i + "\", \"text\": \"Record number " + i + " of a long dump.\"}\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    assertThat(items(gz.toString())).hasSize(200).allMatch(i -> i instanceof Item.Doc);

    byte[] whole = Files.readAllBytes(gz);
    Path cut = Files.write(dir.resolve("cut.jsonl.gz"),
        java.util.Arrays.copyOf(whole, whole.length / 2));
    List<Item> got = items(cut.toString(), "-");
    assertThat(got).anyMatch(i -> codeOf(i).equals("READ_ERROR"));
    assertThat(got.get(got.size() - 1)).isInstanceOf(Item.Doc.class);
  }

  @Test
  void walksFoldersInSortedOrderSkippingHiddenFiles() throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/2.txt"), "two");
    Files.writeString(dir.resolve("a.txt"), "one");
    Files.writeString(dir.resolve(".secret"), "hidden");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/HEAD"), "hidden too");
    List<Item> got = items(dir.toString());
    assertThat(got).extracting(i -> ((Item.Doc) i).document().source())
        .containsExactly(dir.resolve("a.txt").toString(), dir.resolve("b/2.txt").toString());
  }

  @Test
  void refusesInputsAboveTheLimitBeforeReadingThem() throws IOException {
    Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));
    List<Item> got = items(SourceOptions.defaults().withMaxBytes(1000), "y".repeat(1001),
        big.toString(), "-");
    assertThat(got).extracting(SourcesTest::codeOf).containsExactly("TOO_LARGE", "TOO_LARGE");
    assertThat(((Item.Failed) got.get(0)).failure().message()).contains("2000", "1000");
  }

  @Test
  void reportsMissingPathsAndEmptyFoldersAndGoesOn() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path ok = Files.writeString(dir.resolve("ok.txt"), "fine");
    assertThat(items(dir.resolve("nope.txt").toString(), empty.toString(), ok.toString()))
        .extracting(SourcesTest::codeOf)
        .containsExactly("NOT_FOUND", "NO_INPUT", "DOC");
  }
}
