package org.trucewatch.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {

  private static JsonLd read(String scripts) {
    return JsonLd.read(Jsoup.parse("<html><head>" + scripts + "</head><body></body></html>"));
  }

  @Test
  void readsAnArticleInAGraph() {
    JsonLd ld = read("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"W\"},"
        + "{\"@type\":[\"NewsArticle\"],\"headline\":\"H\",\"articleBody\":\"Body.\",\"datePublished\":\"2020-10-14\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"A One\"},\"A Two\",{\"name\":\"https://x/y\"}],"
        + "\"publisher\":{\"name\":\"P\"},\"mainEntityOfPage\":{\"@id\":\"https://x.example/a\"},"
        + "\"inLanguage\":\"hy\"}]}</script>");
    assertThat(ld.headline()).isEqualTo("H");
    assertThat(ld.articleBody()).isEqualTo("Body.");
    assertThat(ld.authors()).containsExactly("A One", "A Two");
    assertThat(ld.publisher()).isEqualTo("P");
    assertThat(ld.url()).isEqualTo("https://x.example/a");
    assertThat(ld.language()).isEqualTo("hy");
    assertThat(ld.datesPublished()).containsExactly("2020-10-14");
  }

  @Test
  void skipsBrokenScriptsAndReadsTolerantJson() {
    JsonLd ld = read("<script type='application/ld+json'>{ broken </script>"
        + "<script type='application/ld+json'>// comment\n{\"@type\":\"BlogPosting\",\"headline\":'single',"
        + "\"articleBody\":\"line one\nline two\",}</script>");
    assertThat(ld.headline()).isEqualTo("single");
    assertThat(ld.articleBody()).isEqualTo("line one\nline two");
  }

  @Test
  void ignoresDatesOfPicturesAndPeople() {
    JsonLd ld = read("<script type='application/ld+json'>[{\"@type\":\"ImageObject\",\"datePublished\":\"2019-01-01\"},"
        + "{\"@type\":\"Person\",\"datePublished\":\"2018-01-01\"},{\"@type\":\"WebPage\",\"datePublished\":\"2020-10-14\"}]"
        + "</script>");
    assertThat(ld.datesPublished()).containsExactly("2020-10-14");
    assertThat(ld.headline()).isNull();
  }

  @Test
  void noScriptsGiveTheEmptyRecord() {
    assertThat(read("")).isEqualTo(JsonLd.EMPTY);
  }
}
