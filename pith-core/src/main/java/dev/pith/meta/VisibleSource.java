package dev.pith.meta;

import dev.pith.lang.LanguageData;
import dev.pith.parse.Ancestors;
import dev.pith.util.Chars;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a reader sees: the byline and the date line. Read from elements whose class or id says
 * byline, author or date, from {@code rel=author} links, and from the short lines right under
 * the headline ("By Jane Doe", "September 28, 2022"), or for dates just above it. Comments and
 * teasers are skipped.
 */
final class VisibleSource implements MetadataSource {

    /** Longer element text is a paragraph or an author bio, not a byline or a date line. */
    static final int MAX_LINE_LENGTH = 200;
    /** Longest bare date line: the date and a short label ("Published: 28 September 2022" is 28). */
    static final int MAX_BARE_DATE_LINE = 30;
    /** Longest update line read anywhere: a label, a date and a time ("Zuletzt aktualisiert am 17. Januar 2021 um 10:15 Uhr"). */
    static final int MAX_UPDATE_LINE = 60;
    /** Date lines read; the article's comes first, later ones belong to other content. */
    static final int MAX_DATE_LINES = 3;
    /**
     * How far into the lead paragraph its date may stand: a label and the date ("Pressemitteilung
     * vom 25. Januar 2022 |", "01.02.2022 „Der …") fit, a date deeper in the prose does not.
     */
    static final int LEAD_DATE_SPAN = 40;
    /**
     * A paragraph's own text (its children's left out) at least this long is running prose: a
     * date line's labels around its date ("Posted on … by … in …") are shorter.
     */
    static final int MIN_PROSE_LENGTH = 80;
    /**
     * The hAtom microformat's classes of the modification and publication dates: a WordPress
     * theme prints both, the update stamp often in a hidden {@code <span class="updated">}.
     */
    private static final String HATOM_UPDATED = "updated";
    private static final String HATOM_PUBLISHED = "published";
    private static final String DATE_MODIFIED = "dateModified";
    /** A machine timestamp as text ("2022-12-07T10:10:52+01:00"): printed for parsers, hidden from readers. */
    private static final Pattern MACHINE_TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d");
    /** The shape of an ISO day: shorter dates are months alone. */
    private static final String DAY = "yyyy-MM-dd";
    /** Digits in the year of an ISO date. */
    private static final int YEAR_DIGITS = 4;

