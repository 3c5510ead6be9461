package dev.pith.classify;

import dev.pith.BlockVerdict;
import dev.pith.ExtractOptions;
import dev.pith.Pith;
import java.nio.charset.StandardCharsets;

/** Small article pages for rule tests, and the verdict the pipeline gives one of their blocks. */
final class Explained {

    /** Prose enough for the region to weigh like an article. */
    static final String PROSE = "<p>The council met on Tuesday to discuss the new harbour wall, which will be built over"
            + " the next two years at a cost that residents will share through their rates, as agreed last spring.</p>"
            + "<p>Engineers said the old wall had been damaged by storms in January and could no longer protect"
            + " the houses along the front, so work must start before the autumn tides arrive in the bay.</p>"
            + "<p>Most residents welcomed the plan, though some asked whether the cost could be spread over more"
            + " years, and the council agreed to study the idea before the final vote next month.</p>"
            + "<p>The mayor said that the town had waited long enough, and that a wall built to last a century"
            + " would pay for itself many times over in houses, shops and boats that no longer flood each winter.</p>";

    private Explained() {
    }

    /** An article page in {@code lang} whose article holds {@code body}. */
    static String page(String lang, String body) {
        return "<html lang=\"" + lang + "\"><head><title>Harbour wall</title></head><body>"
                + "<nav><a href=/>Home</a> <a href=/news>News</a></nav><article>" + body + "</article>"
                + "<footer><a href=/imprint>Imprint</a></footer></body></html>";
    }

    /** The rule that dropped the first block whose text starts with {@code start}; "" when kept. */
    static String verdict(String html, String start) {
        return Pith.explain(html.getBytes(StandardCharsets.UTF_8), "", null, ExtractOptions.DEFAULTS).blocks().stream()
                .filter(b -> b.text().startsWith(start))
                .findFirst()
                .map(BlockVerdict::rule)
                .orElseThrow(() -> new AssertionError("no block starts with " + start));
    }
}
