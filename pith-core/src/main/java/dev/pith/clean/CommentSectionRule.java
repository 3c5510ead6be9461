package dev.pith.clean;

import dev.pith.util.Chars;
import dev.pith.util.TextMetrics;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reader comments under an article are not the article: once enough prose has been seen, a
 * comment-section header ("34 responses to …", "Comments", "Leave a Reply") or the first
 * commenter byline ("joe says:", "Milan on September 12, 2018 at 4:47 pm said:") ends the
 * body. News and blog dumps carry whole comment threads after the story.
 */
final class CommentSectionRule implements ContextRule {

    /** Prose words needed before a header counts: a "Comments" link in the menu does not. */
    static final int MIN_WORDS_BEFORE = 150;
    /**
     * Prose words needed before a dated commenter byline ("Milan on September 12, 2018 at 4:47 pm
     * said:"): no menu carries one, so a short post above it (an open thread's call for questions)
     * is enough.
     */
    static final int MIN_WORDS_BEFORE_DATED_BYLINE = 30;
    /** A commenter byline is short. */
    static final int MAX_BYLINE_WORDS = 14;

    private static final Pattern COUNTED_HEADER = Pattern.compile(
            "^(\\d+|one|two) (comments?|responses?|thoughts?|reactions?)( (to|on)\\b.*)?$|^comments? \\(\\d+\\)$");

    /** A comment byline with the date and time, as WordPress prints it. */
    private static final String DATED_BYLINE = "^.{1,40} on .{6,30} at \\d{1,2}[:.]\\d{2}.{0,6} said\\s*:$";

    /**
     * Blog comment bylines: a name of up to four words before "says:" ("joe says:", not "Here is
     * what my son says:", which introduces a testimonial in the text), "Milan on September 12, 2018 at 4:47 pm said:". */
    private static final Pattern BYLINE = Pattern.compile(
            "^(\\S+ ){0,3}\\S+ (says|commented)\\s*:$|" + DATED_BYLINE);

    /** The dated form of {@link #BYLINE}: "Milan on September 12, 2018 at 4:47 pm said:". */
    private static final Pattern BLOG_BYLINE = Pattern.compile(DATED_BYLINE);

    /** Per-post buttons of forum software (digits and punctuation around them ignored). */
    private static final BareLineSet THREAD_BUTTONS = new BareLineSet(Set.of(
            "reply", "replies", "quote", "report", "permalink", "add a comment", "share", "like"));

    /** A page with comment counts of this many different numbers is a listing whose teasers carry them. */
    static final int LISTING_MIN_COUNTS = 3;

    /** A count heading with the number in parentheses is short: "Vos réactions (11)", "Alle Kommentare (0)". */
    static final int MAX_PARENTHESISED_COUNT_WORDS = 4;

    /** Lines below a plain heading read for the first prose paragraph or comment cue. */
    static final int OPENING_LINES = 3;

    /** A page with this many thread markers is a forum thread: its replies are the content. */
    static final int THREAD_MIN_MARKERS = 4;

    @Override
    public String name() {
        return "comment-section";
    }

