package dev.pith.meta;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month names and common abbreviations in the languages most often met on the web, mapped to
 * month numbers. Lookup is case-insensitive and ignores a trailing period ("Sept.").
 */
final class MonthNames {

    private static final Map<String, Integer> MONTHS = build();

    private MonthNames() {
    }

    /** The month number 1-12 for a month word, or 0 when the word is not a month. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return MONTHS.getOrDefault(w, 0);
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> m = new HashMap<>();
        // one row per language, January..December; later rows never override earlier ones
        add(m, "january february march april may june july august september october november december");
        add(m, "jan feb mar apr may jun jul aug sep oct nov dec");
        add(m, "jan feb mar apr may june july aug sept oct nov dec");
        add(m, "januar februar märz april mai juni juli august september oktober november dezember");
        add(m, "jänner feber maerz apr mai jun jul aug sept okt nov dez");
        add(m, "janvier février mars avril mai juin juillet août septembre octobre novembre décembre");
        add(m, "janv févr mars avr mai juin juil août sept oct nov déc");
        add(m, "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre");
        add(m, "ene feb mar abr may jun jul ago sep oct nov dic");
        add(m, "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro");
        add(m, "jan fev mar abr mai jun jul ago set out nov dez");
        add(m, "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre");
        add(m, "gen feb mar apr mag giu lug ago set ott nov dic");
        add(m, "januari februari maart april mei juni juli augustus september oktober november december");
        add(m, "januari februari mars april maj juni juli augusti september oktober november december");
        add(m, "januar februar marts april maj juni juli august september oktober november december");
        add(m, "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia");
        add(m, "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień");
        add(m, "января февраля марта апреля мая июня июля августа сентября октября ноября декабря");
        add(m, "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь");
        add(m, "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık");
        add(m, "leden únor březen duben květen červen červenec srpen září říjen listopad prosinec");
        add(m, "ledna února března dubna května června července srpna září října listopadu prosince");
        return Map.copyOf(m);
    }

    private static void add(Map<String, Integer> m, String row) {
        String[] names = row.split(" ");
        for (int i = 0; i < names.length; i++) {
            m.putIfAbsent(names[i], i + 1);
        }
    }
}
