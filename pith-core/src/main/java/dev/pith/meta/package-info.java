/**
 * The meta stage: what a page says about itself (title, description, authors, published and
 * modified dates, site, language, canonical URL, lead image, tags, page type).
 *
 * <h2>Flow</h2>
 * {@link dev.pith.meta.MetadataExtractor#extract} runs on the parsed page before pruning.
 * One walk over the document ({@code PageScan}) gathers the {@code <meta>} and {@code <link>}
 * tags, JSON-LD and other inline scripts, {@code <time>} elements, {@code itemprop}/RDFa
 * elements, the first {@code <h1>}s, elements whose class or id says byline or date, and the
 * elements around each of the first h1s (the headline is the one the document title contains;
 * on a page without an h1, the first element whose text is the title's first segment). Each
 * source turns these into candidate values:
 * <ul>
 *   <li>{@code JsonLdSource} — schema.org JSON-LD: objects, arrays, {@code @graph},
 *       {@code mainEntity}, {@code @id} references; broken JSON read leniently, dates
 *       recovered from blocks beyond repair, blocks rendered as {@code <meta name="script:ld+json">}
 *       read too. The main entity is chosen by type rank (Article
 *       kinds, then postings, then products and the like, then FAQ pages); {@code dateCreated}
 *       and {@code uploadDate} stand for the publication date only without {@code datePublished};</li>
 *   <li>{@code OpenGraphSource} — {@code og:*} and {@code article:*};</li>
 *   <li>{@code TwitterCardSource} — {@code twitter:*}, including "Written by" label/data pairs;</li>
 *   <li>{@code MetaNameSource} — {@code <meta name>}: author, description, keywords, dc.*,
 *       dcterms.*, citation_*, parsely-*, sailthru.*, CMS date names, a platform's own
 *       {@code ms.date} or {@code cludo:date}; {@code <meta itemprop>};</li>
 *   <li>{@code MicrodataSource} — body {@code itemprop} and RDFa {@code property};</li>
 *   <li>{@code TimeElementSource} — the first {@code <time>} elements (in furniture too when a bare
 *       publication label introduces a {@code <time datetime>} outside a list of story links), and timestamp web
 *       components ({@code <relative-time datetime>}, {@code <faceplate-timeago ts>});</li>
 *   <li>{@code VisibleSource} — byline and date lines (class hints, {@code rel=author}, "By …"
 *       right under the headline, a full name after the date in the date line under it
 *       ("11.12.2019 - Amelie Loevenich"), a byline after the date in a date line ("Posted on
 *       September 21, 2020 by Adi Tzlil"), the date beside the byline, a date line just above the
 *       headline, else a "Posted on …" line anywhere, else the date heading a forum thread's
 *       first post, found by its anchor id {@code p2270718} or {@code post2017066}); and lines an
 *       update label opens anywhere ("Aktualisiert am 17.01.2021."), which only give the day of a
 *       month the page states alone;</li>
 *   <li>{@code UrlDateSource} — {@code /2022/09/28/} or {@code /2019/nov/18/} in the page URL,
 *       else the canonical link or og:url;</li>
 *   <li>{@code ScriptDataSource} — {@code "publishedAt": …} in framework state scripts, and a
 *       WordPress post record's {@code "date"} just before its {@code "status":"publish"};</li>
 *   <li>{@code DocumentSource} — {@code <html lang>}, canonical link;</li>
 *   <li>{@code SignedLineSource} — a last resort when no source offered an author: a short line
 *       after the headline (anywhere on a page that shows no headline) that opens with a byline word and a full name ("Text: Hans Meier",
 *       "（责任编辑：李四）"), when every such line names the same people.</li>
 * </ul>
 * Bylines, dates and {@code itemprop}s inside comments, related-article teasers, sidebars and
 * page footers are skipped ({@code Furniture}), and so are dates in an item of a list of story
 * links (a linked title of four words or more beside the date, and a sibling item of the same tag and
 * class: "more news" lists and teaser grids named in any language); a container named "footer" inside
 * an article entity is the article's own footer line; a container named so right after the headline
 * (a "teaser" standfirst or byline row) is the article's own; a {@code <main>} or main-content container
 * ends that search, "sidebar" in a layout name ({@code article--sidebar-right},
 * {@code has-sidebar}) is not a sidebar, and "newsletter" on a container that neither says
 * signup nor holds a form is an issue's own details. A date line under a bare "Published"
 * label counts even in a sidebar (a post's meta box; teasers show dates beside titles).
 *
 * <h2>Precedence and agreement</h2>
 * {@code MetadataResolver} picks one value per field. Source precedence, strongest first:
 * JSON-LD main entity, OpenGraph, {@code <meta name>}, microdata, Twitter, JSON-LD page/site
 * entity, {@code <time>}, visible text, document markup, URL, script state. Dates: candidates
 * are grouped by day and a day scores the summed weights of the distinct sources stating it
 * (one strong source outweighs two weak ones; agreement breaks ties). A publication date its
 * source also gives as the modification date (the same value, or the page shows the earlier
 * day) under a stronger source's earlier publication date is a rework's restamp and is dropped. Of several publication
 * days one source states, those after its latest modification date are build stamps and are
 * dropped. A UTC timestamp is read in the local offset another candidate gives the same instant
 * (the day readers see); a timestamp without an offset takes the day before or after it that
 * the page shows in words, when a real offset can reach it. A shown date that is the URL's day with month and day swapped was an ambiguous
 * "03/10/2023" read the wrong way round and is dropped. A visible date line
 * showing the markup's modification date is not a publication date; a markup publication
 * date equal to the modification date while the page shows an earlier date is a regeneration
 * stamp and the shown date wins; so does a bare date line under the headline ("Apr 26, 2023")
 * showing an earlier day than the markup (a page is not shown as published before it was), and
 * so does an earlier date the page says it was "originally published" on. A later date line
 * wins only when another markup source states its day as the publication date (the markup
 * disagrees with itself; the page settles it). Against a {@code <meta name>} record stamp without
 * article markup, a bare date line just above the headline counts as the shown line when none is
 * under it. A shown date that is the month/day-swapped reading of the URL's day or of a markup ISO
 * timestamp's is dropped. A month alone takes the day of an update line in that month. The {@code date} field is the date a reader sees: the
 * publication date, else an update date the page shows in words, which also beats a publication
 * date read only from script state, and which is the bare date line under the headline when that
 * shows the markup's modification day, later than the publication date, while the page shows the
 * publication day nowhere (the {@code published} field keeps the markup's day); product pages get no
 * publication date (their dates are reviews', offers' and stock updates'), unless OpenGraph calls the page an article and it shows its date (a review). Authors: the strongest source naming a person, cleaned by
 * {@code AuthorNames}; generic credits ("Staff", "Editorial team", an organisation) only when
 * no source names a person, and never the site's own name; a source naming only the publication, or only login handles ("andrew.keaveney"), gives way to one naming writers; none on product pages;
 * a user name chosen ("arianschlichenmayer") is spelled out as the full name another byline writes with the same letters ({@code WrittenNames}),
 * and a JSON-LD person named by a first name alone by the full name its description opens with ({@code FullNameInBio}).
 * A byline that links its writers to their author pages (a link under a folder that says author, whose address's last
 * segment spells its text: {@code /author/ben-applebaum-bauch}) names them by those links' texts ({@code AuthorLinks}), so a
 * job title, a button or a second linked writer beside the name does not join it; a slash does not part names, it joins a
 * credit to its source ("det/dpa", "AFP/The Local").
 * An author box is read line by line ({@code BylineBox}): its first block line naming a person is the byline, so a job title,
 * a second credit or avatar initials set in blocks of their own do not join the name; a sentence that opens with a byline word
 * ("By following the tips below, …") is no byline ({@code BylineProse}); a date a theme prints before the writer in one row ("Dec 17, 2025Julian K. Arni")
 * is cut from the byline; a full name typed in lower case counts in an author field of the markup ("kirstin boatto") when that
 * source names nobody else; a byline of which a part reads as no name (an organisation cut at its "und", a domain) keeps only
 * its full names ("Forstwirtschaft" is a fragment); the site's name glued after a writer's full name in a byline row is cut
 * ("Brian Truitt USA TODAY"); an organisation credited as author in JSON-LD is the
 * last-resort credit as written. The title: {@code TitleChooser}; the site's names it cuts are those the markup states and
 * those the address spells ({@code SiteHost}: the domain and its registered label, not on a home page) or an h1 linking to the
 * home page names; when no h1 agrees with the titles, the first h1 is still preferred when the address's last segment spells
 * more of its words than the chosen title's ({@code SlugHeadline}: og:title and {@code <title>} rewritten for search results
 * over the headline readers see), and so is an h1 that goes on with the chosen title's sentence where the title
 * stops ({@code ShortenedTitle}: "… Gigafactory-Kapazität" beside the h1 "… Gigafactory-Kapazität in Tennessee"); an og:title the document title shows cut short at a quotation mark (an unescaped
 * attribute) gives way to the document title, and one the document title holds whole before its site's name keeps its
 * spaced hyphens ({@code OgTitleReading}). A forum thread's prefix badge opening the h1 ({@code <span class="label">Player</span>}) is cut when the
 * JSON-LD headline states the thread's title without it. A title holding UTF-8 the page's source already decoded as Latin-1 (C1 control
 * characters where a dash or quote mark stood) is repaired ({@code Mojibake}). Everything else: the strongest source's first value.
 *
 * <p>This package reads the language the markup declares ({@code html lang}, content-language,
 * {@code og:locale}, JSON-LD {@code inLanguage}); {@link dev.pith.langid.PageLanguage} then checks
 * it against the extracted text and supplies one when none is declared.
 *
 * <p>Words of other languages are data, not code: month names (with inflected forms such as
 * "maja", "мая"), byline words ("Von", "Par", "Por", "Autor:", "Text:", "Di", what joins two names,
 * desks, roles) and date words (publication, update, registration labels, weekdays) are read once
 * by {@code WordLists} (the languages of {@code LanguageData.CODES}; Korean, Vietnamese and Persian pages
 * write months in figures) from {@code dev/pith/lang/<code>/months.txt}, {@code byline.txt} and
 * {@code date-words.txt}, all languages at once (a page's declared language is often missing or wrong).
 *
 * <p>{@link dev.pith.meta.DateParser} is public and reusable: many formats and languages,
 * plausibility window from 1995 to the day after a reference day ({@code DateParser.asOf},
 * today by default; {@code MetadataExtractor.read(doc, url, reference)} passes one).
 */
package dev.pith.meta;
