package org.factdesk.extract.quantity;

import java.util.List;
import java.util.regex.Pattern;
import org.factdesk.model.Quantity;

/**
 * The pass over all quantities of a text once each has been read: a unit given to a bare number
 * from its neighbour ("between 10 and 20 million dollars"), a counted noun inherited in a list,
 * and the two ends of a bound written apart joined into one range.
 */
final class QuantityPostPass {
    private QuantityPostPass() {}

    /** A sentence or clause end between two quantities: no counted noun is inherited across it. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?s).*[.!?;:]\\s.*");

    /** The words that join the numbers of one range or list ("10 to 20 million", "5, 6 and 7 km"). */
    private static final Pattern RANGE_JOINER = Pattern.compile("or|to|and|,");

    /** What an army or a population loses: "lost 13,000 soldiers" counts losses; it is no figure falling. */
    private static final java.util.Set<String> PEOPLE_LOST = java.util.Set.of(
            "soldiers", "soldier", "troops", "servicemen", "serviceman", "servicemembers", "personnel", "fighters",
            "combatants", "militants", "marines", "sailors", "pilots", "officers", "people", "persons", "lives",
            "civilians", "men", "women", "children", "residents", "citizens", "patients", "passengers");

    /** The verb of a loss that opens a quantity's surface: "lost", "lose", "loses", "losing". */
    private static final Pattern LOSS_VERB = Pattern.compile("(?i)(?:lost|lose|loses|losing)\\s+");

    /**
     * "Ukraine lost 13,000 soldiers" is a count of the dead and wounded, not a quantity that fell by 13,000
     * ("the index lost 190 points" is): a loss of people keeps the plain value.
     */
    static void lossesOfPeopleAreCounts(String text, List<Quantity> out) {
        for (int k = 0; k < out.size(); k++) {
            Quantity q = out.get(k);
            if (!"down".equals(q.qualifier()) || q.from() != null
                    || !PEOPLE_LOST.contains(q.unit().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            java.util.regex.Matcher verb = LOSS_VERB.matcher(q.surface());
            if (verb.lookingAt()) { // the change reading took the verb into the quantity: "lost 13,000 soldiers"
                out.set(k, new Quantity(q.surface().substring(verb.end()), q.start() + verb.end(), q.end(), q.value(),
                        q.upper(), q.unit(), "=", q.vague()));
            }
        }
    }

    /**
     * A bare number after a counted one in the same sentence counts the same things: "of the 10,000
     * soldiers ..., up to 8,000 were deployed", "68,400 people ... and 95,800 who".
     */
    static void inheritCountedNouns(String text, List<Quantity> out) {
        for (int k = 1; k < out.size(); k++) {
            Quantity q = out.get(k);
            if (!q.unit().isEmpty() || q.value() == Math.rint(q.value()) && q.value() >= 1900 && q.value() <= 2100) {
                continue;
            }
            for (int m = k - 1; m >= 0; m--) {
                Quantity p = out.get(m);
                String between = text.substring(Math.min(p.end(), q.start()), q.start());
                if (SENTENCE_BREAK.matcher(between).matches() || between.length() > 120) {
                    break;
                }
                if (!p.unit().isEmpty() && Units.lookup(p.unit()) == null && Units.currencyPrefix(p.unit()) == null
                        && !p.unit().contains(" per ") && !p.unit().contains("%")) {
                    int after = q.end();
                    while (after < text.length() && text.charAt(after) == ' ') {
                        after++;
                    }
                    boolean nounFollows = after < text.length() && Character.isLetter(text.charAt(after))
                            && !text.startsWith("who", after) && !text.startsWith("in ", after) && !text.startsWith("were", after)
                            && !text.startsWith("during", after) && !text.startsWith("that", after) && !text.startsWith("of", after);
                    if (!nounFollows) {
                        out.set(k, new Quantity(q.surface(), q.start(), q.end(), q.value(), q.upper(), p.unit(), q.qualifier(), q.vague()));
                    }
                    break;
                }
                if (!p.unit().isEmpty()) {
                    break;
                }
            }
        }
    }

    /**
     * "more than 10 and less than 40", "above 1,000 and below 1,500", "no more than 50 and no less
     * than 20": a lower and an upper bound joined by "and" are one range with both ends.
     */
    static void joinBoundPairs(String text, List<Quantity> out) {
        for (int k = out.size() - 2; k >= 0; k--) {
            Quantity a = out.get(k);
            Quantity b = out.get(k + 1);
            boolean aLow = a.qualifier().startsWith(">");
            boolean aHigh = a.qualifier().startsWith("<");
            boolean bLow = b.qualifier().startsWith(">");
            boolean bHigh = b.qualifier().startsWith("<");
            if (!(aLow && bHigh || aHigh && bLow) || a.upper() != null || b.upper() != null || a.from() != null || b.from() != null) {
                continue;
            }
            String between = text.substring(a.end(), Math.max(a.end(), b.start())).strip();
            boolean sameUnit = a.unit().isEmpty() || b.unit().isEmpty() || Units.canonical(a.unit()).equals(Units.canonical(b.unit()));
            if (!sameUnit || !(between.equals("and") || between.equals("but") || between.equals(", and") || between.equals(","))) {
                continue;
            }
            double low = aLow ? a.value() : b.value();
            double high = aLow ? b.value() : a.value();
            if (low >= high) {
                continue;
            }
            String unit = b.unit().isEmpty() ? a.unit() : b.unit();
            out.set(k, new Quantity(text.substring(a.start(), b.end()), a.start(), b.end(), low, high, unit, "=", false));
            out.remove(k + 1);
        }
    }

    /** "eight or nine euros": the first number takes the unit of the second. */
    static void backfillUnits(String text, List<Quantity> out) {
        for (int k = out.size() - 2; k >= 0; k--) {
            Quantity a = out.get(k);
            Quantity b = out.get(k + 1);
            if (a.unit().isEmpty() && !b.unit().isEmpty() && a.upper() == null
                    && RANGE_JOINER.matcher(text.substring(a.end(), Math.max(a.end(), b.start())).strip()).matches()) {
                String unit = b.unit();
                out.set(k, new Quantity(a.surface(), a.start(), a.end(), a.value(), a.upper(), unit, a.qualifier(), a.vague()));
            }
        }
    }
}
