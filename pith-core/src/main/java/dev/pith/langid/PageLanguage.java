package dev.pith.langid;

import dev.pith.model.Block;
import dev.pith.model.Metadata;
import java.util.List;

/** The language field of an extracted page: its declaration checked against its main text. */
public final class PageLanguage {

    private PageLanguage() {
    }

    /** Starts loading the language model in the background; call before a page's other stages. */
    public static void loadModelAhead() {
        NgramModel.loadAhead();
    }

    /**
     * The page's language: the declared one unless the text clearly contradicts it, else the
     * language of the main text, read first, then of the title and description (a page whose
     * body is a table or a gallery still has words there).
     */
    public static String of(Metadata metadata, List<Block> body) {
        TextSample sample = new TextSample();
        boolean room = true;
        for (int i = 0; i < body.size() && room; i++) {
            room = sample.add(body.get(i).text());
        }
        if (room && sample.add(metadata.title())) {
            sample.add(metadata.description());
        }
        return LanguageIdentifier.reconcile(metadata.language(), sample);
    }
}
