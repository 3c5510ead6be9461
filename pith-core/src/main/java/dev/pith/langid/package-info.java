/**
 * Language identification from text: {@link dev.pith.langid.LanguageIdentifier} names the
 * language of a text and checks a page's declared language against it;
 * {@link dev.pith.langid.PageLanguage} does so for an extracted page, reading its main text first.
 * Character scripts that belong to one language decide alone (Korean, Japanese, Chinese); other
 * text goes to Apache OpenNLP's language model (103 languages), loaded once on first use, on a
 * sample of at most 500 letters. On a few words the model often scores two languages nearly alike;
 * such a tie goes to the one more used on the web ({@code common.txt}), and a tie among rare
 * languages names none. Codes come out as pages declare them: ISO 639-1 where one exists.
 */
package dev.pith.langid;
