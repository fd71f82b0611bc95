/**
 * The NLP stage ("nlp"): the only package of Parley that imports Stanford CoreNLP. It reads the
 * cleaned text and adds sentences, tokens, POS tags, lemmas, NER tags and dependency edges.
 */
package org.parley.corenlp;
