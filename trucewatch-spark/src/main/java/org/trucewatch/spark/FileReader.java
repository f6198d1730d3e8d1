package org.trucewatch.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trucewatch.clean.Article;
import org.trucewatch.clean.ArticleCleaner;
import org.trucewatch.ingest.Rejection;
import org.trucewatch.pipeline.CleanRun;
import org.trucewatch.pipeline.Pipeline;

/**
 * The job's first stage, one input file per task: opens the file through Hadoop, reads it with core's
 * {@link org.trucewatch.ingest.Ingestor} (every format core reads: WARC, JSON Lines, feeds, HTML, text, gzip of
 * them), cleans each document with the executor's {@link Pipeline}, and yields clean articles and rejections as they
 * come ({@link PushIterator}), so a large WARC never sits in memory. Ingestion warnings go to the executor's log. Never
 * fails on bad input: a file that cannot be opened is a rejection too. Closes the file it opens. Immutable; one
 * instance serves every task of the stage.
 */
final class FileReader implements FlatMapFunction<InputFiles.InputFile, Items.Read> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(FileReader.class);
  private static final int QUEUE = 64;

  private final Pipelines.Spec spec;
  private final HashMap<String, String> hadoop;

  /** @param hadoop the driver's Hadoop settings (file system credentials and the like), rebuilt on the executor */
  FileReader(Pipelines.Spec spec, Configuration hadoop) {
    this.spec = spec;
    this.hadoop = new HashMap<>();
    for (Map.Entry<String, String> e : hadoop) {
      this.hadoop.put(e.getKey(), e.getValue());
    }
  }

  @Override
  public Iterator<Items.Read> call(InputFiles.InputFile file) {
    Pipeline pipeline = Pipelines.get(spec);
    PushIterator<Items.Read> items = new PushIterator<>("trucewatch-read-" + file.index(), QUEUE,
        sink -> read(pipeline, file, sink));
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> items.close());
    }
    return items;
  }

  private void read(Pipeline pipeline, InputFiles.InputFile file, Consumer<Items.Read> sink) {
    Configuration conf = new Configuration(false);
    hadoop.forEach(conf::set);
    ArticleCleaner cleaner = pipeline.cleaner();
    long[] seq = {0};
    Path path = new Path(file.uri());
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      pipeline.ingestor().read(file.name(), in, result -> {
        long order = ((long) file.index() << 32) | seq[0]++;
        ArticleCleaner.Outcome outcome = cleaner.clean(result);
        if (outcome instanceof ArticleCleaner.Failed f) {
          sink.accept(Items.Rejected.of(f.rejection()));
        } else {
          Article a = pipeline.knownConflict(((ArticleCleaner.Cleaned) outcome).article(), LOG::warn);
          String json = JsonForms.articleString(new CleanRun.ClusteredArticle(a, null, List.of()));
          sink.accept(new Items.Doc(order, a.id(), json, Items.Dated.of(a.published(), order)));
        }
      }, warning -> LOG.warn(warning.oneLine()));
    } catch (FileNotFoundException e) {
      sink.accept(Items.Rejected.of(new Rejection(file.name(), null, Rejection.Reason.NOT_FOUND,
          "no such file or directory")));
    } catch (IOException e) {
      sink.accept(Items.Rejected.of(new Rejection(file.name(), null, Rejection.Reason.IO, "read error: " + e)));
    }
  }
}
