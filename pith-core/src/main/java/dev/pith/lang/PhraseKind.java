package dev.pith.lang;

/**
 * The kinds of per-language phrase lists, one file per language and kind:
 * {@code dev/pith/lang/<code>/<file>.txt}.
 */
public enum PhraseKind {
    /** Prompts addressed to the reader: subscribe, share, comment, rate, donate. */
    CALL_TO_ACTION("call-to-action"),
    /** Titles that introduce links elsewhere: "Related articles", "Mehr zum Thema", "Czytaj też", tags. */
    RELATED("related"),
    /** Labels of image and source credits: "Foto", "Bild", "Imagen", "Quelle". */
    CREDIT("credit"),
    /** Labels of advertising: "Anzeige", "Werbung", "Publicidad", "Sponsored". */
    ADVERT("advert"),
    /** Words of consent in a block that mentions cookies: "we use", "you agree", "akzeptieren", "accepter". */
    COOKIE_CONSENT("cookie-consent"),
    /** A language's own words for cookies, where it does not say "cookie": "бисквитки", "çerez", "kakor". */
    COOKIE_WORD("cookie-word");

    private final String file;

    PhraseKind(String file) {
        this.file = file;
    }

    /** The file name without {@code .txt}. */
    public String file() {
        return file;
    }
}
