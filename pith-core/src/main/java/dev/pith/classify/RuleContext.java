package dev.pith.classify;

import dev.pith.block.BlockTree;
import dev.pith.block.TextBlock;
import dev.pith.lang.Language;
import dev.pith.lang.LanguageData;
import dev.pith.lang.Phrases;
import dev.pith.lang.PageLanguage;
import dev.pith.lang.PhraseKind;
import dev.pith.parse.Ancestors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/** What block rules may read besides the block itself. Immutable, but for a page-wide finding made on first use. */
public final class RuleContext {

    private final List<TextBlock> blocks;
    private final Region region;
    private final String title;
    private final Set<Element> teaserCards;
    private final Set<Integer> repeats;
    private final Language language;
    /** Script widgets ({@link ScriptWidgets}), found on first use: once per page, not once per block. */
    private Set<Element> scriptWidgets;
    /** Teaser summaries in the region ({@link TruncatedTeasers}), found on first use. */
    private Set<Integer> truncatedTeasers;
    /** Where closing reader appeals may start ({@link ReaderAppealRule#tailStart}); -1 until first use. */
    private int readerAppealTail = -1;
    /** Each block's text as phrase lists compare it, normalised once: five rules ask for it. */
    private final String[] phraseTexts;
    /** How many of the region's blocks carry each text ({@link #recurrencesInRegion}), counted on first use. */
    private Map<String, Integer> textCounts;
    /** The title as {@link TitleRepeatRule#normalize} compares it: once per page, not once per block. */
    private final String titleKey;
    /** The blocks and their ancestors, for the page-wide findings made on first use; null in hand-built contexts. */
    private BlockTree tree;
    /** The articles appended below the page's own ({@link FollowingArticles}), found on first use. */
    private Set<Element> followingArticles;
    /** The page's description as the metadata stage found it, or empty. */
    private String description = "";
    /** The kind of page its markup declares ({@code product}, {@code article}, ...), or empty. */
    private String pageType = "";
    /** {@link #openingText} before its first use. */
    private static final int NOT_SOUGHT_YET = -2;
    /** The index of the opening text before the region ({@link OpeningText}), -1 if none. */
    private int openingText = NOT_SOUGHT_YET;
    /** The sections that "related" headings open ({@link RelatedSections}), found on first use. */
    private Set<Element> relatedSections;
    /** The customer reviews sections of a product page ({@link ReviewSections}), found on first use. */
    private Set<Element> reviewSections;
    /** The small forms inside the region ({@link FormTextRule#find}), found on first use. */
    private Set<Element> smallForms;
    /** Whether the region's entries carry bylines ({@link #inListOfEntries}); null until first use. */
    private Boolean entryBylines;
    /** The author cards beside a thread's posts ({@link AuthorCards}); found on first use. */
    private Set<Element> authorCards;
    /** The region's blocks grouped by their template's name ({@link PostFigures#byShape}); found on first use. */
    private Collection<List<TextBlock>> blocksByShape;
    /** The figure lines of a thread's posts ({@link PostFigures}); found on first use. */
    private Set<Integer> postFigures;
    /** The members' titles beside a thread's posts ({@link MemberTitles}); found on first use. */
    private Set<Integer> memberTitles;
    /** The index of the region's first price line ({@link PriceLineRule}), -1 until asked. */
    private int firstPriceLine = -1;
    /** The stamps of a Q&A thread's posts, of several verbs ({@link PostStamps}); found on first use. */
    private Set<Integer> postStamps;
    /** Per block index, whether it lies in a dialog the region is not part of ({@link DialogRule}); found on first use. */
    private boolean[] inDialogs;
    /** Linked titles that alternate with their entries' text ({@link EntryTitles}), found on first use. */
    private Set<Element> entryTitles;
    /** The tree's children grouped by shape, and their measures, when teaser cards were sought in them: entry titles reuse both. */
    private AlikeChildren alikeChildren;
    private SiblingMeasures siblingMeasures;
    /** The title's words that are prompts on their own ({@link TitleTopics}), found on first use. */
    private TitleTopics titleTopics;

