/**
 * The agent desktop (坐席工作台) and the team lead's and supervisor's wallboard (监控墙, 大屏): pages composed over the
 * facades of routing, customer, work order, incident, workforce and knowledge, kept live by {@link
 * hotline.desk.DeskProjector}, which turns routing's floor into coalesced server-sent events (ADR 0090). The module
 * owns no data and publishes no events; its actions (call control, forcing states, monitoring) are routing's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Desk")
package hotline.desk;
