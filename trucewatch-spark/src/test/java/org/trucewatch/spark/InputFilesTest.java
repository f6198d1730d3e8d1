package org.trucewatch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trucewatch.ingest.Rejection;

class InputFilesTest {

  @TempDir Path tmp;

  @Test
  void namesAndOrdersFilesAsTheIngestorDoes() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(root.resolve("b.txt"), "b");
    Files.writeString(Files.createDirectories(root.resolve("a/deeper")).resolve("x.html"), "<p>x</p>");
    Files.writeString(root.resolve(".hidden"), "h");
    Files.writeString(Files.createDirectories(root.resolve(".git")).resolve("HEAD"), "ref");
    Files.writeString(Files.createDirectories(root.resolve("c/too/deep")).resolve("y.txt"), "y");
    Path single = Files.writeString(tmp.resolve("single.jsonl"), "{}");

    InputFiles.Listing l = InputFiles.list(new Configuration(), List.of(root.toString(), single.toString(),
        tmp.resolve("absent").toString(), " "), 2);

    assertThat(l.files()).extracting(InputFiles.InputFile::name).containsExactly(root + "/a/deeper/x.html",
        root + "/b.txt", single.toString());
    assertThat(l.files()).extracting(InputFiles.InputFile::index).containsExactly(0, 1, 2);
    assertThat(l.bytes()).isEqualTo(8 + 1 + 2);
    assertThat(l.rejections()).extracting(Rejection::reason)
        .containsExactly(Rejection.Reason.NOT_FOUND, Rejection.Reason.NOT_FOUND);
    assertThat(l.rejections().get(0).sourceFile()).isEqualTo(tmp.resolve("absent").toString());
  }
}
