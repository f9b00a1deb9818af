package hotline.workforce.internal.schedule;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.common.SequenceChain;

/** The rules of a good schedule, as Timefold constraint streams (names are shown to the lead when explaining). */
public class RosterConstraints implements ConstraintProvider {

    public static final String UNAVAILABLE = "Works while on leave or unavailable";
    public static final String SKILL = "Shift needs a skill the agent lacks";
    public static final String REST = "Too little rest between shifts";
    public static final String CONSECUTIVE = "Too many consecutive working days";
    public static final String WEEKLY_HOURS = "Over contract hours in a week";
    public static final String DAYS_OFF = "Too few days off in a week";
    public static final String UNDER = "Under-coverage";
    public static final String OVER = "Over-coverage";
    public static final String HOURS_NOT_GIVEN = "Contract hours not given";
    public static final String NIGHT_FAIRNESS = "Nights spread unevenly";
    public static final String WEEKEND_FAIRNESS = "Weekends spread unevenly";
    public static final String PREFERENCE = "Preference not met";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[]{
                unavailable(factory), skill(factory), rest(factory), consecutiveDays(factory),
                weeklyHours(factory), daysOff(factory),
                underCoverage(factory), overCoverage(factory),
                hoursNotGiven(factory), nightFairness(factory), weekendFairness(factory), preferences(factory)
        };
    }

    Constraint unavailable(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(a -> a.isWorking() && a.getAgent().unavailableDays().contains(a.getDay()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(UNAVAILABLE);
    }

    Constraint skill(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(a -> a.isWorking() && !a.getAgent().canWork(a.getShift()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(SKILL);
    }

    Constraint rest(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(ShiftAssignment::isWorking)
                .join(ShiftAssignment.class,
                        Joiners.equal(ShiftAssignment::getAgent),
                        Joiners.equal(a -> a.getDay() + 1, ShiftAssignment::getDay),
                        Joiners.filtering((a, b) -> b.isWorking()
                                && b.startsAt() - a.endsAt() < a.getAgent().contract().minRestMinutes()))
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (a, b) -> (a.getAgent().contract().minRestMinutes() - (b.startsAt() - a.endsAt())) / 30 + 1)
                .asConstraint(REST);
    }

    Constraint consecutiveDays(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(ShiftAssignment::isWorking)
                .groupBy(ShiftAssignment::getAgent, ConstraintCollectors.toConsecutiveSequences(ShiftAssignment::getDay))
                .flattenLast(SequenceChain::getConsecutiveSequences)
                .filter((agent, run) -> run.getCount() > agent.contract().maxConsecutiveDays())
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (agent, run) -> run.getCount() - agent.contract().maxConsecutiveDays())
                .asConstraint(CONSECUTIVE);
    }

    Constraint weeklyHours(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(ShiftAssignment::isWorking)
                .groupBy(ShiftAssignment::getAgent, ShiftAssignment::getWeek,
                        ConstraintCollectors.sum(a -> a.getShift().paidMinutes()))
                .filter((agent, week, minutes) -> minutes > agent.contract().minutesPerWeek())
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (agent, week, minutes) -> (minutes - agent.contract().minutesPerWeek() + 29) / 30)
                .asConstraint(WEEKLY_HOURS);
    }

    Constraint daysOff(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(ShiftAssignment::isWorking)
                .groupBy(ShiftAssignment::getAgent, ShiftAssignment::getWeek, ConstraintCollectors.count())
                .filter((agent, week, days) -> days > 7 - agent.contract().minDaysOffPerWeek())
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (agent, week, days) -> days - (7 - agent.contract().minDaysOffPerWeek()))
                .asConstraint(DAYS_OFF);
    }

    /** Every interval, covered or not (complement), short of its requirement: one medium point per agent missing. */
    Constraint underCoverage(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(ShiftAssignment::isWorking)
                .flattenLast(ShiftAssignment::coveredDemand)
                .groupBy(demand -> demand, ConstraintCollectors.count())
                .complement(IntervalDemand.class, demand -> 0)
                .filter((demand, covered) -> covered < demand.required())
                .penalize(HardMediumSoftScore.ONE_MEDIUM, (demand, covered) -> demand.required() - covered)
                .asConstraint(UNDER);
    }

    Constraint overCoverage(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(ShiftAssignment::isWorking)
                .flattenLast(ShiftAssignment::coveredDemand)
                .groupBy(demand -> demand, ConstraintCollectors.count())
                .filter((demand, covered) -> covered > demand.required())
                .penalize(HardMediumSoftScore.ONE_SOFT, (demand, covered) -> 2 * (covered - demand.required()))
                .asConstraint(OVER);
    }

    /** Agents should get the hours they are paid for: one soft point per missing hour and week. */
    Constraint hoursNotGiven(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(ShiftAssignment::isWorking)
                .groupBy(ShiftAssignment::getAgent, ShiftAssignment::getWeek,
                        ConstraintCollectors.sum(a -> a.getShift().paidMinutes()))
                .filter((agent, week, minutes) -> minutes < agent.contract().minutesPerWeek() - 60)
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        (agent, week, minutes) -> (agent.contract().minutesPerWeek() - minutes) / 60)
                .asConstraint(HOURS_NOT_GIVEN);
    }

    /** Sum of squares of nights per agent: smallest when nights are spread evenly (轮班 fairness). */
    Constraint nightFairness(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(a -> a.isWorking() && a.getShift().night())
                .groupBy(ShiftAssignment::getAgent, ConstraintCollectors.count())
                .penalize(HardMediumSoftScore.ONE_SOFT, (agent, nights) -> nights * nights)
                .asConstraint(NIGHT_FAIRNESS);
    }

    Constraint weekendFairness(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(a -> a.isWorking() && a.isWeekend())
                .groupBy(ShiftAssignment::getAgent, ConstraintCollectors.count())
                .penalize(HardMediumSoftScore.ONE_SOFT, (agent, days) -> days * days)
                .asConstraint(WEEKEND_FAIRNESS);
    }

    Constraint preferences(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(a -> a.isWorking() && (a.getAgent().avoidDays().contains(a.getDay())
                        || a.getAgent().avoidNights() && a.getShift().night()))
                .penalize(HardMediumSoftScore.ofSoft(3))
                .asConstraint(PREFERENCE);
    }
}
