package org.parley.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark's measure: texts become {@code \w+} tokens, then multisets of
 * 4-token shingles; per page, shared shingles are true positives, extra predicted ones false
 * positives, missed ones false negatives. Precision and recall are means over pages (a page whose
 * denominator is empty is skipped), F1 comes from the two means, accuracy is the share of pages
 * whose token lists are equal.
 */
final class ShingleScore {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private double precisionSum;
  private int precisionPages;
  private double recallSum;
  private int recallPages;
  private int exact;
  private int pages;

  /** One page's scores: precision and recall (NaN when undefined). */
  record Page(double precision, double recall) {
    double f1() {
      double p = Double.isNaN(precision) ? 0 : precision;
      double r = Double.isNaN(recall) ? 0 : recall;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Map<String, Integer> shingles(List<String> tokens) {
    Map<String, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < N) {
      out.put(String.join(" ", tokens), 1);
      return out;
    }
    for (int i = 0; i + N <= tokens.size(); i++) {
      out.merge(String.join(" ", tokens.subList(i, i + N)), 1, Integer::sum);
    }
    return out;
  }

  /** Adds one page; returns its scores. */
  Page add(String predicted, String truth) {
    List<String> pt = tokens(predicted);
    List<String> tt = tokens(truth);
    Map<String, Integer> ps = shingles(pt);
    Map<String, Integer> ts = shingles(tt);
    long tp = 0;
    long predTotal = 0;
    long trueTotal = 0;
    for (int c : ts.values()) {
      trueTotal += c;
    }
    for (Map.Entry<String, Integer> e : ps.entrySet()) {
      predTotal += e.getValue();
      tp += Math.min(e.getValue(), ts.getOrDefault(e.getKey(), 0));
    }
    long fp = predTotal - tp;
    long fn = trueTotal - tp;
    double p = tp + fp == 0 ? Double.NaN : tp / (double) (tp + fp);
    double r = tp + fn == 0 ? Double.NaN : tp / (double) (tp + fn);
    if (!Double.isNaN(p)) {
      precisionSum += p;
      precisionPages++;
    }
    if (!Double.isNaN(r)) {
      recallSum += r;
      recallPages++;
    }
    if (pt.equals(tt)) {
      exact++;
    }
    pages++;
    return new Page(p, r);
  }

  double precision() {
    return precisionPages == 0 ? 0 : precisionSum / precisionPages;
  }

  double recall() {
    return recallPages == 0 ? 0 : recallSum / recallPages;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double accuracy() {
    return pages == 0 ? 0 : exact / (double) pages;
  }

  int pages() {
    return pages;
  }
}
