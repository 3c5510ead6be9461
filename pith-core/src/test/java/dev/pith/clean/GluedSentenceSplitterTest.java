package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class GluedSentenceSplitterTest {

    @Test
    void splitsAGluedBoundary() {
        assertThat(GluedSentenceSplitter.split("Your support makes all the difference.All Americans remaining"))
                .containsExactly("Your support makes all the difference.", "All Americans remaining");
    }

    @Test
    void splitsAfterClosingQuotesAndOtherStops() {
        assertThat(GluedSentenceSplitter.split("he said.”The rest")).containsExactly("he said.”", "The rest");
        assertThat(GluedSentenceSplitter.split("Really?Yes it is")).containsExactly("Really?", "Yes it is");
    }

    @Test
    void leavesAbbreviationsDecimalsAndUrlsAlone() {
        for (String s : new String[] {
            "The U.S. Army and the U.K. Navy", "Fruit, e.g.Apples and pears", "It rose 3.5 percent",
            "Visit example.com/Page.Html today", "See www.example.com.Then go", "Mail joe@example.org.Thanks",
            "Mr.Smith arrived", "Version v2.Beta is out", "iOS.NET build", "a.Bc"}) {
            assertThat(GluedSentenceSplitter.split(s)).as(s).containsExactly(s);
        }
    }

    @Property
    void neverLosesText(@ForAll String s) {
        String joined = String.join("", GluedSentenceSplitter.split(s));
        assertThat(withoutSpace(joined)).isEqualTo(withoutSpace(s));
    }

    private static String withoutSpace(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
