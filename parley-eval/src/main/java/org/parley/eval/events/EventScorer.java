package org.parley.eval.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parley.events.Plover;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Event;

/**
 * Scores coded events against a PETRARCH record suite, sentence by sentence.
 *
 * <p>Within a sentence, expected and coded events are paired greedily: once on equal CAMEO roots
 * (first two digits) for the root accuracy, once on equal PLOVER types for precision, recall and
 * F1 (expected CAMEO codes mapped to PLOVER with the project's {@link Plover} table; root 01
 * statements have no type and are left out of that score). Source and target codes are compared
 * on the PLOVER pairs, whole ("USAGOV") and by country (the first three letters; "---" is
 * unknown and left out).
 *
 * <p>Design decision: an expected code the CAMEO table does not know (the unit-test suite's old
 * WEIS codes such as 223 or 903) is set aside, not scored; each one set aside also excuses one
 * unpaired coded event of its sentence, which may be Parley's reading of that very event. Records
 * that expect PETRARCH to fail (discarded sentences, bad parses) are skipped.
 */
public final class EventScorer {
  /** One coded event as the scorer sees it: codes and the actor codes of its two sides. */
  public record Coded(String cameo, Optional<String> plover, List<String> sources, List<String> targets) {
    public Coded {
      sources = List.copyOf(sources);
      targets = List.copyOf(targets);
    }

    /**
     * The events of an analysis as dyads, each side as its actor's code (else country): an event
     * of sources A, B and target C stands for A>C and B>C, as the suites expect; one with several
     * sources and no target ("A, B and C met") for each ordered pair of them.
     */
    public static List<Coded> of(Analysis a) {
      List<Coded> out = new ArrayList<>();
      for (Event e : a.events()) {
        out.addAll(dyads(new Coded(e.cameo(), e.plover(), codes(a, e.source()), codes(a, e.target()))));
      }
      return out;
    }

    /** One coded event split into dyads. */
    public static List<Coded> dyads(Coded c) {
      List<Coded> out = new ArrayList<>();
      List<String> src = c.sources().isEmpty() ? List.of("") : c.sources();
      if (c.targets().isEmpty() && src.size() > 1) {
        for (String s : src) {
          for (String t : src) {
            if (!s.equals(t)) {
              out.add(new Coded(c.cameo(), c.plover(), List.of(s), List.of(t)));
            }
          }
        }
        return out.isEmpty() ? List.of(c) : out;
      }
      List<String> tgt = c.targets().isEmpty() ? List.of("") : c.targets();
      for (String s : src) {
        for (String t : tgt) {
          out.add(new Coded(c.cameo(), c.plover(), s.isEmpty() ? List.of() : List.of(s),
              t.isEmpty() ? List.of() : List.of(t)));
        }
      }
      return out;
    }

    private static List<String> codes(Analysis a, List<String> ids) {
      List<String> out = new ArrayList<>();
      for (String id : ids) {
        Optional<Actor> actor = a.findActor(id);
        actor.flatMap(Actor::code).or(() -> actor.flatMap(Actor::country)).ifPresent(out::add);
      }
      return out;
    }
  }

  /** What became of one record, for the listing of misses. */
  public record Outcome(EventRecord record, List<Coded> coded, boolean skipped, int goldScored,
                        int rootHits, int typeHits, int typedGold, int typedCoded) {
    public boolean perfect() {
      return skipped || rootHits == goldScored && typeHits == typedGold && typedCoded == typeHits
          && (goldScored > 0 || coded.isEmpty());
    }

    /** One line: id, expected codes, coded events. */
    public String line() {
      StringBuilder sb = new StringBuilder(record.id()).append("  expected:");
      for (EventRecord.Expected e : record.expected()) {
        sb.append(' ').append(e.source()).append('>').append(e.code()).append('>').append(e.target());
      }
      sb.append("  coded:");
      for (Coded c : coded) {
        sb.append(' ').append(String.join("+", c.sources())).append('>').append(c.cameo())
            .append(c.plover().map(p -> "/" + p).orElse("")).append('>').append(String.join("+", c.targets()));
      }
      return sb.toString();
    }
  }

