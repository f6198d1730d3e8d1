package org.trucewatch.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The trigger table finds a span's word as a lookup of its lower-cased substring would, ASCII or not. */
class WordTableTest {

  private static final List<String> WORDS = List.of("ago", "day", "days", "last", "mardi", "évening", "since", "i̇zmir");

  @Test
  void answersAsTheLowerCaseSubstring() {
    WordTable table = new WordTable(WORDS);
    String text = "Two DAYS ago, Last Friday, days-long Sinceré ÉVENING İzmir lasts Ago AGO x";
    for (int start = 0; start < text.length(); start++) {
      for (int end = start + 1; end <= text.length() && end - start <= 8; end++) {
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        assertEquals(WORDS.indexOf(lower), table.id(text, start, end), "'" + text.substring(start, end) + "'");
      }
    }
  }

  @Test
  void everyWordOfAFullTableIsFoundAndNoOther() {
    List<String> many = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      many.add("w" + Integer.toString(i, 36));
    }
    WordTable table = new WordTable(many);
    for (int i = 0; i < 600; i++) {
      String w = "W" + Integer.toString(i, 36).toUpperCase(Locale.ROOT);
      assertEquals(i < 300 ? i : -1, table.id(" " + w + " ", 1, w.length() + 1), w);
    }
  }
}
