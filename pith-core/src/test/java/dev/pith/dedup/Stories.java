package dev.pith.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic article-like texts for tests: seeded, so every run sees the same documents. */
final class Stories {

    private static final String[] WORDS = ("the a of to in and council river bridge mayor budget school "
            + "water plan city road storm vote report police court judge market price farmer harbour "
            + "station train museum library hospital nurse doctor union strike wage tax energy wind solar "
            + "forest fire rescue team player coach match season festival music artist film director "
            + "minister election party leader protest street night morning week year said told announced "
            + "warned agreed refused opened closed built planned expected reported confirmed denied "
            + "after before during while because although since until new old large small local national "
            + "public private early late first last several many few most other same different").split(" ");

    private Stories() {
    }

    /** A story of {@code paragraphs} paragraphs of about 60 words each. */
    static List<String> story(long seed, int paragraphs) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder sb = new StringBuilder();
            for (int s = 0; s < 5; s++) {
                int len = 8 + r.nextInt(8);
                for (int w = 0; w < len; w++) {
                    String word = WORDS[r.nextInt(WORDS.length)];
                    sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    sb.append(w == len - 1 ? ". " : " ");
                }
            }
            out.add(sb.toString().strip());
        }
        return out;
    }

    static String text(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /** A site's template lines: menus and footers that every page of the site carries. */
    static List<String> template(String site) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(site + " menu item " + i + " news sport weather business culture opinion travel");
        }
        lines.add("Subscribe to the " + site + " newsletter for the latest headlines every morning");
        lines.add("Copyright " + site + " media group all rights reserved privacy policy cookie settings");
        return lines;
    }

    static String withTemplate(String site, List<String> paragraphs) {
        List<String> t = template(site);
        List<String> all = new ArrayList<>(t.subList(0, 8));
        all.addAll(paragraphs);
        all.addAll(t.subList(8, t.size()));
        return String.join("\n", all);
    }

    /** Replaces about {@code rate} of the words with others. */
    static List<String> edit(List<String> paragraphs, double rate, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            StringBuilder sb = new StringBuilder();
            for (String w : p.split(" ")) {
                sb.append(r.nextDouble() < rate ? WORDS[r.nextInt(WORDS.length)] : w).append(' ');
            }
            out.add(sb.toString().strip());
        }
        return out;
    }
}
