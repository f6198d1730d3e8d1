package org.trucewatch.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

  private static MetadataReader.PageMetadata read(String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    return MetadataReader.read(doc, JsonLd.read(doc), url);
  }

  @Test
  void stripsTheSiteNameFromTitles() {
    assertThat(MetadataReader.stripSite("Truce broken | The Ledger", "The Ledger", null, null)).isEqualTo("Truce broken");
    assertThat(MetadataReader.stripSite("The Ledger - Truce broken", "The Ledger", null, null)).isEqualTo("Truce broken");
    assertThat(MetadataReader.stripSite("Truce broken - Daily Foo", null, "www.dailyfoo.com", null))
        .isEqualTo("Truce broken");
    // A colon inside the headline is not a separator from a site name.
    assertThat(MetadataReader.stripSite("Analysis: why the truce failed", "The Ledger", "ledger.example.org", null))
        .isEqualTo("Analysis: why the truce failed");
    assertThat(MetadataReader.stripSite("Truce broken :: Section :: Site", null, null, "Truce broken"))
        .isEqualTo("Truce broken");
    assertThat(MetadataReader.stripSite("  ", null, null, null)).isNull();
  }

  @Test
  void prefersOpenGraphThenHeadingThenTitle() {
    assertThat(read("<title>T | Site</title><meta property='og:title' content='OG headline'><h1>H1</h1>", null).title())
        .isEqualTo("OG headline");
    assertThat(read("<title>Story text here | Site</title><h1>Story text here</h1>", null).title())
        .isEqualTo("Story text here");
    assertThat(read("<title>Only a title</title>", null).title()).isEqualTo("Only a title");
    assertThat(read("<p>nothing</p>", null).title()).isNull();
  }

  @Test
  void readsOutletAndSkipsAddressesAsNames() {
    assertThat(read("<meta property='og:site_name' content='The Ledger'>", null).outlet()).isEqualTo("The Ledger");
    assertThat(read("<meta property='og:site_name' content='https://www.example.com'>", null).outlet()).isNull();
  }

  @Test
  void resolvesTheCanonicalAddress() {
    assertThat(read("<link rel='canonical' href='/a/b'>", "https://x.example/a/b?utm=1").url())
        .isEqualTo("https://x.example/a/b");
    assertThat(read("<meta property='og:url' content='https://x.example/c'>", null).url())
        .isEqualTo("https://x.example/c");
    assertThat(read("<link rel='canonical' href='javascript:void(0)'>", null).url()).isNull();
    assertThat(read("<link rel='canonical' href='http://bad host/%%'>", "https://x.example/").url()).isNull();
  }

  @Test
  void readsTheDeclaredLanguage() {
    assertThat(read("<html lang='en-US'><body></body></html>", null).language()).isEqualTo("en");
    assertThat(read("<html lang='HY'><body></body></html>", null).language()).isEqualTo("hy");
    assertThat(read("<html><head><meta http-equiv='Content-Language' content='ru, en'></head></html>", null)
        .language()).isEqualTo("ru");
    assertThat(read("<html lang='english'><head><meta property='og:locale' content='az_AZ'></head></html>", null)
        .language()).isEqualTo("az");
    assertThat(read("<html lang='x-default'></html>", null).language()).isNull();
  }

  @Test
  void readsBylinesWithoutTheWordBy() {
    assertThat(read("<meta name='author' content='By Anna Petrosyan'>", null).byline()).isEqualTo("Anna Petrosyan");
    assertThat(read("<meta name='author' content='https://facebook.com/someone'><span class='byline'>By Jo Roe</span>",
        null).byline()).isEqualTo("Jo Roe");
  }
}
