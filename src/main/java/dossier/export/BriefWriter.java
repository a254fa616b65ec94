package dossier.export;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;

/** Writes a {@link Brief} as Markdown or as a standalone HTML page. */
public final class BriefWriter {
  /** Output formats of the brief. */
  public enum Format { MD, HTML }

  private final Format format;

  public BriefWriter(Format format) {
    this.format = format;
  }

  public void write(Brief brief, Writer out) throws IOException {
    if (format == Format.HTML) {
      html(brief, out);
    } else {
      markdown(brief, out);
    }
    out.flush();
  }

  private static void markdown(Brief brief, Writer out) throws IOException {
    out.write("# Dossier brief\n\n" + md(brief.summary()) + "\n");
    for (Brief.Section s : brief.sections()) {
      out.write("\n## " + s.title() + "\n\n");
      if (s.lines().isEmpty()) {
        out.write("None found.\n");
      }
      for (Brief.Line line : s.lines()) {
        out.write("- " + md(line.text()) + "\n");
        for (Brief.Citation c : line.citations()) {
          out.write("  - " + md(where(c)) + ": “" + md(c.quote()) + "”\n");
        }
      }
    }
  }

  private static void html(Brief brief, Writer out) throws IOException {
    out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Dossier brief</title><style>body{font:15px/1.5 sans-serif;max-width:60em;"
        + "margin:2em auto;padding:0 1em}blockquote{margin:.2em 0 .2em 1.5em;color:#333}"
        + "cite{color:#666;font-style:normal}</style></head><body>\n<h1>Dossier brief</h1>\n<p>"
        + html(brief.summary()) + "</p>\n");
    for (Brief.Section s : brief.sections()) {
      out.write("<h2>" + html(s.title()) + "</h2>\n");
      if (s.lines().isEmpty()) {
        out.write("<p>None found.</p>\n");
        continue;
      }
      out.write("<ul>\n");
      for (Brief.Line line : s.lines()) {
        out.write("<li>" + html(line.text()));
        out.write(line.citations().stream()
            .map(c -> "<blockquote><cite>" + html(where(c)) + "</cite>: “" + html(c.quote())
                + "”</blockquote>")
            .collect(Collectors.joining("", "", "")));
        out.write("</li>\n");
      }
      out.write("</ul>\n");
    }
    out.write("</body></html>\n");
  }

  private static String where(Brief.Citation c) {
    return c.doc() + ", " + c.outlet() + (c.published() == null ? "" : ", " + c.published());
  }

  /** Scraped text is hostile: no markup of its own reaches the page. */
  static String html(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

  /** One line of Markdown: whitespace folded, markup characters inert. */
  private static String md(String s) {
    return html(s.replaceAll("\\s+", " ").strip()).replace("*", "\\*").replace("_", "\\_")
        .replace("[", "\\[").replace("`", "\\`");
  }
}
