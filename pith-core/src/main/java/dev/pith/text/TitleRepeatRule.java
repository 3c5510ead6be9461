package dev.pith.text;

import java.util.Locale;

/**
 * The headline repeated in the body (dumps carry the {@code <title>} first and the {@code <h1>}
 * again above the article). It is metadata, not body: extractors' gold leaves it out.
 */
final class TitleRepeatRule implements LineRule {

    @Override
    public String name() {
        return "title-repeat";
    }

    @Override
    public LineLabel classify(Line line, CleanContext context) {
        if (context.title().isEmpty() || line.text().length() > context.fullTitle().length() + 2) {
            return null;
        }
        String text = normalize(line.text());
        return text.equals(normalize(context.title())) || text.equals(normalize(context.fullTitle()))
                ? LineLabel.BOILERPLATE : null;
    }

    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
