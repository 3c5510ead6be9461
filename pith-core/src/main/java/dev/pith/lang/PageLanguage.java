package dev.pith.lang;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The language a page declares: {@code <html lang>} (or {@code xml:lang}), else a
 * {@code Content-Language} meta element, else {@code og:locale}. The declaration is not checked
 * against the text here; a page that declares nothing is {@link Language#UNKNOWN}, and rules then
 * consult the data of every language.
 */
public final class PageLanguage {

    private PageLanguage() {
    }

    public static Language of(Document doc) {
        if (doc == null) {
            return Language.UNKNOWN;
        }
        Element html = doc.selectFirst("html");
        if (html != null) {
            Language declared = Language.of(html.hasAttr("lang") ? html.attr("lang") : html.attr("xml:lang"));
            if (declared.isKnown()) {
                return declared;
            }
        }
        Element meta = doc.selectFirst("meta[http-equiv~=(?i)content-language], meta[property=og:locale]");
        return meta == null ? Language.UNKNOWN : Language.of(meta.attr("content"));
    }
}
