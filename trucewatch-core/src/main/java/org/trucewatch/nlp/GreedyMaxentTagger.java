package org.trucewatch.nlp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Greedy (beam of one) decoding of OpenNLP's maximum-entropy POS model, giving the tags {@code POSTaggerME} gives with
 * a beam of one, several times faster. OpenNLP builds every feature of every token as a new string, then looks each
 * up in the model's map of predicates; here the features a word contributes (its own: definition, suffixes,
 * prefixes, the word, its token class; and as a neighbour one or two places before or after) are looked up once per
 * word and kept as the model's parameter rows, so tagging a token is a sum of parameters and an argmax. The features
 * and their order are those of the model's own feature generator (the UD model's {@code generator.featuregen}):
 * definition, suffix, prefix; the word in a window of two either side; sentence begin in the same window; token
 * class; the previous tag and the previous two. The strings are made by OpenNLP's own generator classes, and
 * {@link #sameContexts} checks them against the model's context generator. Thread-safe.
 */
final class GreedyMaxentTagger {

  private static final String PREFIX = "<featureGenerators name=\"part\">";
  private static final String SUFFIX = "</featureGenerators>";
  private static final String FG = "opennlp.tools.util.featuregen.";

  /**
   * The parameter rows one word brings to a decision, by its position relative to the token being tagged, each as
   * the rows' (outcome, parameter) pairs laid end to end in feature order, so that the sums are made in the same
   * order as OpenNLP makes them (the same floating-point results) without following a pointer per feature.
   */
  /**
   * {@code start}: the sums a token of this word starts its decision with, the uniform prior plus its own features'
   * parameters added in the same order as {@link #add} would add them (the same floating-point results), copied
   * instead of summed again for every occurrence.
   */
  private record Word(double[] start, Row before1, Row before2, Row after1, Row after2, Row tokenClass, Context[] ownRows,
      Context[] before1Rows, Context[] before2Rows, Context[] after1Rows, Context[] after2Rows,
      Context[] tokenClassRows, String[] lemmas, int[] lemmaIds) {}

  private record Row(int[] outcomes, double[] parameters) {

    static Row of(Context[] rows) {
      int n = 0;
      for (Context c : rows) {
        n += c.getOutcomes().length;
      }
      int[] os = new int[n];
      double[] ps = new double[n];
      int k = 0;
      for (Context c : rows) {
        System.arraycopy(c.getOutcomes(), 0, os, k, c.getOutcomes().length);
        System.arraycopy(c.getParameters(), 0, ps, k, c.getOutcomes().length);
        k += c.getOutcomes().length;
      }
      return new Row(os, ps);
    }
  }

  private final Map<String, Context> predicates;
  private final String[] outcomes;
  private final int verb; // the outcomes' indexes of VERB and DET (-1 if the model has none)
  private final int determiner;
  private final int numOutcomes;
  private final double logPrior;
  private final AdaptiveFeatureGenerator ownFeatures;
  private final AdaptiveFeatureGenerator wordFeature;
  private final AdaptiveFeatureGenerator classFeatures;
  private final Context[][] sentenceBegin = new Context[3][]; // at the token, one before, two before
  private final Context[] previousTag; // by outcome
  private final Context[][] previousTwo; // by outcome of the tag two before, then of the previous
  private final Map<String, Word> words = new ConcurrentHashMap<>();
  // The same words by their token text's id (Vocabulary.Form#textId), for a text tagged as written: an array read
  // instead of the string's hash and compare. Pages made when first written; benign races (a Word is a function of
  // the text, its fields final, and a reader that sees null makes or finds it by string).
  private static final int PAGE_BITS = 12;
  private final Word[][] byText = new Word[(Vocabulary.FORM_LIMIT >>> PAGE_BITS) + 1][];

  @SuppressWarnings("unchecked")
  GreedyMaxentTagger(AbstractModel model) {
    Object[] data = model.getDataStructures();
    this.predicates = (Map<String, Context>) data[1];
    // interned: the tags are compared with literals ("VERB", "NOUN") at every token, then by identity
    this.outcomes = Arrays.stream((String[]) data[2]).map(String::intern).toArray(String[]::new);
    this.numOutcomes = outcomes.length;
    this.verb = java.util.Arrays.asList(outcomes).indexOf("VERB");
    this.determiner = java.util.Arrays.asList(outcomes).indexOf("DET");
    this.logPrior = Math.log(1.0 / numOutcomes); // the GIS model's uniform prior
    this.ownFeatures = generator(g("DefinitionFeatureGeneratorFactory"), g("SuffixFeatureGeneratorFactory"),
        g("PrefixFeatureGeneratorFactory"), g("TokenFeatureGeneratorFactory"));
    this.wordFeature = generator(g("TokenFeatureGeneratorFactory"));
    this.classFeatures = generator(g("TokenClassFeatureGeneratorFactory"));
    // Sentence begin is the only feature of the sentence generator here (its end is off), made at the first token.
    AdaptiveFeatureGenerator sentence = generator("<generator class=\"" + FG + "SentenceFeatureGeneratorFactory\">"
        + "<bool name=\"begin\">true</bool><bool name=\"end\">false</bool></generator>");
    List<String> begin = new ArrayList<>();
    sentence.createFeatures(begin, new String[] {"x", "y"}, 0, new String[2]);
    sentenceBegin[0] = rows(begin, "");
    sentenceBegin[1] = rows(begin, "p1");
    sentenceBegin[2] = rows(begin, "p2");
    previousTag = new Context[numOutcomes];
    previousTwo = new Context[numOutcomes][numOutcomes];
    for (int a = 0; a < numOutcomes; a++) {
      previousTag[a] = predicates.get("t=" + outcomes[a]);
      for (int b = 0; b < numOutcomes; b++) {
        previousTwo[a][b] = predicates.get("t2=" + outcomes[a] + "," + outcomes[b]);
      }
    }
  }

  private static String g(String factory) {
    return "<generator class=\"" + FG + factory + "\"/>";
  }

  /** A generator built by the same factories as the model's descriptor, from a descriptor of only these. */
  private static AdaptiveFeatureGenerator generator(String... elements) {
    String xml = PREFIX + String.join("", elements) + SUFFIX;
    try {
      return GeneratorFactory.create(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Context[] rows(List<String> features, String prefix) {
    List<Context> out = new ArrayList<>(features.size());
    for (String f : features) {
      Context c = predicates.get(prefix + f);
      if (c != null) { // a feature the model never saw adds nothing
        out.add(c);
      }
    }
    return out.toArray(new Context[0]);
  }

  private Word word(String w) {
    Word cached = words.get(w);
    if (cached != null) {
      return cached;
    }
    String[] one = {w};
    String[] none = new String[1];
    List<String> own = new ArrayList<>();
    ownFeatures.createFeatures(own, one, 0, none);
    List<String> tok = new ArrayList<>();
    wordFeature.createFeatures(tok, one, 0, none);
    List<String> cls = new ArrayList<>();
    classFeatures.createFeatures(cls, one, 0, none);
    Context[] o = rows(own, "");
    Context[] b1 = rows(tok, "p1");
    Context[] b2 = rows(tok, "p2");
    Context[] a1 = rows(tok, "n1");
    Context[] a2 = rows(tok, "n2");
    Context[] c = rows(cls, "");
    Row ownRow = Row.of(o);
    double[] start = new double[numOutcomes];
    Arrays.fill(start, logPrior);
    add(start, ownRow);
    Word made = new Word(start, Row.of(b1), Row.of(b2), Row.of(a1), Row.of(a2), Row.of(c), o, b1, b2, a1, a2, c,
        new String[numOutcomes], new int[numOutcomes]);
    if (words.size() > 200_000) { // a bound on memory for endless streams of new words
      words.clear();
    }
    words.put(w, made);
    return made;
  }

  /** {@link #word(String)} of {@code w}, the token text whose {@link Vocabulary.Form#textId} is {@code id} (-1: none). */
  private Word word(String w, int id) {
    if (id < 0) {
      return word(w);
    }
    Word[] page = byText[id >>> PAGE_BITS];
    if (page == null) {
      page = new Word[1 << PAGE_BITS];
      byText[id >>> PAGE_BITS] = page;
    }
    Word made = page[id & ((1 << PAGE_BITS) - 1)];
    if (made == null) {
      made = word(w);
      page[id & ((1 << PAGE_BITS) - 1)] = made;
    }
    return made;
  }

  /** The tags of a sentence's tokens, as OpenNLP's greedy decoding gives them. */
  String[] tag(String[] tokens) {
    return tag(tokens, false);
  }

  /**
   * The tags of a sentence's tokens; with {@code grammar}, a determiner is never followed by a finite verb (a word
   * not ending as a participle: "a drone hit the depot" is a noun and then a verb, the greedy model's "a drone/VERB
   * hit/NOUN" is not English), the next best tag is taken there and the decoding goes on from it.
   */
  String[] tag(String[] tokens, boolean grammar) {
    return tag(tokens, grammar, null, null, null, null);
  }

  /**
   * The tags, as {@link #tag(String[], boolean)}, and into {@code lemmas} each token's {@link Lemmas#lemma} of its
   * text as written ({@code texts}) and its tag: kept with the word by tag where the text is the very word tagged
   * (no quote normalised), so a recurring word's lemma is not looked up again; into {@code lemmaIds} (where not null)
   * each lemma's {@link Vocabulary#id}, kept alike. {@code textIds} (null: none) are the tokens' text ids
   * ({@link Vocabulary.Form#textId}, -1 where none), read only where the text is the very word tagged.
   */
  String[] tag(String[] tokens, boolean grammar, String[] texts, String[] lemmas, int[] textIds, int[] lemmaIds) {
    int n = tokens.length;
    Word[] ws = new Word[n];
    for (int i = 0; i < n; i++) {
      ws[i] = textIds != null && texts[i] == tokens[i] ? word(tokens[i], textIds[i]) : word(tokens[i]);
    }
    int[] best = new int[n];
    String[] tags = new String[n];
    double[] sums = new double[numOutcomes];
    for (int i = 0; i < n; i++) {
      System.arraycopy(ws[i].start, 0, sums, 0, numOutcomes); // the prior and the word's own features
      if (i >= 1) {
        add(sums, ws[i - 1].before1);
      }
      if (i >= 2) {
        add(sums, ws[i - 2].before2);
      }
      if (i + 1 < n) {
        add(sums, ws[i + 1].after1);
      }
      if (i + 2 < n) {
        add(sums, ws[i + 2].after2);
      }
      if (i <= 2) {
        add(sums, sentenceBegin[i]);
      }
      add(sums, ws[i].tokenClass);
      if (i >= 1) {
        add(sums, previousTag[best[i - 1]]);
        if (i >= 2) {
          add(sums, previousTwo[best[i - 2]][best[i - 1]]);
        }
      }
      int arg = 0;
      for (int o = 1; o < numOutcomes; o++) {
        if (sums[o] > sums[arg]) {
          arg = o;
        }
      }
      if (grammar && arg == verb && i >= 1 && best[i - 1] == determiner && !participle(tokens[i])) {
        arg = verb == 0 ? 1 : 0;
        for (int o = 0; o < numOutcomes; o++) {
          if (o != verb && sums[o] > sums[arg]) {
            arg = o;
          }
        }
      }
      best[i] = arg;
      tags[i] = outcomes[arg];
    }
    for (int i = 0; lemmas != null && i < n; i++) {
      String[] byTag = ws[i].lemmas;
      String lemma = texts[i] == tokens[i] ? byTag[best[i]] : null;
      if (lemma == null) {
        lemma = Lemmas.lemma(texts[i], tags[i]); // (a deterministic value: a racing thread writes the same)
        if (texts[i] == tokens[i]) {
          byTag[best[i]] = lemma;
        }
      }
      lemmas[i] = lemma;
      if (lemmaIds != null) {
        int[] idsByTag = ws[i].lemmaIds;
        int id = texts[i] == tokens[i] ? idsByTag[best[i]] - 1 : -1;
        if (id < 0) {
          id = Vocabulary.id(lemma);
          if (texts[i] == tokens[i] && id >= 0 && byTag[best[i]] == lemma) {
            idsByTag[best[i]] = id + 1; // kept only beside the very lemma string it is the id of
          }
        }
        lemmaIds[i] = id;
      }
    }
    return tags;
  }

  // "the wounded", "a reported attack", "the fallen": participles after a determiner are adjectives or nouns
  private static boolean participle(String w) {
    return w.endsWith("ed") || w.endsWith("ing") || w.endsWith("en") || w.endsWith("wn") || !w.chars().allMatch(
        Character::isLetter);
  }

  private static void add(double[] sums, Row row) {
    int[] os = row.outcomes;
    double[] ps = row.parameters;
    for (int j = 0; j < os.length; j++) {
      sums[os[j]] += ps[j];
    }
  }

  private static void add(double[] sums, Context[] rows) {
    for (Context c : rows) {
      add(sums, c);
    }
  }

  private static void add(double[] sums, Context c) {
    if (c == null) {
      return;
    }
    int[] os = c.getOutcomes();
    double[] ps = c.getParameters();
    for (int j = 0; j < os.length; j++) {
      sums[os[j]] += ps[j];
    }
  }

  /**
   * Whether the features this tagger adds for each token of {@code tokens} tagged {@code tags} are, in order, those
   * the model's own context generator makes (features the model does not know left out on both sides).
   */
  boolean sameContexts(POSContextGenerator reference, String[] tokens, String[] tags) {
    int n = tokens.length;
    for (int i = 0; i < n; i++) {
      List<Context> theirs = new ArrayList<>();
      for (String f : reference.getContext(i, tokens, tags, null)) {
        Context c = predicates.get(f);
        if (c != null) {
          theirs.add(c);
        }
      }
      List<Context> ours = new ArrayList<>();
      Word w = word(tokens[i]);
      ours.addAll(Arrays.asList(w.ownRows));
      if (i >= 1) {
        ours.addAll(Arrays.asList(word(tokens[i - 1]).before1Rows));
      }
      if (i >= 2) {
        ours.addAll(Arrays.asList(word(tokens[i - 2]).before2Rows));
      }
      if (i + 1 < n) {
        ours.addAll(Arrays.asList(word(tokens[i + 1]).after1Rows));
      }
      if (i + 2 < n) {
        ours.addAll(Arrays.asList(word(tokens[i + 2]).after2Rows));
      }
      if (i <= 2) {
        ours.addAll(Arrays.asList(sentenceBegin[i]));
      }
      ours.addAll(Arrays.asList(w.tokenClassRows));
      if (i >= 1) {
        int prev = Arrays.asList(outcomes).indexOf(tags[i - 1]);
        if (previousTag[prev] != null) {
          ours.add(previousTag[prev]);
        }
        if (i >= 2) {
          int prev2 = Arrays.asList(outcomes).indexOf(tags[i - 2]);
          if (previousTwo[prev2][prev] != null) {
            ours.add(previousTwo[prev2][prev]);
          }
        }
      }
      if (theirs.size() != ours.size()) {
        return false;
      }
      for (int k = 0; k < ours.size(); k++) {
        if (theirs.get(k) != ours.get(k)) {
          return false;
        }
      }
    }
    return true;
  }
}
