package dossier.ingest;

import dossier.model.Skipped;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lists the readable files under files and folders, depth first in name order so that runs are
 * repeatable. Hidden entries are passed over; links to folders already visited are reported and
 * not followed again, so a link loop cannot recurse forever.
 */
final class FolderWalker {
  private final Consumer<Skipped> skipped;
  private final Map<Path, Path> found = new LinkedHashMap<>();
  private final Set<Path> visitedFolders = new HashSet<>();

  FolderWalker(Consumer<Skipped> skipped) {
    this.skipped = skipped;
  }

  List<Path> walk(List<Path> roots) {
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        folder(root);
      } else if (Files.isRegularFile(root)) {
        explicitFile(root);
      } else if (Files.exists(root)) {
        skip(root, "not a regular file or folder");
      } else {
        skip(root, "no such file or folder");
      }
    }
    return List.copyOf(found.values());
  }

  private void explicitFile(Path file) {
    if (FileKind.of(file).isPresent()) {
      add(file);
    } else {
      skip(file, "unsupported file type" + describe(FileKind.extension(file)));
    }
  }

  private void folder(Path dir) {
    Path real = realPath(dir);
    if (!visitedFolders.add(real)) {
      if (Files.isSymbolicLink(dir)) {
        // Said, so that a link loop or a link into the corpus is not a silent gap.
        skip(dir, "link to a folder already listed: " + real);
      }
      return;
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      entries.forEach(children::add);
    } catch (IOException | SecurityException e) {
      skip(dir, "cannot list folder: " + Reasons.of(e));
      return;
    }
    children.sort(null);
    for (Path child : children) {
      if (isHidden(child)) {
        continue;
      }
      if (Files.isDirectory(child)) {
        folder(child);
      } else if (Files.isRegularFile(child) && FileKind.of(child).isPresent()) {
        add(child);
      }
    }
  }

  private void add(Path file) {
    found.putIfAbsent(realPath(file), file);
  }

  private void skip(Path path, String reason) {
    skipped.accept(new Skipped(path.toString(), reason));
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  private static String describe(String extension) {
    return extension.isEmpty() ? "" : " ." + extension;
  }
}
