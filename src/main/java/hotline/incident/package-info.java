/**
 * When many customers call about the same thing: incidents (突发事件) that a lead declares for an area with one
 * approved wording, which the IVR announces, the screen pop shows and new work orders link to; hot issues (热点)
 * detected from contacts per category, area and interval against their history; bulletins for the morning briefing
 * and the shift handover log (交接班). Work orders, contacts and the IVR call its facades (ADR 0053); it reads work
 * orders only through their facade, to link a hot issue's references and to take agents' reports (ADR 0097). Publishes {@link hotline.incident.IncidentDeclared}, {@link hotline.incident.IncidentClosed} and
 * {@link hotline.incident.HotIssueDetected}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incident")
package hotline.incident;
