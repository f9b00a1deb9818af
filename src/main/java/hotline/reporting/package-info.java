/**
 * Reports for managers, supervisors and team leads over a chosen day, week, month, quarter or year: the operations
 * report (运营报表) of telephony and work-order figures per queue, team and center, on the page and as Excel. It owns no
 * data: it reads the routing and work-order facades' period queries, which add counts and seconds up in SQL, and
 * takes the ratios from the sums (ADR 0094).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package hotline.reporting;
