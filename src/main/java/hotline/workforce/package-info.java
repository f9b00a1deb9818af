/**
 * Workforce management: forecasts of contacts and handle time per queue and interval, Erlang C / Erlang A staffing,
 * shift schedules (排班) built with Timefold and published to agents, shift-swap and leave requests, real-time
 * adherence and intraday re-forecasts. Learns from {@link hotline.workforce.ContactInterval}s and agent states fed
 * through {@link hotline.workforce.WorkforceFeed}; publishes {@link hotline.workforce.SchedulePublished}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce")
package hotline.workforce;
