package org.factdesk.extract;

/** Scores how worth checking a sentence is, from 0 to 1. */
public final class CheckWorthinessScorer {
    public static CheckWorthinessScorer load() {
        return new CheckWorthinessScorer();
    }

    public double score(String sentence) {
        return sentence.chars().anyMatch(Character::isDigit) ? 0.8 : 0.4; // replaced by the trained model
    }

    public double threshold() {
        return 0.5;
    }
}
