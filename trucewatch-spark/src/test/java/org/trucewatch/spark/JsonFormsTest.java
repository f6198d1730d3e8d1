package org.trucewatch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trucewatch.extract.Event;
import org.trucewatch.pipeline.ExtractRun;
import org.trucewatch.report.ArticleJson;
import org.trucewatch.report.EventJson;

/** Core's JSON forms read back give the records they were written from: what travels and what load stores. */
class JsonFormsTest {

  @Test
  void articlesAndEventsOfTheSamplesSurviveTheirJsonForms() {
    ExtractRun.Result r = new ExtractRun(LocalSpark.pipeline()).run(List.of(SparkJobTest.SAMPLES.toString()),
        x -> { }, x -> { });
    int events = 0;
    for (ExtractRun.ArticleEvents ae : r.articles()) {
      var back = JsonForms.article(JsonForms.parse(JsonForms.articleString(ae.article())));
      assertThat(back.article()).isEqualTo(ae.article().article());
      assertThat(back.cluster()).isEqualTo(ae.article().cluster());
      assertThat(ArticleJson.toJson(JsonForms.MAPPER, back)).isEqualTo(ArticleJson.toJson(JsonForms.MAPPER,
          ae.article()));
      for (Event e : ae.extraction().events()) {
        assertThat(JsonForms.event(JsonForms.parse(EventJson.toJson(JsonForms.MAPPER, e).toString())))
            .isEqualTo(e);
        events++;
      }
    }
    assertThat(r.articles()).hasSize(5);
    assertThat(events).isGreaterThan(10);
  }
}
