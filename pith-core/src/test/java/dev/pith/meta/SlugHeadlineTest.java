package dev.pith.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SlugHeadline}: the h1 the address spells over a title that disagrees with it. */
class SlugHeadlineTest {

    @Test
    void slugWordsComeFromTheLastSegmentWithoutNumbersOrExtension() {
        assertThat(SlugHeadline.slugWords("https://x.org/r/Cooking/comments/1rl0nt4/enameled_cast_iron_pan/?utm=1"))
                .containsExactlyInAnyOrder("enameled", "cast", "iron", "pan");
        assertThat(SlugHeadline.slugWords("https://x.org/4436-9-common-food-myths-debunked.html"))
                .containsExactlyInAnyOrder("common", "food", "myth", "debunked");
        assertThat(SlugHeadline.slugWords("https://x.fr/caf%C3%A9-cr%C3%A8me")).containsExactlyInAnyOrder("cafe", "creme");
        assertThat(SlugHeadline.slugWords("")).isEmpty();
    }

    @Test
    void prefersTheH1TheSlugSpellsBetter() {
        assertThat(SlugHeadline.prefer("Climate change: 5 innovative solutions",
                List.of("", "Five innovative solutions to climate change: learning from global hotspots"),
                "https://earth.example/hotspots-of-climate-change/"))
                .isEqualTo("Five innovative solutions to climate change: learning from global hotspots");
    }

    @Test
    void keepsTheTitleWithoutASlugOrForAnH1OfOneWordOrWrappingTheTitle() {
        assertThat(SlugHeadline.prefer("Our Favourite Spots", List.of("Biking in Houston"), "https://x.org/"))
                .isEqualTo("Our Favourite Spots");
        assertThat(SlugHeadline.prefer("Shop Headphones", List.of("Headphones"), "https://x.org/all-headphones"))
                .isEqualTo("Shop Headphones");
        assertThat(SlugHeadline.prefer("Es kommt darauf an", List.of("Corona-Pandemie - Es kommt darauf an"),
                "https://x.de/corona-pandemie-es-kommt-darauf-an")).isEqualTo("Es kommt darauf an");
    }
}