    /**
     * A context over a page's blocks.
     *
     * @param blocks      all blocks of the page, in document order
     * @param region      the chosen main-content region
     * @param title       the page's headline as the metadata stage found it, or empty
     * @param teaserCards elements that are teaser cards (see {@link TeaserCards})
     * @param repeats     indices of in-region blocks whose text an earlier in-region block already has
     * @param language    the page's language, which selects the phrase lists rules consult
     */
    public RuleContext(List<TextBlock> blocks, Region region, String title, Set<Element> teaserCards,
                       Set<Integer> repeats, Language language) {
        this.blocks = List.copyOf(blocks);
        this.region = region;
        this.title = title == null ? "" : title;
        this.teaserCards = teaserCards;
        this.repeats = repeats;
        this.language = language;
        this.titleKey = TitleRepeatRule.normalize(this.title);
        this.phraseTexts = new String[this.blocks.size()];
    }

    /** All blocks of the page, in document order. */
    public List<TextBlock> blocks() {
        return blocks;
    }

    /** The chosen main-content region. */
    public Region region() {
        return region;
    }

    /** The page's headline as the metadata stage found it, or empty. */
    public String title() {
        return title;
    }

    /** Elements that are teaser cards (see {@link TeaserCards}). */
    public Set<Element> teaserCards() {
        return teaserCards;
    }

    /** Indices of in-region blocks whose text an earlier in-region block already has. */
    public Set<Integer> repeats() {
        return repeats;
    }

    /** The page's language; {@link Language#UNKNOWN} when it declares none. */
    public Language language() {
        return language;
    }

    /** The page's script widgets (see {@link ScriptWidgets}); empty on most pages. */
    Set<Element> scriptWidgets() {
        if (scriptWidgets == null) {
            scriptWidgets = blocks.isEmpty() ? Set.of() : ScriptWidgets.find(blocks.get(0).owner().ownerDocument().body());
        }
        return scriptWidgets;
    }

    /** Whether the block at index {@code i} is a cut-off teaser summary (see {@link TruncatedTeasers}). */
    boolean isTruncatedTeaser(int i) {
        if (truncatedTeasers == null) {
            truncatedTeasers = TruncatedTeasers.find(blocks, region);
        }
        return truncatedTeasers.contains(i);
    }

    /** Block {@code i}'s text after {@link Phrases#normalize}, the form every phrase list is matched against. */
    String phraseText(int i) {
        String text = phraseTexts[i];
        if (text == null) {
            text = Phrases.normalize(blocks.get(i).text());
            phraseTexts[i] = text;
        }
        return text;
    }

    /**
     * Whether the region, a list of entries, gives each entry its byline or date: at least
     * {@link BylineRule#MIN_ENTRY_BYLINES} of its blocks read as one. Counted on first use.
     */
    boolean inListOfEntries() {
        if (entryBylines == null) {
            entryBylines = BylineRule.countInRegion(this) >= BylineRule.MIN_ENTRY_BYLINES;
        }
        return entryBylines;
    }

    /** The author cards beside a thread's posts (see {@link AuthorCards}); empty on most pages. */
    Set<Element> authorCards() {
        if (authorCards == null) {
            authorCards = AuthorCards.find(region);
        }
        return authorCards;
    }

    /** The region's blocks by their template's name, which the figure lines and the members' titles both group by. */
    private Collection<List<TextBlock>> blocksByShape() {
        if (blocksByShape == null) {
            blocksByShape = PostFigures.byShape(blocks, region);
        }
        return blocksByShape;
    }

    /** The indexes of the figure lines beside a thread's posts (see {@link PostFigures}); empty on most pages. */
    Set<Integer> postFigures() {
        if (postFigures == null) {
            postFigures = PostFigures.find(blocksByShape());
        }
        return postFigures;
    }

    /** The index of the region's first price line, the product's own price (see {@link PriceLineRule}). */
    int firstPriceLine() {
        if (firstPriceLine < 0) {
            firstPriceLine = PriceLineRule.firstPriceLine(this);
        }
        return firstPriceLine;
    }

