package hotline.quality.internal;

import hotline.platform.InvalidInputException;
import hotline.quality.FatalMode;
import hotline.quality.ItemScore;
import hotline.quality.ItemType;
import hotline.quality.ScorecardContent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scorecard's rules in one pure function (ADR 0080). Each item earns a share of its weight: yes/no 1 or 0, a scale
 * step s of 1..max earns (s − 1) / (max − 1), points p of 0..max earn p / max. A section's share is the weighted mean
 * of its applicable items; the total is 100 × the weighted mean of the applicable sections' shares. Items marked N/A
 * (and items not yet scored) leave the denominator; a section with nothing applicable leaves it too; with nothing
 * applicable at all the total is 100 (nothing to fault). A fatal item answered "no" zeroes the total ({@code ZERO}) or
 * fails the evaluation whatever the total ({@code FAIL}). The total is rounded to two decimals.
 */
final class ScoreCalculator {

    private ScoreCalculator() {
    }

    record ItemOutcome(String code, String sectionName, String itemName, Double value, boolean na, Double earned,
                       boolean lost, boolean fatal) {
    }

    record Result(double total, boolean passed, boolean fatal, FatalMode fatalMode, boolean complete,
                  List<ItemOutcome> items) {
    }

    static Result score(ScorecardContent card, Map<String, ItemScore> scores) {
        var outcomes = new ArrayList<ItemOutcome>();
        double weighted = 0;
        double sectionWeights = 0;
        boolean complete = true;
        FatalMode fatal = FatalMode.NONE;
        for (var section : card.sections()) {
            double earned = 0;
            double weights = 0;
            for (var item : section.items()) {
                var score = scores.get(item.code());
                if (score == null || (!score.na() && score.value() == null)) {
                    complete = false;
                    outcomes.add(new ItemOutcome(item.code(), section.name(), item.name(), null, false, null, false,
                            false));
                    continue;
                }
                if (score.na()) {
                    outcomes.add(new ItemOutcome(item.code(), section.name(), item.name(), null, true, null, false,
                            false));
                    continue;
                }
                double share = share(item, score.value());
                boolean fatalHit = item.fatalItem() && share < 1;
                if (fatalHit && (fatal == FatalMode.NONE || item.fatal() == FatalMode.ZERO)) {
                    fatal = item.fatal();
                }
                outcomes.add(new ItemOutcome(item.code(), section.name(), item.name(), score.value(), false, share,
                        share < 1, fatalHit));
                earned += item.weight() * share;
                weights += item.weight();
            }
            if (weights > 0 && section.weight() > 0) {
                weighted += section.weight() * (earned / weights);
                sectionWeights += section.weight();
            }
        }
        double total = sectionWeights == 0 ? 100 : 100 * weighted / sectionWeights;
        if (fatal == FatalMode.ZERO) {
            total = 0;
        }
        total = Math.round(total * 100) / 100.0;
        boolean passed = fatal == FatalMode.NONE && total >= card.passScore();
        return new Result(total, passed, fatal != FatalMode.NONE, fatal, complete, List.copyOf(outcomes));
    }

    /** The share of the item's weight a value earns; refuses values outside the item's range. */
    static double share(ScorecardContent.Item item, double value) {
        return switch (item.type()) {
            case YES_NO -> value == 1 ? 1 : 0;
            case SCALE -> (value - 1) / (item.max() - 1 == 0 ? 1 : item.max() - 1);
            case POINTS -> value / item.max();
        };
    }

    /** Checks each score against its item: known item, value in range, N/A only where allowed. */
    static void validate(ScorecardContent card, List<ItemScore> scores) {
        var items = card.items();
        var violations = new ArrayList<InvalidInputException.Violation>();
        for (var score : scores) {
            String field = "scores[" + score.itemCode() + "]";
            var item = items.stream().filter(i -> i.code().equals(score.itemCode())).findFirst();
            if (item.isEmpty()) {
                violations.add(new InvalidInputException.Violation(field, "Exists", "no such item on the scorecard"));
                continue;
            }
            if (score.na()) {
                if (!item.get().allowNa()) {
                    violations.add(new InvalidInputException.Violation(field, "NotApplicable",
                            "this item cannot be marked not applicable"));
                }
                continue;
            }
            if (score.value() != null && !inRange(item.get(), score.value())) {
                violations.add(new InvalidInputException.Violation(field, "Range", rangeText(item.get())));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    static boolean inRange(ScorecardContent.Item item, double value) {
        return switch (item.type()) {
            case YES_NO -> value == 0 || value == 1;
            case SCALE -> value == Math.rint(value) && value >= 1 && value <= item.max();
            case POINTS -> value * 2 == Math.rint(value * 2) && value >= 0 && value <= item.max();
        };
    }

    private static String rangeText(ScorecardContent.Item item) {
        return switch (item.type()) {
            case YES_NO -> "must be 1 (yes) or 0 (no)";
            case SCALE -> "must be a whole step from 1 to " + item.max();
            case POINTS -> "must be 0 to " + item.max() + " in half points";
        };
    }

    /** Rules of a scorecard that bean validation cannot express: unique codes, fatal items are yes/no. */
    static void validate(ScorecardContent card) {
        var violations = new ArrayList<InvalidInputException.Violation>();
        var seen = new java.util.HashSet<String>();
        for (int s = 0; s < card.sections().size(); s++) {
            var section = card.sections().get(s);
            for (int i = 0; i < section.items().size(); i++) {
                var item = section.items().get(i);
                String field = "sections[" + s + "].items[" + i + "]";
                if (!seen.add(item.code())) {
                    violations.add(new InvalidInputException.Violation(field + ".code", "Unique",
                            "item code " + item.code() + " is used twice"));
                }
                if (item.fatalItem() && item.type() != ItemType.YES_NO) {
                    violations.add(new InvalidInputException.Violation(field + ".fatal", "FatalYesNo",
                            "a fatal item must be a yes/no item"));
                }
                if (item.type() == ItemType.SCALE && item.max() < 2) {
                    violations.add(new InvalidInputException.Violation(field + ".max", "Min",
                            "a scale needs at least 2 steps"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
