package dev.pith.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.Pith;
import org.junit.jupiter.api.Test;

class SplitMarkedBodyTest {

    private static final String[] TOPICS = {"harbour", "railway", "library", "orchard", "glacier", "market",
        "observatory", "vineyard", "lighthouse", "quarry"};

    /** A paragraph of plain prose, different for every seed so that no rule sees a repeat. */
    private static String paragraph(int seed) {
        String topic = TOPICS[seed % TOPICS.length];
        return "<p>The old " + topic + " number " + seed + " was rebuilt after the storm, and the people who "
                + "worked there told us how the " + topic + " changed their town over the years. Some of them "
                + "remembered the winter of " + (1900 + seed) + ", when the " + topic + " stayed open day and "
                + "night, and everyone who came for help found a warm room and a meal.</p>";
    }

    private static String paragraphs(int from, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            sb.append(paragraph(i));
        }
        return sb.toString();
    }

    /** An article body split in two marked containers, each in its own section, a figure between. */
    private static String splitBody(String secondPartWrapperOpen, String secondPartWrapperClose) {
        return "<html><body><div id=post>"
                + "<div class=section><div class=wrap><div class='post-content lead'>" + paragraphs(0, 6) + "</div></div></div>"
                + "<div class=section><figure><img src=a.jpg><figcaption>A harbour at dusk.</figcaption></figure></div>"
                + "<div class=section>" + secondPartWrapperOpen + "<div class=inner><div class='post-content'>"
                + paragraphs(20, 4) + "</div></div>" + secondPartWrapperClose + "</div>"
                + "</div><footer><a href=/a>About</a> <a href=/b>Contact</a></footer></body></html>";
    }

    @Test
    void theCousinPartsOfASplitMarkedBodyJoinIt() {
        String text = Pith.extract(splitBody("<section class=outer>", "</section>"), "").text();
        assertThat(text).contains("The old harbour number 0").contains("The old harbour number 20");
    }

    @Test
    void aMarkedPartInsideADialogDoesNotJoin() {
        String text = Pith.extract(splitBody("<div role=dialog aria-modal=true>", "</div>"), "").text();
        assertThat(text).contains("The old harbour number 0").doesNotContain("The old harbour number 20");
    }
}
