package dev.pith.meta;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The byline an author box states. Themes set the writer's name and what follows it in block
 * elements of their own: the job title ({@code <a>Ben Silverman</a><div>Games Editor</div>}), a
 * second credit line ("Written by …" over "Edited by …"), a "private message" button, the
 * initials of an avatar over the name ({@code <div>NB</div><div>Nicole Burke</div>}). Read as one
 * run of text these make a longer "name" or a second author; read line by line, the first line
 * naming a person is the byline.
 */
final class BylineBox {

    private static final Pattern LINES = Pattern.compile(Pattern.quote(ShortText.LINE_BREAK));

    private BylineBox() {
    }

    /**
     * The byline of an element whose class or id says byline or author: when its text names
     * someone, its first line naming a person; else its whole text (a generic credit,
     * "Redaktion"); null when it is longer than {@code max} characters.
     */
    static String text(Element e, int max) {
        String whole = ShortText.of(e, max);
        if (whole == null) {
            return null;
        }
        String linked = AuthorLinks.names(e);
        if (!linked.isEmpty()) {
            return linked;
        }
        String lines = ShortText.lines(e, max * 2);
        // a box naming nobody as a whole ("Hyundai | Test | auto-motor.at Redaktion") is a credit, not a name per line
        if (lines == null || !lines.contains(ShortText.LINE_BREAK) || AuthorNames.clean(whole).names().isEmpty()) {
            return whole;
        }
        List<String> split = List.of(LINES.split(lines));
        for (int i = 0; i < split.size(); i++) {
            String line = split.get(i);
            boolean initialsOfNext = i + 1 < split.size() && AuthorNames.abbreviates(line, split.get(i + 1));
            if (!initialsOfNext && !AuthorNames.clean(line).names().isEmpty()) {
                return line;
            }
        }
        return whole;
    }
}
