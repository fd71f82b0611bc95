/**
 * The quote stage ("quotes"): reads tokens, dependencies and actors; adds direct, partial and
 * indirect quotations with cue, source mention, speaker, addressee and relays.
 */
package org.parley.quotes;
