package org.trucewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trucewatch.extract.SundayStory.attacks;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name before a colon labels what follows (a live blog's title), it does not act in it. Own sentences. */
class PerpetratorLabelTest {

  @Test
  void aLiveBlogsTitleCountryIsNotTheAttacker() {
    assertThat(attacks("Azerbaijan live: missile strike in Barda kills four on Sunday"))
        .singleElement().satisfies(e -> assertThat(e.perpetratorSide()).isNotEqualTo("AZ"));
  }

  @Test
  void theSubjectBeforeTheVerbStillActs() {
    assertThat(attacks("Armenian forces shelled Barda on Sunday, killing four people."))
        .singleElement().satisfies(e -> assertThat(e.perpetratorSide()).isEqualTo("AM"));
  }

  @Test
  void anAttackerInferredFromTheGroundIsTheCampMemberTheStoryNames() {
    // Israel-Gaza: the camp opposing Israel lists Hamas first; a story about Islamic Jihad's fire means Islamic Jihad.
    List<Event> all = attacks("Islamic Jihad said on Saturday it would keep up its fight.",
        "Rockets hit Sderot on Saturday evening, Israeli police said.");
    assertThat(all).singleElement().satisfies(e -> assertThat(e.perpetratorSide()).isEqualTo("PIJ"));
  }
}