    /**
     * A line that starts with a byline prefix and a name ("By Jane", "Von Hans", "Par Loïc",
     * "作者：张三"). Under the headline a user name in lower case is a byline too ("by
     * damianduchamps"), so any letter may start the name there.
     */
    private static final Pattern BY = Pattern.compile(
            BylineWords.BY + BylineWords.SEPARATOR + "\\s*\\p{L}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Photo credit labels of every language (the cleaner's {@code photo-credit} lists), lower case. */
    private static final List<String> PHOTO_CREDITS = LanguageData.CODES.stream()
            .flatMap(code -> LanguageData.entries(code, "photo-credit").stream())
            .map(label -> label.toLowerCase(Locale.ROOT))
            .toList();
    /** The first characters of the photo credit labels ({@link #isPhotoCredit}). */
    private static final BitSet PHOTO_CREDIT_INITIALS = initials(PHOTO_CREDITS);
    /** Elements that act rather than label. */
    private static final Set<String> CONTROLS = Set.of("a", "button");
    /** A line whose own text is a byline prefix alone: the name is in a child link or bold ("Von <b>Jane</b>"). */
    private static final Pattern BY_ALONE = Pattern.compile(
            BylineWords.BY + "(?:" + BylineWords.SEPARATOR + "|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The end of a line after a dash or bar: words without digits or punctuation ("… - Amelie
     * Loevenich"). Possessive and anchored at the end, so a line is read once per separator.
     */
    private static final Pattern NAME_AFTER_SEPARATOR = Pattern.compile("\\s[-–—|]\\s([^-–—|\\d,;:()]++)$");
    /** A line that starts by labelling its date as the publication date. */
    private static final Pattern PUBLICATION_LABEL = Pattern.compile(
            DateWords.PUBLISHED.pattern() + "(?: on)?:?\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Reads the bylines, then the date: beside the first byline, on the date lines, under the
     * headline, just above it, on a labelled line elsewhere, heading a thread's first post; each
     * later place only while the earlier ones gave none. Update lines are read wherever they stand.
     */
    @Override
    public void collect(PageScan page, Candidates out) {
        Element firstByline = bylines(page, out);
        int dates = dateLines(page, dateBesideByline(page, firstByline, out), out);
        HeadlineDates underHeadline = underHeadline(page, out);
        boolean dated = underHeadline.dated() || aboveHeadline(page, underHeadline.offered(), out);
        if (!dated && dates == 0 && !labelledDateElsewhere(page, out)) {
            firstPostDate(page, out);
        }
        for (Element e : page.updateLines) {
            updateLine(page, e, out);
        }
    }

    /** What the lines under the headline gave: a day, and whether a bare date line was offered. */
    private record HeadlineDates(boolean dated, boolean offered) {
    }

    /** Adds the byline elements' authors; the first byline that gave one, or null. */
    private static Element bylines(PageScan page, Candidates out) {
        Element firstByline = null;
        for (Element e : page.bylines) {
            String after = bylineAfterDate(page, e);
            String text = after != null ? after : BylineBox.text(e, MAX_LINE_LENGTH);
            if (text != null && text.length() <= MAX_LINE_LENGTH && !page.furniture.contains(e)) {
                out.add(Field.AUTHOR, text, Source.VISIBLE);
                firstByline = firstByline == null ? e : firstByline;
            } else if (text == null || text.length() > MAX_LINE_LENGTH) {
                // a byline block that also holds a widget (a rating form, share buttons): its opening line
                String opening = ShortText.leadingInline(e, MAX_LINE_LENGTH);
                if (!opening.isEmpty() && !page.furniture.contains(e)) {
                    out.add(Field.AUTHOR, opening, Source.VISIBLE);
                }
            }
        }
        return firstByline;
    }

    /**
     * The date line usually shares a container with the byline ("By Jane Doe · Sept. 28, 2022"):
     * the byline's short ancestors, nearest first, up to the first date. The dates found, 0 or 1.
     */
    private static int dateBesideByline(PageScan page, Element firstByline, Candidates out) {
        for (Element p = firstByline; p != null; p = p.parent()) {
            String text = ShortText.of(p, MAX_LINE_LENGTH);
            if (text == null || text.length() > MAX_LINE_LENGTH || "body".equals(p.normalName())) {
                return 0;
            }
            if (date(page, p, text, out)) {
                return 1;
            }
        }
        return 0;
    }

    /** Adds the dates of the page's date lines, up to {@link #MAX_DATE_LINES} with those found before; the count. */
    private static int dateLines(PageScan page, int dates, Candidates out) {
        int found = dates;
        for (Element e : page.dateLines) {
            String text = found < MAX_DATE_LINES ? ShortText.of(e, MAX_LINE_LENGTH) : null;
            if (text != null && date(page, e, text, out)) {
                found++;
            }
        }
        return found;
    }

    /** The authors and the date of the short lines under the headline, and the lead's opening date. */
    private HeadlineDates underHeadline(PageScan page, Candidates out) {
        Headline headline = page.headline();
        List<Element> after = headline == null ? List.of() : headline.after;
        boolean dated = false;
        boolean offered = false;
        boolean leadSeen = false;
        for (Element e : after) {
            String own = e.ownText();
            if (own.length() > MAX_LINE_LENGTH && !leadSeen) {
                leadSeen = true;
                dated = dated || leadDate(page, e, own, out);
            }
            if (own.isBlank() || own.length() > MAX_LINE_LENGTH || mentionedInProse(e)) {
                continue;
            }
            // Anchored at the start: lookingAt, not find, which would try every position.
            String text = linkedNamesOr(e, byline(e, own));
            text = text != null ? text : bylineAfterDate(page, e);
            if (text != null && !page.furniture.contains(e)) {
                out.add(Field.AUTHOR, text, Source.VISIBLE);
            }
            if (!dated) {
                String d = dateOf(page, e, own, out);
                // a theme's update stamp under the headline ("updated" class) is no publication line
                if (d != null && !offered && !statesUpdate(e) && !updateBlock(e)) {
                    bareDateLine(page, own, Field.SHOWN_DATE, out);
                    nameAfterDate(own, out);
                    offered = true;
                }
                // a month alone ("Januar/Februar 2022" naming a magazine issue) does not end the search for a day
                dated = d != null && d.length() >= DAY.length();
            }
        }
        return new HeadlineDates(dated, offered);
    }

    /** No date under the headline: the date line may sit just above it ("Last updated: …", a kicker). */
    private static boolean aboveHeadline(PageScan page, boolean offered, Candidates out) {
        Headline headline = page.headline();
        List<Element> before = headline == null ? List.of() : headline.before;
        boolean dated = false;
        for (Element e : before) {
            if (dated) {
                break;
            }
            String own = e.ownText();
            String d = own.isBlank() ? null : dateOf(page, e, own, out);
            if (d != null && !offered && !statesUpdate(e)) {
                bareDateLine(page, own, Field.DATE_ABOVE_HEADLINE, out);
            }
            dated = d != null;
        }
        return dated;
    }

    /** Last resort: a labelled date line elsewhere ("Posted on 15/12/2025 by …" closing the article). */
    private static boolean labelledDateElsewhere(PageScan page, Candidates out) {
        for (Element e : page.labelledDates) {
            String line = DateLabels.PUBLICATION.labelledLine(e);
            boolean dated;
            if (line != null) {
                dated = labelledLineDate(page, line, out);
            } else {
                String text = ShortText.of(e, MAX_LINE_LENGTH);
                dated = text != null && date(page, e, text, out);
            }
            if (dated) {
                return true;
            }
        }
        return false;
    }

    /** On a forum thread without date markup, the date heading its first post ("#1 2025-11-01 15:14:37"). */
    private static void firstPostDate(PageScan page, Candidates out) {
        for (Element e : page.firstPost) {
            String own = e.ownText();
            if (!own.isBlank() && date(page, e, own, out)) {
                return;
            }
        }
    }

    /**
     * Adds the date of a line an update label opens, wherever it stands ("<b>Aktualisiert am
     * </b>17.01.2021." closing a press release), as {@link Field#UPDATE_LINE}: far from the
     * headline such a stamp is as often a whole site's (documentation footers), so it only
     * gives the day of a month the page states alone. The label may stand alone in its own
     * element, the date after it in the parent's text.
     */
    private static void updateLine(PageScan page, Element e, Candidates out) {
        if (page.furniture.containsDate(e)) {
            return;
        }
        String line = DateLabels.UPDATE.labelledLine(e);
        Optional<String> d = dateIn(page, line != null ? line : ShortText.of(e, MAX_UPDATE_LINE));
        if (d.isEmpty() && e.parent() != null) {
            d = dateIn(page, ShortText.of(e.parent(), MAX_UPDATE_LINE));
        }
        d.ifPresent(date -> out.add(Field.UPDATE_LINE, date, Source.VISIBLE));
    }

    /**
     * The element's text when it is a byline: its own text starts with a byline prefix and a
     * name, or with the prefix alone and the whole text, child elements included, goes on with
     * the name ("Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022"). Else null, and
     * null for a photo credit ("Photo by <a>…</a> on Unsplash"), which names a photographer.
     */
    private static String byline(Element e, String own) {
        String opening = own.strip();
        if (isPhotoCredit(opening) || !BylineWords.mayStartWithBy(own) && !BylineWords.mayStartWithBy(opening)) {
            // every test below matches the byline words at the start of the own text or its opening
            return null;
        }
        if (BY_ALONE.matcher(opening).matches() && opening.equals(ShortText.of(e, MAX_LINE_LENGTH))) {
            String sibling = labelledBySibling(e, opening);
            if (sibling != null) {
                return sibling;
            }
        }
        Matcher by = BY.matcher(own);
        if (by.lookingAt()) {
            return BylineProse.opensWithPhrase(own, by.end() - 1) ? null : ShortText.of(e, MAX_LINE_LENGTH);
        }
        if (!BY_ALONE.matcher(opening).lookingAt()) {
            return null;
        }
        String whole = ShortText.of(e, MAX_LINE_LENGTH);
        return whole != null && BY.matcher(whole).lookingAt() ? whole : null;
    }

    /**
     * The names a byline line links to their authors' pages ({@link AuthorLinks}) when it is a
     * byline, else the line: "By <a>A. J. Neal</a> View In Digital Edition" names A. J. Neal.
     */
    private static String linkedNamesOr(Element e, String byline) {
        if (byline == null) {
            return null;
        }
        String linked = AuthorLinks.names(e);
        return linked.isEmpty() ? byline : linked;
    }

    /**
     * The byline of a label standing alone in its element, the name in the next one
     * ({@code <p>Written by</p><p>Edzel Tabing</p>}): an author box sets label and name as two
     * lines. The label and that line, read together; null when no short line follows.
     */
    private static String labelledBySibling(Element label, String opening) {
        // a link or button saying "Edit" ("编辑") beside another control is a tool bar, not a label
        if (CONTROLS.contains(label.normalName())) {
            return null;
        }
        Element next = label.nextElementSibling();
        String name = next == null ? null : ShortText.of(next, AuthorNames.MAX_NAME_LENGTH);
        return name == null || name.isBlank() || !BY.matcher(opening + " " + name).lookingAt() ? null : opening + " " + name;
    }

    /**
     * The byline inside a date line that a byline word does not open ("Posted on September 21,
     * 2020 by Adi Tzlil" → "by Adi Tzlil", "12 марта 2004 г. Автор: Иван Петров", "Pubblicato il
     * 12 marzo 2004 da Mario Rossi"): blog themes and older sites print the date first. Read from
     * the element's first line (its text before any block child: an author box's next block
     * holds the writer's position, not more of the name); null when that line names nobody
     * after a date. A number alone before the byline word ("12 photos by …") is no date.
     */
    private static String bylineAfterDate(PageScan page, Element e) {
        String line = ShortText.leadingInline(e, MAX_LINE_LENGTH);
        int by = BylineWords.bylineAfterDate(line);
        if (by < 0 || page.dates.find(line.substring(0, by), page.monthFirst).isEmpty()) {
            return null;
        }
        return line.substring(by);
    }

    /** True when the line opens with a photo credit label ("Photo by", "Foto:"): it names a photographer. */
    static boolean isPhotoCredit(String line) {
        if (!line.isEmpty() && line.charAt(0) < Chars.ASCII_END && !PHOTO_CREDIT_INITIALS.get(Chars.toLowerCase(line.charAt(0)))) {
            // most lines open with a letter no label starts with: no need to lower-case them
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        return PHOTO_CREDITS.stream().anyMatch(lower::startsWith);
    }

    /**
     * The first characters of {@link #PHOTO_CREDITS}. For an ASCII character, the first
     * character of a lower-cased line is its own lower case, so a line whose lower-cased ASCII
     * initial is not among them starts with no label.
     */
    private static BitSet initials(List<String> labels) {
        BitSet initials = new BitSet();
        for (String label : labels) {
            if (label.isEmpty()) {
                // an empty label starts every line
                initials.set(0, Chars.ASCII_END);
            } else {
                initials.set(label.charAt(0));
            }
        }
        return initials;
    }

    /**
     * The date that opens the lead paragraph, the first long text under the headline: press
     * releases and agency copy start their first paragraph with it ("01.02.2022 „Der
     * Arbeitsmarkt …", "Pressemitteilung vom 25. Januar 2022 | Berlin – …") and show no
     * separate date line. A date further into the paragraph is one the story mentions.
     */
    private static boolean leadDate(PageScan page, Element e, String own, Candidates out) {
        String opening = own.strip();
        return date(page, e, opening.substring(0, Math.min(LEAD_DATE_SPAN, opening.length())), out);
    }

    /**
     * True for an inline element inside a paragraph of running prose that it does not open: a
     * date set in bold in the middle of a sentence ("Im Video blickt sie am <b>Mittwoch,
     * 13.10.2021</b> zurück") is a date the story mentions, not the page's date line.
     */
    private static boolean mentionedInProse(Element e) {
        Element p = e.parent();
        if (p == null || e.isBlock() || !"p".equals(p.normalName())) {
            return false;
        }
        return !opens(p, e) && p.ownText().strip().length() >= MIN_PROSE_LENGTH;
    }

    /** True when the element is the first thing in its parent but white space. */
    private static boolean opens(Element parent, Element e) {
        for (org.jsoup.nodes.Node n : parent.childNodes()) {
            if (n == e) {
                return true;
            }
            if (!(n instanceof org.jsoup.nodes.TextNode t) || !t.isBlank()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The first date line under the headline, when it is bare ("Apr 26, 2023", "On 8 Oct 2022",
     * "Published March 9, 2026"): what the reader takes for the page's date. Offered as
     * {@link Field#SHOWN_DATE}, or as {@link Field#DATE_ABOVE_HEADLINE} for the line just above
     * a headline with none under it; update and latest-activity lines ("Last post: …") are not,
     * nor a machine timestamp printed as text, which themes hide from readers.
     */
    private static void bareDateLine(PageScan page, String own, Field field, Candidates out) {
        String text = own.strip();
        if (text.length() > MAX_BARE_DATE_LINE || DateWords.UPDATED.matcher(text).find() || DateWords.LATEST.matcher(text).find()
                || MACHINE_TIMESTAMP.matcher(text).lookingAt()) {
            return;
        }
        page.dates.find(text, page.monthFirst).ifPresent(d -> out.add(field, d, Source.VISIBLE));
    }

    /**
     * The writer named after the date in the date line under the headline ("11.12.2019 - Amelie
     * Loevenich", "25.10.2022 | Reiner Nagel"): small CMSs print date and writer in one line
     * without a "By". Only a full name (two words or more) counts: one word after a dash is as
     * often a place or a section ("12.03.2020 - Berlin").
     */
    private static void nameAfterDate(String own, Candidates out) {
        String line = own.strip();
        Matcher m = NAME_AFTER_SEPARATOR.matcher(line);
        // a digit before the name: the date the name follows
        if (!m.find() || !Chars.hasDigit(line, 0, m.start())) {
            return;
        }
        String name = m.group(1).strip();
        List<String> names = AuthorNames.clean(name).names();
        if (names.size() == 1 && names.get(0).equals(name) && name.indexOf(' ') > 0) {
            out.add(Field.AUTHOR, name, Source.VISIBLE);
        }
    }

    /**
     * Adds the date of a line a publication label opens among the lines of one block ("Erschienen
     * am: 01.11.2023" under "Letzte Änderung: …"), even in a page footer: the label says whose
     * date it is, and a site prints such facts of the page there when it shows no date elsewhere.
     */
    private static boolean labelledLineDate(PageScan page, String line, Candidates out) {
        if (line.length() > MAX_LINE_LENGTH || !PUBLICATION_LABEL.matcher(line).lookingAt()) {
            return false;
        }
        Optional<String> d = page.dates.find(line, page.monthFirst);
        d.ifPresent(date -> out.add(Field.PUBLISHED, date, Source.VISIBLE));
        return d.isPresent();
    }

    /** The date a short line states; empty for none, or for a line too long (null). */
    private static Optional<String> dateIn(PageScan page, String line) {
        return line == null || line.length() > MAX_UPDATE_LINE ? Optional.empty() : page.dates.find(line, page.monthFirst);
    }

    /** Adds the date a line states, as published or (when it says so) modified; true if one was found. */
    private static boolean date(PageScan page, Element e, String text, Candidates out) {
        return dateOf(page, e, text, out) != null;
    }

    /**
     * Adds the date a line states, as published or (when it says so) modified, and returns it;
     * null when the line states none that is the page's. Quoted and embedded posts
     * ({@code <blockquote>}: an embedded tweet under the headline) carry their own dates, and a
     * member's registration line ("Registriert: 18.09.2008") on a forum dates the member.
     */
    private static String dateOf(PageScan page, Element e, String text, Candidates out) {
        if (text.isBlank() || text.length() > MAX_LINE_LENGTH) {
            return null;
        }
        Optional<String> d = page.dates.find(text, page.monthFirst);
        if (d.isEmpty() || page.furniture.containsDate(e) && !labelledPublication(e) || Ancestors.closest(e, "blockquote") != null
                || registration(e, text)) {
            return null;
        }
        originalDate(page, text, out);
        // "Updated 14/03/2024 | Published 12/03/2024": the line's first date is the update
        LabelledDates both = LabelledDates.of(page, text);
        if (both != null) {
            out.add(Field.PUBLISHED, both.published(), Source.VISIBLE);
            out.add(Field.MODIFIED, both.updated(), Source.VISIBLE);
            return both.published();
        }
        boolean update = isUpdateLine(text, d.get()) || statesUpdate(e);
        out.add(update ? Field.MODIFIED : Field.PUBLISHED, d.get(), Source.VISIBLE);
        return d.get();
    }

    /** True when the element's markup, or the label beside it, calls its date the modification date. */
    private static boolean statesUpdate(Element e) {
        return marksUpdate(e) || labelledAsUpdate(e);
    }

    /**
     * True when the words around the element in its parent label it an update and none a
     * publication ("Updated <time>Jul 24, 2018</time>"): bylines set the label and the date in
     * separate elements, so the date's own text does not say which date it is.
     */
    private static boolean labelledAsUpdate(Element e) {
        Element parent = e.parent();
        if (parent == null) {
            return false;
        }
        String around = parent.ownText();
        return around.length() <= MAX_BARE_DATE_LINE && DateWords.UPDATED.matcher(around).find()
                && !DateWords.PUBLISHED.matcher(around).find();
    }

    /**
     * True when the short block holding the date calls it an update in a sibling element
     * ("<span>Last updated:</span><time>Sep 4, 2025</time>"): the reader is told which date it
     * is, so the line is no bare date line.
     */
    private static boolean updateBlock(Element e) {
        Element parent = e.parent();
        String block = parent == null ? null : ShortText.of(parent, MAX_LINE_LENGTH);
        return block != null && DateWords.UPDATED.matcher(block).find() && !DateWords.PUBLISHED.matcher(block).find();
    }

    /**
     * True when the element's markup calls its date the modification date: hAtom "updated" (not
     * also "published"), or schema.org's {@code itemprop="dateModified"}.
     */
    private static boolean marksUpdate(Element e) {
        return e.hasClass(HATOM_UPDATED) && !e.hasClass(HATOM_PUBLISHED)
                || DATE_MODIFIED.equalsIgnoreCase(e.attr("itemprop"));
    }

    /** True when the line, or the element's whole text, starts with a registration label ("Joined", "Registriert:"). */
    private static boolean registration(Element e, String text) {
        if (DateWords.JOINED.matcher(text).lookingAt()) {
            return true;
        }
        String whole = ShortText.of(e, MAX_LINE_LENGTH);
        return whole != null && DateWords.JOINED.matcher(whole).lookingAt();
    }

    /**
     * True when the block holding a date line is a publication label and the date alone
     * ("Published" over "July 8, 2025"): a post's meta box says so even where the theme puts
     * it in a sidebar, while the dates of teasers in sidebars and footers stand beside titles.
     */
    private static boolean labelledPublication(Element e) {
        Element block = e.parent();
        String text = block == null ? null : ShortText.of(block, MAX_LINE_LENGTH);
        return text != null && text.length() <= MAX_BARE_DATE_LINE && PUBLICATION_LABEL.matcher(text).lookingAt();
    }

    /**
     * "This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly
     * updated": the page names its first publication date in words, whatever other dates it
     * shows or its markup states. Offered as {@link Field#ORIGINAL_DATE}: the date after the label.
     */
    private static void originalDate(PageScan page, String text, Candidates out) {
        Matcher m = DateWords.ORIGINALLY.matcher(text);
        if (m.find()) {
            page.dates.find(text.substring(m.end()), page.monthFirst)
                    .ifPresent(d -> out.add(Field.ORIGINAL_DATE, d, Source.VISIBLE));
        }
    }

    /**
     * True when the line introduces its date as an update: an update label ("Updated", "last
     * modified") before the date and no publication label. A label after the date belongs to a
     * second date ("2019-02-23, 09:14 PM (This post was last modified: 2019-02-24)"): the first
     * date is the original one.
     */
    static boolean isUpdateLine(String text, String isoDate) {
        Matcher update = DateWords.UPDATED.matcher(text);
        if (!update.find() || DateWords.PUBLISHED.matcher(text).find()) {
            return false;
        }
        // the date's year marks where it is written; every date form spells the year out
        int year = text.indexOf(isoDate.substring(0, YEAR_DIGITS));
        return year < 0 || update.start() < year;
    }
}
