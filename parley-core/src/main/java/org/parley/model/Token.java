package org.parley.model;

/**
 * One token of a sentence: its span in the cleaned text, word, part of speech (Penn Treebank),
 * lemma and named-entity tag (PERSON, ORGANIZATION, LOCATION, MISC or O).
 *
 * @param index 0-based position in its sentence
 */
public record Token(int index, Span span, String word, String pos, String lemma, String ner) {
  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isPronoun() {
    return pos.equals("PRP");
  }

  public boolean isPunctuation() {
    return !word.isEmpty() && !Character.isLetterOrDigit(word.codePointAt(0));
  }

  public boolean hasEntity() {
    return !"O".equals(ner);
  }
}
