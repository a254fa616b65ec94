package dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.RawDoc;
import dossier.model.Skipped;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
  private final Ingester ingester = new Ingester();
  @TempDir Path dir;

  @Test
  void listsSupportedFilesRecursivelyInNameOrderSkippingHiddenOnes() throws IOException {
    for (String name : List.of("b.txt", "a.html", "sub/c.md", "sub/deeper/d.htm", ".hidden.txt",
        ".git/e.txt", "picture.png", "notes")) {
      write(name, "text");
    }
    List<Skipped> skipped = new ArrayList<>();
    List<Path> files = ingester.files(List.of(dir), skipped::add);
    assertEquals(List.of(dir.resolve("a.html"), dir.resolve("b.txt"), dir.resolve("sub/c.md"),
        dir.resolve("sub/deeper/d.htm")), files);
    assertTrue(skipped.isEmpty(), skipped.toString());
  }

  @Test
  void reportsMissingRootAndUnsupportedFileWithAReason() throws IOException {
    Path png = write("photo.png", "x");
    List<Skipped> skipped = new ArrayList<>();
    List<Path> files = ingester.files(List.of(dir.resolve("nowhere"), png), skipped::add);
    assertTrue(files.isEmpty());
    assertEquals(2, skipped.size());
    assertTrue(skipped.get(0).reason().contains("no such file"), skipped.get(0).reason());
    assertTrue(skipped.get(1).reason().contains("unsupported"), skipped.get(1).reason());
  }

  @Test
  void listsAFileNamedTwiceOnce() throws IOException {
    Path a = write("a.txt", "text");
    assertEquals(List.of(a), ingester.files(List.of(a, dir), s -> { }));
  }

  @Test
  void toldWhichExtensionsAreRead() {
    for (String name : List.of("a.txt", "a.md", "a.HTML", "a.htm", "a.xhtml", "a.pdf", "a.docx",
        "a.doc", "a.rtf")) {
      assertTrue(Ingester.supported(Path.of(name)), name);
    }
    for (String name : List.of("a.png", "a.zip", "README", "a.")) {
      assertFalse(Ingester.supported(Path.of(name)), name);
    }
  }

  @Test
  void hashesTheRawBytesWithSha256() throws Exception {
    RawDoc doc = ingester.read(write("abc.txt", "abc"));
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        doc.contentHash());
  }

  @Test
  void decodesUtf8AndDropsItsByteOrderMark() throws Exception {
    byte[] body = "Caf\u00e9 \u201cquoted\u201d".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals("Caf\u00e9 \u201cquoted\u201d", read("bom.txt", bytes).content());
  }

  @Test
  void decodesUtf16WithAndWithoutByteOrderMark() throws Exception {
    String text = "Benítez denied it.";
    assertEquals(text, read("le.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE))
        .content());
    assertEquals(text, read("be.txt", text.getBytes(StandardCharsets.UTF_16BE)).content());
  }

  @Test
  void decodesWindows1252TextThatIsNotUtf8() throws Exception {
    String text = "Minister Julio Benítez Arce denied it. \u201cNobody\u201d \u2013 Óscar.";
    RawDoc doc = read("cp1252.txt", text.getBytes(Charset.forName("windows-1252")));
    assertEquals(text, doc.content());
  }

  @Test
  void readsTheWindows1252Example() throws Exception {
    RawDoc doc = ingester.read(Path.of("examples/2019-06-drone-training.txt"));
    assertEquals(RawDoc.Format.TEXT, doc.format());
    assertTrue(doc.content().contains("Julio Benítez Arce"), doc.content());
    assertTrue(doc.content().contains("Óscar Villalba"));
    assertTrue(doc.content().contains("© 2019 Andes Monitor"));
  }

  @Test
  void readsEveryExample() throws Exception {
    List<Path> files = ingester.files(List.of(Path.of("examples")), s -> { });
    assertEquals(5, files.size(), files.toString());
    for (Path f : files) {
      RawDoc doc = ingester.read(f);
      assertEquals(f.toString(), doc.origin());
      assertFalse(doc.content().isBlank());
    }
  }

  @Test
  void keepsWebPagesAsMarkupEvenUnderATextName() throws Exception {
    RawDoc page = ingester.read(Path.of("examples/2019-03-ministry-denial.html"));
    assertEquals(RawDoc.Format.HTML, page.format());
    assertTrue(page.content().contains("<article>"));
    RawDoc saved = read("saved.txt", "  <!DOCTYPE html><html><body><p>Hi</p></body></html>");
    assertEquals(RawDoc.Format.HTML, saved.format());
    assertEquals(RawDoc.Format.TEXT, read("plain.txt", "Use <b> for bold.").format());
  }

  @Test
  void readsTheCharsetAPageDeclares() throws Exception {
    String html = "<html><head><meta charset=\"iso-8859-1\"></head>"
        + "<body><p>Benítez</p></body></html>";
    RawDoc doc = read("latin.html", html.getBytes(StandardCharsets.ISO_8859_1));
    assertTrue(doc.content().contains("Benítez"));
  }

  @Test
  void refusesEmptyFilesBinaryDataAndHugeFiles() throws IOException {
    assertReason("empty", write("empty.txt", ""));
    assertReason("empty", write("blank.md", " \n\n  \n"));
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    assertReason("binary", Files.write(dir.resolve("noise.txt"), noise));
    assertReason("too large", sparse("huge.txt", Ingester.MAX_PAGE_BYTES + 1));
    assertReason("too large", sparse("huge.pdf", Ingester.MAX_BYTES + 1));
    assertReason("no such file", dir.resolve("gone.txt"));
  }

  /** A file of that size that costs no disk. */
  private Path sparse(String name, long size) throws IOException {
    Path file = dir.resolve(name);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
    return file;
  }

  private void assertReason(String expected, Path file) {
    IngestException e = assertThrows(IngestException.class, () -> ingester.read(file));
    assertEquals(file.toString(), e.origin());
    assertTrue(e.reason().contains(expected), e.reason());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  private RawDoc read(String name, String text) throws Exception {
    return read(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private RawDoc read(String name, byte[] bytes) throws Exception {
    return ingester.read(Files.write(dir.resolve(name), bytes));
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }
}
