package hotline.workorder;

import java.util.EnumMap;
import java.util.Map;

/**
 * The closed loop's figures for one accepting team over a period (docs/reports.md has the definitions):
 * <ul>
 *   <li>accepted: orders accepted in the period, per type; complaints are the accepted {@code COMPLAINT}s;</li>
 *   <li>resolved on the spot (当场办结): of those, the ones the agent answered during the contact and that never went
 *       to a department; first-contact resolution = resolved on the spot / accepted;</li>
 *   <li>archived: orders closed in the period, merged duplicates left out; on time when the department replied within
 *       the handling limit (the rule {@link WorkOrderArchived#inTime()} carries);</li>
 *   <li>callbacks reached: verdicts of the orders archived in the period plus the dissatisfied verdicts given in the
 *       period (each sends its order back, so it never reaches the archive with its verdict); satisfaction = very
 *       satisfied + satisfied / callbacks reached.</li>
 * </ul>
 *
 * @param teamId the accepting agent's team; null for orders accepted by people in no team, or for a sum of teams
 */
public record WorkOrderFigures(Long teamId, Map<WorkOrderType, Long> acceptedByType, long resolvedOnSpot,
                               long archived, long archivedOnTime, long callbacksReached, long satisfied) {

    public WorkOrderFigures {
        var copy = new EnumMap<WorkOrderType, Long>(WorkOrderType.class);
        for (var type : WorkOrderType.values()) {
            copy.put(type, acceptedByType.getOrDefault(type, 0L));
        }
        acceptedByType = java.util.Collections.unmodifiableMap(copy);
    }

    public static WorkOrderFigures none(Long teamId) {
        return new WorkOrderFigures(teamId, Map.of(), 0, 0, 0, 0, 0);
    }

    /** The sum of two teams' figures (a lead's teams, the center). */
    public WorkOrderFigures plus(WorkOrderFigures o) {
        var types = new EnumMap<WorkOrderType, Long>(WorkOrderType.class);
        acceptedByType.forEach((t, n) -> types.put(t, n + o.acceptedByType.get(t)));
        return new WorkOrderFigures(null, types, resolvedOnSpot + o.resolvedOnSpot, archived + o.archived,
                archivedOnTime + o.archivedOnTime, callbacksReached + o.callbacksReached, satisfied + o.satisfied);
    }

    public long accepted() {
        return acceptedByType.values().stream().mapToLong(Long::longValue).sum();
    }

    public long complaints() {
        return acceptedByType.get(WorkOrderType.COMPLAINT);
    }

    public long archivedOverdue() {
        return archived - archivedOnTime;
    }

    /** Null when nothing was archived. */
    public Double onTimeRate() {
        return archived == 0 ? null : (double) archivedOnTime / archived;
    }

    /** First-contact resolution; null when nothing was accepted. */
    public Double firstContactResolution() {
        long accepted = accepted();
        return accepted == 0 ? null : (double) resolvedOnSpot / accepted;
    }

    /** Null when no callback reached a customer. */
    public Double satisfaction() {
        return callbacksReached == 0 ? null : (double) satisfied / callbacksReached;
    }
}
