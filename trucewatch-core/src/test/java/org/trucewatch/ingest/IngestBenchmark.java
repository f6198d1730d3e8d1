package org.trucewatch.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.trucewatch.config.TrucewatchConfig;

/**
 * Measures ingestion throughput (not a test: run it by hand). Reads the inputs named on the command line
 * {@code --rounds} times (default 5) and prints, per round, documents, rejections by reason, warnings, decoded text,
 * and documents and megabytes of text a second; the first rounds warm the JIT.
 *
 * <p>{@code --make DIR --copies N PAGES...} instead writes a corpus from HTML pages (plain or gzip, such as
 * {@code data/eval/article-extraction-benchmark/html}): each page {@code N} times into {@code DIR/pages.warc.gz} (one
 * gzip member a record), {@code DIR/pages.jsonl.gz} (one line a page, the page as {@code html}) and
 * {@code DIR/feed.xml} (one RSS item a page, as CDATA).
 *
 * <pre>
 * CP="trucewatch-core/target/test-classes:trucewatch-core/target/classes:trucewatch-core/target/lib/*"
 * java -cp "$CP" org.trucewatch.ingest.IngestBenchmark --make /tmp/corpus --copies 5 data/eval/article-extraction-benchmark/html
 * java -cp "$CP" org.trucewatch.ingest.IngestBenchmark --rounds 5 /tmp/corpus/pages.warc.gz
 * </pre>
 */
public final class IngestBenchmark {

  private IngestBenchmark() {}

  public static void main(String[] args) throws IOException {
    int rounds = 5;
    int copies = 1;
    boolean verbose = false;
    Path make = null;
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--copies" -> copies = Integer.parseInt(args[++i]);
        case "--make" -> make = Path.of(args[++i]);
        case "--verbose" -> verbose = true;
        default -> inputs.add(args[i]);
      }
    }
    Ingestor ingestor = new Ingestor(TrucewatchConfig.defaults().ingest());
    if (make != null) {
      makeCorpus(ingestor, inputs, make, copies);
      return;
    }
    for (int round = 1; round <= rounds; round++) {
      measure(ingestor, inputs, round, verbose && round == 1);
    }
  }

  private static void measure(Ingestor ingestor, List<String> inputs, int round, boolean print) {
    long[] docs = {0};
    long[] chars = {0};
    int[] warnings = {0};
    Map<String, Integer> rejected = new TreeMap<>();
    long start = System.nanoTime();
    ingestor.read(inputs, r -> {
      if (r instanceof IngestResult.Read read) {
        docs[0]++;
        chars[0] += read.document().content().length();
      } else if (r instanceof IngestResult.Rejected rej) {
        rejected.merge(rej.rejection().reason().name(), 1, Integer::sum);
        if (print) {
          System.out.println(rej.rejection().oneLine());
        }
      }
    }, w -> {
      warnings[0]++;
      if (print) {
        System.out.println(w.oneLine());
      }
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("round %d: %d documents, rejected %s, %d warnings, %.1f MB text, %.3f s, %.0f docs/s, %.1f MB/s%n",
        round, docs[0], rejected, warnings[0], chars[0] / 1e6, seconds, docs[0] / seconds, chars[0] / 1e6 / seconds);
  }

  private static void makeCorpus(Ingestor ingestor, List<String> inputs, Path dir, int copies) throws IOException {
    List<SourceDocument> pages = new ArrayList<>();
    ingestor.read(inputs, r -> {
      if (r instanceof IngestResult.Read read && read.document().type() == ContentType.HTML) {
        pages.add(read.document());
      }
    });
    Files.createDirectories(dir);
    ObjectMapper json = new ObjectMapper();
    try (WarcWriter warc = new WarcWriter(Files.newByteChannel(dir.resolve("pages.warc.gz"),
            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
            java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP);
        OutputStream jsonl = new GZIPOutputStream(Files.newOutputStream(dir.resolve("pages.jsonl.gz")));
        Writer feed = Files.newBufferedWriter(dir.resolve("feed.xml"), StandardCharsets.UTF_8)) {
      feed.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
          + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Benchmark</title>\n");
      int n = 0;
      for (int copy = 0; copy < copies; copy++) {
        for (SourceDocument page : pages) {
          n++;
          String url = "https://bench.example.org/" + n + "/" + page.id();
          byte[] body = page.content().getBytes(StandardCharsets.UTF_8);
          HttpResponse http = new HttpResponse.Builder(200, "OK")
              .addHeader("Content-Type", "text/html; charset=utf-8").body(MediaType.HTML_UTF8, body).build();
          warc.write(new WarcResponse.Builder(URI.create(url)).body(http).build());
          Map<String, String> line = new LinkedHashMap<>();
          line.put("id", "page-" + n);
          line.put("url", url);
          line.put("html", page.content());
          jsonl.write(json.writeValueAsBytes(line));
          jsonl.write('\n');
          feed.write("<item><guid>" + url + "</guid><content:encoded><![CDATA["
              + page.content().replace("]]>", "]]]]><![CDATA[>") + "]]></content:encoded></item>\n");
        }
      }
      feed.write("</channel></rss>\n");
      System.out.printf("wrote %d pages in three formats to %s%n", n, dir);
    }
  }
}
