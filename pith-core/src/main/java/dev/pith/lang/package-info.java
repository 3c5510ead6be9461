/**
 * Languages, in one place: the {@link dev.pith.lang.Language} of a page (code, script, whether
 * words are separated by spaces) and the per-language phrase lists the rules consult
 * ({@link dev.pith.lang.LanguageData}), kept as data files under
 * {@code src/main/resources/dev/pith/lang/<code>/<kind>.txt} rather than as words in code.
 */
package dev.pith.lang;
