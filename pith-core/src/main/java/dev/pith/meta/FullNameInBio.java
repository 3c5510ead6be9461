package dev.pith.meta;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A writer's full name from the bio the markup gives with a first name alone. Blog platforms
 * publish the author's display name, often just the first name ({@code "name":"Nils"}), beside a
 * description that opens with the full name ("Nils Pickert ist freier Autor …", "Stefanus Stahl -
 * Maschinenbauer, …"): the bio spells out who the first name is.
 */
final class FullNameInBio {

    /** The surname after the first name: a capitalised word, hyphenated parts allowed ("Lange-Fricke"). */
    private static final Pattern SURNAME = Pattern.compile("\\s+(\\p{Lu}\\p{L}+(?:-\\p{Lu}\\p{L}+)?)(?=[\\s,.:;–—-]|$)");

    private FullNameInBio() {
    }

    /** The name, spelled out with the surname its bio opens with when the name is one word; else the name as given. */
    static String of(String name, String bio) {
        if (name == null || bio == null || name.isBlank() || name.strip().indexOf(' ') >= 0) {
            return name;
        }
        String first = name.strip();
        String text = bio.strip();
        if (!text.startsWith(first)) {
            return name;
        }
        Matcher m = SURNAME.matcher(text);
        m.region(first.length(), text.length());
        if (!m.lookingAt()) {
            return name;
        }
        String full = first + " " + m.group(1);
        return AuthorNames.isName(full) ? full : name;
    }
}
