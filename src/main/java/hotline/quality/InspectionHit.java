package hotline.quality;

/**
 * One finding of automatic inspection on a contact: which rule, the scorecard item it pre-fills (by the item's stable
 * code, may be null), whether it counts against the agent ({@code violation}: a forbidden word, a missing greeting)
 * or is only worth a look, where it is in the recording, and the words it matched.
 */
public record InspectionHit(String ruleCode, String ruleName, String itemCode, boolean violation, Long startMillis,
                            Long endMillis, String excerpt) {
}
