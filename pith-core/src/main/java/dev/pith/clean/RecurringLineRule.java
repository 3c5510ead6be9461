package dev.pith.clean;

/**
 * Corpus mode: a line that recurs across many documents of the same site is the site's
 * furniture (menus, appeals, footers), however prose-like it reads — a news site's donation
 * appeal ("Your support helps us…") is on every one of its articles.
 */
final class RecurringLineRule implements LineRule {

    /**
     * Shorter lines are left to the other rules: across a corpus of many sites, headings such as
     * "Overview" or "Ingredients" recur too, and short furniture is caught by the prompt rules.
     */
    static final int MIN_WORDS = 5;

    @Override
    public String name() {
        return "recurring";
    }

    @Override
    public LineLabel classify(Line line, CleanContext context) {
        return line.words() >= MIN_WORDS && context.options().recurring().recurs(context.site(), line.text())
                ? LineLabel.BOILERPLATE : null;
    }
}
