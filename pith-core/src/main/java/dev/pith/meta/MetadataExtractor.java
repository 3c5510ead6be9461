package dev.pith.meta;

import dev.pith.model.Metadata;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * The meta stage: reads what the page says about itself. Runs on the whole parsed page,
 * before pruning removes the head and the furniture where bylines and dates live.
 *
 * <p>One walk over the document ({@link PageScan}) gathers the elements every source needs;
 * each {@link MetadataSource} turns them into candidate values; {@link MetadataResolver}
 * picks one value per field by precedence and agreement. A page that states nothing, or
 * states it in broken markup, gets empty fields, never an exception.
 */
public final class MetadataExtractor {

    /**
     * The sources: precedence lives in {@link Source}, so their order matters only for the last
     * one, {@link SignedLineSource}, a last resort that reads what the others found.
     */
    private static final List<MetadataSource> SOURCES = List.of(
            new JsonLdSource(), new OpenGraphSource(), new TwitterCardSource(), new MetaNameSource(),
            new MicrodataSource(), new TimeElementSource(), new VisibleSource(), new UrlDateSource(), new ScriptDataSource(),
            new DocumentSource(), new SignedLineSource());

    private MetadataExtractor() {
    }

    /**
     * Extracts metadata from a parsed page, accepting dates up to tomorrow.
     *
     * @param doc the parsed page, not yet pruned
     * @param url the page URL, or empty
     */
    public static Metadata extract(Document doc, String url) {
        return extract(doc, url, DateParser.standard());
    }

    /**
     * Extracts metadata with a given date parser (a fixed window makes results reproducible).
     *
     * @param doc   the parsed page, not yet pruned
     * @param url   the page URL, or empty
     * @param dates the parser deciding which dates are plausible
     */
    public static Metadata extract(Document doc, String url, DateParser dates) {
        return read(doc, url, dates).metadata();
    }

    /**
     * Extracts metadata and keeps the page's JSON-LD scripts, gathered by the same walk, for
     * stages that run after pruning.
     *
     * @param doc the parsed page, not yet pruned
     * @param url the page URL, or empty
     */
    public static MetaReading read(Document doc, String url) {
        return read(doc, url, DateParser.standard());
    }

    /**
     * As {@link #read(Document, String)}, with dates judged as of {@code referenceDate}: dates
     * after the day following it are implausible. Null means today, as the two-argument form.
     *
     * @param doc           the parsed page, not yet pruned
     * @param url           the page URL, or empty
     * @param referenceDate the day the page is read as of, or null for today
     */
    public static MetaReading read(Document doc, String url, LocalDate referenceDate) {
        return read(doc, url, referenceDate == null ? DateParser.standard() : DateParser.asOf(referenceDate));
    }

    private static MetaReading read(Document doc, String url, DateParser dates) {
        PageScan page = PageScan.of(doc, url, dates);
        Candidates candidates = new Candidates();
        for (MetadataSource source : SOURCES) {
            try {
                source.collect(page, candidates);
            } catch (RuntimeException e) {
                // one source tripping over hostile markup must not cost the page its other fields
            }
        }
        return new MetaReading(MetadataResolver.resolve(page, candidates), page.jsonLd);
    }
}
