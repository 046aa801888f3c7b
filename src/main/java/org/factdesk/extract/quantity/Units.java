package org.factdesk.extract.quantity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Units of measure and currencies that follow or precede a number, with a canonical name for each
 * ("km" and "kilometres" are both "kilometre"; "$" and "US$" are "dollar"), so that units written
 * differently compare equal.
 */
public final class Units {
    private Units() {
    }

    /** Lower-case surface (one or more words, space separated) -> canonical name. */
    private static final Map<String, String> UNITS = new HashMap<>();
    /** Case-sensitive short symbols that would be ordinary words or letters in lower case. */
    private static final Map<String, String> SYMBOLS = new HashMap<>();
    /** Currency written before the number -> [display unit, canonical name]. */
    private static final Map<String, String[]> CURRENCY_PREFIX = new HashMap<>();
    /** Currency words written after the number. */
    private static final Map<String, String> CURRENCY_WORDS = new HashMap<>();

    private static void unit(String canonical, String... surfaces) {
        for (String s : surfaces) {
            UNITS.put(s, canonical);
        }
    }

    static {
        unit("kilometre", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers");
        unit("metre", "metre", "metres", "meter", "meters");
        unit("centimetre", "cm", "centimetre", "centimetres", "centimeter", "centimeters");
        unit("millimetre", "mm", "millimetre", "millimetres", "millimeter", "millimeters");
        unit("micrometre", "μm", "µm", "micron", "microns", "micrometre", "micrometres", "micrometer", "micrometers");
        unit("nanometre", "nm", "nanometre", "nanometres", "nanometer", "nanometers");
        unit("mile", "mile", "miles", "mi");
        unit("yard", "yard", "yards", "yd", "yds");
        unit("foot", "foot", "feet", "ft");
        unit("inch", "inch", "inches");
        unit("square kilometre", "square kilometre", "square kilometres", "square kilometer", "square kilometers",
                "sq km", "km2", "km²");
        unit("square metre", "square metre", "square metres", "square meter", "square meters", "sq m", "sqm", "m2", "m²");
        unit("square mile", "square mile", "square miles", "sq mi");
        unit("square foot", "square foot", "square feet", "sq ft", "sqft");
        unit("cubic foot", "cubic foot", "cubic feet");
        unit("cubic metre", "cubic metre", "cubic metres", "cubic meter", "cubic meters");
        unit("hectare", "hectare", "hectares", "ha");
        unit("acre", "acre", "acres");
        unit("kilogram", "kg", "kgs", "kilogram", "kilograms", "kilo", "kilos");
        unit("gram", "g", "gram", "grams", "gramme", "grammes");
        unit("milligram", "mg", "milligram", "milligrams");
        unit("microgram", "mcg", "μg", "µg", "microgram", "micrograms");
        unit("tonne", "tonne", "tonnes", "ton", "tons", "t");
        unit("pound-mass", "lb", "lbs", "pound", "pounds");
        unit("ounce", "oz", "ounce", "ounces");
        unit("dram", "dram", "drams");
        unit("litre", "l", "litre", "litres", "liter", "liters");
        unit("millilitre", "ml", "millilitre", "millilitres", "milliliter", "milliliters");
        unit("gallon", "gallon", "gallons", "gal");
        unit("barrel", "barrel", "barrels", "bbl");
        unit("barrel of oil", "barrels of oil", "barrel of oil");
        unit("second", "second", "seconds", "sec", "secs", "s");
        unit("minute", "minute", "minutes", "min", "mins");
        unit("hour", "hour", "hours", "hr", "hrs", "h");
        unit("day", "day", "days");
        unit("week", "week", "weeks");
        unit("month", "month", "months");
        unit("year", "year", "years", "yr", "yrs");
        unit("decade", "decade", "decades");
        unit("century", "century", "centuries");
        unit("year of age", "year-old", "years-old", "years old", "year old");
        unit("month of age", "month-old", "months-old", "months old");
        unit("mile per hour", "mph", "m.p.h");
        unit("kilometre per hour", "km/h", "kph", "kmh", "kmph");
        unit("mile per gallon", "mpg");
        unit("revolutions per minute", "rpm");
        unit("horsepower", "hp", "horsepower", "horses");
        unit("brake horsepower", "bhp");
        unit("kilowatt", "kw", "kilowatt", "kilowatts");
        unit("megawatt", "mw", "megawatt", "megawatts");
        unit("gigawatt", "gw", "gigawatt", "gigawatts");
        unit("watt", "watt", "watts");
        unit("kilowatt hour", "kwh");
        unit("megawatt hour", "mwh");
        unit("gigawatt hour", "gwh");
        unit("terawatt hour", "twh");
        unit("milliampere-hour", "mah");
        unit("volt", "volt", "volts", "kv");
        unit("hertz", "hz", "hertz");
        unit("gigahertz", "ghz");
        unit("megahertz", "mhz");
        unit("gigabyte", "gb", "gigabyte", "gigabytes");
        unit("terabyte", "tb", "terabyte", "terabytes");
        unit("megabyte", "mb", "megabyte", "megabytes");
        unit("newton metre", "nm");
        unit("foot pound-force", "lb-ft", "lb ft");
        unit("pound-foot", "pound-feet", "pound-foot");
        unit("megapascal", "mpa");
        unit("kilopound per square inch", "ksi");
        unit("parts-per-billion", "ppb", "parts per billion");
        unit("part per million", "ppm", "parts per million");
        unit("decibel", "db", "decibel", "decibels");
        unit("degree", "degree", "degrees", "°");
        unit("celsius", "degrees celsius", "degree celsius", "°c", "celsius", "celcius", "centigrade", "degrees c",
                "degree c", "deg c", "deg celsius", "degrees centigrade", "degrees celcius");
        unit("fahrenheit", "degrees fahrenheit", "degree fahrenheit", "°f", "fahrenheit", "farenheit", "degrees f",
                "degree f", "deg f", "deg fahrenheit", "degrees farenheit");
        unit("point", "point", "points", "pts");
        unit("basis point", "basis point", "basis points", "bps", "bp");
        unit("percentage point", "percentage point", "percentage points");
        unit("percentage", "%", "percent", "per cent", "pct", "pc");
        unit("calorie", "calorie", "calories", "kcal");
        unit("times", "times", "fold");

        SYMBOLS.put("C", "celsius");
        SYMBOLS.put("F", "fahrenheit");
        SYMBOLS.put("W", "watt");
        SYMBOLS.put("V", "volt");
        SYMBOLS.put("A", "ampere");
        SYMBOLS.put("PS", "horsepower");
        SYMBOLS.put("m", "metre");
        SYMBOLS.put("MW", "megawatt");
        SYMBOLS.put("GW", "gigawatt");

        currency("$", "$", "dollar");
        currency("US$", "$", "dollar");
        currency("USD", "$", "dollar");
        currency("US", "$", "dollar");
        currency("HK$", "HK$", "hong kong dollar");
        currency("C$", "C$", "canadian dollar");
        currency("CA$", "C$", "canadian dollar");
        currency("A$", "A$", "australian dollar");
        currency("AU$", "A$", "australian dollar");
        currency("NZ$", "NZ$", "new zealand dollar");
        currency("S$", "S$", "singapore dollar");
        currency("€", "€", "euro");
        currency("EUR", "€", "euro");
        currency("£", "£", "pound sterling");
        currency("GBP", "£", "pound sterling");
        currency("PS", "£", "pound sterling"); // "£" mangled to "PS" by some news feeds
        currency("¥", "¥", "japanese yen");
        currency("Y=", "¥", "japanese yen");
        currency("JPY", "¥", "japanese yen");
        currency("₹", "₹", "indian rupee");
        currency("INR", "₹", "indian rupee");
        currency("Rs", "₹", "indian rupee");
        currency("Rs.", "₹", "indian rupee");
        currency("RM", "RM", "malaysian ringgit");
        currency("CHF", "CHF", "swiss franc");
        currency("₽", "₽", "russian rouble");
        currency("RUB", "₽", "russian rouble");
        currency("₴", "₴", "ukrainian hryvnia");
        currency("UAH", "₴", "ukrainian hryvnia");
        currency("CNY", "yuan", "chinese yuan");
        currency("RMB", "yuan", "chinese yuan");
        currency("₩", "₩", "south korean won");
        currency("KRW", "₩", "south korean won");

        for (String s : List.of("dollar", "dollars")) CURRENCY_WORDS.put(s, "dollar");
        for (String s : List.of("euro", "euros")) CURRENCY_WORDS.put(s, "euro");
        for (String s : List.of("yuan", "renminbi")) CURRENCY_WORDS.put(s, "chinese yuan");
        CURRENCY_WORDS.put("yen", "japanese yen");
        for (String s : List.of("rupee", "rupees")) CURRENCY_WORDS.put(s, "indian rupee");
        for (String s : List.of("rouble", "roubles", "ruble", "rubles")) CURRENCY_WORDS.put(s, "russian rouble");
        for (String s : List.of("hryvnia", "hryvnias")) CURRENCY_WORDS.put(s, "ukrainian hryvnia");
        for (String s : List.of("shekel", "shekels")) CURRENCY_WORDS.put(s, "shekel");
        for (String s : List.of("cent", "cents")) CURRENCY_WORDS.put(s, "cent");
        for (String s : List.of("pence", "p")) CURRENCY_WORDS.put(s, "pence");
        CURRENCY_WORDS.put("sen", "sen");
        for (String s : List.of("franc", "francs")) CURRENCY_WORDS.put(s, "franc");
        for (String s : List.of("lira", "liras", "lire")) CURRENCY_WORDS.put(s, "lira");
        for (String s : List.of("markka", "markkaa")) CURRENCY_WORDS.put(s, "markka");
        for (String s : List.of("guilder", "guilders")) CURRENCY_WORDS.put(s, "guilder");
        for (String s : List.of("krona", "kronor", "krone", "kroner")) CURRENCY_WORDS.put(s, "krona");
        for (String s : List.of("zloty", "zlotys", "zlotych")) CURRENCY_WORDS.put(s, "polish zloty");
        for (String s : List.of("forint", "forints")) CURRENCY_WORDS.put(s, "hungarian forint");
        for (String s : List.of("dinar", "dinars")) CURRENCY_WORDS.put(s, "dinar");
        for (String s : List.of("dirham", "dirhams")) CURRENCY_WORDS.put(s, "dirham");
        for (String s : List.of("riyal", "riyals", "rial", "rials")) CURRENCY_WORDS.put(s, "riyal");
        for (String s : List.of("baht", "rand", "naira", "lari", "tenge", "manat")) CURRENCY_WORDS.put(s, s);
        for (String s : List.of("won")) CURRENCY_WORDS.put(s, "south korean won");
        for (String s : List.of("ringgit")) CURRENCY_WORDS.put(s, "malaysian ringgit");
        for (String s : List.of("kuna", "kn")) CURRENCY_WORDS.put(s, "croatian kuna");
        for (String s : List.of("pesos", "peso")) CURRENCY_WORDS.put(s, "peso");
    }

    private static void currency(String prefix, String display, String canonical) {
        CURRENCY_PREFIX.put(prefix, new String[] {display, canonical});
    }

    /** Canonical name of a unit phrase, or null when the phrase is not a known unit. */
    static String lookup(String phrase) {
        String exact = SYMBOLS.get(phrase);
        if (exact != null) {
            return exact;
        }
        String lower = phrase.toLowerCase(Locale.ROOT);
        String u = UNITS.get(lower);
        return u != null ? u : CURRENCY_WORDS.get(lower);
    }

    static boolean isCurrencyWord(String word) {
        return CURRENCY_WORDS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** [display, canonical] for a currency symbol or code written before a number, or null. */
    static String[] currencyPrefix(String symbol) {
        return CURRENCY_PREFIX.get(symbol);
    }

    /**
     * The canonical name of a unit as {@link QuantityExtractor} writes it: "$" -> "dollar", "%" ->
     * "percentage", "km/h" -> "kilometre per hour", "$ a month" -> "dollar per month", "soldiers" ->
     * "soldier". Unknown words are singularised and lower-cased; an empty unit stays empty.
     */
    public static String canonical(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        String u = unit.strip();
        String whole = lookup(u);
        if (whole != null) {
            return whole;
        }
        String[] cur = currencyPrefix(u);
        if (cur != null) {
            return cur[1];
        }
        for (String sep : new String[] {" per ", " a ", " an ", "/", " each "}) {
            int k = u.indexOf(sep);
            if (k > 0) {
                String left = canonical(u.substring(0, k));
                String right = canonical(u.substring(k + sep.length()));
                if (!left.isEmpty() && !right.isEmpty()) {
                    return left + " per " + right;
                }
            }
        }
        String[] words = u.toLowerCase(Locale.ROOT).split("\\s+");
        words[words.length - 1] = singular(words[words.length - 1]);
        return String.join(" ", words);
    }

    /** "soldiers" -> "soldier", "countries" -> "country", "people" stays. */
    public static String singular(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies") && lower.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("shes") || lower.endsWith("ches") || lower.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is") && lower.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return switch (lower) {
            case "men" -> "man";
            case "women" -> "woman";
            case "children" -> "child";
            case "feet" -> "foot";
            default -> w;
        };
    }
}
