package dev.pith.clean;

import java.util.Locale;
import java.util.Set;

/**
 * The writer's bio under an article does not always have a byline above it to match
 * ({@link AuthorBio}): the page names the writer only in the bio itself, which opens with the
 * name and says what the writer does ("Kelia Losa Reinoso is a content writer at …", "Sarah
 * Schwartz is a reporter for …", "Der Autor ist Professor …"). The job title ({@code
 * lines-author-role} lists) comes within {@link #ROLE_REACH} words of the name, before any
 * punctuation; prose that mentions a reporter further on ("Die Demokratie hat keinen Ort, las
 * unser Reporter …") is no bio. The word right after the name is the job itself or a function
 * word ("is", "ist", "est": the bio says what the writer is); a verb there makes the sentence
 * about something the person did ("Anna Weber told the reporter …", "… sagte dem Redakteur").
 */
final class BioRole {

    /** The job title is at most this many words after the name: "is a veteran restaurant industry reporter". */
    static final int ROLE_REACH = 6;

    private BioRole() {
    }

    /** True when a job title follows the name that ends at {@code nameEnd}, close and before punctuation. */
    static boolean follows(String text, int nameEnd, Set<String> roles) {
        int i = nameEnd;
        for (int word = 0; word < ROLE_REACH && i < text.length(); word++) {
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start && roles.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (word == 0 && StopWords.mask(text, start, i) == 0) {
                return false; // a verb after the name: the sentence tells what the person did
            }
            if (i < text.length() && text.charAt(i) != ' ') {
                return false; // punctuation or a digit ends the clause that names the job
            }
        }
        return false;
    }
}
