package org.trucewatch.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.extract.Event;
import org.trucewatch.pipeline.ExtractRun;
import org.trucewatch.pipeline.Pipeline;

/**
 * Scores corpus folders end to end: finds the gold folders under each directory given, runs the pipeline's
 * extraction on each folder's reports in-process (the same {@link ExtractRun}, pipeline and configuration as
 * {@code trucewatch extract --json FOLDER/*.txt}: one batch per folder, so syndication clusters and anchor dates form
 * within a folder as they would there), and scores them. Reads the folders; writes nothing (warnings and rejected
 * reports go to the consumer given).
 */
public final class CorpusRun {

  private final Pipeline pipeline;
  private final Consumer<String> warn;

  /** @param warn where a rejected report or a reader's warning goes, one line each */
  public CorpusRun(Pipeline pipeline, Consumer<String> warn) {
    this.pipeline = pipeline;
    this.warn = warn;
  }

  /**
   * The folders holding a {@code gold.json} at or under each of {@code dirs}, in order.
   *
   * @throws GoldException when a directory does not exist, holds no gold at all, or a folder holds reports
   *     ({@code *.txt}, {@code *.html}) but no {@code gold.json}
   */
  public static List<Path> goldFolders(List<Path> dirs) {
    List<Path> out = new ArrayList<>();
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        throw new GoldException(dir + ": no such folder");
      }
      List<Path> found = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path d : walk.filter(Files::isDirectory).sorted().toList()) {
          if (Files.isRegularFile(d.resolve("gold.json"))) {
            found.add(d);
          } else if (!GoldReader.reportFiles(d).isEmpty()) {
            throw new GoldException(d + ": reports (*.txt, *.html) but no gold.json in this folder");
          }
        }
      } catch (IOException e) {
        throw new GoldException(dir + ": cannot read: " + e.getMessage());
      }
      if (found.isEmpty()) {
        throw new GoldException(dir + ": no gold.json in this folder or below it");
      }
      found.stream().filter(f -> !out.contains(f)).forEach(out::add);
    }
    return out;
  }

  /** Reads every folder's gold (all of it first, so that a malformed file stops the run before extraction). */
  public static List<Gold> readGold(List<Path> folders) {
    return folders.stream().map(GoldReader::read).toList();
  }

  /** Extracts and scores every report of the folders under {@code dirs}. */
  public Scores.Result score(List<Path> dirs) {
    List<Gold> golds = readGold(goldFolders(dirs));
    Profiles profiles = pipeline.profiles();
    Scorer scorer = new Scorer(profiles, new Speakers(profiles.isShipped()
        ? org.trucewatch.resolve.actor.ActorDictionary.load()
        : org.trucewatch.resolve.actor.ActorDictionary.load(profiles.all())));
    List<Scores.ReportScore> reports = new ArrayList<>();
    int rejected = 0;
    for (Gold gold : golds) {
      Extracted x = extract(gold);
      rejected += x.rejected();
      for (Gold.Report r : gold.reports()) {
        reports.add(scorer.score(r, x.events().getOrDefault(r.file(), List.of()), gold.radiusKm()));
      }
    }
    return Scores.Result.of(golds.stream().map(g -> g.folder().toString()).toList(), rejected, reports);
  }

  /** One folder's predicted events by report file name, and how many reports the pipeline rejected. */
  public record Extracted(Map<String, List<Predicted>> events, int rejected) {}

  /**
   * The events extraction gives for the folder's reports. Each report goes in as a JSON Lines record (its file name
   * as {@code id}, its text, and the gold's {@code published} as the page's date): a report stands for a crawled page,
   * whose date a feed or the page's metadata gives even where the visible text shows no year.
   */
  public Extracted extract(Gold gold) {
    if (gold.reports().isEmpty()) {
      return new Extracted(Map.of(), 0);
    }
    return extract(gold.folder().toString(), "trucewatch-corpus-", texts(gold));
  }

  /** The folder's reports as extraction gives them, with their articles and anchors (for the confidence trainer). */
  public ExtractRun.Result articles(Gold gold) {
    return run(gold.folder().toString(), "trucewatch-corpus-", texts(gold));
  }

  private static List<Text> texts(Gold gold) {
    List<Text> texts = new ArrayList<>();
    for (Gold.Report r : gold.reports()) {
      try {
        texts.add(new Text(r.file(), r.published(),
            Files.readString(gold.folder().resolve(r.file()), java.nio.charset.StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new GoldException(gold.folder() + ": cannot read: " + e.getMessage());
      }
    }
    return texts;
  }

  /** A text to extract: its id, the page's date (or null) and the text. */
  public record Text(String id, String published, String text) {}

  /**
   * The events extraction gives for {@code texts}, read as one batch (one JSON Lines file, so that clusters and
   * anchor dates form among them) with the command line's pipeline; {@code prefix} starts the temporary file's name,
   * which a rejection's message shows, and {@code source} names the texts in an error.
   */
  public Extracted extract(String source, String prefix, List<Text> texts) {
    ExtractRun.Result result = run(source, prefix, texts);
    Map<String, List<Predicted>> byId = new HashMap<>();
    for (ExtractRun.ArticleEvents ae : result.articles()) {
      List<Predicted> list = byId.computeIfAbsent(ae.article().article().id(), k -> new ArrayList<>());
      for (Event e : ae.extraction().events()) {
        list.add(Predicted.of(e));
      }
    }
    return new Extracted(byId, result.rejected());
  }

  private ExtractRun.Result run(String source, String prefix, List<Text> texts) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile(prefix, ".jsonl");
      com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
      StringBuilder lines = new StringBuilder();
      for (Text t : texts) {
        com.fasterxml.jackson.databind.node.ObjectNode o = mapper.createObjectNode();
        o.put("id", t.id());
        o.put(GoldReader.isPage(t.id()) ? "html" : "text", t.text()); // a saved page is cleaned as a crawled one
        if (t.published() != null) {
          o.put("published", t.published());
        }
        lines.append(mapper.writeValueAsString(o)).append('\n');
      }
      Files.writeString(tmp, lines, java.nio.charset.StandardCharsets.UTF_8);
      return new ExtractRun(pipeline).run(List.of(tmp.toString()), r -> warn.accept(r.oneLine()), warn);
    } catch (IOException e) {
      throw new GoldException(source + ": cannot read: " + e.getMessage());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a temporary file left behind is harmless
        }
      }
    }
  }
}
