package dev.pith.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command line split into positional arguments, options with a value ({@code --name value}
 * or {@code --name=value}) and flags. Small on purpose: the job jar carries no CLI library.
 */
public final class Arguments {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> values = new HashMap<>();

    /**
     * @param args       the arguments after the command name
     * @param withValue  options that take a value (e.g. {@code -o}, {@code --format})
     * @param flags      options without a value (e.g. {@code --comments})
     */
    public Arguments(List<String> args, Set<String> withValue, Set<String> flags) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("-") || a.equals("-")) {
                positional.add(a);
                continue;
            }
            int eq = a.indexOf('=');
            String name = eq > 0 ? a.substring(0, eq) : a;
            if (flags.contains(name) && eq < 0) {
                values.put(name, "true");
            } else if (withValue.contains(name)) {
                if (eq > 0) {
                    values.put(name, a.substring(eq + 1));
                } else if (i + 1 < args.size()) {
                    values.put(name, args.get(++i));
                } else {
                    throw new UsageException("option " + name + " needs a value");
                }
            } else {
                throw new UsageException("unknown option " + a);
            }
        }
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }

    public boolean flag(String name) {
        return values.containsKey(name);
    }

    public String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** A required option's value. */
    public String required(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException("missing " + name);
        }
        return v;
    }

    public double number(String name, double fallback) {
        String v = values.get(name);
        try {
            return v == null ? fallback : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs a number, got '" + v + "'");
        }
    }
}
