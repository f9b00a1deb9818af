package hotline.workforce.internal.staffing;

/**
 * What a queue must deliver: at least {@code serviceLevel} of calls answered within {@code targetSeconds}, and
 * optionally an average speed of answer no longer than {@code maxAsaSeconds} and an occupancy no higher than
 * {@code maxOccupancy} (agents who are never idle burn out).
 */
public record StaffingTarget(double serviceLevel, double targetSeconds, Double maxAsaSeconds, Double maxOccupancy) {

    public StaffingTarget {
        if (!(serviceLevel >= 0 && serviceLevel < 1)) {
            throw new IllegalArgumentException("service level must be in [0, 1): " + serviceLevel);
        }
        if (!(targetSeconds >= 0)) {
            throw new IllegalArgumentException("target seconds must be >= 0: " + targetSeconds);
        }
        if (maxAsaSeconds != null && !(maxAsaSeconds > 0)) {
            throw new IllegalArgumentException("maximum ASA must be > 0: " + maxAsaSeconds);
        }
        if (maxOccupancy != null && !(maxOccupancy > 0 && maxOccupancy <= 1)) {
            throw new IllegalArgumentException("maximum occupancy must be in (0, 1]: " + maxOccupancy);
        }
    }

    public static StaffingTarget serviceLevel(double share, double seconds) {
        return new StaffingTarget(share, seconds, null, null);
    }

    boolean metBy(QueueMetrics m) {
        return m.serviceLevel() >= serviceLevel
                && (maxAsaSeconds == null || m.averageSpeedOfAnswerSeconds() <= maxAsaSeconds)
                && (maxOccupancy == null || m.occupancy() <= maxOccupancy);
    }
}
