package org.trucewatch.conflict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Where profiles come from: the ones shipped in the jar (listed in {@code conflicts/index.txt}) and the folders of a
 * user's conflicts directory. Opens and closes every file it reads.
 */
final class ProfileSource {

  static final String SHIPPED = "/org/trucewatch/conflicts/";

  private ProfileSource() {}

  /** The ids of the shipped profiles, in the index's order. */
  static List<String> shippedIds() {
    String index = resource(SHIPPED + "index.txt");
    if (index == null) {
      throw new IllegalStateException("conflicts/index.txt missing from the classpath");
    }
    List<String> ids = new ArrayList<>();
    for (String line : index.split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        ids.add(l);
      }
    }
    return ids;
  }

  static ConflictProfile shipped(ProfileReader reader, String id) {
    String dir = SHIPPED + id + "/";
    String json = resource(dir + "profile.json");
    if (json == null) {
      throw new IllegalStateException("conflicts/" + id + "/profile.json missing from the classpath");
    }
    Function<String, String> file = f -> f.contains("/") || f.contains("..") ? null : resource(dir + f);
    return reader.read(id, "conflicts/" + id, json, file, orEmpty(resource(dir + "actors.tsv")),
        orEmpty(resource(dir + "areas.tsv")));
  }

  /** The profile folders under {@code dir} (each holding a profile.json), sorted by name; none if it is missing. */
  static List<Path> folders(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var s = Files.list(dir)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("profile.json"))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list the conflicts directory", e);
    }
  }

  static ConflictProfile folder(ProfileReader reader, Path folder) {
    Function<String, String> file = f -> f.contains("/") || f.contains("..") ? null : text(folder.resolve(f));
    String json = text(folder.resolve("profile.json"));
    return reader.read(folder.getFileName().toString(), folder.toString(), json, file,
        orEmpty(text(folder.resolve("actors.tsv"))), orEmpty(text(folder.resolve("areas.tsv"))));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String resource(String name) {
    try (InputStream in = ProfileSource.class.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read", e);
    }
  }

  private static String text(Path p) {
    if (!Files.isRegularFile(p)) {
      return null;
    }
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new ProfileException(p.toString(), 0, "not UTF-8 text (a profile file is JSON or TSV in UTF-8)");
    } catch (IOException e) {
      throw new ProfileException(p.toString(), 0, "cannot read: " + e.getMessage());
    }
  }
}
