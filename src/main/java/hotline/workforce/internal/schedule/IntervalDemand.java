package hotline.workforce.internal.schedule;

/** The agents required in one interval of the horizon (after shrinkage), numbered from the first interval. */
public record IntervalDemand(int index, int required) {
}
