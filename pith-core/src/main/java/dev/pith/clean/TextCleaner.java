package dev.pith.clean;

import dev.pith.langid.PageLanguage;
import dev.pith.model.Article;
import dev.pith.model.Block;
import dev.pith.model.Heading;
import dev.pith.model.Metadata;
import dev.pith.model.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text cleaning: a raw text capture in (a WET record, a scraper's page dump, a text
 * column), the article out. The stages: {@link TextLines} cuts lines, {@link HeaderReader}
 * takes the title and standfirst, {@link WrappedLineJoiner} joins hard-wrapped paragraphs,
 * {@link GluedSentenceSplitter} splits glued sentences,
 * {@link LineFeatures} measures each line, the {@link LineRules#CHAIN} labels it from its
 * own features and the {@link LineRules#CONTEXT} rules from its neighbours.
 *
 * <p>Stateless and thread-safe; the same input always gives the same output.
 */
public final class TextCleaner {

    /** Language detection reads at most this many lines. */
    static final int DETECTION_LINES = 2_000;
    /** A text with a larger share of control or replacement characters is not text. */
    static final double MAX_BINARY_SHARE = 0.10;
    /** Binary detection samples this many characters. */
    static final int BINARY_SAMPLE = 2_048;

    private TextCleaner() {
    }

    /** Cleans a text; never throws on bad input (binary gives an empty body). */
    public static Cleaning clean(String text, CleanOptions options) {
        CleanOptions opts = options == null ? CleanOptions.DEFAULTS : options;
        PageLanguage.loadModelAhead();
        if (looksBinary(text)) {
            return new Cleaning(new Article("", Metadata.EMPTY, List.of()), List.of());
        }
        List<String> raw = TextLines.of(text);
        HeaderReader.Header header = opts.firstLineIsTitle() ? HeaderReader.read(raw) : HeaderReader.Header.NONE;
        List<String> paragraphs = WrappedLineJoiner.join(raw.subList(header.fullTitle().isEmpty() ? 0 : 1, raw.size()));
        List<Line> lines = new ArrayList<>(raw.size());
        for (String paragraph : paragraphs) {
            GluedSentenceSplitter.split(paragraph, piece -> lines.add(new Line(LineFeatures.of(piece))));
        }
        int language = detectLanguage(lines);
        CleanContext context = new CleanContext(language, header.title(), header.fullTitle(),
                TitleRepeatLineRule.normalize(header.title()), TitleRepeatLineRule.normalize(header.fullTitle()), opts.site(), opts,
                Vocabulary.of(language));
        for (Line line : lines) {
            for (LineRule rule : LineRules.CHAIN) {
                LineLabel label = rule.classify(line, context);
                if (label != null) {
                    line.classified(label, rule);
                    break;
                }
            }
        }
        for (ContextRule rule : LineRules.CONTEXT) {
            rule.apply(lines, context);
        }
        LineRules.REGION.keep(lines, header.fullTitle());
        AuthorBio.drop(lines, context.vocabulary(), language);
        AuthorCard.drop(lines, context.vocabulary(), language);
        String published = DateFinder.published(raw);
        Metadata metadata = Metadata.builder()
                .title(header.title())
                .description(standfirst(header, lines))
                .published(published)
                .date(published)
                .language(language < 0 ? "" : StopWords.LANGUAGES.get(language))
                .build();
        List<Block> body = blocks(lines);
        Metadata checked = metadata.withLanguage(PageLanguage.of(metadata, body));
        return new Cleaning(new Article("", checked, body), decisions(header, lines));
    }

    /**
     * True when a text is mostly control or replacement characters: bytes that were never text
     * (an image, an archive) decoded as if they were.
     */
    public static boolean looksBinary(String text) {
        int n = Math.min(text.length(), BINARY_SAMPLE);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < ' ' ? c != '\n' && c != '\r' && c != '\t' && c != '\f' : c == '\uFFFD' || c >= '\u007F' && c < '\u00A0') {
                bad++;
            }
        }
        return n > 0 && bad > n * MAX_BINARY_SHARE;
    }

    private static int detectLanguage(List<Line> lines) {
        int[] hits = new int[StopWords.LANGUAGES.size()];
        int tokens = 0;
        for (int i = 0; i < lines.size() && i < DETECTION_LINES; i++) {
            LineFeatures f = lines.get(i).features;
            tokens += f.tokens();
            for (int l = 0; l < hits.length; l++) {
                hits[l] += f.stopHits()[l];
            }
        }
        return StopWords.LANGUAGES.indexOf(StopWords.detect(hits, tokens));
    }

    /** The standfirst, unless the rules found the same line to be boilerplate. */
    private static String standfirst(HeaderReader.Header header, List<Line> lines) {
        if (header.standfirst().isEmpty() || lines.isEmpty()) {
            return "";
        }
        Line first = lines.get(0);
        return first.label == LineLabel.BOILERPLATE && header.standfirst().startsWith(first.text())
                ? "" : header.standfirst();
    }

    /** Kept lines as blocks: a short line without a full stop before more text reads as a heading. */
    private static List<Block> blocks(List<Line> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.kept) {
                continue;
            }
            boolean heading = line.label == LineLabel.SHORT && !line.features.terminal()
                    && i + 1 < lines.size() && lines.get(i + 1).kept && lines.get(i + 1).label != LineLabel.SHORT;
            blocks.add(heading ? new Heading(2, line.text()) : new Paragraph(line.text()));
        }
        return blocks;
    }

    private static List<LineDecision> decisions(HeaderReader.Header header, List<Line> lines) {
        List<LineDecision> out = new ArrayList<>(lines.size() + 1);
        if (!header.fullTitle().isEmpty()) {
            out.add(new LineDecision(header.fullTitle(), LineLabel.BOILERPLATE, "title", false));
        }
        for (Line line : lines) {
            out.add(new LineDecision(line.text(), line.label, line.rule, line.kept));
        }
        return out;
    }
}
