package dev.pith.batch.io.fetch;

import dev.pith.batch.io.InputError;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of a robots.txt (RFC 9309) that apply to one crawler name: the groups naming it, or
 * else the {@code *} groups. The longest matching Allow/Disallow pattern decides ({@code *}
 * matches any characters, a final {@code $} anchors the end); on a tie Allow wins. A
 * Crawl-delay in the chosen groups is kept, as many sites still use it.
 */
public final class RobotsTxt {

    /** Everything allowed: no robots.txt (4xx), or no group for us. */
    public static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), Duration.ZERO);
    /** Nothing allowed: robots.txt unreachable (5xx, network error), as RFC 9309 asks. */
    public static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule("/", false)), Duration.ZERO);

    /** The longest crawl delay honoured, so one robots.txt cannot stall a run. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    private final List<Rule> rules;
    private final Duration crawlDelay;
    private final String note;
    /** Why the host itself could not be reached when robots.txt was asked for; null when it answered. */
    private final InputError hostFailure;

    private RobotsTxt(List<Rule> rules, Duration crawlDelay) {
        this(rules, crawlDelay, "", null);
    }

    private RobotsTxt(List<Rule> rules, Duration crawlDelay, String note, InputError hostFailure) {
        this.rules = rules;
        this.crawlDelay = crawlDelay;
        this.note = note;
        this.hostFailure = hostFailure;
    }

    /** Everything disallowed because robots.txt could not be read, saying why. */
    public static RobotsTxt unreachable(String why) {
        return new RobotsTxt(DISALLOW_ALL.rules, Duration.ZERO, " (robots.txt unreachable: " + why + ")", null);
    }

    /**
     * Everything disallowed because the host could not be reached at all for its robots.txt (its
     * name does not resolve, it refuses connections): its pages would fail the same way, so that
     * failure, not robots.txt, is what a page's error should say.
     */
    static RobotsTxt hostUnreachable(InputError failure) {
        return new RobotsTxt(DISALLOW_ALL.rules, Duration.ZERO, " (robots.txt unreachable: " + failure.getMessage() + ")",
                failure);
    }

    /** The failure to reach the host, when that is why everything is disallowed; else null. */
    InputError hostFailure() {
        return hostFailure;
    }

    /** Why these rules are what they are, for error messages; empty for a parsed file. */
    String note() {
        return note;
    }

    /** Parses robots.txt text for a crawler name such as {@code pith}. */
    public static RobotsTxt parse(String text, String name) {
        Group specific = new Group();
        Group star = new Group();
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        for (String raw : text.split("\\r\\n|\\r|\\n")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (inRules) {
                    agents.clear();
                    inRules = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT));
                continue;
            }
            inRules = true;
            for (String agent : agents) {
                Group target = agent.equals("*") ? star : matches(agent, name) ? specific : null;
                if (target != null) {
                    target.add(field, value);
                }
            }
        }
        Group chosen = specific.seen ? specific : star;
        return new RobotsTxt(List.copyOf(chosen.rules), chosen.crawlDelay);
    }

    /** A user-agent line names us when its product token is our name (case-insensitive). */
    private static boolean matches(String agent, String name) {
        String token = agent.split("[/\\s]", 2)[0];
        return token.equalsIgnoreCase(name);
    }

    /** True when the URL's path (and query) may be fetched. */
    public boolean allows(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        if (path.equals("/robots.txt")) {
            return true;
        }
        Rule best = null;
        for (Rule r : rules) {
            if (r.matches(path) && (best == null || r.length() > best.length()
                    || r.length() == best.length() && r.allow())) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    /** The Crawl-delay asked for (capped), zero when none. */
    public Duration crawlDelay() {
        return crawlDelay;
    }

    /** The rules and delay gathered for one kind of agent. */
    private static final class Group {
        final List<Rule> rules = new ArrayList<>();
        Duration crawlDelay = Duration.ZERO;
        boolean seen;

        void add(String field, String value) {
            seen = true;
            switch (field) {
                case "allow" -> {
                    if (!value.isEmpty()) {
                        rules.add(new Rule(value, true));
                    }
                }
                case "disallow" -> {
                    if (!value.isEmpty()) { // an empty Disallow allows everything
                        rules.add(new Rule(value, false));
                    }
                }
                case "crawl-delay" -> crawlDelay = parseDelay(value);
                default -> {
                    // sitemap, host, and unknown fields do not restrict fetching
                }
            }
        }

        private static Duration parseDelay(String value) {
            try {
                Duration d = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
                return d.isNegative() ? Duration.ZERO : d.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : d;
            } catch (NumberFormatException e) {
                return Duration.ZERO;
            }
        }
    }

    /** One Allow or Disallow line, compiled. */
    private record Rule(String pattern, boolean allow, Pattern regex) {
        Rule(String pattern, boolean allow) {
            this(pattern, allow, compile(pattern));
        }

        int length() {
            return pattern.length();
        }

        boolean matches(String path) {
            return regex.matcher(path).lookingAt();
        }

        private static Pattern compile(String pattern) {
            boolean anchored = pattern.endsWith("$");
            String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
            StringBuilder re = new StringBuilder();
            String[] parts = body.split("\\*", -1);
            for (int i = 0; i < parts.length; i++) {
                re.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
            }
            if (anchored) {
                re.append('$');
            }
            return Pattern.compile(re.toString(), Pattern.DOTALL);
        }
    }
}
