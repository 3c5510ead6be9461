package dev.pith.clean;

import dev.pith.util.Chars;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Small built-in stop-word lists (the most frequent function words) for the major languages
 * written with spaces, and a detector that picks the language whose list covers most words of
 * a document. Running prose is dense in function words; menus, tags and product grids are not.
 * That contrast is the strongest single signal a plain-text line carries.
 */
public final class StopWords {

    /** Languages with a list, in bit order of {@link #mask(String)}. */
    public static final List<String> LANGUAGES = List.of(
            "en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "sv", "tr", "id", "ar", "uk", "cs");

    /** Words longer than this are never stop words, so they are not looked up. */
    static final int MAX_STOP_WORD_LENGTH = 12;

    /** A detected language needs at least this share of a sample's words in its list. */
    static final double MIN_DETECTION_SHARE = 0.08;

    private static final Map<String, Integer> MASKS = new HashMap<>();

    static {
        add("en", "the of and to a in is it that for on was with as at by be this are from or an "
                + "have has had not but which were their they you he she his her we our its been "
                + "will would can could there more also all one into than them about after when "
                + "who what so if i my me your do does did out up no just over only how");
        add("de", "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine "
                + "als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie "
                + "einem über einen so zum war haben nur oder aber vor zur bis mehr durch man ich wir");
        add("fr", "de la le et les des en un du une que est pour qui dans a par plus pas au sur "
                + "ne se ce il sont aux avec son ou elle mais nous vous leur ont été cette ses comme "
                + "on sa tout fait être je y lui même");
        add("es", "de la que el en y a los del se las por un para con no una su al lo como más "
                + "pero sus le ya o este fue ha sí porque esta son entre cuando muy sin sobre también "
                + "me hasta hay donde quien desde todo nos durante");
        add("it", "di e il la che in a per un è non del una le con i si da sono della al come "
                + "anche ma più lo dei nel alla gli ha questo se delle ci io mi alle nella suo");
        add("pt", "de a o que e do da em um para é com não uma os no se na por mais as dos como "
                + "mas foi ao ele das tem à seu sua ou ser quando muito há nos já está eu também só "
                + "pelo pela até isso");
        add("nl", "de en van het een in is dat op te zijn met voor niet aan er die als ook maar "
                + "om bij of dan nog wel naar uit door over je ze hij ik was wordt werd deze");
        add("ru", "и в не на что с он как а то по это она к но из у за от так его же для вы мы "
                + "бы о был еще было только уже ее если или при до ни когда они были также их");
        add("pl", "i w nie na się z do to że jest a o jak ale po co tak za od jego przez może są "
                + "już dla tylko czy ich jej był było oraz także który która które ze te tego tej tym tych "
                + "wśród wobec nad przed przy bez lub jednak jeszcze też gdy jeśli aby żeby być będzie "
                + "została został mają");
        add("sv", "och i att det som en på är av för med till den har de inte om ett han men var "
                + "jag sig från vi så kan när hon nu ska sin denna eller");
        add("tr", "ve bir bu da de için ile olarak daha çok en ne gibi ama olan kadar sonra her "
                + "ya mi var değil ben sen o biz onun");
        add("id", "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada "
                + "oleh saya kami mereka sudah atau bisa telah");
        add("ar", "في من على إلى أن عن مع هذا هذه التي الذي ما لا كان قد كل بين أو ثم بعد عند "
                + "هو هي لم إن");
        add("uk", "і в не на що з як а то по це вона до але із у за від так його же для ви ми "
                + "був вже її якщо або при коли вони були також їх");
        add("cs", "a v se na je že to s z do o jsou ale jako by pro jeho které který která také "
                + "není jsem od po při už nebo tak jak");
    }

    /** Open-addressing table over {@link #MASKS}, probed without allocating a lower-case copy. */
    private static final String[] KEYS;
    private static final int[] BITS;

    static {
        int size = Integer.highestOneBit(MASKS.size() * 4);
        KEYS = new String[size];
        BITS = new int[size];
        for (Map.Entry<String, Integer> e : MASKS.entrySet()) {
            int slot = spread(e.getKey().hashCode()) & (size - 1);
            while (KEYS[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            KEYS[slot] = e.getKey();
            BITS[slot] = e.getValue();
        }
    }

    private StopWords() {
    }

    private static void add(String language, String words) {
        int bit = 1 << LANGUAGES.indexOf(language);
        for (String w : words.split(" ")) {
            MASKS.merge(w, bit, (a, b) -> a | b);
        }
    }

    /** The languages (one bit each, see {@link #LANGUAGES}) whose list holds this word, in any case. */
    public static int mask(String word) {
        return mask(word, 0, word.length());
    }

    /**
     * The languages whose list holds {@code text[start, end)}, compared case-insensitively
     * without allocating: this runs for every word of every document.
     */
    static int mask(String text, int start, int end) {
        if (end - start > MAX_STOP_WORD_LENGTH) {
            return 0;
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + Chars.toLowerCase(text.charAt(i));
        }
        return mask(text, start, end, h);
    }

    /**
     * {@link #mask(String, int, int)} with the word's hash already computed by a caller that
     * scans the word anyway: {@code hash} is {@link String#hashCode} of the word in lower case.
     */
    static int mask(String text, int start, int end, int hash) {
        int len = end - start;
        if (len > MAX_STOP_WORD_LENGTH || len == 0) {
            return 0;
        }
        int slot = spread(hash) & (KEYS.length - 1);
        while (KEYS[slot] != null) {
            String k = KEYS[slot];
            if (k.length() == len && sameLowerCase(k, text, start)) {
                return BITS[slot];
            }
            slot = (slot + 1) & (KEYS.length - 1);
        }
        return 0;
    }

    /** {@code key} (lower case) equals {@code text} from {@code start} in lower case. */
    private static boolean sameLowerCase(String key, String text, int start) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != Chars.toLowerCase(text.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The bit of a language, 0 when it has no list. */
    public static int bit(String language) {
        int i = LANGUAGES.indexOf(language);
        return i < 0 ? 0 : 1 << i;
    }

    /**
     * The language whose list covers most of these per-language hit counts, or empty when
     * none reaches {@link #MIN_DETECTION_SHARE} of the words.
     *
     * @param hits  stop-word hits per language, indexed like {@link #LANGUAGES}
     * @param words words counted
     */
    public static String detect(int[] hits, int words) {
        int best = -1;
        for (int i = 0; i < hits.length; i++) {
            if (best < 0 || hits[i] > hits[best]) {
                best = i;
            }
        }
        if (best < 0 || words == 0 || hits[best] < MIN_DETECTION_SHARE * words) {
            return "";
        }
        return LANGUAGES.get(best);
    }
}
