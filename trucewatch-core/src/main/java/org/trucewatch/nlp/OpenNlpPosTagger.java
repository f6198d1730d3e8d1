package org.trucewatch.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal POS tags from Apache OpenNLP's English UD-EWT model (Apache-2.0, from Maven Central), with lemmas from the
 * rule-based {@link Lemmas}. The model is loaded once and shared; OpenNLP's tagger is not thread-safe, so each thread
 * gets its own over the shared model.
 */
public final class OpenNlpPosTagger implements PosTagger {

  private static final String MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  // Sentences whose features the fast decoder must make exactly as the model's own context generator does.
  private static final String[][] CHECKS = {
      {"Azerbaijani", "forces", "shelled", "Stepanakert", "on", "Monday", ",", "the", "ministry", "said", "."},
      {"\"", "It", "'s", "a", "lie", ",", "\"", "Yerevan's", "spokesman", "told", "AFP", "at", "10:30", "."},
      {"Two", "civilians", "were", "killed", "and", "3", "wounded", "in", "the", "U.S.-brokered", "truce", "zone"},
  };

  private final ThreadLocal<POSTaggerME> taggers;
  private final GreedyMaxentTagger greedy; // null where the model is not one it reads exactly as OpenNLP

  private OpenNlpPosTagger(POSModel model) {
    this.taggers = ThreadLocal.withInitial(() -> new POSTaggerME(model));
    this.greedy = greedyFor(model);
  }

  /** The fast decoder, if it makes the model's own features on the check sentences and tags them as OpenNLP does. */
  private static GreedyMaxentTagger greedyFor(POSModel model) {
    try {
      // A tag dictionary would restrict the tags of known words, which the fast decoder does not do.
      if (!(model.getArtifact("pos.model") instanceof opennlp.tools.ml.model.AbstractModel maxent)
          || model.getFactory().getTagDictionary() != null) {
        return null;
      }
      GreedyMaxentTagger g = new GreedyMaxentTagger(maxent);
      POSTaggerME me = new POSTaggerME(model);
      var contexts = model.getFactory().getPOSContextGenerator();
      for (String[] words : CHECKS) {
        String[] tags = me.tag(words);
        if (!g.sameContexts(contexts, words, tags) || !java.util.Arrays.equals(tags, g.tag(words))) {
          return null;
        }
      }
      return g;
    } catch (RuntimeException e) {
      return null; // a model or an OpenNLP version laid out otherwise: OpenNLP's own decoder
    }
  }

  /**
   * Loads the English model from the classpath (about 0.2 s), decoding greedily: a beam of one instead of the model's
   * three tags about twice as fast and agreed on every one of the 4,442 tokens of the sample articles.
   */
  public static OpenNlpPosTagger english() {
    try (InputStream in = OpenNlpPosTagger.class.getClassLoader().getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(MODEL + " missing from the classpath (opennlp-models-pos-en)");
      }
      POSModel beamed = new POSModel(in);
      MaxentModel maxent = beamed.getArtifact("pos.model");
      return new OpenNlpPosTagger(new POSModel("en", maxent, 1, new HashMap<>(), beamed.getFactory()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Sentence tag(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    if (tokens.isEmpty() || tokens.get(0).tag() != null) {
      return sentence;
    }
    String[] words = new String[tokens.size()];
    String[] texts = new String[words.length];
    int[] textIds = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      texts[i] = tokens.get(i).text();
      textIds[i] = tokens.get(i).textId();
      words[i] = normalise(texts[i]); // (the very text where nothing is replaced)
    }
    String[] lemmas = new String[words.length];
    int[] lemmaIds = new int[words.length];
    String[] tags = greedy != null ? greedy.tag(words, true, texts, lemmas, textIds, lemmaIds)
        : taggers.get().tag(words);
    List<Token> tagged = new ArrayList<>(tokens.size());
    for (int i = 0; i < words.length; i++) {
      Token t = tokens.get(i);
      tagged.add(greedy != null ? t.withTag(tags[i], lemmas[i], lemmaIds[i])
          : t.withTag(tags[i], Lemmas.lemma(texts[i], tags[i])));
    }
    return sentence.withTokens(tagged);
  }

  /** Whether tagging goes through the fast decoder (false: OpenNLP's own, for a model it cannot read). */
  boolean fast() {
    return greedy != null;
  }

  /** OpenNLP's own greedy decoding of the words, the reference the fast decoder is tested against. */
  String[] tagWithOpenNlp(String[] words) {
    return taggers.get().tag(words);
  }

  /** The fast decoder's tags of the words (OpenNLP's where it is not in use). */
  String[] tagWords(String[] words) {
    return greedy != null ? greedy.tag(words) : taggers.get().tag(words);
  }

  // The model was trained on straight quotes and apostrophes.
  private static String normalise(String t) {
    return t.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
  }
}
