package dev.pith.meta;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the publication and modification dates among candidates. Candidates are grouped by
 * calendar day; a day scores the sum of the weights of the distinct sources stating it
 * ({@link Source#weight()}), so one strong source beats two weak ones while agreement breaks
 * ties; the winning day is reported in the form of its strongest source (which keeps the time
 * when one is given). Corrections follow, each for a kind of page that needed it (see
 * {@link #withoutRestamps}, {@link #withoutUpdateLines}, {@link #shownInstead}, {@link #laterShownInMarkup},
 * {@link #laterShownTime}, {@link #shownOverRecordStamp} and
 * {@link #earlierShown}).
 */
final class DateResolver {

    /** The shape of an ISO day, for length checks: shorter values are months. */
    private static final String DAY = "yyyy-MM-dd";
    /** Where month and day start in an ISO date. */
    private static final int MONTH_AT = "yyyy-".length();
    private static final int DAY_AT = "yyyy-MM-".length();
    /** The highest day of the month that also reads as a month. */
    private static final String LAST_MONTH = "12";
    /** The shape of a timestamp without a UTC offset, as {@link DateParser} writes it. */
    private static final String ZONELESS = "yyyy-MM-ddTHH:mm:ss";
    /** Where the hour starts in a timestamp. */
    private static final int HOUR_AT = "yyyy-MM-ddT".length();
    private static final int HOURS_PER_DAY = 24;
    /** The furthest offsets in use, UTC-12:00 and UTC+14:00: how far a local day can be from UTC's. */
    private static final int WESTMOST_OFFSET_HOURS = 12;
    private static final int EASTMOST_OFFSET_HOURS = 14;
    /** The shape of a UTC timestamp as pages write it, without fractions of a second. */
    private static final String UTC_ON_THE_HOUR = "yyyy-MM-ddTHH:00:00Z";
    /** The UTC hour of local midnight at UTC+3 (Moscow); +2 and +1 give 22 and 23. */
    private static final String LATEST_LOCAL_MIDNIGHT = "21";
    /** The shape of a UTC offset at the end of a timestamp. */
    private static final String OFFSET = "+hh:mm";

    /** Sources that are what the reader sees, as opposed to what the markup claims. */
    private static final Set<Source> SHOWN = EnumSet.of(Source.VISIBLE, Source.TIME_ELEMENT);
    /** Markup written for the article itself, as opposed to a CMS's page-record fields. */
    private static final Set<Source> ARTICLE_MARKUP = EnumSet.of(Source.JSON_LD, Source.OPEN_GRAPH, Source.MICRODATA);

    private DateResolver() {
    }

    /**
     * The publication date, or "", given the bare date line shown under the headline and the
     * dates the page says it was originally published on: either wins when earlier.
     */
    static String published(List<Candidate> published, List<Candidate> modified, List<Candidate> shownLine,
            List<Candidate> original) {
        return published(published, modified, shownLine, List.of(), original);
    }

    /**
     * As {@link #published(List, List, List, List)}, given also the bare date line just above
     * the headline, which stands for the line under it against a CMS record stamp
     * ({@link #shownOverRecordStamp}).
     */
    static String published(List<Candidate> published, List<Candidate> modified, List<Candidate> shownLine,
            List<Candidate> aboveLine, List<Candidate> original) {
        Set<String> swapped = swappedDays(published);
        List<Candidate> read = withoutMisreadDays(zonelessOnShownDay(inLocalTime(localMidnights(published))), swapped);
        List<Candidate> kept = withoutUpdateLines(withoutStampsAfterModification(withoutRestamps(read, modified), modified), modified);
        List<Candidate> shown = withoutMisreadDays(shownLine, swapped);
        String chosen = shownInstead(date(kept), kept, modified, shown);
        chosen = earlierShown(laterShownTime(laterShownInMarkup(chosen, kept, modified, shown), kept, modified, shown), shown);
        List<Candidate> headlineLine = shown.isEmpty() ? withoutMisreadDays(aboveLine, swapped) : shown;
        chosen = shownOverRecordStamp(shownWithoutMarkup(chosen, kept, shown), kept, headlineLine);
        return earlierShown(chosen, original);
    }

    /**
     * Reads a UTC timestamp on a full hour late in the evening ({@code 2021-11-04T23:00:00Z})
     * as the next day: it is a date without a time, stored as local midnight east of UTC
     * (Central and Eastern European, Moscow time) and converted to UTC by the CMS. Pages in
     * those zones show their readers the next day; a real publication time is rarely to the second
     * on the hour.
     */
    static List<Candidate> localMidnights(List<Candidate> published) {
        List<Candidate> out = null;
        for (int i = 0; i < published.size(); i++) {
            Candidate x = published.get(i);
            String v = x.value();
            if (v.length() == UTC_ON_THE_HOUR.length() && v.endsWith(":00:00Z")
                    && v.substring(HOUR_AT, HOUR_AT + 2).compareTo(LATEST_LOCAL_MIDNIGHT) >= 0) {
                try {
                    String next = LocalDate.parse(day(v)).plusDays(1).toString();
                    out = out == null ? new ArrayList<>(published) : out;
                    out.set(i, new Candidate(x.field(), next, x.source()));
                } catch (DateTimeParseException e) {
                    // not a calendar day: left as it is
                }
            }
        }
        return out == null ? published : out;
    }

    /**
     * Rewrites a UTC timestamp in the local offset another candidate states for the same
     * instant ({@code 2025-12-18T23:25:38Z} beside {@code 2025-12-19T04:25:38+05:00}): the page
     * shows its readers the local day, and UTC-normalised markup moves late-evening or
     * early-morning posts across midnight.
     */
    static List<Candidate> inLocalTime(List<Candidate> published) {
        Map<Instant, String> local = new HashMap<>();
        for (Candidate x : published) {
            // A "Z" timestamp is UTC already; only the others are parsed.
            OffsetDateTime t = x.value().endsWith("Z") ? null : timestamp(x.value());
            if (t != null && !t.getOffset().equals(ZoneOffset.UTC)) {
                local.putIfAbsent(t.toInstant(), x.value());
            }
        }
        if (local.isEmpty()) {
            return published;
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate x : published) {
            OffsetDateTime t = timestamp(x.value());
            String localValue = t != null && t.getOffset().equals(ZoneOffset.UTC) ? local.get(t.toInstant()) : null;
            // only a day the offset moves matters; on the same day the value stays as the source wrote it
            boolean moved = localValue != null && !day(localValue).equals(day(x.value()));
            out.add(moved ? new Candidate(x.field(), localValue, x.source()) : x);
        }
        return out;
    }

    /**
     * Reads a markup timestamp without a UTC offset ({@code 2026-02-15T03:05:48}) on the day
     * the page shows in words when that is the day before or after and a real offset can move
     * its time across midnight: a zoneless timestamp names no day for certain (servers write
     * UTC without saying so), while the page shows its readers the local day ("Feb 14, 2026 |
     * 9:05 pm"). A date shown on the timestamp's own day keeps it. A UTC timestamp
     * ({@code 2022-04-22T04:04:54Z}) is read the same way: its day is UTC's, and a page west or
     * east of it ("21 de abril de 2022 a las 22:04h" in Guatemala) shows its readers the local day,
     * unless a candidate states a local offset: that one names its zone, and
     * {@link #inLocalTime} moves only the UTC stamps of its own instant.
     */
    static List<Candidate> zonelessOnShownDay(List<Candidate> published) {
        Set<String> shownDays = new HashSet<>();
        for (Candidate x : published) {
            if (x.source() == Source.VISIBLE && x.value().length() >= DAY.length()) {
                shownDays.add(day(x.value()));
            }
        }
        if (shownDays.isEmpty()) {
            return published;
        }
        boolean zoneStated = published.stream().anyMatch(x -> localOffset(x.value()));
        List<Candidate> out = null;
        for (int i = 0; i < published.size(); i++) {
            Candidate x = published.get(i);
            String shown = SHOWN.contains(x.source()) ? null : adjacentShownDay(x.value(), shownDays, zoneStated);
            if (shown != null) {
                // a copy only for the rare page that needs one
                out = out == null ? new ArrayList<>(published) : out;
                out.set(i, new Candidate(x.field(), shown, x.source()));
            }
        }
        return out == null ? published : out;
    }

    /** The shown day before or after a zoneless or UTC timestamp's day that an offset can reach, or null. */
    private static String adjacentShownDay(String value, Set<String> shownDays, boolean zoneStated) {
        boolean utc = !zoneStated && value.length() == ZONELESS.length() + 1 && value.endsWith("Z");
        if (value.length() != ZONELESS.length() && !utc || shownDays.contains(day(value))) {
            return null;
        }
        LocalDate d;
        int hour;
        try {
            d = LocalDate.parse(day(value));
            hour = Integer.parseInt(value.substring(HOUR_AT, HOUR_AT + 2));
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        String before = d.minusDays(1).toString();
        String after = d.plusDays(1).toString();
        if (hour < WESTMOST_OFFSET_HOURS && shownDays.contains(before)) {
            return before;
        }
        return HOURS_PER_DAY - hour <= EASTMOST_OFFSET_HOURS && shownDays.contains(after) ? after : null;
    }

    /** True when the value is a timestamp with an offset other than UTC's ({@code +05:00}). */
    private static boolean localOffset(String iso) {
        OffsetDateTime t = iso.endsWith("Z") ? null : timestamp(iso);
        return t != null && !t.getOffset().equals(ZoneOffset.UTC);
    }

    /** The value as a timestamp with an offset, or null when it has no time or no offset. */
    private static OffsetDateTime timestamp(String iso) {
        if (iso.length() <= DAY.length() || !(iso.endsWith("Z") || iso.charAt(iso.length() - OFFSET.length()) == '+'
                || iso.charAt(iso.length() - OFFSET.length()) == '-')) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The days the URL path or a markup timestamp states with month and day swapped
     * ({@code /2023/october/03/} gives {@code 2023-03-10}): the other reading of an ambiguous
     * numeric date such as "03/10/2023". Only forms that cannot be ambiguous count: a URL path
     * always runs year, month, day, and so does an ISO timestamp with its time
     * ({@code 2021-11-01T05:00:14}, written by software), while a bare meta day can be as
     * ambiguous as the page text ({@code content="03-09-2026"}). Pages rendered by a framework
     * print dates month first whatever their language ("11/01/2021" on a German page). A day
     * that a markup source states as it is stays readable.
     */
    static Set<String> swappedDays(List<Candidate> published) {
        Set<String> swapped = new HashSet<>();
        Set<String> stated = new HashSet<>();
        for (Candidate x : published) {
            String v = x.value();
            if (v.length() < DAY.length() || SHOWN.contains(x.source())) {
                continue;
            }
            stated.add(day(v));
            if (x.source() == Source.URL || v.length() > DAY.length() && v.charAt(DAY.length()) == 'T') {
                String month = v.substring(MONTH_AT, MONTH_AT + 2);
                String dayOfMonth = v.substring(DAY_AT, DAY_AT + 2);
                if (!month.equals(dayOfMonth) && dayOfMonth.compareTo(LAST_MONTH) <= 0) {
                    swapped.add(v.substring(0, MONTH_AT) + dayOfMonth + "-" + month);
                }
            }
        }
        swapped.removeAll(stated);
        return swapped;
    }

    /**
     * Drops shown dates whose day is the swapped reading of the URL's or a markup timestamp's
     * day: the page wrote "03/10/2023", it was read the other way round, and the URL
     * {@code /2023/october/03/} or the timestamp says which reading the page meant.
     */
    static List<Candidate> withoutMisreadDays(List<Candidate> candidates, Set<String> swapped) {
        if (swapped.isEmpty()) {
            return candidates;
        }
        return candidates.stream()
                .filter(x -> !SHOWN.contains(x.source()) || !swapped.contains(day(x.value())))
                .toList();
    }

    /**
     * A bare date line under the headline showing an earlier day than the chosen date wins: a
     * page is not shown as published before it was, so the later markup date is a republication,
     * migration or regeneration stamp.
     */
    static String earlierShown(String chosen, List<Candidate> shownLine) {
        if (chosen.isEmpty() || shownLine.isEmpty()) {
            return chosen;
        }
        String shown = shownLine.get(0).value();
        return shown.length() >= DAY.length() && day(shown).compareTo(day(chosen)) < 0 ? shown : chosen;
    }

    /**
     * On a page whose markup states no date, the bare date line under the headline beats the
     * other dates found in its text: a date beside a byline-classed element further down may be
     * a comment's or a teaser's, while the line under the headline is the article's own.
     */
    static String shownWithoutMarkup(String chosen, List<Candidate> published, List<Candidate> shownLine) {
        if (chosen.isEmpty() || shownLine.isEmpty() || shownLine.get(0).value().length() < DAY.length()
                || published.stream().anyMatch(x -> x.source() != Source.VISIBLE)) {
            return chosen;
        }
        return shownLine.get(0).value();
    }

    /**
     * The bare date line under the headline (or, without one, just above it: a journal's
     * "Original Research · 7 April 2020" kicker row) beats a {@code <meta name>} date when no article
     * markup (JSON-LD, OpenGraph, microdata) states a publication date: small CMSs fill a
     * generic {@code <meta name="date">} or {@code dc.date} from the page record, created or
     * saved on another day (and written month first, "11/01/2023", by some), while the line
     * under the headline is the date the editor gave the story. Without such a line, the first
     * date the page shows wins when it is earlier: a story is not shown as published before
     * its record was last saved.
     */
    static String shownOverRecordStamp(String chosen, List<Candidate> published, List<Candidate> shownLine) {
        if (chosen.isEmpty()) {
            return chosen;
        }
        String chosenDay = day(chosen);
        boolean recordStamp = false;
        Candidate firstShown = null;
        for (Candidate x : published) {
            if (ARTICLE_MARKUP.contains(x.source())) {
                return chosen;
            }
            recordStamp |= x.source() == Source.META_NAME && day(x.value()).equals(chosenDay);
            firstShown = firstShown == null && x.source() == Source.VISIBLE ? x : firstShown;
        }
        if (!recordStamp) {
            return chosen;
        }
        if (!shownLine.isEmpty()) {
            return shownLine.get(0).value().length() < DAY.length() ? chosen : shownLine.get(0).value();
        }
        boolean earlier = firstShown != null && firstShown.value().length() >= DAY.length()
                && day(firstShown.value()).compareTo(chosenDay) < 0;
        return earlier ? firstShown.value() : chosen;
    }

    /**
     * A bare date line under the headline showing a later day than the chosen date wins when
     * another markup source states that day as the publication date ({@code <meta name="date">}
     * beside an older JSON-LD date): the markup disagrees with itself, and the day the page
     * shows its readers settles it (republished and reworked stories keep the JSON-LD or
     * OpenGraph date of their first version, and often state the day they were reworked as the
     * modification date too). A {@code <time>} is no such source: it is the shown line itself,
     * and a later line that only the modification date states is an unlabelled update date.
     */
    static String laterShownInMarkup(String chosen, List<Candidate> published, List<Candidate> modified,
            List<Candidate> shownLine) {
        if (chosen.isEmpty() || shownLine.isEmpty() || shownLine.get(0).value().length() < DAY.length()) {
            return chosen;
        }
        String shownDay = day(shownLine.get(0).value());
        if (shownDay.compareTo(day(chosen)) <= 0) {
            return chosen;
        }
        Candidate markup = null;
        for (Candidate x : published) {
            if (!SHOWN.contains(x.source()) && day(x.value()).equals(shownDay)
                    && (markup == null || x.source().ordinal() < markup.source().ordinal())) {
                markup = x;
            }
        }
        return markup == null ? chosen : markup.value();
    }

    /**
     * A bare date line under the headline that is a {@code <time>} showing a later day than the
     * chosen markup date wins when the markup states a modification date on yet another day:
     * stories relaunched under an old page record keep the record's creation date in OpenGraph
     * or JSON-LD (years before), and the byline shows the date the editor gave the story in a
     * machine-readable {@code <time>}. A later line alone may be an unlabelled update date
     * ({@link #laterShownInMarkup}); here the markup names the update day, and it is not this one.
     */
    static String laterShownTime(String chosen, List<Candidate> published, List<Candidate> modified,
            List<Candidate> shownLine) {
        if (chosen.isEmpty() || shownLine.isEmpty() || shownLine.get(0).value().length() < DAY.length()) {
            return chosen;
        }
        String shownDay = day(shownLine.get(0).value());
        boolean otherUpdateDay = false;
        for (Candidate m : modified) {
            if (day(m.value()).equals(shownDay)) {
                return chosen;
            }
            otherUpdateDay |= m.source() != Source.VISIBLE;
        }
        if (!otherUpdateDay || shownDay.compareTo(day(chosen)) <= 0) {
            return chosen;
        }
        for (Candidate x : published) {
            if (x.source() == Source.TIME_ELEMENT && day(x.value()).equals(shownDay)) {
                return x.value();
            }
        }
        return chosen;
    }

    /**
     * The page's date as a reader sees it: the publication date, else the update date the page
     * shows in words ("Updated on July 9, 2025" under the headline). A markup-only modification
     * date does not count, nor an update {@code <time>}: CMSs stamp them on every rebuild of
     * pages that show no date at all, and listings time-stamp their items.
     */
    static String shown(String published, List<Candidate> modified) {
        return shown(published, List.of(), modified);
    }

    /**
     * As {@link #shown(String, List)}, except that an update date shown in words beats a
     * publication date read only from framework state in a script ({@code "publishedAt"}): the
     * page shows its readers nothing of that one, and "Updated: December 31, 2024" under the
     * headline is the only date they see.
     */
    static String shown(String published, List<Candidate> publishedCandidates, List<Candidate> modified) {
        String shownUpdate = date(modified.stream().filter(x -> x.source() == Source.VISIBLE).toList());
        if (published.isEmpty() || !shownUpdate.isEmpty() && onlyInScripts(published, publishedCandidates)) {
            return shownUpdate;
        }
        return published;
    }

    /**
     * The date a reader sees when the bare date line under the headline shows the markup's
     * modification day, later than the publication date, and the page shows the publication
     * day nowhere: the only date on the page, with no word calling it an update, is what the
     * reader takes for the page's date (themes print the last-saved day under the headline and
     * keep the first publication in the markup). The publication date itself stays the
     * markup's; a line that says "Updated" leaves the publication date as the page's date.
     */
    static String shownLineOverHiddenPublication(String date, List<Candidate> published, List<Candidate> modified,
            List<Candidate> shownLine) {
        if (date.isEmpty() || shownLine.isEmpty() || shownLine.get(0).value().length() < DAY.length()) {
            return date;
        }
        String shownDay = day(shownLine.get(0).value());
        String dateDay = day(date);
        boolean modifiedThatDay = modified.stream().anyMatch(m -> m.source() != Source.VISIBLE && day(m.value()).equals(shownDay));
        if (!modifiedThatDay || shownDay.compareTo(dateDay) <= 0 || shownOn(dateDay, published)) {
            return date;
        }
        return shownLine.get(0).value();
    }

    /**
     * The day of a dated update line in the month the chosen date gives alone: a press release
     * opening "Darmstadt - Januar 2021." and closing "Aktualisiert am 17.01.2021." was online
     * on that day, and a day is what a date field promises. Any other date stays as it is.
     */
    static String dayInMonth(String chosen, List<Candidate> updateLines) {
        if (chosen.isEmpty() || chosen.length() >= DAY.length()) {
            return chosen;
        }
        for (Candidate x : updateLines) {
            if (x.value().length() >= DAY.length() && x.value().startsWith(chosen + "-")) {
                return day(x.value());
            }
        }
        return chosen;
    }

    /** True when every candidate stating the chosen day comes from script state, and one does. */
    private static boolean onlyInScripts(String chosen, List<Candidate> published) {
        String chosenDay = day(chosen);
        boolean any = false;
        for (Candidate x : published) {
            if (day(x.value()).equals(chosenDay)) {
                if (x.source() != Source.SCRIPT_DATA) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The modification date, or "" when there is none or it precedes the publication date. */
    static String modified(List<Candidate> modified, String published) {
        String m = date(modified);
        if (!published.isEmpty() && !m.isEmpty() && day(m).compareTo(day(published)) < 0) {
            return "";
        }
        return m;
    }

    static String date(List<Candidate> candidates) {
        Map<String, Set<Source>> support = new LinkedHashMap<>();
        Map<String, Candidate> strongest = new LinkedHashMap<>();
        // a month alone ("September 2022") only counts when no source gives a day
        boolean anyDay = candidates.stream().anyMatch(x -> x.value().length() >= DAY.length());
        for (Candidate x : candidates) {
            if (anyDay && x.value().length() < DAY.length()) {
                continue;
            }
            String day = day(x.value());
            support.computeIfAbsent(day, d -> EnumSet.noneOf(Source.class)).add(x.source());
            Candidate s = strongest.get(day);
            if (s == null || x.source().ordinal() < s.source().ordinal()
                    || x.source() == s.source() && x.value().length() > s.value().length()) {
                strongest.put(day, x);
            }
        }
        String bestDay = null;
        int bestScore = 0;
        for (var e : support.entrySet()) {
            int score = e.getValue().stream().mapToInt(Source::weight).sum();
            if (score > bestScore || score == bestScore && bestDay != null
                    && strongest.get(e.getKey()).source().ordinal() < strongest.get(bestDay).source().ordinal()) {
                bestDay = e.getKey();
                bestScore = score;
            }
        }
        return bestDay == null ? "" : strongest.get(bestDay).value();
    }

    /**
     * Of several publication days one source states, drops those later than that source's
     * latest modification date: a page is not published after it was last modified, so such a
     * value is a build or migration stamp ({@code published-time} beside {@code published-date}).
     * A source stating one publication day keeps it: that is all it says.
     */
    static List<Candidate> withoutStampsAfterModification(List<Candidate> published, List<Candidate> modified) {
        Map<Source, String> latestModified = new EnumMap<>(Source.class);
        for (Candidate m : modified) {
            latestModified.merge(m.source(), day(m.value()), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        Map<Source, Set<String>> days = new EnumMap<>(Source.class);
        for (Candidate x : published) {
            days.computeIfAbsent(x.source(), s -> new HashSet<>()).add(day(x.value()));
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate x : published) {
            String latest = latestModified.get(x.source());
            boolean stamp = latest != null && days.get(x.source()).size() > 1 && day(x.value()).compareTo(latest) > 0;
            if (!stamp) {
                kept.add(x);
            }
        }
        return kept.size() == published.size() ? published : kept;
    }

    /**
     * Drops a markup publication date that its own source also gives as the modification date
     * when a stronger markup source states an earlier publication day: a CMS migration or a
     * second template rewrote both of that source's dates (microdata "published" and
     * "modified" on the day of the rework, beside the OpenGraph date of the first version).
     * Only when the two values are one and the same, or the page shows the earlier day: a post
     * published and edited minutes apart on one day is common.
     */
    static List<Candidate> withoutRestamps(List<Candidate> published, List<Candidate> modified) {
        List<Candidate> kept = null;
        for (int i = 0; i < published.size(); i++) {
            Candidate x = published.get(i);
            if (!SHOWN.contains(x.source()) && restamped(x, published, modified)) {
                kept = kept == null ? new ArrayList<>(published.subList(0, i)) : kept;
            } else if (kept != null) {
                kept.add(x);
            }
        }
        return kept == null ? published : kept;
    }

    private static boolean restamped(Candidate x, List<Candidate> published, List<Candidate> modified) {
        String d = day(x.value());
        boolean sameValue = modified.stream().anyMatch(m -> m.source() == x.source() && m.value().equals(x.value()));
        boolean sameDay = sameValue || modified.stream().anyMatch(m -> m.source() == x.source() && day(m.value()).equals(d));
        if (!sameDay) {
            return false;
        }
        for (Candidate y : published) {
            if (!SHOWN.contains(y.source()) && y.source().weight() > x.source().weight() && day(y.value()).compareTo(d) < 0
                    && (sameValue || shownOn(day(y.value()), published))) {
                return true;
            }
        }
        return false;
    }

    /** True when a date the page shows falls on the day. */
    private static boolean shownOn(String d, List<Candidate> published) {
        return published.stream().anyMatch(x -> SHOWN.contains(x.source()) && day(x.value()).equals(d));
    }

    /**
     * Drops visible date lines that show the markup's modification date and none of its
     * publication dates: the page displays "updated" without saying so in words we know.
     */
    static List<Candidate> withoutUpdateLines(List<Candidate> published, List<Candidate> modified) {
        Set<String> markupPublished = new HashSet<>();
        Set<String> markupModified = new HashSet<>();
        for (Candidate x : published) {
            if (x.source() != Source.VISIBLE) {
                markupPublished.add(day(x.value()));
            }
        }
        for (Candidate x : modified) {
            if (x.source() != Source.VISIBLE) {
                markupModified.add(day(x.value()));
            }
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate x : published) {
            String d = day(x.value());
            if (x.source() != Source.VISIBLE || markupPublished.isEmpty() || !markupModified.contains(d)
                    || markupPublished.contains(d)) {
                kept.add(x);
            }
        }
        return kept;
    }

    /**
     * A markup publication date on the same day as the markup modification date, while the
     * page shows readers an earlier date, is a regeneration stamp (a CMS migration or a static
     * rebuild rewrote both): the earlier date the page shows is the publication date. Only a
     * date the page marks as its own counts as shown here: a {@code <time>}, or the bare date
     * line under the headline. A date merely found in a line of text may be a teaser's or a
     * date the prose mentions, and a post published and edited on the same day is common.
     */
    static String shownInstead(String chosen, List<Candidate> published, List<Candidate> modified,
            List<Candidate> shownLine) {
        if (chosen.isEmpty()) {
            return chosen;
        }
        String chosenDay = day(chosen);
        boolean stamped = modified.stream()
                .anyMatch(m -> m.source() != Source.VISIBLE && day(m.value()).equals(chosenDay));
        if (!stamped) {
            return chosen;
        }
        String lineDay = shownLine.isEmpty() ? "" : day(shownLine.get(0).value());
        // only the first date the page shows counts, and only when no shown date agrees with the markup
        Candidate firstShown = null;
        for (Candidate x : published) {
            if (SHOWN.contains(x.source())) {
                if (day(x.value()).equals(chosenDay)) {
                    return chosen;
                }
                firstShown = firstShown == null ? x : firstShown;
            }
        }
        boolean marked = firstShown != null
                && (firstShown.source() == Source.TIME_ELEMENT || day(firstShown.value()).equals(lineDay));
        boolean earlier = marked && firstShown.value().length() >= DAY.length()
                && day(firstShown.value()).compareTo(chosenDay) < 0;
        return earlier ? firstShown.value() : chosen;
    }

    private static String day(String iso) {
        return iso.length() >= DAY.length() ? iso.substring(0, DAY.length()) : iso;
    }
}
