package org.trucewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trucewatch.extract.Spans.ActorSpan;
import org.trucewatch.extract.Spans.AnnotatedSentence;
import org.trucewatch.nlp.Token;

/**
 * "The regional rescue service said shells hit Avdiivka. // It said a second barrage struck Marinka.": a speech verb
 * whose subject is a personal pronoun the actor resolver left unresolved (its antecedent is outside the dictionary,
 * or too far back) is spoken by the latest speaker of the article that fits the pronoun, as a reader takes it: "it" a
 * body, "he" or "she" one person, "they" a plural (lexicon categories {@code pronounspeaker} and {@code personnoun}).
 * Looks back a few sentences only; unresolved is better than wrong. Thread-safe once built; the article's latest
 * speaker is kept in its {@link ArticleContext}.
 */
final class PronounSpeakers {

  /** Sentences a pronoun looks back over for its speaker. */
  private static final int WINDOW = 4;
  // compiled once: String.split and replaceAll compile their expression at every call
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern THROUGH_LAST_SPACE = java.util.regex.Pattern.compile(".*\\s");
  // what may stand between the pronoun and its verb: "it also said", "he had told", "they did not say"
  private static final Set<String> BETWEEN_TAGS = Set.of("ADV", "AUX", "PART");

  private final Lexicon lexicon;

  PronounSpeakers(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The sentence's frames, each unresolved pronoun speaker replaced by its antecedent speaker; notes the latest. */
  List<Frame> resolve(AnnotatedSentence s, List<Frame> frames, ArticleContext ctx) {
    if (frames.isEmpty()) {
      return frames;
    }
    int here = s.sentence().index();
    List<Frame> ordered = new ArrayList<>(frames);
    ordered.sort(java.util.Comparator.comparingInt(Frame::verb));
    List<Frame> out = new ArrayList<>(frames);
    for (Frame f : ordered) {
      Frame g = f;
      List<Token> tokens = s.sentence().tokens();
      int k = f.speakerName() == null ? pronounBefore(tokens, f.verb()) : -1;
      String kind = k < 0 ? null : lexicon.at(tokens, k, "pronounspeaker").value();
      Frame last = ctx.lastSpeaker;
      if (kind != null && last != null && here - ctx.lastSpeakerSentence <= WINDOW && fits(last, kind)) {
        // (the antecedent stands at the pronoun: a span elsewhere in this sentence would cover its words)
        ActorSpan a = last.speaker();
        ActorSpan at = a == null ? null : a.speakingAt(k, k + 1, a.demonym(), a.text());
        g = f.withSpeaker(at, last.speakerText());
        out.set(out.indexOf(f), g);
      }
      if (k < 0 && f.speaker() == null && f.speakerText() != null) {
        Frame antecedent = sameHeadBefore(f.speakerText(), here, ctx);
        if (antecedent == null) { // "the Paris-based outlet": the outlet named before
          antecedent = DescribedOutlets.antecedent(f.speakerText(), here, WINDOW, ctx, lexicon);
        }
        if (antecedent != null) { // "a security source told a channel ... The source said": the same source
          g = f.withSpeaker(null, antecedent.speakerText());
          out.set(out.indexOf(f), g);
        }
      }
      if (g == f && f.speaker() == null) {
        g = SurnameSpeakers.resolve(s, f, ctx);
        if (g != f) {
          out.set(out.indexOf(f), g);
        }
      }
      if (g == f && kind == null && f.speaker() != null && last != null && last.speaker() != null
          && f.speaker().id() != null && f.speaker().id().equals(last.speaker().id()) && pronoun(f.speaker().text())
          && !pronoun(last.speaker().text())) {
        // "CENTCOM said ... // It said it had downed ...": the pronoun the resolver took for the same body speaks
        // with the words the text named it by
        ActorSpan a = f.speaker();
        g = f.withSpeaker(a.withText(last.speaker().text()), f.speakerText());
        out.set(out.indexOf(f), g);
      }
      SurnameSpeakers.note(g, ctx);
      if (g.speakerName() != null) {
        ctx.lastSpeaker = g;
        ctx.lastSpeakerSentence = here;
      }
      if (g.speaker() == null && g.speakerText() != null && g == f) {
        ctx.recentWritten.addFirst(g);
        ctx.recentWrittenSentence.addFirst(here);
        if (ctx.recentWritten.size() > WINDOW) {
          ctx.recentWritten.removeLast();
          ctx.recentWrittenSentence.removeLast();
        }
      }
    }
    return out;
  }

  /**
   * For a speaker written "the source" or "the sources" (the definite article and a bare noun of the lexicon's
   * {@code anaphorhead} category), the latest speaker outside the dictionary a few sentences back, not itself definite,
   * whose words hold that noun after another word ("a security source in the province", "local sources"); else null.
   */
  private Frame sameHeadBefore(String written, int here, ArticleContext ctx) {
    String[] w = SPACES.split(written.strip().toLowerCase(java.util.Locale.ROOT));
    if (w.length == 3 && w[1].equals("same")) {
      w = new String[] {w[0], w[2]}; // "the same sources"
    }
    if (w.length != 2 || !w[0].equals("the") || !lexicon.phrases("anaphorhead").contains(singular(w[1]))) {
      return null;
    }
    var sentences = ctx.recentWrittenSentence.iterator();
    for (Frame earlier : ctx.recentWritten) {
      int at = sentences.next();
      if (here - at > WINDOW) {
        break;
      }
      String[] e = SPACES.split(earlier.speakerText().strip().toLowerCase(java.util.Locale.ROOT));
      for (int i = 1; i < e.length && !e[0].equals("the"); i++) { // "a security source in the province"
        if (singular(e[i]).equals(singular(w[1]))) {
          return earlier;
        }
      }
    }
    return null;
  }

  private static String singular(String noun) {
    return noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
  }

  /** Where a personal pronoun opening its clause stands as the subject of the verb at {@code v}, or -1. */
  private int pronounBefore(List<Token> tokens, int v) {
    int k = v - 1;
    while (k >= 0 && tokens.get(k).tag() != null && BETWEEN_TAGS.contains(tokens.get(k).tag())) {
      k--;
    }
    if (k < 0) {
      return -1;
    }
    Lexicon.Entry e = lexicon.at(tokens, k, "pronounspeaker");
    if (e == null || e.words().length != 1) {
      return -1;
    }
    // the pronoun opens its clause: the sentence's start, a comma or a quotation's close, or "and"/"but"
    String before = k == 0 ? "," : Lexicon.lower(tokens.get(k - 1));
    return FrameTokens.isPunct(before, ",;:\"”") || before.equals("and") || before.equals("but") ? k : -1;
  }

  private boolean pronoun(String written) {
    return written != null && lexicon.phrases("pronounspeaker").contains(written.strip().toLowerCase(java.util.Locale.ROOT));
  }

  private boolean fits(Frame antecedent, String kind) {
    ActorSpan a = antecedent.speaker();
    String text = a != null ? a.text() : antecedent.speakerText();
    String last = THROUGH_LAST_SPACE.matcher(text.strip()).replaceAll("");
    boolean person = a != null ? "OFFICIAL".equals(a.role())
        : lexicon.phrases("personnoun").contains(last.toLowerCase(java.util.Locale.ROOT));
    boolean plural = last.length() > 3 && Character.isLowerCase(last.charAt(0)) && last.endsWith("s")
        && !last.endsWith("ss");
    return switch (kind) {
      case "person" -> person;
      case "body" -> !person && !plural;
      case "group" -> plural && !person;
      default -> false;
    };
  }
}
