package dossier.cli;

import dossier.Dossier;
import dossier.export.ArticleLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "clean", mixinStandardHelpOptions = true,
    description = {"Prints the clean story of each report, one JSON object a line:",
        "origin, title, outlet, author, published, publishedSource, language, text. No NLP."})
final class CleanCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files and folders")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    for (Path p : paths) {
      if (!Files.exists(p)) {
        System.err.println("dossier: no such file or folder: " + p);
        return ExitCodes.FAILED;
      }
    }
    AtomicInteger written = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    try (ArticleLines out = new ArticleLines(System.out)) {
      Dossier.builder().build().clean(paths, article -> {
        try {
          out.write(article);
          written.incrementAndGet();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, s -> {
        skipped.incrementAndGet();
        System.err.println("skipped " + s);
      });
    }
    return written.get() == 0 && skipped.get() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
  }
}
