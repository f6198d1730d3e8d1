package org.trucewatch.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.trucewatch.ingest.Rejection;

/**
 * Lists the files of the job's inputs on the driver, through Hadoop's file systems (local paths, {@code hdfs://},
 * {@code s3a://}), in the order and under the names core's ingestor gives them: a file as named; a directory walked
 * recursively, entries in name order, hidden entries and {@code .git} skipped, at most {@code maxDepth} levels down,
 * each file named by the argument joined with its path below it. So an article's {@code source} and id are the same
 * as {@code trucewatch clean} gives it. An input that cannot be listed becomes a rejection. Stateless.
 */
final class InputFiles {

  /** A file to read: its place in the input order, its location for Hadoop, and its name as the user gave it. */
  record InputFile(int index, String uri, String name, long bytes) implements Serializable {}

  /** The files found, and the inputs that named nothing readable. */
  record Listing(List<InputFile> files, List<Rejection> rejections) {
    long bytes() {
      return files.stream().mapToLong(InputFile::bytes).sum();
    }
  }

  private InputFiles() {}

  static Listing list(Configuration hadoop, List<String> inputs, int maxDepth) {
    List<InputFile> files = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    for (String arg : inputs) {
      if (arg == null || arg.isBlank()) {
        rejections.add(new Rejection(String.valueOf(arg), null, Rejection.Reason.NOT_FOUND,
            "an empty argument names no file"));
        continue;
      }
      try {
        Path path = new Path(arg);
        FileSystem fs = path.getFileSystem(hadoop);
        FileStatus status = fs.getFileStatus(path);
        if (status.isDirectory()) {
          walk(fs, status, arg, 0, maxDepth, files);
        } else {
          files.add(new InputFile(files.size(), status.getPath().toString(), arg, status.getLen()));
        }
      } catch (FileNotFoundException e) {
        rejections.add(new Rejection(arg, null, Rejection.Reason.NOT_FOUND, "no such file or directory"));
      } catch (IOException | IllegalArgumentException e) {
        rejections.add(new Rejection(arg, null, Rejection.Reason.IO, "cannot be listed: " + e.getMessage()));
      }
    }
    return new Listing(List.copyOf(files), List.copyOf(rejections));
  }

  private static void walk(FileSystem fs, FileStatus dir, String shown, int depth, int maxDepth,
      List<InputFile> out) throws IOException {
    FileStatus[] entries = fs.listStatus(dir.getPath());
    Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus entry : entries) {
      String name = entry.getPath().getName();
      if (name.equals(".git") || name.startsWith(".")) {
        continue;
      }
      String child = shown.endsWith("/") ? shown + name : shown + "/" + name;
      if (entry.isDirectory()) {
        if (depth + 1 <= maxDepth) {
          walk(fs, entry, child, depth + 1, maxDepth, out);
        }
      } else if (entry.isFile()) {
        out.add(new InputFile(out.size(), entry.getPath().toString(), child, entry.getLen()));
      }
    }
  }
}
