package dev.pith.text;

import java.util.List;
import java.util.Set;

/**
 * Short prompts addressed to the reader rather than part of the text, in the major languages:
 * subscribe, sign up, log in, newsletter, share, comment, read more, cookies, privacy, ads,
 * copyright. Seed 000 ends with a run of them; every page dump has a few.
 */
final class CallToActionRule implements LineRule {

    /** Longer lines are prose even when they mention subscribing or sharing. */
    static final int MAX_WORDS = 25;
    /** A longer line with this many prompts is a sign-up box flattened into one line (seed 000's last line). */
    static final int MIN_PROMPTS_IN_LONG_LINE = 3;
    /** Beyond this length even a prompt-laden line is left to the prose rules. */
    static final int MAX_PROMPT_BOX_WORDS = 120;

    /** Phrases that mark a prompt anywhere in a short line ({@code *}: prefix). */
    static final List<String> PROMPTS = List.of(
            // English
            "subscribe", "subscribed", "subscription", "sign up", "sign-up", "signup", "sign in to", "log in to",
            "login to", "register now", "register for", "register to", "register here", "create an account",
            "create a free account", "create your account", "newsletter*", "email address", "e-mail address",
            "enter a valid", "would like to be emailed", "share this", "share on", "share via", "share the",
            "share your", "share article", "share story", "follow us", "join our commenting", "join the conversation",
            "join the discussion", "join our community", "leave a comment", "leave a reply", "post a comment",
            "add a comment", "view comments", "show comments", "comments are closed", "comments is closed",
            "comments are disabled", "we use cookies", "uses cookies", "use of cookies", "cookie policy",
            "cookie settings", "cookie preferences", "cookie consent", "accept cookies", "accept all cookies",
            "read more", "continue reading", "read the full", "read next", "see more", "show more", "load more",
            "view all", "view more", "learn more", "click here", "tap here", "click to", "opens in new window", "open in new window", "download the app", "download our app",
            "all rights reserved", "©", "copyright", "bookmark this", "bookmark your", "to bookmark",
            "premium subscription", "premium subscriber", "premium members", "premium content", "privacy policy",
            "privacy notice", "privacy statement", "privacy settings", "terms of use", "terms of service",
            "terms and conditions", "you might also like", "you may also like", "recommended for you",
            "related articles", "related stories", "related posts", "related content", "more from", "more stories",
            "more articles", "skip to content", "skip to main content", "back to top", "previous article",
            "next article", "previous post", "next post", "previous story", "next story", "filed under",
            "tagged with", "advertisement", "sponsored content", "affiliate link*", "this article contains",
            "this post contains", "this post may contain", "this article may contain",
            // German, French, Spanish, Italian, Portuguese, Dutch, Russian
            "abonnieren", "jetzt anmelden", "registrieren", "weiterlesen", "mehr lesen", "datenschutz*", "impressum",
            "alle rechte vorbehalten", "kommentar schreiben", "kommentare anzeigen", "artikel teilen", "s'abonner",
            "abonnez*", "inscrivez*", "se connecter", "lire la suite", "lire aussi", "en savoir plus",
            "politique de confidentialité", "tous droits réservés", "partager sur", "partager cet", "suscríbete",
            "suscribirse", "regístrate", "iniciar sesión", "leer más", "seguir leyendo", "política de privacidad",
            "derechos reservados", "iscriviti", "accedi", "leggi anche", "continua a leggere", "diritti riservati",
            "assine", "inscreva-se", "cadastre-se", "leia mais", "leia também", "saiba mais", "direitos reservados",
            "abonneer*", "lees meer", "alle rechten voorbehouden", "подпис*", "войти", "зарегистр*", "читать далее",
            "читать также", "все права защищены", "поделиться");

    /** Whole lines that are a button or a label (digits and punctuation around them ignored). */
    private static final BareLineSet LABELS = new BareLineSet(Set.of(
            "share", "shares", "tweet", "email", "e-mail", "print", "reply", "replies", "like", "likes", "save",
            "menu", "search", "login", "log in", "logout", "log out", "sign in", "signin", "register", "close",
            "next", "previous", "prev", "more", "advertisement", "ad", "ads", "comment", "comments", "follow", "home",
            "top", "subscribe", "donate", "teilen", "anzeige", "werbung", "suche", "partager", "publicité",
            "recherche", "compartir", "publicidad", "buscar", "condividi", "pubblicità", "cerca", "compartilhar",
            "publicidade", "delen", "reclame", "zoeken", "реклама", "поиск", "поделиться", "facebook", "twitter",
            "x", "linkedin", "whatsapp", "pinterest", "reddit", "telegram", "instagram", "youtube", "tiktok",
            "copy link", "share this", "share this article", "comments closed", "view comments"));

    @Override
    public String name() {
        return "call-to-action";
    }

    @Override
    public LineLabel classify(Line line, CleanContext context) {
        if (line.words() > MAX_WORDS) {
            // a flattened sign-up box ends on a button label, not a full stop; prose is skipped cheaply
            return line.words() <= MAX_PROMPT_BOX_WORDS && !line.features.terminal()
                    && line.cues().prompts() >= MIN_PROMPTS_IN_LONG_LINE
                    ? LineLabel.BOILERPLATE : null;
        }
        return LABELS.matches(line.text()) || line.cues().prompts() > 0 ? LineLabel.BOILERPLATE : null;
    }
}
