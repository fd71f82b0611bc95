package org.parley.eval.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.eval.actors.PetrarchActorGold.GoldEvent;
import org.parley.eval.actors.PetrarchActorGold.GoldSentence;
import org.parley.model.Actor;

/**
 * Country and full-code accuracy of the actors Parley finds in a sentence, against the source and
 * target codes of the sentence's gold events.
 *
 * <p>Design decision: the gold gives codes, not names or offsets, so a gold actor is matched to the
 * sentence's actors by code: its country is right when some actor of the sentence has that
 * country, its full code when some actor has exactly that code ("USA" is not "USAGOV"). Gold actors
 * without a country ("---LEG", "---") are counted apart and left out of both figures. Each event
 * counts its source and its target, so an actor in two events counts twice, as it does for an event
 * coder.
 */
public final class ActorCodeScore {
  /** What is tallied for one role (source or target). */
  public static final class Tally {
    int total;
    int noCountry;
    int countryRight;
    int codeRight;

    public int scored() {
      return total - noCountry;
    }

    public int countryRight() {
      return countryRight;
    }

    public int codeRight() {
      return codeRight;
    }

    public double countryAccuracy() {
      return scored() == 0 ? 0 : (double) countryRight / scored();
    }

    public double codeAccuracy() {
      return scored() == 0 ? 0 : (double) codeRight / scored();
    }

    void add(Tally o) {
      total += o.total;
      noCountry += o.noCountry;
      countryRight += o.countryRight;
      codeRight += o.codeRight;
    }
  }

  /** A gold actor whose full code was not found, with what was found instead. */
  public record Miss(String sentenceId, String role, String gold, List<String> found,
      boolean countryRight) {}

  private final Tally source = new Tally();
  private final Tally target = new Tally();
  private final List<Miss> misses = new ArrayList<>();
  private int sentences;
  private int events;

  /** Scores the actors Parley found in one gold sentence. */
  public void add(GoldSentence gold, List<Actor> actors) {
    sentences++;
    List<String> codes = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    for (Actor a : actors) {
      a.code().ifPresent(codes::add);
      a.country().ifPresent(countries::add);
    }
    for (GoldEvent e : gold.events()) {
      events++;
      score(gold.id(), "source", e.source(), codes, countries, source);
      score(gold.id(), "target", e.target(), codes, countries, target);
    }
  }

  private void score(String id, String role, String code, List<String> codes,
      List<String> countries, Tally t) {
    t.total++;
    if (code.length() < 3 || code.startsWith("---")) {
      t.noCountry++;
      return;
    }
    boolean country = countries.contains(code.substring(0, 3));
    boolean full = codes.contains(code);
    if (country) {
      t.countryRight++;
    }
    if (full) {
      t.codeRight++;
    } else {
      misses.add(new Miss(id, role, code, List.copyOf(codes), country));
    }
  }

  public Tally source() {
    return source;
  }

  public Tally target() {
    return target;
  }

  public Tally all() {
    Tally t = new Tally();
    t.add(source);
    t.add(target);
    return t;
  }

  public List<Miss> misses() {
    return List.copyOf(misses);
  }

  public int sentences() {
    return sentences;
  }

  public int events() {
    return events;
  }

  /** "57/75 (76.0%)". */
  public static String cell(int right, int of) {
    return String.format(Locale.ROOT, "%d/%d (%.1f%%)", right, of,
        of == 0 ? 0.0 : 100.0 * right / of);
  }
}
