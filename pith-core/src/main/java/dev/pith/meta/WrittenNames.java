package dev.pith.meta;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spells out an author given as a user name, when another byline on the same page writes that
 * person's full name with the same letters. CMSs put the account name in their
 * machine-readable markup ("arianschlichenmayer", "gabor_munier") while the visible byline or
 * author box names the writer ("von Arian Schlichenmayer", "Author: Gàbor Muniér"); the
 * strongest source wins the choice, the written name its spelling.
 */
final class WrittenNames {

    /** Accents and other combining marks, dropped when comparing a handle with a name. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** What a handle has in place of the spaces of a name: nothing, a dot, an underscore, a hyphen. */
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    private WrittenNames() {
    }

    /**
     * The chosen names with each one-word name replaced by the one full name (two words or
     * more) among {@code written} made of the same letters; a name two full names could spell
     * out stays as it is.
     */
    static List<String> spelledOut(List<String> chosen, List<String> written) {
        List<String> out = new ArrayList<>(chosen.size());
        for (String name : chosen) {
            out.add(name.indexOf(' ') >= 0 ? name : spelledOut(name, written));
        }
        return out;
    }

    private static String spelledOut(String name, List<String> written) {
        String letters = letters(name);
        String found = null;
        for (String full : written) {
            if (full.indexOf(' ') < 0 || full.equalsIgnoreCase(found)) {
                continue;
            }
            // "arianschlichenmayer" is "Arian Schlichenmayer"; a first name alone is not spelled
            // out: "Stefanus" beside "Stefanus Stahl" is as often "Rabbids" beside "Rabbids Members"
            boolean spells = letters.equals(letters(full));
            if (spells && found != null) {
                return name;
            }
            found = spells ? full : found;
        }
        return found == null || letters.isEmpty() ? name : found;
    }

    /** The letters of a name, lower case, without accents: "Gàbor Muniér" and "gabor_munier" give "gabormunier". */
    static String letters(String s) {
        String decomposed = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTERS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
