package org.trucewatch.resolve.time;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lower-case words by number, looked up straight from a span of a text: an ASCII span is lower-cased, hashed and
 * compared character by character as it stands, without the substring and its lower-case copy that a map lookup
 * needs (the temporal tagger asks it of every word of every paragraph it reads); a span with other characters is
 * looked up as {@link String#toLowerCase(Locale)} of {@link Locale#ROOT} makes it. Reads the text asked; writes
 * nothing. Immutable and thread-safe.
 */
final class WordTable {

  private final String[] keys; // by slot, null where empty
  private final int[] ids;
  private final Map<String, Integer> byWord = new HashMap<>(); // the fallback for spans that are not plain ASCII

  /** @param words the lower-case words; a word's number is its position in the list */
  WordTable(List<String> words) {
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1; // at most a quarter full
    keys = new String[size];
    ids = new int[size];
    for (int id = 0; id < words.size(); id++) {
      String w = words.get(id);
      byWord.put(w, id);
      int k = slot(w.hashCode());
      while (keys[k] != null) {
        k = (k + 1) & (size - 1);
      }
      keys[k] = w;
      ids[k] = id;
    }
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) * 0x9E3779B9 >>> 7 & (keys.length - 1);
  }

  /** The number of {@code text[start, end)} in lower case, or -1 where it is none of the words. */
  int id(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        Integer id = byWord.get(text.substring(start, end).toLowerCase(Locale.ROOT));
        return id == null ? -1 : id;
      }
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c); // String.hashCode of the lower-case form
    }
    int n = end - start;
    for (int k = slot(h); keys[k] != null; k = (k + 1) & (keys.length - 1)) {
      String key = keys[k];
      if (key.length() == n && key.hashCode() == h && sameLower(key, text, start)) {
        return ids[k];
      }
    }
    return -1;
  }

  private static boolean sameLower(String key, String text, int start) {
    for (int j = 0; j < key.length(); j++) {
      char c = text.charAt(start + j);
      if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != key.charAt(j)) {
        return false;
      }
    }
    return true;
  }
}
