/**
 * Routing (ACD): queues with required skills, priorities, service-level targets and overflow; agent states with
 * reason codes, wrap-up and capacity per channel; the in-memory router that offers each contact to the best
 * available agent over the telephony port; contact records, agent state history and 15/30-minute interval
 * statistics in PostgreSQL. Publishes {@link hotline.routing.ContactRouted}, {@link hotline.routing.ContactAbandoned},
 * {@link hotline.routing.ContactEnded} and {@link hotline.routing.AgentStateChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Routing")
package hotline.routing;
