package dev.pith.meta;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Twitter card tags. Besides title, description and image, many CMSs (Yoast among them) put
 * the author in a labelled data pair: {@code twitter:label1 = "Written by"},
 * {@code twitter:data1 = "Jane Doe"}.
 */
final class TwitterCardSource implements MetadataSource {

    @Override
    public void collect(PageScan page, Candidates out) {
        String[] labels = new String[3];
        for (Element meta : page.metas) {
            String key = MetaTags.key(meta);
            if (!key.startsWith("twitter:")) {
                continue;
            }
            String v = MetaTags.content(meta);
            Source s = Source.TWITTER;
            switch (key) {
                case "twitter:title" -> out.add(Field.TITLE, v, s);
                case "twitter:description" -> out.add(Field.DESCRIPTION, v, s);
                case "twitter:image", "twitter:image:src" -> out.add(Field.IMAGE, v, s);
                case "twitter:label1", "twitter:label2" -> labels[key.charAt(key.length() - 1) - '0'] = v;
                case "twitter:data1", "twitter:data2" -> {
                    String label = labels[key.charAt(key.length() - 1) - '0'];
                    if (label != null && isAuthorLabel(label)) {
                        out.add(Field.AUTHOR, v, s);
                    }
                }
                default -> { }
            }
        }
    }

    private static boolean isAuthorLabel(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return l.contains("written by") || l.contains("author") || l.contains("verfasst") || l.contains("escrito")
                || l.contains("écrit par") || l.contains("geschreven");
    }
}