    @Override
    public void apply(List<Line> lines, CleanContext context) {
        if (isThread(lines)) {
            return;
        }
        boolean listing = countsUnderTeasers(lines, context.vocabulary());
        int prose = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if ((prose >= MIN_WORDS_BEFORE || prose >= MIN_WORDS_BEFORE_DATED_BYLINE && isBlogCommentByline(line))
                    && startsComments(line, context.vocabulary())
                    && !(listing && isCount(line, context.vocabulary()))
                    && !headsProseSection(lines, i, context.vocabulary())
                    && !RepeatedCommentLabel.isPerItemButton(lines, i)
                    && !RepeatedCommentLabel.isBylineCount(lines, i, prose, l -> startsComments(l, context.vocabulary()))) {
                for (int j = i; j < lines.size(); j++) {
                    lines.get(j).label(LineLabel.BOILERPLATE, name());
                }
                return;
            }
            if (line.label == LineLabel.GOOD) {
                prose += line.words();
            }
        }
    }

    /**
     * True when the page holds comment counts of several different numbers ("0 comments",
     * "14 comments", "2 comments"): a listing prints one under every teaser, so a count there is
     * the teaser's, not a section header. An article repeats its one count ("109 Comments" in
     * the byline and over the thread).
     */
    private static boolean countsUnderTeasers(List<Line> lines, Vocabulary vocabulary) {
        Set<String> numbers = new HashSet<>();
        for (Line line : lines) {
            if (line.words() <= MAX_BYLINE_WORDS && isCount(line, vocabulary)
                    && numbers.add(RepeatedCommentLabel.firstNumber(line.text())) && numbers.size() >= LISTING_MIN_COUNTS) {
                return true;
            }
        }
        return false;
    }

    /** A comment count: a number and a comment word, in either order. */
    private static boolean isCount(Line line, Vocabulary vocabulary) {
        String text = line.text();
        return isCountedHeader(text, vocabulary) || !text.isEmpty() && Character.isDigit(text.charAt(0))
                && COUNTED_HEADER.matcher(line.lower()).find();
    }

    /**
     * True when the line is a plain heading ("Discussion", "Comments?") whose section opens
     * with prose before any boilerplate or comment cue: the DISCUSSION section of a manual
     * page or a paper. A comment section opens with a form, a commenter's name and date, a
     * count, buttons, or a commenter's byline with a date or time ("par JPA le 7 mai 2020 -
     * 12:38.") before the first comment's text. A heading with a count, or one the line rules
     * already call boilerplate (a "Comments" button), belongs to the comments whatever follows.
     */
    private static boolean headsProseSection(List<Line> lines, int heading, Vocabulary vocabulary) {
        String text = lines.get(heading).text();
        if (lines.get(heading).label == LineLabel.BOILERPLATE || Chars.hasDigit(text)
                || !vocabulary.commentHeadings.matches(text)) {
            return false;
        }
        int end = Math.min(lines.size(), heading + 1 + OPENING_LINES);
        for (int j = heading + 1; j < end; j++) {
            Line line = lines.get(j);
            if (line.label == LineLabel.GOOD) {
                return true;
            }
            if (line.label == LineLabel.BOILERPLATE || startsComments(line, vocabulary)
                    || line.words() <= MAX_BYLINE_WORDS && (Chars.hasDigit(line.text()) || isThreadMarker(line.text()))) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the page is a forum thread. A blog's comment byline ("Milan on September 12, 2018
     * at 4:47 pm said:") ends in "said:" too, but it heads a comment under a post, not a quote
     * inside a reply: it counts as no thread marker.
     */
    private static boolean isThread(List<Line> lines) {
        int markers = 0;
        for (Line line : lines) {
            if (line.words() <= MAX_BYLINE_WORDS && isThreadMarker(line.text()) && !isBlogCommentByline(line)
                    && ++markers >= THREAD_MIN_MARKERS) {
                return true;
            }
        }
        return false;
    }

    /** A blog comment's byline with its date and time: "Milan on September 12, 2018 at 4:47 pm said:". */
    private static boolean isBlogCommentByline(Line line) {
        return endsWithIgnoreCase(line.text(), "said:") && BLOG_BYLINE.matcher(line.lower()).find();
    }

    /** A per-post button, or a quote byline ("joe said:", "ann wrote:"). */
    private static boolean isThreadMarker(String text) {
        return endsWithIgnoreCase(text, "said:") || endsWithIgnoreCase(text, "wrote:") || THREAD_BUTTONS.matches(text);
    }

    private static boolean endsWithIgnoreCase(String text, String suffix) {
        return text.regionMatches(true, text.length() - suffix.length(), suffix, 0, suffix.length());
    }

    private static boolean startsComments(Line line, Vocabulary vocabulary) {
        if (line.words() > MAX_BYLINE_WORDS) {
            return false;
        }
        String text = line.text();
        if (vocabulary.commentHeadings.matches(text) || isCountedHeader(text, vocabulary)) {
            return true;
        }
        // the regular expressions run only on lines of the right shape: they backtrack
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        return (Character.isDigit(first) || startsWithIgnoreCase(text, "one ") || startsWithIgnoreCase(text, "two ")
                || startsWithIgnoreCase(text, "comment")) && COUNTED_HEADER.matcher(line.lower()).find()
                || text.endsWith(":") && BYLINE.matcher(line.lower()).find();
    }

    /** A count and a comment word ({@code comment-count} lists): "12 Kommentare", "3 Gedanken zu „…“", "Vos réactions (11)". */
    private static boolean isCountedHeader(String text, Vocabulary vocabulary) {
        return countFirst(text, vocabulary) || countInParentheses(text, vocabulary);
    }

    /**
     * A comment word with the count after it in parentheses, in any language ("Vos réactions
     * (11)", "Kommentare (0)", "View comments (31)"): the heading over the thread, or the byline's
     * link to it ({@link RepeatedCommentLabel#isBylineCount} tells which).
     */
    private static boolean countInParentheses(String text, Vocabulary vocabulary) {
        int open = text.lastIndexOf('(');
        if (open < 2 || !text.endsWith(")") || open + 2 >= text.length()
                || TextMetrics.words(text) > MAX_PARENTHESISED_COUNT_WORDS) {
            return false;
        }
        for (int k = open + 1; k < text.length() - 1; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        int wordEnd = open;
        while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        // a prefix entry ("komment*") ends inside the word, a whole word at its end
        return wordStart < wordEnd && vocabulary.commentCounts.endOfPhraseAt(text, wordStart) > wordStart;
    }

    /** The count before the comment word: "12 Kommentare", "3 Gedanken zu „…“". */
    private static boolean countFirst(String text, Vocabulary vocabulary) {
        int i = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return vocabulary.commentCounts.endOfPhraseAt(text, i) >= 0;
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
