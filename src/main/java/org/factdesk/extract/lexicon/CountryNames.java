package org.factdesk.extract.lexicon;

import java.util.Set;

/**
 * Names of countries and blocs: the parties to an agreement, and names that stand before a counted
 * noun ("12 French soldiers"). Read by both the agreement and the quantity extractor, so it lives
 * apart from both, in a package that depends on nothing.
 */
public final class CountryNames {
    private CountryNames() {
    }

    private static final Set<String> NAMES = Set.of(
            "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria",
            "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia", "Brazil", "Bulgaria",
            "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China", "Colombia", "Congo", "Croatia", "Cuba",
            "Cyprus", "Czechia", "Denmark", "Ecuador", "Egypt", "Eritrea", "Estonia", "Ethiopia", "Finland", "France",
            "Georgia", "Germany", "Ghana", "Greece", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq",
            "Ireland", "Israel", "Italy", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan",
            "Laos", "Latvia", "Lebanon", "Libya", "Lithuania", "Luxembourg", "Malaysia", "Mali", "Mexico", "Moldova",
            "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Nepal", "Netherlands", "Nicaragua", "Niger",
            "Nigeria", "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Paraguay", "Peru", "Philippines",
            "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Serbia", "Singapore", "Slovakia",
            "Slovenia", "Somalia", "Spain", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan",
            "Tanzania", "Thailand", "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine", "Uruguay", "Uzbekistan",
            "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe", "North Korea", "South Korea", "South Africa",
            "Saudi Arabia", "United States", "United Kingdom", "New Zealand", "Sri Lanka", "Costa Rica",
            "El Salvador", "Czech Republic", "United Arab Emirates", "Britain", "Great Britain", "America",
            "EU", "NATO", "UN", "US", "USA", "UK", "UAE", "DPRK", "ASEAN", "OPEC");

    /** Demonyms and capitals that stand for a country ("the Russian army", "Pyongyang"). */
    private static final java.util.Map<String, String> ALIASES = java.util.Map.ofEntries(
            java.util.Map.entry("Russian", "Russia"), java.util.Map.entry("Moscow", "Russia"),
            java.util.Map.entry("Kremlin", "Russia"), java.util.Map.entry("North Korean", "North Korea"),
            java.util.Map.entry("Pyongyang", "North Korea"), java.util.Map.entry("DPRK", "North Korea"),
            java.util.Map.entry("Ukrainian", "Ukraine"), java.util.Map.entry("Kyiv", "Ukraine"),
            java.util.Map.entry("Kiev", "Ukraine"), java.util.Map.entry("Chinese", "China"),
            java.util.Map.entry("Beijing", "China"), java.util.Map.entry("South Korean", "South Korea"),
            java.util.Map.entry("Seoul", "South Korea"), java.util.Map.entry("Iranian", "Iran"),
            java.util.Map.entry("Tehran", "Iran"), java.util.Map.entry("Japanese", "Japan"),
            java.util.Map.entry("Tokyo", "Japan"), java.util.Map.entry("Belarusian", "Belarus"),
            java.util.Map.entry("Minsk", "Belarus"), java.util.Map.entry("American", "United States"),
            java.util.Map.entry("US", "United States"), java.util.Map.entry("USA", "United States"),
            java.util.Map.entry("America", "United States"), java.util.Map.entry("British", "United Kingdom"),
            java.util.Map.entry("Britain", "United Kingdom"), java.util.Map.entry("UK", "United Kingdom"),
            java.util.Map.entry("French", "France"), java.util.Map.entry("German", "Germany"),
            java.util.Map.entry("Israeli", "Israel"), java.util.Map.entry("Turkish", "Turkey"),
            java.util.Map.entry("Indian", "India"), java.util.Map.entry("Syrian", "Syria"),
            java.util.Map.entry("Polish", "Poland"), java.util.Map.entry("Georgian", "Georgia"));

    public static boolean isCountry(String name) {
        return NAMES.contains(name) || ALIASES.containsKey(name);
    }

    /** The country a name or demonym stands for ("Russian" -> "Russia"), or the name itself. */
    public static String canonical(String name) {
        return ALIASES.getOrDefault(name, name);
    }
}