  private final Plover table;
  private int records;
  private int skipped;
  private int gold;
  private int setAside;
  private int coded;
  private int excused;
  private int rootHits;
  private int typedGold;
  private int typedCoded;
  private int typeHits;
  private final Map<String, int[]> perType = new TreeMap<>();
  private int srcPairs;
  private int srcCode;
  private int srcCountryPairs;
  private int srcCountry;
  private int tgtPairs;
  private int tgtCode;
  private int tgtCountryPairs;
  private int tgtCountry;
  private int goldNone;
  private int codedNone;
  private int bothNone;

  public EventScorer(Plover table) {
    this.table = table;
  }

  /** Scores one record against the events coded for it. */
  public Outcome add(EventRecord r, List<Coded> got) {
    records++;
    if (r.error().isPresent()) {
      skipped++;
      return new Outcome(r, got, true, 0, 0, 0, 0, 0);
    }
    List<EventRecord.Expected> scored = new ArrayList<>();
    int aside = 0;
    for (EventRecord.Expected e : r.expected()) {
      if (table.find(e.code()).isPresent()) {
        scored.add(e);
      } else {
        aside++;
      }
    }
    gold += scored.size();
    setAside += aside;
    coded += got.size();

    // CAMEO roots
    boolean[] used = new boolean[got.size()];
    int roots = 0;
    for (EventRecord.Expected e : scored) {
      int k = pick(got, used, e, c -> c.cameo().length() >= 2 && c.cameo().substring(0, 2).equals(e.code().substring(0, 2)));
      if (k >= 0) {
        used[k] = true;
        roots++;
      }
    }
    rootHits += roots;
    excused += Math.min(aside, got.size() - roots);

    // PLOVER types, and the actors of the pairs
    used = new boolean[got.size()];
    int tg = 0;
    int tc = 0;
    int hits = 0;
    for (Coded c : got) {
      if (c.plover().isPresent()) {
        tc++;
      }
    }
    for (EventRecord.Expected e : scored) {
      Optional<String> type = table.expect(e.code()).type();
      if (type.isEmpty()) {
        continue;
      }
      tg++;
      count(type.get())[0]++;
      int k = pick(got, used, e, c -> c.plover().equals(type));
      if (k < 0) {
        continue;
      }
      used[k] = true;
      hits++;
      count(type.get())[2]++;
      Coded c = got.get(k);
      if (!e.source().isEmpty()) {
        srcPairs++;
        srcCode += c.sources().contains(e.source()) ? 1 : 0;
        if (!e.source().startsWith("---")) {
          srcCountryPairs++;
          srcCountry += sameCountry(e.source(), c.sources()) ? 1 : 0;
        }
      }
      if (!e.target().isEmpty()) {
        tgtPairs++;
        tgtCode += c.targets().contains(e.target()) ? 1 : 0;
        if (!e.target().startsWith("---")) {
          tgtCountryPairs++;
          tgtCountry += sameCountry(e.target(), c.targets()) ? 1 : 0;
        }
      }
    }
    int unpairedTyped = tc - hits;
    int typedExcused = Math.min(aside, unpairedTyped);
    for (int k = 0; k < got.size(); k++) {
      if (!used[k] && got.get(k).plover().isPresent()) {
        count(got.get(k).plover().get())[1]++;
      }
    }
    tc -= typedExcused;
    typedGold += tg;
    typedCoded += tc;
    typeHits += hits;

    // sentences without events
    boolean none = scored.isEmpty() && aside == 0;
    goldNone += none ? 1 : 0;
    codedNone += got.isEmpty() ? 1 : 0;
    bothNone += none && got.isEmpty() ? 1 : 0;
    return new Outcome(r, got, false, scored.size(), roots, hits, tg, tc);
  }

  private int[] count(String type) {
    return perType.computeIfAbsent(type, t -> new int[3]); // gold, unpaired coded, pairs
  }

