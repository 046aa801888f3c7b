package org.factdesk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trainers' and tools' arguments: {@code --set SPEC} as often as wanted, every other {@code --name value} once.
 *
 * @param sets    the {@code --set} values in order
 * @param options the other options by name (without the dashes)
 */
public record LabArgs(List<String> sets, Map<String, String> options) {
    public static LabArgs parse(String[] args) {
        List<String> sets = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, found '" + args[i] + "'");
            }
            if (args[i].equals("--set")) {
                sets.add(args[++i]);
            } else {
                options.put(args[i].substring(2), args[++i]);
            }
        }
        return new LabArgs(sets, options);
    }
}
