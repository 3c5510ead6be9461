package dev.pith.clean;

/**
 * A line that is only a date, a time or "Published 4 May 2024": byline furniture around the
 * headline, which extractors' gold leaves out.
 */
final class DateLineRule implements LineRule {

    /** A date line holds the date and a few words ("Updated", "at 5:50 am") at most. */
    static final int MAX_WORDS = 8;

    @Override
    public String name() {
        return "date-line";
    }

    @Override
    public LineLabel classify(Line line, CleanContext context) {
        return line.words() <= MAX_WORDS && !line.features.terminal() && DateFinder.isDateLine(line.text())
                ? LineLabel.BOILERPLATE : null;
    }
}
