package dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.RawDoc;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF, Word and RTF files, written at test time so the fixtures cannot drift from the code. */
class DocumentsTest {
  private final Ingester ingester = new Ingester();
  @TempDir Path dir;

  @Test
  void readsPdfTextWithParagraphsAndProperties() throws Exception {
    Path pdf = dir.resolve("report.pdf");
    writePdf(pdf, "Planes land in Caracas", new String[][] {
        {"Two military transport planes landed at", "the main airport on Saturday."},
        {"The aircraft arrived from Damascus,", "officials said."}});
    RawDoc doc = ingester.read(pdf);
    assertEquals(RawDoc.Format.TEXT, doc.format());
    assertTrue(doc.content().contains("Two military transport planes landed at the main airport"
        + " on Saturday."), doc.content());
    assertTrue(doc.content().contains("Saturday.\n\nThe aircraft"), doc.content());
    assertEquals("Planes land in Caracas", doc.metadata().get("dc:title"));
    assertEquals("Marta Delgado", doc.metadata().get("dc:creator"));
  }

  @Test
  void readsWordParagraphsSeparatedByBlankLines() throws Exception {
    Path docx = dir.resolve("report.docx");
    try (XWPFDocument word = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
      word.getProperties().getCoreProperties().setTitle("Ministry denies deployment");
      word.getProperties().getCoreProperties().setCreator("Igor Sokolov");
      word.createParagraph().createRun().setText("The ministry denied the reports.");
      word.createParagraph().createRun().setText("Only 35 specialists travelled.");
      word.write(out);
    }
    RawDoc doc = ingester.read(docx);
    assertEquals("The ministry denied the reports.\n\nOnly 35 specialists travelled.",
        doc.content());
    assertEquals("Ministry denies deployment", doc.metadata().get("dc:title"));
    assertEquals("Igor Sokolov", doc.metadata().get("dc:creator"));
  }

  @Test
  void routesTheLog4jLoggingOfWordParsersToSlf4j() throws Exception {
    Path docx = dir.resolve("short.docx");
    try (XWPFDocument word = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
      word.createParagraph().createRun().setText("Officials said little.");
      word.write(out);
    }
    assertEquals("Officials said little.", ingester.read(docx).content());
    // POI logs through log4j-api, which without a provider prints a notice on standard error.
    assertEquals("org.apache.logging.slf4j.SLF4JLoggerContextFactory",
        LogManager.getFactory().getClass().getName());
  }

  @Test
  void readsRichText() throws Exception {
    Path rtf = Files.writeString(dir.resolve("note.rtf"),
        "{\\rtf1\\ansi{\\fonttbl{\\f0 Times;}}\\f0 First paragraph.\\par Second one.\\par}");
    String text = ingester.read(rtf).content();
    assertTrue(text.contains("First paragraph."), text);
    assertTrue(text.contains("Second one."), text);
  }

  @Test
  void refusesACorruptPdfWithOneLine() throws IOException {
    Path pdf = Files.write(dir.resolve("broken.pdf"),
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ngarbage"
            .getBytes(StandardCharsets.US_ASCII));
    IngestException e = assertThrows(IngestException.class, () -> ingester.read(pdf));
    assertEquals(pdf.toString(), e.origin());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertFalse(e.reason().isBlank());
  }

  @Test
  void refusesAPdfWithoutText() throws IOException {
    Path pdf = dir.resolve("scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(pdf.toFile());
    }
    IngestException e = assertThrows(IngestException.class, () -> ingester.read(pdf));
    assertTrue(e.reason().contains("no text"), e.reason());
  }

  /** A one-page PDF: each paragraph's lines close together, paragraphs far apart. */
  private static void writePdf(Path file, String title, String[][] paragraphs) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.getDocumentInformation().setTitle(title);
      doc.getDocumentInformation().setAuthor("Marta Delgado");
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        float y = 700;
        for (String[] lines : paragraphs) {
          for (String line : lines) {
            s.beginText();
            s.newLineAtOffset(72, y);
            s.showText(line);
            s.endText();
            y -= 15;
          }
          y -= 30;
        }
      }
      doc.save(file.toFile());
    }
  }
}
