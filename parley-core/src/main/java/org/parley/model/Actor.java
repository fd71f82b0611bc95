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
    String evidence) {

  public Actor {
    sectors = List.copyOf(sectors);
    mentions = List.copyOf(mentions);
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
