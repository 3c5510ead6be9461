package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import dev.pith.lang.LanguageData;
import dev.pith.lang.PhraseKind;
import dev.pith.lang.Phrases;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Short prompts addressed to the reader rather than part of the story: subscribe, sign up,
 * share, follow, comment, rate this article, donate, "Advertisement" labels. News pages carry
 * several of them inside the article container, where pruning by class cannot reach. The
 * phrases are per-language data ({@code call-to-action.txt}), chosen by the page's language.
 * A point of a list the text makes that mentions them in passing stays ({@link ContentListItem}),
 * and so does a block that names the page's topic when the title makes a prompt word one
 * ({@link TitleTopics}: a post about newsletters).
 */
final class CallToActionRule implements BlockRule {

    /** Longer blocks are prose even when they mention subscribing. */
    static final int MAX_WORDS = 35;

    /** A bare comment count ("Comments (3)"): the link to the thread, not part of the story. */
    private static final Pattern COMMENT_COUNT = Pattern.compile("^comments? \\(?\\d+\\)?$");

    @Override
    public String name() {
        return "call-to-action";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        // code is read as code: "subscribe" in it names a function, it is no prompt
        if (block.words() > MAX_WORDS || block.kind() == BlockKind.CODE) {
            return false;
        }
        String text = context.phraseText(i);
        Phrases prompts = LanguageData.phrases(context.language(), PhraseKind.CALL_TO_ACTION);
        if (prompts.matches(text)) {
            return !ContentListItem.is(block, prompts) && !namesTheTopic(text, prompts, context);
        }
        // a sentence about cookies is a notice only with words of consent: CookieNoticeRule
        // the regex needs an opening "comment"; most blocks have none (copyright notices: CopyrightNoticeRule)
        return text.startsWith("comment") && COMMENT_COUNT.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether the block matches only by the page's topic words ({@link TitleTopics}): a post about newsletters. */
    private static boolean namesTheTopic(String text, Phrases prompts, RuleContext context) {
        TitleTopics topics = context.titleTopics();
        return !topics.isEmpty() && !prompts.matches(topics.strip(text));
    }
}
