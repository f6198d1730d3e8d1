package org.trucewatch.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Turns one command-line argument into the files to read, in a stable order: a file as it is (a missing one too: its
 * reader says NOT_FOUND); a directory recursively, entries sorted by name, hidden entries and {@code .git} skipped,
 * directories nested deeper than the limit not entered, symbolic links followed only while they stay inside the
 * directory named (a link out of it is skipped with a warning naming the link) and never round a loop; a pattern
 * ({@link Glob}) the shell left unexpanded, expanded here to the regular files it matches. Each file keeps the name the
 * user gave, joined with the path below it for files found by walking. Immutable and thread-safe.
 */
final class InputExpander {

  /** A file to read, and its name as the user gave it. */
  record InputFile(Path path, String name) {}

  /** Where an expansion's files, rejections and warnings go, in order. */
  interface Listener {
    void file(InputFile file);

    void rejected(String name, Rejection.Reason reason, String message);

    void warning(String name, String message);
  }

  private record Walk(Predicate<String> matches, boolean skipHidden, int maxDepth, boolean warnDepth, Path root) {}

  private final Path workingDirectory;
  private final int maxDirectoryDepth;

  InputExpander(Path workingDirectory, int maxDirectoryDepth) {
    this.workingDirectory = workingDirectory;
    this.maxDirectoryDepth = maxDirectoryDepth;
  }

  void expand(String arg, Listener listener) {
    Path path;
    try {
      path = workingDirectory.resolve(arg);
    } catch (InvalidPathException e) {
      listener.rejected(arg, Rejection.Reason.NOT_FOUND, "not a valid path: " + e.getReason());
      return;
    }
    if (Files.isDirectory(path)) {
      walk(path, arg, "", 0, new HashSet<>(), new Walk(rel -> true, true, maxDirectoryDepth, true, realPath(path)),
          listener);
    } else if (!Files.exists(path) && Glob.isPattern(arg)) {
      expandPattern(arg, listener);
    } else {
      listener.file(new InputFile(path, arg));
    }
  }

  private void expandPattern(String arg, Listener listener) {
    Glob glob = Glob.compile(arg);
    Path base = workingDirectory.resolve(glob.base());
    if (!Files.isDirectory(base)) {
      listener.rejected(arg, Rejection.Reason.NOT_FOUND,
          "no file matches the pattern ('" + glob.base() + "' is not a directory)");
      return;
    }
    int[] matched = {0};
    Listener counting = new Listener() {
      @Override
      public void file(InputFile file) {
        matched[0]++;
        listener.file(file);
      }

      @Override
      public void rejected(String name, Rejection.Reason reason, String message) {
        listener.rejected(name, reason, message);
      }

      @Override
      public void warning(String name, String message) {
        listener.warning(name, message);
      }
    };
    Walk walk = new Walk(glob::matches, !glob.namesHidden(), Math.min(glob.maxDepth(), maxDirectoryDepth), false,
        realPath(base));
    walk(base, glob.base(), "", 0, new HashSet<>(), walk, counting);
    if (matched[0] == 0) {
      listener.rejected(arg, Rejection.Reason.NOT_FOUND, "no file matches the pattern");
    }
  }

  /** Visits {@code dir} (shown as {@code shown}, at {@code relative} below the walk's start) in name order. */
  private void walk(Path dir, String shown, String relative, int depth, Set<Path> ancestors, Walk walk,
      Listener listener) {
    Path key = realPath(dir);
    if (!ancestors.add(key)) {
      listener.warning(shown, "not entered: a symbolic link loops back to " + key);
      return;
    }
    try {
      List<Path> entries;
      try (Stream<Path> list = Files.list(dir)) {
        entries = list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
      } catch (AccessDeniedException e) {
        listener.rejected(shown, Rejection.Reason.PERMISSION_DENIED, "cannot list the directory: permission denied");
        return;
      } catch (IOException | RuntimeException e) {
        listener.rejected(shown, Rejection.Reason.IO, "cannot list the directory: " + e.getMessage());
        return;
      }
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.equals(".git") || walk.skipHidden() && name.startsWith(".")) {
          continue;
        }
        String childShown = shown.isEmpty() ? name : shown.endsWith("/") ? shown + name : shown + "/" + name;
        String childRelative = relative.isEmpty() ? name : relative + "/" + name;
        if (leavesRoot(entry, walk.root())) {
          // a link out of a crawl folder could carry /etc/passwd into the store and out through the API
          listener.warning(childShown, "skipped: a symbolic link that leads outside the input directory"
              + " (not followed)");
          continue;
        }
        if (Files.isDirectory(entry)) {
          if (depth + 1 <= walk.maxDepth()) {
            walk(entry, childShown, childRelative, depth + 1, ancestors, walk, listener);
          } else if (walk.warnDepth()) {
            listener.warning(childShown, "not entered: deeper than the directory depth limit of " + walk.maxDepth());
          }
        } else if (walk.matches().test(childRelative)) {
          if (Files.isRegularFile(entry)) {
            listener.file(new InputFile(entry, childShown));
          } else if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
            listener.rejected(childShown, Rejection.Reason.NOT_FOUND, "a broken symbolic link");
          } else {
            listener.warning(childShown, "skipped: not a regular file");
          }
        }
      }
    } finally {
      ancestors.remove(key);
    }
  }

  /** Whether {@code entry} is a symbolic link whose target lies outside {@code root} (a broken link does not). */
  private static boolean leavesRoot(Path entry, Path root) {
    if (!Files.isSymbolicLink(entry)) {
      return false;
    }
    try {
      return !entry.toRealPath().startsWith(root);
    } catch (IOException e) {
      return false;
    }
  }

  private static Path realPath(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir.toAbsolutePath().normalize();
    }
  }
}
