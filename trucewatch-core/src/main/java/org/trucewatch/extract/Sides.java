package org.trucewatch.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The belligerents of the conflict being watched, as party codes grouped into opposing camps (for the Karabakh war:
 * Armenia with the Nagorno-Karabakh authorities against Azerbaijan), and their display names. Immutable. When a
 * speaker of one camp reports an attack without naming the attacker, the attacker alleged is the other camp.
 */
public final class Sides {

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("AM", "Armenia"), Map.entry("AZ", "Azerbaijan"), Map.entry("NK", "Nagorno-Karabakh"),
      Map.entry("RU", "Russia"), Map.entry("TR", "Turkey"), Map.entry("IR", "Iran"), Map.entry("GE", "Georgia"),
      Map.entry("US", "United States"), Map.entry("FR", "France"), Map.entry("UA", "Ukraine"),
      Map.entry("SY", "Syria"), Map.entry("IL", "Israel"));

  private final List<Set<String>> camps;

  public Sides(List<Set<String>> camps) {
    this.camps = camps.stream().map(Set::copyOf).toList();
  }

  /** Armenia and Nagorno-Karabakh against Azerbaijan. */
  public static Sides karabakh() {
    return new Sides(List.of(Set.of("AM", "NK"), Set.of("AZ")));
  }

  /** The readable name of a party code ("AZ" -> "Azerbaijan"); unknown codes are returned as they are. */
  public static String name(String code) {
    return code == null ? null : NAMES.getOrDefault(code.toUpperCase(Locale.ROOT), code);
  }

  /** The party code of a display name ("Azerbaijan" -> "AZ"), or the name itself when it is not one. */
  public static String code(String name) {
    if (name == null) {
      return null;
    }
    for (Map.Entry<String, String> e : NAMES.entrySet()) {
      if (e.getValue().equals(name)) {
        return e.getKey();
      }
    }
    return name;
  }

  /** Whether the party is one of the belligerents. */
  public boolean isBelligerent(String code) {
    return camp(code) >= 0;
  }

  /** Whether two parties are in the same camp (a party with itself included). */
  public boolean sameCamp(String a, String b) {
    int ca = camp(a);
    return ca >= 0 && ca == camp(b);
  }

  /**
   * The party a camp accuses when it does not name the attacker: the single party of the other camp, or its first
   * one (Armenia, not Nagorno-Karabakh, is what news names as the opponent of Azerbaijan). Null for non-belligerents
   * or when there are not exactly two camps.
   */
  public String opponentOf(String code) {
    int c = camp(code);
    if (c < 0 || camps.size() != 2) {
      return null;
    }
    Set<String> other = camps.get(1 - c);
    return other.contains("AM") ? "AM" : other.iterator().next();
  }

  /** The index of the camp a party belongs to, or -1 for a party outside the conflict. */
  public int campOf(String code) {
    return camp(code);
  }

  private int camp(String code) {
    if (code == null) {
      return -1;
    }
    for (int i = 0; i < camps.size(); i++) {
      if (camps.get(i).contains(code)) {
        return i;
      }
    }
    return -1;
  }
}
