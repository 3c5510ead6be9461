package dev.pith.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Short prompts addressed to the reader rather than part of the text, in the major languages:
 * subscribe, sign up, log in, newsletter, share, comment, read more, cookies, privacy, ads,
 * copyright. Seed 000 ends with a run of them; every page dump has a few.
 */
final class CallToActionRule implements LineRule {

    /** Longer lines are prose even when they mention subscribing or sharing. */
    static final int MAX_WORDS = 25;

    /** Phrases that mark a prompt anywhere in a short line. */
    private static final Pattern PROMPT = Pattern.compile(String.join("|",
            // English
            "subscribe|sign up|sign-up|signup|sign in to|log in to|login to|register (now|for|to|here)",
            "create (an|a free|your) account|newsletter|e-?mail address|enter a valid|would like to be emailed",
            "share (this|on|via|the|your|article|story)|follow us|join (our|the) (commenting|conversation|discussion|community)",
            "leave a (comment|reply)|post a comment|add a comment|view comments|show comments|comments? (are|is) (closed|disabled)",
            "\\d+ (comments?|replies|shares)\\b|we use cookies|uses cookies|use of cookies|cookie (policy|settings|preferences|consent)",
            "accept (all )?cookies|read more|continue reading|read the full|read next|see more|show more|load more",
            "view (all|more)|learn more|click here|tap here|download (the|our) app|all rights reserved|©|copyright \\d{4}",
            "bookmark (this|your)|to bookmark|premium (subscription|subscriber|members?|content|article)|privacy (policy|notice|statement|settings)|terms (of|and) (use|service|conditions)",
            "you (might|may) also like|recommended for you|related (articles|stories|posts|content)|more (from|stories|articles)",
            "skip to (main )?content|back to top|(previous|next) (article|post|story)|filed under|tagged with",
            "advertisement|sponsored content|affiliate links?|this (article|post) (contains|may contain)",
            // German, French, Spanish, Italian, Portuguese, Dutch, Russian
            "abonnieren|jetzt anmelden|registrieren|weiterlesen|mehr lesen|datenschutz|impressum|alle rechte vorbehalten",
            "kommentare? (schreiben|anzeigen)|artikel teilen|s'abonner|abonnez|inscrivez|se connecter|lire la suite|lire aussi",
            "en savoir plus|politique de confidentialité|tous droits réservés|partager (sur|cet)|suscríbete|suscribirse",
            "regístrate|iniciar sesión|leer más|seguir leyendo|política de privacidad|derechos reservados|iscriviti",
            "accedi|leggi anche|continua a leggere|diritti riservati|assine|inscreva-se|cadastre-se|leia (mais|também)",
            "saiba mais|direitos reservados|abonneer|lees meer|alle rechten voorbehouden|подпис|войти|зарегистр",
            "читать (далее|также)|все права защищены|поделиться"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whole lines that are a button or a label, in the major languages. */
    private static final Pattern LABEL = Pattern.compile(
            "(share|tweet|email|e-mail|print|reply|replies|like|save|menu|search|log ?in|log ?out|sign ?in|register"
            + "|close|next|previous|prev|more|advertisement|ad|ads|comments?|follow|home|top|subscribe|donate|login"
            + "|teilen|anzeige|werbung|suche|partager|publicité|recherche|compartir|publicidad|buscar|condividi"
            + "|pubblicità|cerca|compartilhar|publicidade|delen|reclame|zoeken|реклама|поиск|поделиться"
            + "|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|instagram|youtube|tiktok|copy link"
            + "|\\d+ comments?|comments? \\(?\\d+\\)?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public String name() {
        return "call-to-action";
    }

    @Override
    public LineLabel classify(Line line, CleanContext context) {
        if (line.words() > MAX_WORDS) {
            return null;
        }
        String text = line.text().toLowerCase(Locale.ROOT);
        String bare = text.replaceAll("[\\s\\p{P}\\p{S}&&[^©()]]+$", "").replaceAll("^[\\s\\p{P}\\p{S}]+", "");
        return LABEL.matcher(bare).matches() || PROMPT.matcher(text).find() ? LineLabel.BOILERPLATE : null;
    }
}
