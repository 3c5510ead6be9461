package dev.pith.meta;

/** One value a source offers for a field; values are already cleaned and non-empty. */
record Candidate(Field field, String value, Source source) {
}
