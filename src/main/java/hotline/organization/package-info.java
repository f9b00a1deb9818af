/**
 * The center's master data that process modules build on: departments work orders are dispatched to (with their
 * staff), teams (班组) with a lead and agents, skills and each agent's proficiency, and business calendars (working
 * hours, public holidays, make-up working days) with the {@link hotline.organization.BusinessCalendar} calculations
 * every time limit uses. Publishes {@link hotline.organization.AgentSkillsChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package hotline.organization;
