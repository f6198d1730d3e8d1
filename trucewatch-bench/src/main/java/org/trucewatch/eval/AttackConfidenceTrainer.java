package org.trucewatch.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.trucewatch.config.TrucewatchConfig;
import org.trucewatch.conflict.Profiles;
import org.trucewatch.extract.AttackConfidence;
import org.trucewatch.extract.AttackFeatures;
import org.trucewatch.extract.Event;
import org.trucewatch.extract.EventType;
import org.trucewatch.extract.Lexicon;
import org.trucewatch.pipeline.ExtractRun;
import org.trucewatch.pipeline.Pipeline;

/**
 * Trains and evaluates the attack confidence filter ({@link AttackConfidence}) on a corpus split: extracts every
 * report with the filter off, labels each predicted attack by the scorer's matching (matched to a required or
 * optional gold attack, or not), and prints leave-one-batch-out folds for the batches named and a 5-fold split by
 * report, each scored with and without the filter by the real scorer. The penalty and threshold of every fold are
 * chosen by 5 inner folds of its training reports only. Writes the model trained on the whole split, when asked.
 *
 * <p>{@code java -cp benchmarks.jar org.trucewatch.eval.AttackConfidenceTrainer DIR [--batches b18-,b19-,b20-]
 * [--write FILE] [--enable]}
 */
public final class AttackConfidenceTrainer {

  static final double[] LAMBDAS = {1, 3, 10, 30, 100, 300};
  static final long SEED = 17;

  /** One report: its gold, its predictions (with the filter off) and each attack's features (null for the rest). */
  record Report(String key, String batch, Gold.Report gold, double radiusKm, List<Predicted> predicted,
      List<double[]> features, int[] labels, int requiredGold) {}

  /** A fold's penalty and threshold. */
  record Choice(double lambda, double threshold) {}

  private final Scorer scorer;