    /** The indexes of the stamps in a slot of a Q&A thread's posts (see {@link PostStamps}); empty on most pages. */
    Set<Integer> postStamps() {
        if (postStamps == null) {
            postStamps = PostStamps.find(blocksByShape());
        }
        return postStamps;
    }

    /** The indexes of the members' titles beside a thread's posts (see {@link MemberTitles}); empty on most pages. */
    Set<Integer> memberTitles() {
        if (memberTitles == null) {
            Set<Element> records = new HashSet<>(authorCards());
            postFigures().forEach(i -> records.add(blocks.get(i).owner()));
            memberTitles = MemberTitles.find(blocksByShape(), records);
        }
        return memberTitles;
    }

    /** The index from which blocks may be the article's closing reader appeal (see {@link ReaderAppealRule}). */
    int readerAppealTail() {
        if (readerAppealTail < 0) {
            readerAppealTail = ReaderAppealRule.tailStart(this);
        }
        return readerAppealTail;
    }

    /**
     * How many blocks of the region carry the block's text (compared ignoring case), the block
     * itself included: labels and category links recur from item to item, titles and names do not.
     */
    int recurrencesInRegion(TextBlock block) {
        if (textCounts == null) {
            textCounts = textCounts(blocks, region);
        }
        return textCounts.getOrDefault(block.text().toLowerCase(Locale.ROOT), 0);
    }

