package org.parley.model;

import java.util.List;
import java.util.Optional;

/**
 * A person, institution, group or outlet the article speaks of, with its country (ISO 3166-1
 * alpha-3, or IGO/NGO/MNC), sectors (GOV, MIL, OPP, MED, IGO, ...) and every mention of it.
 *
 * @param code country plus sectors, as event coders write it ("RUSGOV", "IGOUNO")
 * @param kind person, organization, government, group or media
 * @param evidence how the country and sector were learned ("title: Russia's Deputy Foreign Minister")
 * @param codeSource which source gave the code: "article" (the article's own words), "built-in"
 *     (Parley's gazetteer) or "dictionary" (a user dictionary); empty when there is no code
 * @param key a stable identity across articles: the dictionary id when a dictionary knows the
 *     actor ("dict:SERGEY_LAVROV"), else the kind, the normalized name and the country
 *     ("person:sergey lavrov|RUS", "government:RUSGOV")
 */
public record Actor(
    String id,
    String name,
    Kind kind,
    Optional<String> country,
    List<String> sectors,
    Optional<String> code,
    Optional<String> role,
    Optional<String> organization,
    boolean anonymous,
    List<Span> mentions,
    String evidence,
    Optional<String> codeSource,
    String key) {

  public Actor {
    sectors = List.copyOf(sectors);
    mentions = List.copyOf(mentions);
  }

  /** An actor without a code source, keyed by its kind, name and country. */
  public Actor(
      String id,
      String name,
      Kind kind,
      Optional<String> country,
      List<String> sectors,
      Optional<String> code,
      Optional<String> role,
      Optional<String> organization,
      boolean anonymous,
      List<Span> mentions,
      String evidence) {
    this(id, name, kind, country, sectors, code, role, organization, anonymous, mentions, evidence,
        Optional.empty(), keyOf(kind, name, country.orElse(null)));
  }

  /** The same actor with these mentions. */
  public Actor withMentions(List<Span> mentions) {
    return new Actor(id, name, kind, country, sectors, code, role, organization, anonymous,
        mentions, evidence, codeSource, key);
  }

  /**
   * The key of an actor no dictionary knows: kind, then the name in lower case without accents,
   * punctuation or a leading "the", then the country ("person:sergey lavrov|RUS").
   */
  public static String keyOf(Kind kind, String name, String country) {
    String n = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip()
        .replaceFirst("^the ", "");
    return kind.wire() + ":" + n + "|" + (country == null ? "-" : country);
  }

  /** What kind of actor this is. */
  public enum Kind {
    PERSON,
    ORGANIZATION,
    GOVERNMENT,
    GROUP,
    MEDIA;

    public String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