  AttackConfidenceTrainer(Scorer scorer) {
    this.scorer = scorer;
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    List<String> batches = List.of("b18-", "b19-", "b20-");
    Path write = null;
    boolean enable = false;
    List<String> dropped = List.of(); // features left out (held at 0) for an ablation
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--batches" -> batches = List.of(args[++i].split(","));
        case "--write" -> write = Path.of(args[++i]);
        case "--enable" -> enable = true;
        case "--drop" -> dropped = List.of(args[++i].split(","));
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Pipeline pipeline = new Pipeline(unfiltered(TrucewatchConfig.load(null)), Clock.systemUTC());
    Profiles profiles = pipeline.profiles();
    Scorer scorer = new Scorer(profiles, new Speakers(org.trucewatch.resolve.actor.ActorDictionary.load()));
    List<Report> reports = withoutFeatures(collect(pipeline, scorer, dir), dropped);
    AttackConfidenceTrainer t = new AttackConfidenceTrainer(scorer);
    int attacks = reports.stream().mapToInt(r -> r.labels().length).sum();
    int matched = reports.stream()
        .mapToInt(r -> (int) java.util.Arrays.stream(r.labels()).filter(l -> l > 0).count()).sum();
    System.out.printf(Locale.ROOT, "%d reports, %d predicted attacks, %d matched to gold%n%n", reports.size(),
        attacks, matched);
    System.out.println("| fold | reports | gold | without: P / R / F1 | with: P / R / F1 | att+cf F1 without -> with"
        + " | lambda, threshold |");
    System.out.println("|---|---|---|---|---|---|---|");
    double sumBase = 0;
    double sumWith = 0;
    for (String b : batches) {
      double[] d = t.fold("held-out " + b, reports, r -> r.batch().equals(b));
      sumBase += d[0];
      sumWith += d[1];
    }
    System.out.printf(Locale.ROOT, "| blind mean | | | F1 %.3f | F1 %.3f | | |%n", sumBase / batches.size(),
        sumWith / batches.size());
    List<String> keys = new ArrayList<>(reports.stream().map(Report::key).toList());
    Collections.shuffle(keys, new Random(SEED));
    Map<String, Integer> foldOf = new TreeMap<>();
    for (int i = 0; i < keys.size(); i++) {
      foldOf.put(keys.get(i), i % 5);
    }
    for (int k = 0; k < 5; k++) {
      int kk = k;
      t.fold("5-fold " + (k + 1), reports, r -> foldOf.get(r.key()) == kk);
    }
    Choice all = t.choose(reports);
    AttackConfidence model = t.train(reports, all);
    System.out.printf(Locale.ROOT, "%nwhole split: lambda %.0f, threshold %.2f%n", all.lambda(), all.threshold());
    double[] w = model.weights();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < w.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> Double.compare(Math.abs(w[b]), Math.abs(w[a])));
    StringBuilder top = new StringBuilder("largest weights (standardised):");
    for (int i = 0; i < 12; i++) {
      top.append(String.format(Locale.ROOT, " %s %+.2f", AttackFeatures.NAMES.get(order.get(i)), w[order.get(i)]));
    }
    System.out.println(top);
    if (write != null) {
      List<String> header = List.of(
          "Attack confidence model (AttackConfidence): L2-regularised logistic regression over AttackFeatures.",
          "Trained by trucewatch-bench's AttackConfidenceTrainer on " + dir + " (" + reports.size() + " reports, "
              + attacks + " predicted attacks with the filter off, " + matched + " matched to a required or optional"
              + " gold attack by the scorer's matching), " + LocalDate.now(Clock.systemUTC()) + ".",
          String.format(Locale.ROOT, "Penalty %.0f and threshold %.2f chosen by 5 inner folds by report (seed %d).",
              all.lambda(), all.threshold(), SEED),
          "Columns: weight NAME WEIGHT MEAN STD (a feature is standardised by MEAN and STD before its weight).",
          enable ? "enabled true: on by default (the evaluation table is in trucewatch-bench/README.md)."
              : "enabled false: off by default (the evaluation table is in trucewatch-bench/README.md).");
      Files.writeString(write, model.withThreshold(all.threshold()).enabled(enable).write(header),
          StandardCharsets.UTF_8);
    }
  }

  /** The reports with the features named held at 0 (an ablation: a constant feature gets no weight). */
  static List<Report> withoutFeatures(List<Report> reports, List<String> names) {
    if (names.isEmpty()) {
      return reports;
    }
    List<Integer> at = names.stream().map(n -> {
      int i = AttackFeatures.NAMES.indexOf(n);
      if (i < 0) {
        throw new IllegalArgumentException("no feature '" + n + "'");
      }
      return i;
    }).toList();
    List<Report> out = new ArrayList<>();
    for (Report r : reports) {
      List<double[]> fs = new ArrayList<>();
      for (double[] f : r.features()) {
        double[] g = f == null ? null : f.clone();
        if (g != null) {
          at.forEach(i -> g[i] = 0);
        }
        fs.add(g);
      }
      out.add(new Report(r.key(), r.batch(), r.gold(), r.radiusKm(), r.predicted(), fs, r.labels(), r.requiredGold()));
    }
    return out;
  }

  /** Extracts every report of the gold folders under {@code dir} and labels its attacks. */
  static List<Report> collect(Pipeline pipeline, Scorer scorer, Path dir) {
    AttackFeatures features = new AttackFeatures(Lexicon.load());
    CorpusRun run = new CorpusRun(pipeline, w -> System.err.println("trucewatch: " + w));
    List<Report> out = new ArrayList<>();
    for (Gold gold : CorpusRun.readGold(CorpusRun.goldFolders(List.of(dir)))) {
      Map<String, ExtractRun.ArticleEvents> byId = new TreeMap<>();
      for (ExtractRun.ArticleEvents ae : run.articles(gold).articles()) {
        byId.put(ae.article().article().id(), ae);
      }
      for (Gold.Report r : gold.reports()) {
        ExtractRun.ArticleEvents ae = byId.get(r.file());
        List<Event> events = ae == null ? List.of() : ae.extraction().events();
        List<Predicted> predicted = new ArrayList<>();
        List<double[]> fs = new ArrayList<>();
        List<Predicted> attacks = new ArrayList<>();
        for (Event e : events) {
          Predicted p = Predicted.of(e);
          predicted.add(p);
          if (e.type() == EventType.ATTACK) {
            fs.add(features.of(e, events, ae.article().article(), ae.extraction().sentences(),
                ae.anchor() == null ? null : ae.anchor().date()).values());
            attacks.add(p);
          } else {
            fs.add(null);
          }
        }
        List<Gold.Event> gold0 = r.ofType("attack");
        List<Gold.Event> required = gold0.stream().filter(g -> !g.optional()).toList();
        List<Gold.Event> optional = gold0.stream().filter(Gold.Event::optional).toList();
        var fits = Matching.fits("attack", gold.radiusKm());
        Matching.Outcome req = Pairing.optimal(required, attacks, fits);
        Matching.Outcome opt = Pairing.optimal(optional, req.rest(), fits);
        // 1: matched to a required gold attack; 2: to an optional one (neither gains nor costs F1); 0: false
        int[] labels = new int[attacks.size()];
        for (int i = 0; i < attacks.size(); i++) {
          Predicted p = attacks.get(i);
          labels[i] = req.pairs().stream().anyMatch(x -> x.predicted() == p) ? 1
              : opt.pairs().stream().anyMatch(x -> x.predicted() == p) ? 2 : 0;
        }
        String file = r.file();
        out.add(new Report(gold.folder().getFileName() + "/" + file, file.substring(0, file.indexOf('-') + 1), r,
            gold.radiusKm(), predicted, fs, labels, required.size()));
      }
    }
    out.sort((a, b) -> a.key().compareTo(b.key()));
    return out;
  }

  /** Scores the held-out reports without and with a filter trained on the rest; the two attack F1s. */
  double[] fold(String name, List<Report> reports, Predicate<Report> heldOut) {
    List<Report> train = reports.stream().filter(heldOut.negate()).toList();
    List<Report> test = reports.stream().filter(heldOut).toList();
    Choice c = choose(train);
    AttackConfidence model = train(train, c);
    Scores.Totals base = score(test, null);
    Scores.Totals with = score(test, model);
    Scores.Counts a0 = base.types().attack();
    Scores.Counts a1 = with.types().attack();
    System.out.printf(Locale.ROOT, "| %s | %d | %d | %.2f / %.2f / %.3f | %.2f / %.2f / %.3f | %.3f -> %.3f"
            + " | %.0f, %.2f |%n", name, test.size(), a0.gold(), a0.precision(), a0.recall(), a0.f1(),
        a1.precision(), a1.recall(), a1.f1(), base.types().attackAndCeasefire().f1(),
        with.types().attackAndCeasefire().f1(), c.lambda(), c.threshold());
    return new double[] {a0.f1(), a1.f1()};
  }

  /** The scorer's totals over {@code reports}, their attacks filtered by {@code model} (none when null). */
  Scores.Totals score(List<Report> reports, AttackConfidence model) {
    List<Scores.ReportScore> out = new ArrayList<>();
    for (Report r : reports) {
      List<Predicted> kept = new ArrayList<>();
      for (int i = 0; i < r.predicted().size(); i++) {
        double[] f = r.features().get(i);
        if (f == null || model == null || model.score(new AttackFeatures.Vector(f)) >= model.threshold()) {
          kept.add(r.predicted().get(i));
        }
      }
      out.add(scorer.score(r.gold(), kept, r.radiusKm()));
    }
    return Scores.Totals.of(out);
  }

  /** The model over the attacks of {@code reports}, with the choice's penalty and threshold. */
  AttackConfidence train(List<Report> reports, Choice c) {
    List<double[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    for (Report r : reports) {
      int k = 0;
      for (double[] f : r.features()) {
        if (f != null) {
          x.add(f);
          y.add(r.labels()[k++] > 0 ? 1 : 0);
        }
      }
    }
    return LogisticRegression.fit(x.toArray(new double[0][]), y.stream().mapToInt(Integer::intValue).toArray(),
        c.lambda(), c.threshold());
  }

  /**
   * The penalty and threshold with the best attack F1 over 5 inner folds of {@code reports} (by report, seeded):
   * out-of-fold scores, counted with the labels found unfiltered. Threshold 0 (no filter) is among the choices.
   */
  Choice choose(List<Report> reports) {
    List<String> keys = new ArrayList<>(reports.stream().map(Report::key).toList());
    Collections.shuffle(keys, new Random(SEED + 1));
    Map<String, Integer> foldOf = new TreeMap<>();
    for (int i = 0; i < keys.size(); i++) {
      foldOf.put(keys.get(i), i % 5);
    }
    int gold = reports.stream().mapToInt(Report::requiredGold).sum();
    Choice best = new Choice(LAMBDAS[0], 0);
    double bestF1 = -1;
    for (double lambda : LAMBDAS) {
      List<double[]> scored = new ArrayList<>(); // {probability, label}
      for (int k = 0; k < 5; k++) {
        int kk = k;
        List<Report> in = reports.stream().filter(r -> foldOf.get(r.key()) != kk).toList();
        AttackConfidence m = train(in, new Choice(lambda, 0));
        for (Report r : reports) {
          if (foldOf.get(r.key()) != kk) {
            continue;
          }
          int j = 0;
          for (double[] f : r.features()) {
            if (f != null) {
              scored.add(new double[] {m.score(new AttackFeatures.Vector(f)), r.labels()[j++]});
            }
          }
        }
      }
      for (int step = 0; step <= 14; step++) {
        double threshold = step * 0.05;
        int tp = 0;
        int fp = 0;
        for (double[] s : scored) {
          if (s[0] >= threshold) {
            tp += s[1] == 1 ? 1 : 0;
            fp += s[1] == 0 ? 1 : 0;
          }
        }
        double f1 = 2.0 * tp / (2.0 * tp + fp + (gold - tp) + 1e-9);
        if (f1 > bestF1 + 1e-9) {
          bestF1 = f1;
          best = new Choice(lambda, threshold);
        }
      }
    }
    return best;
  }

  /** The configuration with the filter off: the training data is what extraction gives unfiltered. */
  static TrucewatchConfig unfiltered(TrucewatchConfig c) {
    TrucewatchConfig.Extract x = c.extract();
    return new TrucewatchConfig(c.ingest(), c.clean(), new TrucewatchConfig.Extract(x.maxSecondsPerDocument(),
        x.maxTokensPerSentence(), x.maxTokenChars(), new TrucewatchConfig.AttackConfidence(false, null, null)),
        c.dedup(), c.incident(), c.store(), c.server(), c.conflicts(), c.alerts(), c.report());
  }
}
