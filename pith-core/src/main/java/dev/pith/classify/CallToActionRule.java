package dev.pith.classify;

import dev.pith.block.TextBlock;
import dev.pith.util.Stems;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Short prompts addressed to the reader rather than part of the story: subscribe, sign up,
 * share, follow, comment, cookie notices, "Advertisement" labels. News pages (seed 000) carry
 * several of them inside the article container, where pruning by class cannot reach.
 */
final class CallToActionRule implements BlockRule {

    /** Longer blocks are prose even when they mention subscribing. */
    static final int MAX_WORDS = 35;

    /** Phrases that mark a prompt wherever they occur in a short block. */
    private static final Stems PHRASES = Stems.of(
            "subscribe", "sign up", "sign-up", "signup", "newsletter", "log in to", "login to",
            "register to", "create an account", "share this", "share on", "share via", "follow us",
            "follow @", "join our commenting", "join the conversation", "join the discussion",
            "comments are closed", "comments have been closed", "comments are disabled",
            "leave a comment", "leave a reply", "cookie policy", "cookie settings", "accept cookies",
            "accept all cookies", "continue reading", "click here", "tap here", "download the app",
            "download our app", "all rights reserved", "©", "want to bookmark", "bookmark this",
            "premium subscription", "please enter a valid", "i would like to be emailed",
            "privacy policy", "privacy notice", "terms of use", "terms of service",
            "you might also like", "recommended for you", "support our journalism",
            "support independent journalism", "make a donation", "donate now", "donate today");

    /** Phrases that mark a prompt in a sentence; a heading "Chocolate chip cookies" is a recipe. */
    private static final List<String> IN_SENTENCES = List.of("cookies");

    /** Phrases that mark a prompt when the block starts with them ("More from …" is a rail title). */
    private static final List<String> OPENINGS = List.of(
            "read more", "read next", "more from", "related articles", "related stories",
            "related posts", "related:", "see also", "advertisement");

    /** Labels that are prompts only when they are the whole block. */
    private static final Set<String> WHOLE = Set.of(
            "advertisement", "advert", "sponsored", "anzeige", "publicité", "publicidad", "share",
            "tweet", "email", "print", "reply", "like", "save", "comments", "comment", "close",
            "caption", "back to gallery", "previous", "next", "loading", "search");

    private static final Pattern COPYRIGHT = Pattern.compile("copyright \\d{4}|^comments? \\(?\\d+\\)?$");

    @Override
    public String name() {
        return "call-to-action";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        if (block.words() > MAX_WORDS) {
            return false;
        }
        String text = block.text().toLowerCase(Locale.ROOT).strip();
        if (WHOLE.contains(withoutTrailingPunctuation(text))) {
            return true;
        }
        if (PHRASES.foundIn(text)) {
            return true;
        }
        if (block.stops() > 0) {
            for (String phrase : IN_SENTENCES) {
                if (text.contains(phrase)) {
                    return true;
                }
            }
        }
        for (String opening : OPENINGS) {
            if (text.startsWith(opening)) {
                return true;
            }
        }
        // The regex needs "copyright" or an opening "comment"; most blocks have neither.
        return (text.contains("copyright") || text.startsWith("comment")) && COPYRIGHT.matcher(text).find();
    }

    /** {@code text} without the ASCII punctuation ({@code \p{Punct}}) it ends with: "Share:" is "Share". */
    private static String withoutTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && isAsciiPunctuation(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