    private static Map<String, Integer> textCounts(List<TextBlock> blocks, Region region) {
        Map<String, Integer> counts = new HashMap<>();
        for (TextBlock b : blocks) {
            if (region.contains(b.owner())) {
                counts.merge(b.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Whether the block at index {@code i} lies in a modal dialog that the region itself is not inside. */
    boolean isInDialog(int i) {
        if (inDialogs == null) {
            inDialogs = tree == null || region.roots().stream().anyMatch(Dialogs::isInside)
                    ? new boolean[blocks.size()] : Dialogs.blocksInModals(tree);
        }
        return inDialogs[i];
    }

    /** Whether the block at index {@code i} is the page's opening text set before the region (see {@link OpeningText}). */
    boolean isOpeningText(int i) {
        if (openingText == NOT_SOUGHT_YET) {
            openingText = OpeningText.find(blocks, region, description);
        }
        return openingText == i;
    }

    /** Whether the block lies in an article appended below the page's own (see {@link FollowingArticles}). */
    boolean inFollowingArticle(TextBlock block) {
        if (followingArticles == null) {
            followingArticles = FollowingArticles.find(blocks, region);
        }
        return !followingArticles.isEmpty() && Ancestors.isWithin(block.owner(), followingArticles);
    }

    /** The title's words that the page's calls to action would take for prompts (see {@link TitleTopics}). */
    TitleTopics titleTopics() {
        if (titleTopics == null) {
            titleTopics = title.isEmpty() ? TitleTopics.NONE
                    : TitleTopics.of(title, LanguageData.phrases(language, PhraseKind.CALL_TO_ACTION));
        }
        return titleTopics;
    }

    /** Whether the block lies in an entry's linked title (see {@link EntryTitles}). */
    boolean isEntryTitle(TextBlock block) {
        if (entryTitles == null) {
            if (tree != null && alikeChildren == null) {
                alikeChildren = AlikeChildren.of(tree);
                siblingMeasures = SiblingMeasures.of(tree, alikeChildren);
            }
            entryTitles = tree == null ? Set.of() : EntryTitles.find(tree, alikeChildren, siblingMeasures);
        }
        return !entryTitles.isEmpty() && Ancestors.isWithin(block.owner(), entryTitles);
    }

    /** The sections that "related" headings open in the region (see {@link RelatedSections}); empty on most pages. */
    Set<Element> relatedSections() {
        if (relatedSections == null) {
            relatedSections = tree == null ? Set.of() : RelatedSections.find(this, tree);
        }
        return relatedSections;
    }

    Set<Element> reviewSections() {
        if (reviewSections == null) {
            reviewSections = tree == null ? Set.of() : ReviewSections.find(this, tree);
        }
        return reviewSections;
    }

    Set<Element> smallForms() {
        if (smallForms == null) {
            smallForms = tree == null ? Set.of() : FormTextRule.find(this, tree);
        }
        return smallForms;
    }

    String titleKey() {
        return titleKey;
    }

    /** The kind of page the markup declares, as {@code Metadata.pageType} names it, or empty. */
    String pageType() {
        return pageType;
    }

    /**
     * A context with the teaser cards found over the tree of the page's blocks, for a page in the
     * language its document declares.
     */
    public static RuleContext of(BlockTree tree, Region region, String title) {
        Language declared = tree.blocks().isEmpty() ? Language.UNKNOWN
                : PageLanguage.of(tree.blocks().get(0).owner().ownerDocument());
        return of(tree, region, title, declared);
    }

    /**
     * A context as {@link #of(BlockTree, Region, String)} builds it, that also knows the page's
     * description, which names the opening text ({@link OpeningText}).
     */
    public static RuleContext of(BlockTree tree, Region region, String title, String description) {
        RuleContext context = of(tree, region, title);
        context.description = description == null ? "" : description;
        return context;
    }

    /**
     * A context as {@link #of(BlockTree, Region, String, String)} builds it, that also knows the
     * kind of page the metadata stage read from the markup ({@code Metadata.pageType}): JSON-LD
     * says what a page is, but its scripts are pruned before blocks are classified.
     */
    public static RuleContext of(BlockTree tree, Region region, String title, String description, String pageType) {
        RuleContext context = of(tree, region, title, description);
        context.pageType = pageType == null ? "" : pageType;
        return context;
    }

    /** A context with the teaser cards found over the tree of the page's blocks, for a page in {@code language}. */
    public static RuleContext of(BlockTree tree, Region region, String title, Language language) {
        AlikeChildren alike = region.kind() == Region.Kind.ARTICLE ? AlikeChildren.of(tree) : null;
        SiblingMeasures measures = alike != null ? SiblingMeasures.of(tree, alike) : null;
        Set<Element> cards = alike != null ? TeaserCards.find(tree, alike, measures) : Set.of();
        RuleContext context = new RuleContext(tree.blocks(), region, title, cards, repeats(tree.blocks(), region), language);
        context.tree = tree;
        context.alikeChildren = alike;
        context.siblingMeasures = measures;
        return context;
    }

    private static Set<Integer> repeats(List<TextBlock> blocks, Region region) {
        List<TextBlock> candidates = new ArrayList<>();
        for (TextBlock b : blocks) {
            if (RepeatedTextRule.applies(b) && region.contains(b.owner())) {
                candidates.add(b);
            }
        }
        int[] lengths = sortedLengths(candidates);
        Map<String, Integer> first = new HashMap<>();
        Set<Integer> repeats = new HashSet<>();
        for (TextBlock b : candidates) {
            // a text of a length no other candidate has repeats nothing: its hash is never computed
            if (occursTwice(lengths, b.text().length()) && first.putIfAbsent(b.text(), b.index()) != null) {
                repeats.add(b.index());
            }
        }
        if (repeats.isEmpty()) {
            return repeats;
        }
        // judged against all repeats, so that a copy's own item is not taken for text of its own
        Set<Integer> notCopies = new HashSet<>();
        for (int i : repeats) {
            int original = first.get(blocks.get(i).text());
            if (ItemRepeats.belongsToItem(blocks, original, i, repeats)
                    || RepeatedTextRule.isWritersOwn(blocks.get(original), blocks.get(i))) {
                notCopies.add(i);
            }
        }
        repeats.removeAll(notCopies);
        return repeats;
    }

    /** The blocks' text lengths, in ascending order. */
    private static int[] sortedLengths(List<TextBlock> blocks) {
        int[] lengths = new int[blocks.size()];
        for (int k = 0; k < lengths.length; k++) {
            lengths[k] = blocks.get(k).text().length();
        }
        Arrays.sort(lengths);
        return lengths;
    }

    /** Whether {@code value}, one of the {@code sorted} values, occurs there at least twice. */
    private static boolean occursTwice(int[] sorted, int value) {
        int at = Arrays.binarySearch(sorted, value);
        return at > 0 && sorted[at - 1] == value || at + 1 < sorted.length && sorted[at + 1] == value;
    }
}
