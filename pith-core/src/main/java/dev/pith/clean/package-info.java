/**
 * Plain-text cleaning: a raw text capture of a page (a WET record, a scraper's dump, a text
 * column) in, the article out ({@code Pith.clean}).
 *
 * <p>The flow ({@link dev.pith.clean.TextCleaner}): {@code TextLines} cuts lines (and joins
 * hard-wrapped ones in blank-line separated texts) → {@code HeaderReader} takes the first
 * line as the title (site name after the last {@code |}/{@code –}/{@code -} removed) and the
 * second as the standfirst → {@code WrappedLineJoiner} joins paragraphs hard-wrapped at one
 * width in texts without blank lines ({@code <pre>} man pages, plain-text posts) →
 * {@link dev.pith.clean.GluedSentenceSplitter} splits glued
 * sentences ({@code difference.All}) → {@link dev.pith.clean.LineFeatures} measures each line
 * (words via the {@code TextMetrics} rules, stop-word hits per language, punctuation) →
 * the own-feature rules ({@code LineRules.CHAIN}) label each line and give it a
 * {@code LineRole}, first opinion wins:
 * <ol>
 * <li>{@code RecurringLineRule} — corpus mode: lines of 5+ words that recur across a site;</li>
 * <li>{@code TitleRepeatLineRule} — the headline repeated in the body (role HEADLINE);</li>
 * <li>{@code ReaderAppealRule} — donation / subscription appeals up to 60 words (role APPEAL);</li>
 * <li>{@code AsideHeadingRule} — a heading over related articles or the author box, up to 10
 *     words: the phrase and at most 3 more words (role ASIDE_HEADING);</li>
 * <li>{@code RelatedLinkRule} — a related phrase, a colon and another article's headline;</li>
 * <li>{@code CallToActionLineRule} — prompts up to 25 words, whole-line buttons, and flattened
 *     sign-up boxes (3+ prompts in an unpunctuated line of up to 120 words, or in a line of up to
 *     60 words that ends in a full stop: a form's consent sentence);</li>
 * <li>{@code CreditLineRule} — a photo or source credit, alone or ending a caption of up to 30
 *     words, with at most 6 words after its label;</li>
 * <li>{@code DateLineRule}, {@code MenuShapeRule} — date/byline lines, breadcrumbs;</li>
 * <li>{@code ProseRule} — fewer than 10 words, or unpunctuated and under 20: SHORT; stop-word
 *     share (the page's language, or any language whose share is higher: quotations, misread
 *     pages) ≥ 0.30 and 20+ words: GOOD; ≥ 0.15, or a statement (capital first, ends in
 *     {@code .} or {@code !}, at most 40% capitalised words): NEAR_GOOD; else BAD. Texts without a
 *     detected language and unspaced scripts are judged by punctuation.</li>
 * </ol>
 * then the neighbour rules ({@code LineRules.CONTEXT}), which only relabel:
 * {@code ConsentBlockRule} (a flattened cookie dialog: 2+ lines in a row mentioning cookies, one
 * of them a consent prompt), {@code CutTeaserListRule} (two or more short lines within 3 lines
 * of each other that end in an ellipsis glued to a word: cut teaser headlines),
 * {@code AppealBlockRule} (a line between two appeals), {@code BeforeHeadlineRule} (lines
 * before the repeated headline when ≥ half the prose follows it), {@code CommentSectionRule} (a
 * comments header — also a count and a comment word, "3 Gedanken zu …", or a comment word and its
 * count in parentheses, "Vos réactions (11)" — or commenter byline
 * after 150 prose words (30 before a dated commenter byline) ends the body; off on forum threads: 4+ reply buttons or "said:"
 * lines, not counting a blog comment's dated byline, "Milan on September 12, 2018 at 4:47 pm said:"; a label on 5+ lines is a teaser's button and a count repeated over the thread after more
 * prose than above it is the byline's, {@code RepeatedCommentLabel}), {@code AsideSectionRule} (after 100 prose words, an aside heading drops the lines
 * below it until the article resumes: a paragraph of 40+ words or two paragraphs in a row; under
 * an author-box heading the first paragraph of up to 120 words is the bio, {@code AuthorBoxBio}, and
 * above the article, where nothing can resume, the box is the lines down to that bio within 3 lines),
 * {@code AboutNameBox} (after 100 prose words, an "About Jane Doe" heading, {@code author-box-about}
 * lists, over a paragraph within 3 lines that opens with the name's first word, not a function word,
 * is a box about the writer or the publisher: both go; in German, where the word may be a noun,
 * only if the article's prose above does not use it),
 * {@code FooterRule} (a copyright notice with a year after 50 prose words ends the body, unless it is a
 * caption's credit: after other text on its line, no rights claimed, as much prose below as above); and
 * last {@code MainRegionRule} ({@code LineRules.REGION}), the only step that decides what is
 * kept: the maximum-sum run of lines (GOOD +words, NEAR_GOOD +words/2, SHORT −1, BAD
 * −words/2, BOILERPLATE −max(words, 8)), and on each side of it the best run scoring ≥ 10 and
 * ≥ 30% of it, unless it scores ≥ 400 (a long article keeps no second run); inside these runs
 * GOOD, NEAR_GOOD and SHORT lines are kept, and BAD lines with a comma or a sentence mark
 * (captions, citations, code, table rows),
 * except runs of up to 5 SHORT lines that open right after boilerplate (a share bar's or a
 * date line's box: teaser headlines, contact names) and runs of 3 to 15 SHORT lines with an e-mail
 * address and a second way to reach the sender, a phone number, a web address or a handle
 * ({@code ContactBox}: a press office's or a shop's contact block); outside it only GOOD lines of 30+ words
 * and the standfirst: the nearest prose line at most 6 lines above the run with only short
 * lines and boilerplate between, and the short line right above or below the run when it reads
 * as a sentence ({@code EdgeSentence}: 5+ words, ends in {@code .} or {@code !}, function words); and
 * when the main region neither holds the repeated headline nor opens within 4 lines below it,
 * the best run opening within 4 lines below the headline that scores ≥ 10 ({@code HeadlineRun}:
 * a short article the region missed for a longer block elsewhere). When the kept lines then hold
 * no GOOD line and fewer than 60 words (a shop's collection, a listing, a results table: nothing
 * but short lines), or fewer than 150 words beside a block of short lines that scores 5 times as
 * much (a short intro over a long grid of items), the maximum-sum run with every SHORT line worth
 * +1 instead of −1 is kept, if it spans 5+ lines ({@code ShortLineGrid}), less the lines it opens with
 * that stand in a 3-line sequence the page prints exactly twice (the site's menu), and, unless the
 * title's exact repeat stands above the run, the lines up to a short line in its first half whose 2+ words
 * are all the title's (the listing's own heading). Among the last 3 kept lines,
 * a short paragraph opening with a name that a byline above introduces ("By Jane Doe") is the
 * writer's bio and is dropped ({@code AuthorBio}); so is one whose name is followed within 6 words,
 * before any punctuation, by a writer's job title ({@code BioRole}, {@code lines-author-role}
 * lists: "Jane Doe is a freelance travel writer"), the word right after the name being the job or a
 * function word ("is", "ist": "Anna Weber told the reporter" is no bio). Among the last 4 kept lines,
 * a name line (2-3 capitalised words, perhaps after "Von"/"By") over a line of up to 25 words whose
 * first 2 words hold a job title ("Redakteur für Wirtschaft", "Freier Autor in Berlin") is the
 * writer's card: both and the lines after them are dropped ({@code AuthorCard}). A name never opens
 * with a function word of the page's language ("Die Bürgermeisterin sagte …", "The Verdict"); in a
 * language that capitalises nouns (German, or an unknown one) a name needs a second sign
 * ({@code PersonName}): the bio's name again on a short line of its own. A card, in any language,
 * needs a byline word, a job line without a final full stop, or the name again on a short line.
 *
 * <p>Words: every phrase list is data, one file per language and kind under
 * {@code dev/pith/lang/<code>/} ({@code call-to-action}, {@code reader-appeal}, {@code button},
 * {@code comment-heading}, {@code comment-count}, {@code related}, {@code author-box}, {@code lines-author-role},
 * {@code photo-credit}, and the {@code by:} entries of the metadata reader's {@code byline} lists;
 * en de fr es pt it nl pl ru ja zh), read once by {@code LanguageData}
 * into a {@code Vocabulary} per detected language: that language's entries and the English
 * ones; every language's when the language is unknown or has no lists. Chinese and Japanese
 * phrases are found at the start of a run of their script and end in {@code *}.
 *
 * <p>Speed: each line is read a handful of times, each pass linear in it: cut
 * ({@code TextLines}), split, measured once ({@code LineFeatures}: ASCII fast paths in
 * {@code Chars}, the stop-word hash built while a word is scanned), and scanned once more for
 * the appeal and prompt phrases of both phrase rules together ({@code Cues}, remembered on the
 * line). Dates are read by a hand-written scanner ({@code DateScanner}) only in lines with a
 * four-digit year; no regular expression runs on every line. {@code pith bench --clean DIR}
 * measures it.
 *
 * <p>Corpus mode ({@link dev.pith.clean.CorpusStats}): a first pass counts, per site, in how
 * many documents each line fingerprint ({@link dev.pith.clean.LineKey}) occurs, in a fixed-size
 * count-min sketch ({@link dev.pith.clean.LineCountSketch}, 32 MB by default); a line recurs
 * when it is in at least 3 documents and at least 20% of its site's documents (both
 * adjustable). Near-duplicate captures of one story on one site would count as recurring once
 * they pass both thresholds: deduplicate first, or raise them.
 */
package dev.pith.clean;