  /** The first unused coded event that passes, preferring one with the expected source country. */
  private static int pick(List<Coded> got, boolean[] used, EventRecord.Expected e,
                          java.util.function.Predicate<Coded> ok) {
    int first = -1;
    for (int k = 0; k < got.size(); k++) {
      if (used[k] || !ok.test(got.get(k))) {
        continue;
      }
      if (sameCountry(e.source(), got.get(k).sources())) {
        return k;
      }
      if (first < 0) {
        first = k;
      }
    }
    return first;
  }

  static boolean sameCountry(String expected, List<String> codes) {
    if (expected.length() < 3) {
      return false;
    }
    for (String c : codes) {
      if (c.length() >= 3 && c.regionMatches(0, expected, 0, 3)) {
        return true;
      }
    }
    return false;
  }

  public int records() {
    return records;
  }

  /** Share of scored expected events with a coded event of the same CAMEO root. */
  public double rootAccuracy() {
    return ratio(rootHits, gold);
  }

  /** Share of coded events (less those excused) paired on the CAMEO root. */
  public double rootPrecision() {
    return ratio(rootHits, coded - excused);
  }

  public double ploverPrecision() {
    return ratio(typeHits, typedCoded);
  }

  public double ploverRecall() {
    return ratio(typeHits, typedGold);
  }

  public double ploverF1() {
    double p = ploverPrecision();
    double r = ploverRecall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double sourceCodeAccuracy() {
    return ratio(srcCode, srcPairs);
  }

  public double sourceCountryAccuracy() {
    return ratio(srcCountry, srcCountryPairs);
  }

  public double targetCodeAccuracy() {
    return ratio(tgtCode, tgtPairs);
  }

  public double targetCountryAccuracy() {
    return ratio(tgtCountry, tgtCountryPairs);
  }

  /** Of the sentences left without events, the share that expect none. */
  public double noEventPrecision() {
    return ratio(bothNone, codedNone);
  }

  /** Of the sentences that expect no event, the share left without events. */
  public double noEventRecall() {
    return ratio(bothNone, goldNone);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** The figures as a small table. */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "records %d (%d skipped: expected PETRARCH errors)%n", records, skipped));
    sb.append(String.format(Locale.ROOT,
        "expected events %d scored, %d set aside (codes not in CAMEO, e.g. WEIS); coded events %d (%d excused)%n",
        gold, setAside, coded, excused));
    sb.append(String.format(Locale.ROOT, "CAMEO root   accuracy %5.1f%% (%d/%d)   precision %5.1f%%%n",
        pct(rootAccuracy()), rootHits, gold, pct(rootPrecision())));
    sb.append(String.format(Locale.ROOT, "PLOVER type  P %5.1f%%  R %5.1f%%  F1 %5.1f   (%d pairs, %d expected, %d coded)%n",
        pct(ploverPrecision()), pct(ploverRecall()), pct(ploverF1()), typeHits, typedGold, typedCoded));
    sb.append(String.format(Locale.ROOT, "source       code %5.1f%% (%d/%d)   country %5.1f%% (%d/%d)   on PLOVER pairs%n",
        pct(sourceCodeAccuracy()), srcCode, srcPairs, pct(sourceCountryAccuracy()), srcCountry, srcCountryPairs));
    sb.append(String.format(Locale.ROOT, "target       code %5.1f%% (%d/%d)   country %5.1f%% (%d/%d)   on PLOVER pairs%n",
        pct(targetCodeAccuracy()), tgtCode, tgtPairs, pct(targetCountryAccuracy()), tgtCountry, tgtCountryPairs));
    sb.append(String.format(Locale.ROOT, "no event     precision %5.1f%% (%d/%d)   recall %5.1f%% (%d/%d)%n",
        pct(noEventPrecision()), bothNone, codedNone, pct(noEventRecall()), bothNone, goldNone));
    sb.append("by PLOVER type (expected / coded / pairs):\n");
    for (Map.Entry<String, int[]> t : perType.entrySet()) {
      int[] c = t.getValue();
      sb.append(String.format(Locale.ROOT, "  %-10s %3d %3d %3d%n", t.getKey(), c[0], c[1] + c[2], c[2]));
    }
    return sb.toString();
  }

  private static double pct(double x) {
    return 100 * x;
  }
}
