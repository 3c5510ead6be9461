package dev.pith.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {

    private static final Deduplicator DEFAULT = new Deduplicator(DedupOptions.defaults());

    private static Deduplicator.Doc doc(String id, String text, String site) {
        return new Deduplicator.Doc(id, text, site, 0, "");
    }

    /** Six unrelated stories on one site, each page with the site's template around it. */
    private static List<Deduplicator.Doc> site(String site, long seed) {
        List<Deduplicator.Doc> docs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            docs.add(doc(site + "-" + i, Stories.withTemplate(site, Stories.story(seed + i, 4)), site));
        }
        return docs;
    }

    private static boolean together(Clusters c, List<Deduplicator.Doc> docs, String a, String b) {
        return c.clusterOf(index(docs, a)) == c.clusterOf(index(docs, b));
    }

    private static int index(List<Deduplicator.Doc> docs, String id) {
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    @Test
    void pagesSharingOnlyASitesTemplateStayApart() {
        List<Deduplicator.Doc> docs = site("daily", 100);
        Clusters c = DEFAULT.run(docs);
        for (int i = 0; i < docs.size(); i++) {
            assertThat(c.clusterOf(i)).as(docs.get(i).id()).isEqualTo(i);
        }
    }

    @Test
    void recrawlWithoutTemplateAndTypographicChangesJoinsTheOriginal() {
        List<Deduplicator.Doc> docs = site("daily", 200);
        List<String> story = Stories.story(200, 4);
        String recrawl = Stories.text(story).replace("'", "\u2019").toUpperCase(java.util.Locale.ROOT);
        docs.add(doc("recrawl", recrawl, "daily"));
        Clusters c = DEFAULT.run(docs);
        assertThat(together(c, docs, "daily-0", "recrawl")).isTrue();
        assertThat(together(c, docs, "daily-1", "recrawl")).isFalse();
    }

    @Test
    void revisionAndTeaserJoinTheirArticle() {
        List<Deduplicator.Doc> docs = site("gazette", 300);
        List<String> story = Stories.story(300, 6);
        docs.add(doc("article", Stories.withTemplate("gazette", story), "gazette"));
        List<String> revised = new ArrayList<>(Stories.edit(story, 0.05, 1));
        revised.set(2, Stories.story(999, 1).get(0)); // one paragraph rewritten
        docs.add(doc("revision", Stories.text(revised), "other"));
        List<String> teaser = new ArrayList<>(story.subList(0, 2));
        teaser.add("Read more");
        docs.add(doc("teaser", Stories.text(teaser), "aggregator"));
        Clusters c = DEFAULT.run(docs);
        assertThat(together(c, docs, "article", "revision")).isTrue();
        assertThat(together(c, docs, "article", "teaser")).isTrue();
        assertThat(docs.get(c.survivorOf(index(docs, "teaser"))).id()).isNotEqualTo("teaser");
        assertThat(together(c, docs, "gazette-1", "teaser")).isFalse();
    }

    @Test
    void survivorDoesNotDependOnInputOrder() {
        List<String> story = Stories.story(400, 5);
        List<Deduplicator.Doc> docs = new ArrayList<>();
        docs.add(new Deduplicator.Doc("b", Stories.text(story), "", 2, "2024-01-01"));
        docs.add(new Deduplicator.Doc("a", Stories.text(story), "", 2, "2024-01-01"));
        docs.add(new Deduplicator.Doc("c", Stories.text(story.subList(0, 4)), "", 5, "2025-01-01"));
        docs.add(new Deduplicator.Doc("d", Stories.text(Stories.edit(story, 0.02, 3)), "", 1, "2023-01-01"));
        Random r = new Random(5);
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(docs, r);
            Clusters c = DEFAULT.run(docs);
            int survivor = c.survivorOf(0);
            assertThat(docs.get(survivor).id()).isEqualTo("a"); // longest, then metadata, then date, then id
            Clusters latest = new Deduplicator(DedupOptions.defaults()
                    .withSurvivorRules(SurvivorRule.parse("latest"))).run(docs);
            assertThat(docs.get(latest.survivorOf(0)).id()).isEqualTo("c");
        }
    }

    /** Text without spaces, as Chinese is written: character shingles must still find copies. */
    private static String han(long seed, int chars) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chars; i++) {
            sb.append((char) (0x4E00 + r.nextInt(3000)));
            if (i % 40 == 39) {
                sb.append("\u3002\n");
            }
        }
        return sb.toString();
    }

    @Test
    void unspacedScriptsAreComparedByCharacterShingles() {
        String a = han(1, 600);
        String edited = a.substring(0, 300) + "\u4E2D\u6587" + a.substring(302);
        Clusters c = DEFAULT.run(List.of(doc("a", a, ""), doc("b", edited, ""), doc("c", han(2, 600), "")));
        assertThat(c.clusterNumbers()).containsExactly(0, 0, 2);
        assertThat(c.similarityOf(1)).isGreaterThan(0.9f);
    }

    @Test
    void emptyAndOneWordDocumentsOnlyMatchExactly() {
        List<Deduplicator.Doc> docs = List.of(doc("e1", "", ""), doc("e2", "  \n ", ""),
                doc("w1", "Hello", ""), doc("w2", "hello!", ""), doc("w3", "Goodbye", ""),
                doc("long", "Hello " + Stories.text(Stories.story(1, 3)), ""));
        Clusters c = DEFAULT.run(docs);
        assertThat(c.clusterNumbers()).containsExactly(0, 1, 2, 2, 4, 5);
        assertThat(c.similarityOf(3)).isEqualTo(1f);
    }

    @Test
    void aLaterBatchIsMatchedAgainstAnEarlierOne() {
        DedupOptions options = DedupOptions.defaults();
        Sketcher sketcher = new Sketcher(options, null);
        InMemorySketchStore store = new InMemorySketchStore(sketcher.bandCount());
        List<DocFeatures> features = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            DocumentSketch s = sketcher.sketch(Stories.text(Stories.story(500 + i, 4)), "");
            store.add(s);
            features.add(new DocFeatures("old" + i, s.tokens(), 0, "", s.contentHash()));
        }
        UnionFind links = new UnionFind(0);
        Clusterer clusterer = new Clusterer(options);
        clusterer.cluster(store, features, links, 0);
        UnionFind restored = UnionFind.fromRoots(links.roots());
        DocumentSketch copy = sketcher.sketch(Stories.text(Stories.edit(Stories.story(501, 4), 0.05, 9)), "");
        store.add(copy);
        features.add(new DocFeatures("new", copy.tokens(), 0, "", copy.contentHash()));
        Clusters c = clusterer.cluster(store, features, restored, 3);
        assertThat(c.clusterOf(3)).isEqualTo(1);
        assertThat(c.similarityOf(3)).isBetween(0.3f, 1f);
    }
}
