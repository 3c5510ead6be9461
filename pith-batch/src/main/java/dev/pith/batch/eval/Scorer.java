package dev.pith.batch.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three metrics of {@code ../shared/bench/score.py}, implemented from the same definitions
 * so that {@code pith eval} and the independent scorer agree to the printed decimals.
 */
public final class Scorer {

    /** Python's Unicode {@code \w}: letters, numbers and the underscore. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern WS = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N_SHINGLE = 4;

    private Scorer() {
    }

    /** Per-page figures. */
    record PageScore(String type, boolean hasText, double tp, double fp, double fn,
                     double wordP, double wordR, double wordF1, boolean hasSnippets,
                     int snipTp, int snipFp, int snipFn, int snipTn) {
    }

    /** The report: a header, ALL, one row per type, and a SUMMARY line. */
    public static String report(Map<String, GoldPage> gold, Map<String, String> predictions) {
        List<PageScore> all = new ArrayList<>();
        for (GoldPage g : gold.values()) {
            all.add(score(g, predictions.getOrDefault(g.id(), "")));
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-16s%6s | %10s%7s%7s | %8s%7s%7s | %7s%7s%7s%n",
                "", "pages", "shingle F1", "P", "R", "word F1", "P", "R", "snip F", "P", "R"));
        Aggregate total = Aggregate.of(all);
        sb.append(total.row("ALL"));
        for (String type : new TreeSet<>(all.stream().map(PageScore::type).toList())) {
            sb.append(Aggregate.of(all.stream().filter(p -> p.type().equals(type)).toList()).row(type));
        }
        sb.append(String.format(Locale.ROOT, "SUMMARY shingle_f1=%.4f word_f1=%.4f snippet_f=%.4f pages=%d missing=%d%n",
                zero(total.shingleF1), zero(total.wordF1), zero(total.snipF), all.size(),
                gold.keySet().stream().filter(id -> !predictions.containsKey(id)).count()));
        return sb.toString();
    }

    private static double zero(double x) {
        return Double.isNaN(x) ? 0 : x;
    }

    static PageScore score(GoldPage g, String pred) {
        double tp = 0;
        double fp = 0;
        double fn = 0;
        double wp = 0;
        double wr = 0;
        double wf = 0;
        boolean hasText = g.text() != null;
        if (hasText) {
            List<String> gt = tokens(g.text());
            List<String> pt = tokens(pred);
            Map<List<String>, Integer> gs = shingles(gt);
            Map<List<String>, Integer> ps = shingles(pt);
            int common = 0;
            for (Map.Entry<List<String>, Integer> e : gs.entrySet()) {
                common += Math.min(e.getValue(), ps.getOrDefault(e.getKey(), 0));
            }
            int gTotal = gs.values().stream().mapToInt(Integer::intValue).sum();
            int pTotal = ps.values().stream().mapToInt(Integer::intValue).sum();
            double s = (double) common + (pTotal - common) + (gTotal - common);
            if (s > 0) {
                tp = common / s;
                fp = (pTotal - common) / s;
                fn = (gTotal - common) / s;
            }
            double[] w = word(g.text(), pred);
            wp = w[0];
            wr = w[1];
            wf = w[2];
        }
        boolean hasSnippets = !g.with().isEmpty() || !g.without().isEmpty();
        String out = norm(pred);
        int stp = (int) g.with().stream().filter(s -> out.contains(norm(s))).count();
        int sfp = (int) g.without().stream().filter(s -> out.contains(norm(s))).count();
        return new PageScore(g.type(), hasText, tp, fp, fn, wp, wr, wf, hasSnippets,
                stp, sfp, g.with().size() - stp, g.without().size() - sfp);
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < N_SHINGLE) {
            counts.put(List.copyOf(tokens), 1);
            return counts;
        }
        for (int i = 0; i + N_SHINGLE <= tokens.size(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, i + N_SHINGLE)), 1, Integer::sum);
        }
        return counts;
    }

    static double[] word(String gold, String pred) {
        Map<String, Integer> g = bag(gold);
        Map<String, Integer> p = bag(pred);
        int ng = g.values().stream().mapToInt(Integer::intValue).sum();
        int np = p.values().stream().mapToInt(Integer::intValue).sum();
        if (ng == 0) {
            return np == 0 ? new double[] {1, 1, 1} : new double[] {0, 0, 0};
        }
        if (np == 0) {
            return new double[] {0, 0, 0};
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> e : g.entrySet()) {
            overlap += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
        }
        double prec = (double) overlap / np;
        double rec = (double) overlap / ng;
        return new double[] {prec, rec, prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0};
    }

    private static Map<String, Integer> bag(String s) {
        Map<String, Integer> counts = new HashMap<>();
        for (String t : tokens(s.toLowerCase(Locale.ROOT))) {
            counts.merge(t, 1, Integer::sum);
        }
        return counts;
    }

    static String norm(String s) {
        return WS.matcher(s).replaceAll(" ").strip();
    }

    /** Means over a set of pages, as score.py's {@code summarize}. */
    private record Aggregate(int pages, double shingleP, double shingleR, double shingleF1,
                             double wordP, double wordR, double wordF1,
                             double snipP, double snipR, double snipF) {

        static Aggregate of(List<PageScore> pages) {
            List<Double> ps = new ArrayList<>();
            List<Double> rs = new ArrayList<>();
            List<PageScore> txt = pages.stream().filter(PageScore::hasText).toList();
            for (PageScore p : txt) {
                if (p.tp() + p.fp() > 0) {
                    ps.add(p.fp() == 0 && p.fn() == 0 ? 1.0 : p.tp() / (p.tp() + p.fp()));
                }
                if (p.tp() + p.fn() > 0) {
                    rs.add(p.fp() == 0 && p.fn() == 0 ? 1.0 : p.tp() / (p.tp() + p.fn()));
                }
            }
            double p = mean(ps);
            double r = mean(rs);
            double f1 = !ps.isEmpty() && !rs.isEmpty() ? (p + r > 0 ? 2 * p * r / (p + r) : 0) : Double.NaN;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (PageScore s : pages) {
                if (s.hasSnippets()) {
                    tp += s.snipTp();
                    fp += s.snipFp();
                    fn += s.snipFn();
                }
            }
            double sp = tp + fp > 0 ? (double) tp / (tp + fp) : Double.NaN;
            double sr = tp + fn > 0 ? (double) tp / (tp + fn) : Double.NaN;
            double sf = 2 * tp + fp + fn > 0 ? 2.0 * tp / (2 * tp + fp + fn) : Double.NaN;
            return new Aggregate(pages.size(), p, r, f1,
                    mean(txt.stream().map(PageScore::wordP).toList()),
                    mean(txt.stream().map(PageScore::wordR).toList()),
                    mean(txt.stream().map(PageScore::wordF1).toList()), sp, sr, sf);
        }

        String row(String label) {
            return String.format(Locale.ROOT, "%-16s%6d | %10s%7s%7s | %8s%7s%7s | %7s%7s%7s%n",
                    label.length() > 16 ? label.substring(0, 16) : label, pages,
                    f(shingleF1), f(shingleP), f(shingleR), f(wordF1), f(wordP), f(wordR),
                    f(snipF), f(snipP), f(snipR));
        }

        private static String f(double x) {
            return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.3f", x);
        }

        private static double mean(List<Double> xs) {
            return xs.isEmpty() ? Double.NaN : xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }
    }
}
