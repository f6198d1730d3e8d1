package org.trucewatch.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HintsTest {

  private static Element el(String html) {
    return Jsoup.parseBodyFragment(html).body().child(0);
  }

  @Test
  void splitsNamesIntoWords() {
    List<String> out = new ArrayList<>();
    Hints.addWords("relatedArticles related-articles related_articles c-ad-slot", out);
    assertThat(out).containsExactly("related", "articles", "related", "articles", "related", "articles", "c", "ad",
        "slot");
  }

  @Test
  void namesTheStoryContainer() {
    assertThat(Hints.role(el("<div class='article-body'></div>"))).isEqualTo(Hints.Role.CONTENT);
    assertThat(Hints.role(el("<div class='entry-content clearfix'></div>"))).isEqualTo(Hints.Role.CONTENT);
    assertThat(Hints.role(el("<div itemprop='articleBody'></div>"))).isEqualTo(Hints.Role.CONTENT);
    assertThat(Hints.role(el("<section id='storyBody'></section>"))).isEqualTo(Hints.Role.CONTENT);
  }

  @Test
  void namesFurnitureCommentsAndCaptions() {
    assertThat(Hints.role(el("<div class='related-articles'></div>"))).isEqualTo(Hints.Role.FURNITURE);
    assertThat(Hints.role(el("<div class='article-share'></div>"))).isEqualTo(Hints.Role.FURNITURE);
    assertThat(Hints.role(el("<div class='sidebar'></div>"))).isEqualTo(Hints.Role.FURNITURE);
    assertThat(Hints.role(el("<div id='newsletterSignup'></div>"))).isEqualTo(Hints.Role.FURNITURE);
    assertThat(Hints.role(el("<div class='ad'></div>"))).isEqualTo(Hints.Role.FURNITURE);
    assertThat(Hints.role(el("<ol class='comment-list'></ol>"))).isEqualTo(Hints.Role.COMMENTS);
    assertThat(Hints.role(el("<p class='wp-caption-text'></p>"))).isEqualTo(Hints.Role.CAPTION);
  }

  @Test
  void contentWordsOverruleWeakFurnitureWords() {
    // A layout wrapper named after the sidebar it sits beside is not furniture.
    assertThat(Hints.role(el("<div class='content-with-sidebar'></div>"))).isEqualTo(Hints.Role.NONE);
    assertThat(Hints.role(el("<div class='field field-label-hidden'></div>"))).isEqualTo(Hints.Role.NONE);
    assertThat(Hints.role(el("<div class='commentary'></div>"))).isEqualTo(Hints.Role.NONE);
    assertThat(Hints.role(el("<div class='header'></div>"))).isEqualTo(Hints.Role.FURNITURE);
    assertThat(Hints.role(el("<div></div>"))).isEqualTo(Hints.Role.NONE);
  }

  @Test
  void recognisesEmbeddedPosts() {
    assertThat(Hints.isEmbeddedPost(el("<blockquote class='twitter-tweet'></blockquote>"))).isTrue();
    assertThat(Hints.isEmbeddedPost(el("<blockquote class='instagram-media'></blockquote>"))).isTrue();
    assertThat(Hints.isEmbeddedPost(el("<blockquote class='pull-quote'></blockquote>"))).isFalse();
  }
}
